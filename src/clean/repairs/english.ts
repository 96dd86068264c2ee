// The English word list (sindresorhus' word-list: ~274,000 lower-case words with
// their inflections), loaded once on first use so pipelines that never need it
// pay nothing. It stays one string, indexed by an open-addressing hash table of
// line offsets: 5 MB, where a Set of the words took 21 MB in every worker thread.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

interface WordTable {
  text: string;
  /** Offset of a word's first character plus one; 0 marks an empty slot. */
  slots: Int32Array;
  mask: number;
}

let table: WordTable | null = null;

function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function load(): WordTable {
  const text = readFileSync(wordListPath, 'utf8');
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  let size = 1;
  while (size < lines * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      let at = hash(text, start, end) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = start + 1;
    }
    start = end + 1;
  }
  return { text, slots, mask };
}

function equalsAt(text: string, start: number, word: string): boolean {
  if (text.charCodeAt(start + word.length) !== 10 && start + word.length !== text.length) return false;
  return text.startsWith(word, start);
}

/** True when `word` (any case) is an English dictionary word. */
export function isEnglishWord(word: string): boolean {
  table ??= load();
  const { text, slots, mask } = table;
  const w = word.toLowerCase();
  if (!w) return false;
  for (let at = hash(w, 0, w.length) & mask; slots[at] !== 0; at = (at + 1) & mask)
    if (equalsAt(text, slots[at]! - 1, w)) return true;
  return false;
}
