// A large word list that loads without parsing work: the words stay the bytes
// of their file (UTF-8, one per line), never decoded into strings, indexed by an
// open-addressing hash table of line offsets. `npm run build` writes the table
// beside the words (scripts/write-lexicons.mjs), so a thread reads two files and
// builds nothing; without that file (running from sources, or a word list that
// changed since the build) the table is built on first use.
import { readFileSync, writeFileSync } from 'node:fs';

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

/** Exact membership of the lines of a UTF-8 file. */
export class WordTable {
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
