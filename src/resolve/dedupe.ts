// Near-duplicate articles: syndicated copies and rewrites of one release.
// Word 4-gram shingles, MinHash signatures per article and per paragraph,
// and locality-sensitive hashing over the paragraph signatures, so that only
// articles sharing a near-identical paragraph are ever compared (no all-pairs
// pass). A rewrite that quotes a release at length and appends an unrelated
// piece has a low overall Jaccard but a high containment: the share of the
// shorter article's paragraphs that reappear in the other.

const SHINGLE = 4;
const DOC_HASHES = 64;
const PARA_HASHES = 24;
const BAND_ROWS = 4;
/** Paragraphs shorter than this many shingles (table rows, bylines) say nothing about sameness. */
const MIN_PARAGRAPH = 12;
/** A bucket this full holds boilerplate shared by unrelated articles, not copies. */
const MAX_BUCKET = 40;
const PARAGRAPH_MATCH = 0.7;
/** Shingles of near-identical paragraphs needed to call a partial copy a duplicate. */
const MIN_SHARED_PASSAGE = 80;
/** Articles one index can hold (bucket keys have 30 bits: together within a double's 53). */
const ARTICLES = 2 ** 23;

export interface Fingerprint {
  /** MinHash of the whole text. */
  doc: Uint32Array;
  /** Distinct shingles in the whole text. */
  size: number;
  paragraphs: { sig: Uint32Array; size: number }[];
}

export interface DuplicatePair {
  a: number;
  b: number;
  similarity: number;
}

// Murmur3's finalizer with a per-row seed: the permutations of MinHash.
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: DOC_HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/**
 * Counts distinct 32-bit hashes: open addressing over typed arrays, cleared by a generation stamp.
 * A Set of numbers this large boxes every value above 2^30 and costs several times as much.
 */
class CountSet {
  private readonly keys: Uint32Array;
  private readonly stamps: Uint32Array;
  private readonly mask: number;
  private generation = 1;
  size = 0;

  constructor(most: number) {
    let capacity = 16;
    while (capacity < most * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  add(x: number): void {
    const { keys, stamps, mask, generation } = this;
    let at = Math.imul(x, 0x9e3779b1) >>> 0;
    for (at &= mask; stamps[at] === generation; at = (at + 1) & mask) if (keys[at] === x) return;
    stamps[at] = generation;
    keys[at] = x;
    this.size++;
  }

  clear(): void {
    this.generation++;
    this.size = 0;
  }
}

// FNV-1a of `words[from..to)` joined by spaces, without building the string.
function fnvWords(words: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h ^= 0x20;
      h = Math.imul(h, 0x01000193);
    }
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The fingerprint kept in a record summary instead of its text. */
export function fingerprint(text: string): Fingerprint {
  // One pass over the words. A paragraph's shingles are the text's shingles that lie inside one line,
  // and a minimum does not change when a value repeats: each window is hashed and permuted once, for
  // the text's signature and (first PARA_HASHES rows) its line's. Sets only count distinct shingles.
  const words: string[] = [];
  const ends: number[] = [];
  for (const line of text.normalize('NFKC').toLowerCase().split(/\n+/)) {
    for (const w of line.split(NOT_WORD)) if (w) words.push(w);
    ends.push(words.length);
  }
  const doc = new Uint32Array(DOC_HASHES).fill(0xffffffff);
  const all = new CountSet(words.length);
  const permute = (x: number, sig: Uint32Array | null): void => {
    let i = 0;
    if (sig)
      for (; i < PARA_HASHES; i++) {
        const h = mix(x, SEEDS[i]!);
        if (h < doc[i]!) doc[i] = h;
        if (h < sig[i]!) sig[i] = h;
      }
    for (; i < DOC_HASHES; i++) {
      const h = mix(x, SEEDS[i]!);
      if (h < doc[i]!) doc[i] = h;
    }
  };
  if (words.length && words.length < SHINGLE) {
    const x = fnvWords(words, 0, words.length);
    all.add(x);
    permute(x, null);
  }
  const paragraphs: Fingerprint['paragraphs'] = [];
  const sig = new Uint32Array(PARA_HASHES).fill(0xffffffff);
  const own = new CountSet(words.length);
  let line = 0;
  const endLine = (): void => {
    if (own.size >= MIN_PARAGRAPH) paragraphs.push({ sig: sig.slice(), size: own.size });
    own.clear();
    sig.fill(0xffffffff);
    line++;
  };
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    while (i >= ends[line]!) endLine();
    const x = fnvWords(words, i, i + SHINGLE);
    all.add(x);
    // A window that runs into the next line belongs to the text only.
    const inLine = i + SHINGLE <= ends[line]!;
    if (inLine) own.add(x);
    permute(x, inLine ? sig : null);
  }
  while (line < ends.length) endLine();
  return { doc, size: all.size, paragraphs };
}

/**
 * The fingerprint as one base64 string (size, paragraph count, text signature, then each paragraph's
 * size and signature): a summary crosses threads and sits in memory at a fraction of the size of JSON numbers.
 */
export function packFingerprint(f: Fingerprint): string {
  const out = new Uint32Array(2 + DOC_HASHES + f.paragraphs.length * (1 + PARA_HASHES));
  out[0] = f.size;
  out[1] = f.paragraphs.length;
  out.set(f.doc, 2);
  let at = 2 + DOC_HASHES;
  for (const p of f.paragraphs) {
    out[at] = p.size;
    out.set(p.sig, at + 1);
    at += 1 + PARA_HASHES;
  }
  return Buffer.from(out.buffer).toString('base64');
}

export function unpackFingerprint(packed: string): Fingerprint {
  const bytes = Buffer.from(packed, 'base64');
  const all = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const paragraphs: Fingerprint['paragraphs'] = [];
  let at = 2 + DOC_HASHES;
  for (let i = 0; i < all[1]!; i++, at += 1 + PARA_HASHES)
    paragraphs.push({ size: all[at]!, sig: all.subarray(at + 1, at + 1 + PARA_HASHES) });
  return { size: all[0]!, doc: all.subarray(2, 2 + DOC_HASHES), paragraphs };
}

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** Jaccard of the two texts and the containment of the shorter in the longer, both estimated. */
export function compare(
  x: Fingerprint,
  y: Fingerprint,
): { jaccard: number; containment: number; shared: number; matched: number } {
  const jaccard = agreement(x.doc, y.doc);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let matched = 0;
  let total = 0;
  let shared = 0;
  for (const p of small.paragraphs) {
    total += p.size;
    if (large.paragraphs.some((q) => agreement(p.sig, q.sig) >= PARAGRAPH_MATCH)) {
      matched += p.size;
      shared++;
    }
  }
  return { jaccard, containment: total ? matched / total : jaccard, shared, matched };
}

/** Whether two fingerprints are the same story, and how similar they are. */
export function duplicateScore(x: Fingerprint, y: Fingerprint): number | null {
  const { jaccard, containment, shared, matched } = compare(x, y);
  // Templated reports (rate changes, crop tables) share short paragraphs but differ in names and figures:
  // a shared passage must be long to count, or the texts alike as a whole.
  const same =
    jaccard >= 0.8 ||
    (jaccard >= 0.5 && containment >= 0.8) ||
    (containment >= 0.5 && shared >= 2 && matched >= MIN_SHARED_PASSAGE);
  return same ? Math.round(Math.max(jaccard, containment) * 1000) / 1000 : null;
}

// The LSH bucket of one band of a paragraph signature: a 30-bit hash of the band's rows, small enough
// for V8 to keep map keys unboxed. A collision only adds a candidate pair, scored like any other.
function bandKey(sig: Uint32Array, band: number): number {
  let a = mix(band, 0x27d4eb2f);
  let b = mix(band, 0x165667b1);
  for (let i = band * BAND_ROWS; i < (band + 1) * BAND_ROWS; i++) {
    a = mix(a ^ sig[i]!, 0x27d4eb2f);
    b = mix(b ^ sig[i]!, 0x165667b1);
  }
  return (a ^ (b << 7)) & 0x3fffffff;
}

/** The distinct LSH buckets of a fingerprint: one per band of each paragraph signature. */
export function buckets(f: Fingerprint): number[] {
  const keys = new Set<number>();
  for (const p of f.paragraphs)
    for (let band = 0; band * BAND_ROWS < PARA_HASHES; band++) keys.add(bandKey(p.sig, band));
  return [...keys];
}

/**
 * Fingerprints filed into LSH buckets as they come (a batch adds each record as it is written), then
 * the pairs of near-duplicates: only articles sharing a bucket are ever compared. Fingerprints are
 * kept packed, a third of their unpacked size, and unpacked again only for the articles compared.
 */
export class DuplicateIndex {
  private readonly packed: (string | undefined)[] = [];
  /** One entry per (bucket, article): bucket key * 2^23 + article index, exact in a double. */
  private entries = new Float64Array(1024);
  private size = 0;

