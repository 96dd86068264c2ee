// A large word list that loads without parsing work: the words stay the bytes
// of their file (UTF-8, one per line), never decoded into strings, indexed by an
// open-addressing hash table of line offsets. `npm run build` writes the table
// beside the words (scripts/write-lexicons.mjs), so a thread reads two files and
// builds nothing; without that file (running from sources, or a word list that
// changed since the build) the table is built on first use.
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';

const NEWLINE = 10;

/** FNV-1a over bytes [from, to). The build and the lookups must use this same function. */
function hash(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash table of the lines of `bytes`: slot = offset of a line's first byte plus one, 0 when empty. */
export function indexLines(bytes: Uint8Array): Int32Array {
  let lines = 1;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++;
  let size = 1;
  while (size < lines * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      let at = hash(bytes, start, end) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = start + 1;
    }
    start = end + 1;
  }
  return slots;
}

/** The UTF-8 bytes of `word`: its own char codes when it is ASCII (the usual case, no copy made). */
function utf8(word: string): Uint8Array | string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return Buffer.from(word, 'utf8');
  return word;
}

/** Exact membership of a word list's lines. */
export interface WordLookup {
  has(word: string): boolean;
}

/** Exact membership of the lines of a UTF-8 file. */
export class WordTable implements WordLookup {
  private readonly mask: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }

  /** True when `word` is one of the lines (exactly; callers fold case themselves). */
  has(word: string): boolean {
    if (!word) return false;
    const q = utf8(word);
    const n = q.length;
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      h ^= typeof q === 'string' ? q.charCodeAt(i) : q[i]!;
      h = Math.imul(h, 0x01000193);
    }
    const { bytes, slots, mask } = this;
    for (let at = (h >>> 0) & mask; slots[at] !== 0; at = (at + 1) & mask) {
      const start = slots[at]! - 1;
      const end = start + n;
      if (end > bytes.length || (end < bytes.length && bytes[end] !== NEWLINE)) continue;
      let i = 0;
      while (i < n && bytes[start + i] === (typeof q === 'string' ? q.charCodeAt(i) : q[i])) i++;
      if (i === n) return true;
    }
    return false;
  }
}

// The index file: the words' length in bytes and a hash of their ends (to tell a stale index), then the slots.
const HEADER = 2;
const stamp = (bytes: Uint8Array): number =>
  (hash(bytes, 0, Math.min(bytes.length, 4096)) ^ hash(bytes, Math.max(0, bytes.length - 4096), bytes.length)) | 0;

/** Writes the index of `bytes` (a word list's file) to `file` (at build time). */
export function writeIndex(bytes: Uint8Array, file: URL | string): void {
  const slots = indexLines(bytes);
  const out = new Int32Array(HEADER + slots.length);
  out[0] = bytes.length;
  out[1] = stamp(bytes);
  out.set(slots, HEADER);
  writeFileSync(file, out);
}

/** The table of `bytes`, its index read from `file` when that was written for these very bytes. */
export function loadTable(bytes: Uint8Array, file: URL | string): WordTable {
  try {
    const raw = readFileSync(file);
    // A large file's buffer is its own and aligned; else it is copied to be read as 32-bit numbers.
    const aligned = raw.byteOffset % 4 === 0 ? raw : Uint8Array.prototype.slice.call(raw);
    const index = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 2);
    const size = index.length - HEADER;
    if (size > 0 && (size & (size - 1)) === 0 && index[0] === bytes.length && index[1] === stamp(bytes))
      return new WordTable(bytes, index.subarray(HEADER));
  } catch {
    /* no prebuilt index */
  }
  return new WordTable(bytes, indexLines(bytes));
}

/** Lookups made in the files before the table is read whole (25-75 µs each here; reading the English list whole, some 30 ms). */
const LOOKUPS_BEFORE_LOADING = 256;

/**
 * The table of the word list `wordsFile` with its prebuilt index `indexFile`, read on demand: the first
 * lookups read the few bytes they need from the files (a slot or two of the index, then the line it points
 * to), and the table is read whole only once a run has made many. One article through standard input looks
 * up some dozens of words, and reading the English list and its index (7 MB) took longer than its whole
 * extraction. The answers are the same either way. Without a valid index, the table is built at once.
 */
export function openTable(wordsFile: URL | string, indexFile: URL | string): WordLookup {
  const words = openSync(wordsFile, 'r');
  let index = -1;
  try {
    const size = fstatSync(words).size;
    index = openSync(indexFile, 'r');
    const head = new Int32Array(HEADER);
    const slots = (fstatSync(index).size >> 2) - HEADER;
    const ends = new Uint8Array(Math.min(size, 8192));
    const first = Math.min(size, 4096);
    readSync(words, ends, 0, first, 0);
    readSync(words, ends, first, ends.length - first, Math.max(first, size - 4096));
    const tail = ends.subarray(size >= 8192 ? 4096 : Math.max(0, size - 4096));
    const stamped = (hash(ends, 0, first) ^ hash(tail, 0, tail.length)) | 0;
    if (
      readSync(index, head, 0, 4 * HEADER, 0) === 4 * HEADER &&
      slots > 0 &&
      (slots & (slots - 1)) === 0 &&
      head[0] === size &&
      head[1] === stamped
    )
      return new FileTable(words, index, slots, size, () => loadTable(readFileSync(wordsFile), indexFile));
  } catch {
    /* no usable index: built below */
  }
  if (index >= 0) closeSync(index);
  closeSync(words);
  return loadTable(readFileSync(wordsFile), indexFile);
}

/** Lookups read from the files (see openTable), then from the table read whole. */
class FileTable implements WordLookup {
  private lookups = 0;
  private table: WordLookup | null = null;
  private readonly slot = new Int32Array(16);
  private line = new Uint8Array(64);

  constructor(
    private readonly words: number,
    private readonly index: number,
    private readonly slots: number,
    private readonly size: number,
    private readonly load: () => WordLookup,
  ) {}

  has(word: string): boolean {
    if (this.table) return this.table.has(word);
    if (++this.lookups > LOOKUPS_BEFORE_LOADING) {
      closeSync(this.words);
      closeSync(this.index);
      this.table = this.load();
      return this.table.has(word);
    }
    if (!word) return false;
    const q = Buffer.from(word, 'utf8');
    const n = q.length;
    const mask = this.slots - 1;
    let at = hash(q, 0, n) & mask;
    if (this.line.length < n + 1) this.line = new Uint8Array(2 * (n + 1));
    for (;;) {
      // a run of slots at once: a collision goes on to the next slot
      const count = Math.min(16, this.slots - at);
      readSync(this.index, this.slot, 0, 4 * count, 4 * (HEADER + at));
      for (let k = 0; k < count; k++) {
        const s = this.slot[k]!;
        if (s === 0) return false;
        const start = s - 1;
        const end = start + n;
        if (end > this.size) continue;
        const got = readSync(this.words, this.line, 0, Math.min(n + 1, this.size - start), start);
        if (got < n || (got > n && this.line[n] !== NEWLINE)) continue;
        let i = 0;
        while (i < n && this.line[i] === q[i]) i++;
        if (i === n) return true;
      }
      at = (at + count) & mask;
    }
  }
}
