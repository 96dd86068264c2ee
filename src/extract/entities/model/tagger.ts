// The decoder: hashed feature weights summed per label, first-order
// transitions, Viterbi for the best label sequence of each run of taggable
// tokens and forward-backward for each token's probability of its label.
import type { Token } from '../../../document.js';
import { isOrdinaryWord } from '../../lexicon/common.js';
import { addEmissionsFast, fnv } from './fast.js';
import { emitFeatures, type FeatureSink, type SentenceInput, taggable } from './features.js';
import type { Model } from './weights.js';

/** FNV-1a over UTF-16 code units. */
export const hashFeature = (s: string): number => fnv(0x811c9dc5, s) >>> 0;

// One buffer of ids and one sink for every call (featureIds runs once per taggable token; the decoder reads
// the same ids through fast.ts).
let idBuffer = new Int32Array(64);
let idCount = 0;
let idMask = 0;
const collect: FeatureSink = (a, b, c, d) => {
  let h = fnv(0x811c9dc5, a);
  if (b) h = fnv(h, b);
  if (c) h = fnv(h, c);
  if (d) h = fnv(h, d);
  if (idCount === idBuffer.length) {
    const grown = new Int32Array(idBuffer.length * 2);
    grown.set(idBuffer);
    idBuffer = grown;
  }
  idBuffer[idCount++] = (h >>> 0) & idMask;
};

/** Hashed ids of token i's features: the FNV-1a of each feature's string, hashed part by part. */
export function featureIds(s: SentenceInput, i: number, mask: number): Int32Array {
  idCount = 0;
  idMask = mask;
  emitFeatures(s, i, collect);
  return idBuffer.slice(0, idCount);
}

const allowedTables = new WeakMap<string[], Uint8Array>();

/** allowed() for every pair: table[(prev + 1) * L + cur], made once per label list. */
function allowedTable(labels: string[]): Uint8Array {
  let table = allowedTables.get(labels);
  if (!table) {
    const L = labels.length;
    table = new Uint8Array((L + 1) * L);
    for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) table[(p + 1) * L + y] = allowedSlow(labels, p, y) ? 1 : 0;
    allowedTables.set(labels, table);
  }
  return table;
}

/** Label `cur` may follow label `prev` (-1: the start): I-X only after B-X or I-X. */
export function allowed(labels: string[], prev: number, cur: number): boolean {
  return allowedTable(labels)[(prev + 1) * labels.length + cur] === 1;
}

function allowedSlow(labels: string[], prev: number, cur: number): boolean {
  const c = labels[cur] as string;
  if (!c.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = labels[prev] as string;
  return p !== 'O' && p.slice(2) === c.slice(2);
}

/** Emission scores of one segment: scores[t * L + y]. */
export function emissions(weights: ArrayLike<number>, L: number, feats: Int32Array[]): Float64Array {
  const out = new Float64Array(feats.length * L);
  for (let t = 0; t < feats.length; t++) {
    const ids = feats[t] as Int32Array;
    for (let k = 0; k < ids.length; k++) {
      const base = (ids[k] as number) * L;
      for (let y = 0; y < L; y++) out[t * L + y] = (out[t * L + y] as number) + (weights[base + y] as number);
    }
  }
  return out;
}

/**
 * Arrays the decoder reuses from one segment to the next instead of allocating eight per segment; each is
 * grown when a segment needs more. Every cell a segment reads is written for that segment first.
 */
class Scratch {
  private readonly f64: Float64Array[] = [];
  private readonly i32: Int32Array[] = [];
  f(k: number, size: number): Float64Array {
    let a = this.f64[k];
    if (!a || a.length < size) {
      a = new Float64Array(Math.max(size, 2 * (a?.length ?? 64)));
      this.f64[k] = a;
    }
    return a;
  }
  i(k: number, size: number): Int32Array {
    let a = this.i32[k];
    if (!a || a.length < size) {
      a = new Int32Array(Math.max(size, 2 * (a?.length ?? 64)));
      this.i32[k] = a;
    }
    return a;
  }
}
const SCRATCH = new Scratch();

/**
 * Best label sequence; transitions[prev*L+cur], row L = start. With `sc`, the path is in a reused array
 * (its first n entries).
 */
export function viterbi(
  em: Float64Array,
  n: number,
  labels: string[],
  trans: ArrayLike<number>,
  sc?: Scratch,
): Int32Array {
  const L = labels.length;
  const ok = allowedTable(labels);
  const score = sc ? sc.f(1, n * L) : new Float64Array(n * L);
  const back = sc ? sc.i(0, n * L) : new Int32Array(n * L);
  for (let y = 0; y < L; y++)
    score[y] = ok[y] ? (em[y] as number) + (trans[L * L + y] as number) : Number.NEGATIVE_INFINITY;
  for (let t = 1; t < n; t++)
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ok[(p + 1) * L + y]) continue;
        const s = (score[(t - 1) * L + p] as number) + (trans[p * L + y] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + y] = best + (em[t * L + y] as number);
      back[t * L + y] = arg;
    }
  const path = sc ? sc.i(1, n).fill(0, 0, n) : new Int32Array(n);
  let best = Number.NEGATIVE_INFINITY;
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y] as number;
    if (s > best) {
      best = s;
      path[n - 1] = y;
    }
  }
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + (path[t] as number)] as number;
  return path;
}