  /** Files a packed fingerprint under its buckets (`buckets`); none for a record without one. */
  add(packed: string | undefined, keys: number[]): void {
    const i = this.packed.push(packed) - 1;
    if (i >= ARTICLES) throw new Error(`near-duplicate detection handles at most ${ARTICLES} articles in one batch`);
    if (!packed) return;
    if (this.size + keys.length > this.entries.length) {
      const grown = new Float64Array(Math.max(this.entries.length * 2, this.size + keys.length));
      grown.set(this.entries.subarray(0, this.size));
      this.entries = grown;
    }
    for (const key of keys) this.entries[this.size++] = key * ARTICLES + i;
  }

  /** Pairs of near-duplicates (indices in the order added, a < b, sorted). */
  pairs(): DuplicatePair[] {
    const unpacked = new Map<number, Fingerprint>();
    const print = (i: number): Fingerprint => {
      let f = unpacked.get(i);
      if (!f) {
        f = unpackFingerprint(this.packed[i]!);
        unpacked.set(i, f);
      }
      return f;
    };
    // Sorted, the entries of one bucket stand together, its articles in the order added.
    const entries = this.entries.slice(0, this.size).sort();
    const seen = new Set<number>();
    const out: DuplicatePair[] = [];
    const n = this.packed.length;
    for (let from = 0; from < entries.length; ) {
      const bucket = Math.floor(entries[from]! / ARTICLES);
      let to = from + 1;
      while (to < entries.length && Math.floor(entries[to]! / ARTICLES) === bucket) to++;
      if (to - from >= 2 && to - from <= MAX_BUCKET)
        for (let x = from; x < to; x++)
          for (let y = x + 1; y < to; y++) {
            const a = entries[x]! % ARTICLES;
            const b = entries[y]! % ARTICLES;
            const key = a * n + b;
            if (seen.has(key)) continue;
            seen.add(key);
            const similarity = duplicateScore(print(a), print(b));
            if (similarity != null) out.push({ a, b, similarity });
          }
      from = to;
    }
    return out.sort((x, y) => x.a - y.a || x.b - y.b);
  }
}

/** Pairs of near-duplicates among `prints` (indices a < b, sorted). */
export function findDuplicates(prints: (Fingerprint | undefined)[]): DuplicatePair[] {
  const index = new DuplicateIndex();
  for (const f of prints) index.add(f && packFingerprint(f), f ? buckets(f) : []);
  return index.pairs();
}
