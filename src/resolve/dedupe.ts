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

export interface Fingerprint {
  /** MinHash of the whole text. */
  doc: number[];
  /** Distinct shingles in the whole text. */
  size: number;
  paragraphs: { sig: number[]; size: number }[];
}

export interface DuplicatePair {
  a: number;
  b: number;
  similarity: number;
}

// 32-bit FNV-1a of a string, then murmur3's finalizer with a per-row seed for the permutations.
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: DOC_HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

function shingles(text: string): Set<number> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<number>();
  if (words.length && words.length < SHINGLE) out.add(fnv(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

function minhash(set: Set<number>, k: number): number[] {
  const sig = new Array<number>(k).fill(0xffffffff);
  for (const x of set)
    for (let i = 0; i < k; i++) {
      const h = mix(x, SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  return sig;
}

/** The compact fingerprint kept in a record summary instead of its text. */
export function fingerprint(text: string): Fingerprint {
  const all = shingles(text);
  const paragraphs: Fingerprint['paragraphs'] = [];
  for (const line of text.split(/\n+/)) {
    const s = shingles(line);
    if (s.size >= MIN_PARAGRAPH) paragraphs.push({ sig: minhash(s, PARA_HASHES), size: s.size });
  }
  return { doc: minhash(all, DOC_HASHES), size: all.size, paragraphs };
}

function agreement(a: number[], b: number[]): number {
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

/** Pairs of near-duplicates among `prints` (indices a < b, sorted), found through LSH buckets. */
export function findDuplicates(prints: (Fingerprint | undefined)[]): DuplicatePair[] {
  const buckets = new Map<string, number[]>();
  prints.forEach((f, i) => {
    if (!f) return;
    const keys = new Set<string>();
    for (const p of f.paragraphs)
      for (let band = 0; band * BAND_ROWS < PARA_HASHES; band++)
        keys.add(`${band}:${p.sig.slice(band * BAND_ROWS, (band + 1) * BAND_ROWS).join(',')}`);
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const out: DuplicatePair[] = [];
  const n = prints.length;
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a === b) continue;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const similarity = duplicateScore(prints[a]!, prints[b]!);
        if (similarity != null) out.push({ a, b, similarity });
      }
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