const expTables = new WeakMap<ArrayLike<number>, Float64Array>();

/** exp of the transition weights, forbidden moves 0 (made once per model). */
function expTransitions(labels: string[], trans: ArrayLike<number>): Float64Array {
  let e = expTables.get(trans);
  if (!e) {
    const L = labels.length;
    e = new Float64Array((L + 1) * L);
    for (let p = 0; p <= L; p++)
      for (let y = 0; y < L; y++)
        e[p * L + y] = allowed(labels, p === L ? -1 : p, y) ? Math.exp(trans[p * L + y] as number) : 0;
    expTables.set(trans, e);
  }
  return e;
}

/**
 * Each token's marginal probability of each label (scores read as log-potentials): forward-backward in
 * linear space, each token's emissions scaled by their maximum and each step normalized.
 */
export function marginals(
  em: Float64Array,
  n: number,
  labels: string[],
  trans: ArrayLike<number>,
  sc?: Scratch,
): Float64Array {
  const L = labels.length;
  const T = expTransitions(labels, trans);
  const E = sc ? sc.f(2, n * L) : new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    let m = Number.NEGATIVE_INFINITY;
    for (let y = 0; y < L; y++) m = Math.max(m, em[t * L + y] as number);
    for (let y = 0; y < L; y++) E[t * L + y] = Math.exp((em[t * L + y] as number) - m);
  }
  const a = sc ? sc.f(3, n * L) : new Float64Array(n * L);
  const b = sc ? sc.f(4, n * L) : new Float64Array(n * L);
  let z = 0;
  for (let y = 0; y < L; y++) {
    a[y] = (T[L * L + y] as number) * (E[y] as number);
    z += a[y] as number;
  }
  for (let y = 0; y < L; y++) a[y] = (a[y] as number) / z;
  for (let t = 1; t < n; t++) {
    z = 0;
    for (let y = 0; y < L; y++) {
      let acc = 0;
      for (let p = 0; p < L; p++) acc += (a[(t - 1) * L + p] as number) * (T[p * L + y] as number);
      a[t * L + y] = acc * (E[t * L + y] as number);
      z += a[t * L + y] as number;
    }
    for (let y = 0; y < L; y++) a[t * L + y] = (a[t * L + y] as number) / z;
  }
  for (let y = 0; y < L; y++) b[(n - 1) * L + y] = 1;
  for (let t = n - 2; t >= 0; t--) {
    z = 0;
    for (let p = 0; p < L; p++) {
      let acc = 0;
      for (let y = 0; y < L; y++)
        acc += (T[p * L + y] as number) * (E[(t + 1) * L + y] as number) * (b[(t + 1) * L + y] as number);
      b[t * L + p] = acc;
      z += acc;
    }
    for (let p = 0; p < L; p++) b[t * L + p] = (b[t * L + p] as number) / z;
  }
  const out = sc ? sc.f(5, n * L) : new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    let sum = 0;
    for (let y = 0; y < L; y++) {
      out[t * L + y] = (a[t * L + y] as number) * (b[t * L + y] as number);
      sum += out[t * L + y] as number;
    }
    for (let y = 0; y < L; y++) out[t * L + y] = (out[t * L + y] as number) / sum;
  }
  return out;
}

/** A name the tagger found: token range in the sentence, its type and its tokens' mean probability. */
export interface TaggedSpan {
  from: number;
  to: number;
  type: string;
  prob: number;
}

/** Segments of consecutive taggable tokens. */
export function segments(tokens: Token[]): [number, number][] {
  const mask = taggable(tokens);
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mask[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && mask[j + 1]) j++;
    out.push([i, j + 1]);
    i = j;
  }
  return out;
}

/** Tags one sentence. */
export function tagSentence(model: Model, s: SentenceInput): TaggedSpan[] {
  const { labels, L, transitions } = model;
  const outside = labels.indexOf('O');
  const spans: TaggedSpan[] = [];
  for (const [from, to] of segments(s.tokens)) {
    // a sentence's first word alone, an ordinary word no rule took for a name ("The", "In"): no name to read
    if (from === 0 && to === 1 && !s.rules[0] && isOrdinaryWord((s.tokens[0] as Token).text.toLowerCase())) continue;
    const n = to - from;
    // (each token's L cells are written whole: the reused array needs no clearing)
    const em = SCRATCH.f(0, n * L);
    for (let i = from; i < to; i++) addEmissionsFast(model, s, i, em, (i - from) * L);
    const path = viterbi(em, n, labels, transitions, SCRATCH);
    let named = false;
    for (let t = 0; t < n && !named; t++) named = path[t] !== outside;
    if (!named) continue;
    const marg = marginals(em, n, labels, transitions, SCRATCH);
    for (let t = 0; t < n; t++) {
      const lab = labels[path[t] as number] as string;
      if (lab === 'O') continue;
      const type = lab.slice(2);
      let e = t + 1;
      while (e < n && labels[path[e] as number] === `I-${type}`) e++;
      let p = 0;
      for (let k = t; k < e; k++) p += marg[k * L + (path[k] as number)] as number;
      spans.push({ from: from + t, to: from + e, type, prob: p / (e - t) });
      t = e - 1;
    }
  }
  return spans;
}
