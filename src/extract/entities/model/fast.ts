// The decoder's way to the features of emitFeatures (features.ts): the same
// hashed ids in the same order, without building or hashing a string per
// feature and token. What depends on a word alone (its lower case, shape,
// affixes, gazetteer features, its ids as a neighbour, the hash state of the
// word pairs it opens) is worked out once per word type and remembered; a
// token then reads its ids from its own and its neighbours' entries. The
// first features of a token, which read the word alone, are also summed once
// per word type (the same additions in the same order, from zero, as the
// decoder's). test/entity-model.test.ts checks the ids against featureIds().
import type { Token } from '../../../document.js';
import { LEGAL_SUFFIXES } from '../../lexicon/words.js';
import { CAPS_BANDS, gazOf, LENGTHS, type SentenceInput, shapeOf, upperStart } from './features.js';
import type { Model } from './weights.js';

const BASIS = 0x811c9dc5;

/** FNV-1a continued over one more string (the state before the final `>>> 0`). */
export function fnv(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x;
}

const state = (...parts: string[]): number => parts.reduce(fnv, BASIS);

/** What the features read of one word type (a token's text), with its ids under one mask. */
interface WordType {
  /** The token's text. */
  w: string;
  lw: string;
  shape: string;
  /** The features that read the word alone ('b', 'w=', 's=', 'p3=', 'x3=', 'x4='), summed per label. */
  prefix: Float64Array;
  /** Its ids as the previous, next, second previous and second next word; its shape's as previous and next. */
  wm1: number;
  wp1: number;
  wm2: number;
  wp2: number;
  sm1: number;
  sp1: number;
  /** Hash states of 'w-1w=' + lw + '|' (the word as the previous one) and 'ww+1=' + lw + '|'. */
  pairPrev: number;
  pairNext: number;
  /** Its gazetteer features' ids: as itself, as the previous word ('-1') and as the next ('+1'). */
  gaz: Int32Array;
  gazPrev: Int32Array;
  gazNext: Int32Array;
  allcaps: boolean;
  upper: boolean;
  legal: boolean;
  len: string;
}

const S_WM1 = state('w-1=');
const S_WP1 = state('w+1=');
const S_WM2 = state('w-2=');
const S_WP2 = state('w+2=');
const S_SM1 = state('s-1=');
const S_SP1 = state('s+1=');
const S_PAIR_PREV = state('w-1w=');
const S_PAIR_NEXT = state('ww+1=');
const S_MINUS = state('-1');
const S_PLUS = state('+1');

interface Tables {
  mask: number;
  model: Model;
  types: Map<string, WordType>;
  recent: (WordType | undefined)[];
  gazLists: Map<string, { self: Int32Array; prev: Int32Array; next: Int32Array }>;
  /** Ids of fixed features. */
  first: number;
  lead: number;
  doclower: number;
  allcaps: number;
  legalAhead: number;
  noRule: number;
  caps: number[];
  /** Sentence edges: 'w-1=<s>', 'w+1=</s>', 'w-2=<s>', 'w+2=</s>', 's-1=<s>', 's+1=</s>'. */
  wm1Start: number;
  wp1End: number;
  wm2Start: number;
  wp2End: number;
  sm1Start: number;
  sp1End: number;
  pairPrevStart: number;
  endWord: string;
  /** Per genre: 'G=' + genre, 'G=' + genre + '|r=-', the hash states of 'G=' + genre + '|s=' / '|rc=' / '|len='. */
  genres: Map<string, { g: number; noRule: number; shape: number; cue: number; len: number; lens: number[] }>;
}

let tables: Tables | null = null;

function tablesFor(model: Model): Tables {
  const mask = (1 << model.bits) - 1;
  if (tables && tables.model === model && tables.mask === mask) return tables;
  const id = (...parts: string[]) => (state(...parts) >>> 0) & mask;
  tables = {
    mask,
    model,
    types: new Map(),
    recent: new Array(RECENT).fill(undefined),
    gazLists: new Map(),
    first: id('first'),
    lead: id('lead'),
    doclower: id('doclower'),
    allcaps: id('allcaps'),
    legalAhead: id('legal-ahead'),
    noRule: id('r=-'),
    caps: CAPS_BANDS.map((b) => id('caps=', b)),
    wm1Start: id('w-1=', '<s>'),
    wp1End: id('w+1=', '</s>'),
    wm2Start: id('w-2=', '<s>'),
    wp2End: id('w+2=', '</s>'),
    sm1Start: id('s-1=', '<s>'),
    sp1End: id('s+1=', '</s>'),
    pairPrevStart: fnv(fnv(S_PAIR_PREV, '<s>'), '|'),
    endWord: '</s>',
    genres: new Map(),
  };
  return tables;
}

function genreOf(t: Tables, genre: string) {
  let g = t.genres.get(genre);
  if (!g) {
    const base = fnv(BASIS, 'G=');
    const withGenre = fnv(base, genre);
    const len = fnv(withGenre, '|len=');
    g = {
      g: (withGenre >>> 0) & t.mask,
      noRule: (fnv(withGenre, '|r=-') >>> 0) & t.mask,
      shape: fnv(withGenre, '|s='),
      cue: fnv(withGenre, '|rc='),
      len,
      lens: LENGTHS.map((n) => (fnv(len, n) >>> 0) & t.mask),
    };
    t.genres.set(genre, g);
  }
  return g;
}

/** Word types remembered at most (about 300 bytes each). */
const MOST_TYPES = 50_000;

/** The ids of a list of gazetteer features, shared by the words that have the same list (most have none). */
function gazIds(t: Tables, g: string[]): { self: Int32Array; prev: Int32Array; next: Int32Array } {
  const key = g.join(' ');
  let e = t.gazLists.get(key);
  if (!e) {
    const m = (h: number) => (h >>> 0) & t.mask;
    e = {
      self: Int32Array.from(g, (x) => m(fnv(BASIS, x))),
      prev: Int32Array.from(g, (x) => m(fnv(S_MINUS, x))),
      next: Int32Array.from(g, (x) => m(fnv(S_PLUS, x))),
    };
    t.gazLists.set(key, e);
  }
  return e;
}

/** Slots of the small table of recent word types in front of the map. */
const RECENT = 4096;

/**
 * The word type of a token's text: from a small table of recent ones (by a hash of the text; the words a
 * text repeats stay there, where a look-up in the large map costs a miss of the processor's cache), else
 * from the map, else made.
 */
function wordType(t: Tables, w: string): WordType {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 12)) & (RECENT - 1);
  const r = t.recent[slot];
  if (r !== undefined && r.w === w) return r;
  const e = t.types.get(w) ?? makeWordType(t, w);
  t.recent[slot] = e;
  return e;
}

function makeWordType(t: Tables, w: string): WordType {
  const { mask, model } = t;
  const m = (h: number) => (h >>> 0) & mask;
  const lw = w.toLowerCase();
  const shape = shapeOf(w);
  const g = gazIds(t, gazOf(w, lw));
  const ids = [
    m(fnv(BASIS, 'b')),
    m(fnv(fnv(BASIS, 'w='), lw)),
    m(fnv(fnv(BASIS, 's='), shape)),
    m(fnv(fnv(BASIS, 'p3='), lw.slice(0, 3))),
    m(fnv(fnv(BASIS, 'x3='), lw.slice(-3))),
    m(fnv(fnv(BASIS, 'x4='), lw.slice(-4))),
  ];
  const { weights, rows, L } = model;
  const prefix = new Float64Array(L);
  for (const k of ids) {
    const r = rows[k] as number;
    if (r === 0) continue;
    const base = (r - 1) * L;
    for (let y = 0; y < L; y++) prefix[y] = (prefix[y] as number) + (weights[base + y] as number);
  }
  const e: WordType = {
    w,
    lw,
    shape,
    prefix,
    wm1: m(fnv(S_WM1, lw)),
    wp1: m(fnv(S_WP1, lw)),
    wm2: m(fnv(S_WM2, lw)),
    wp2: m(fnv(S_WP2, lw)),
    sm1: m(fnv(S_SM1, shape)),
    sp1: m(fnv(S_SP1, shape)),
    pairPrev: fnv(fnv(S_PAIR_PREV, lw), '|'),
    pairNext: fnv(fnv(S_PAIR_NEXT, lw), '|'),
    gaz: g.self,
    gazPrev: g.prev,
    gazNext: g.next,
    allcaps: w.length > 1 && w === w.toUpperCase() && w !== lw,
    upper: upperStart(w),
    legal: LEGAL_SUFFIXES.has(lw),
    len: LENGTHS[Math.min(w.length, 5)] as string,
  };
  // (a memo: emptied when large, no result depends on what it held)
  if (t.types.size >= MOST_TYPES) t.types.clear();
  t.types.set(w, e);
  return e;
}

/** The word types of a sentence's tokens, each looked up when first read (most tokens are never tagged). */
function typesOf(t: Tables, s: SentenceInput): (WordType | undefined)[] {
  const c = s as SentenceInput & { _types?: (WordType | undefined)[]; _typesOf?: Tables };
  if (c._types && c._typesOf === t) return c._types;
  c._types = new Array(s.tokens.length);
  c._typesOf = t;
  return c._types;
}

function typeAt(t: Tables, s: SentenceInput, types: (WordType | undefined)[], i: number): WordType {
  let e = types[i];
  if (!e) {
    e = wordType(t, (s.tokens[i] as Token).text);
    types[i] = e;
  }
  return e;
}

let ids = new Int32Array(128);
let count = 0;
const push = (id: number): void => {
  if (count === ids.length) {
    const grown = new Int32Array(ids.length * 2);
    grown.set(ids);
    ids = grown;
  }
  ids[count++] = id;
};

/**
 * Writes token i's feature ids after the first six (those of the word alone) into the shared buffer and
 * returns the token's word type; `emittedIds` then gives the count. The order is emitFeatures'.
 */
function restIds(t: Tables, s: SentenceInput, i: number): WordType {
  const { mask } = t;
  const m = (h: number) => (h >>> 0) & mask;
  const types = typesOf(t, s);
  const toks = s.tokens;
  const n = toks.length;
  const cur = typeAt(t, s, types, i);
  const prev = i > 0 ? typeAt(t, s, types, i - 1) : undefined;
  const next = i + 1 < n ? typeAt(t, s, types, i + 1) : undefined;
  count = 0;
  push(prev ? prev.wm1 : t.wm1Start);
  push(next ? next.wp1 : t.wp1End);
  push(i >= 2 ? typeAt(t, s, types, i - 2).wm2 : t.wm2Start);
  push(i + 2 < n ? typeAt(t, s, types, i + 2).wp2 : t.wp2End);
  push(prev ? prev.sm1 : t.sm1Start);
  push(next ? next.sp1 : t.sp1End);
  push(m(fnv(prev ? prev.pairPrev : t.pairPrevStart, cur.lw)));
  push(m(fnv(cur.pairNext, next ? next.lw : t.endWord)));
  if (i === 0) push(t.first);
  if (s.sentence < 2) push(t.lead);
  if (s.lowerWords.has(cur.lw)) push(t.doclower);
  if (cur.allcaps) push(t.allcaps);
  for (const x of cur.gaz) push(x);
  if (prev) for (const x of prev.gazPrev) push(x);
  if (next) for (const x of next.gazNext) push(x);
  for (let k = i + 2; k <= i + 4 && k < n; k++) {
    if (upperStart((toks[k] as Token).text) && typeAt(t, s, types, k).legal) {
      push(t.legalAhead);
      break;
    }
  }
  const r = s.rules[i];
  if (r) {
    const rPos = fnv(fnv(BASIS, 'r='), r.pos);
    const rc = fnv(fnv(BASIS, 'rc='), r.cue);
    const rKind = fnv(fnv(BASIS, 'r='), r.kind);
    push(m(rPos));
    push(m(rc));
    push(m(fnv(fnv(rc, ':'), r.pos)));
    push(m(rKind));
    push(m(fnv(fnv(rKind, ':'), r.pos)));
    push(m(fnv(fnv(fnv(fnv(BASIS, 'rk='), r.kind), ':'), r.cue)));
    const rq = fnv(BASIS, 'rq=');
    for (const c of r.cues) push(m(fnv(rq, c)));
  } else push(t.noRule);
  push(t.caps[s.capsShare < 0.35 ? 0 : s.capsShare < 0.6 ? 1 : 2] as number);
  const g = genreOf(t, s.genre);
  push(g.g);
  push(m(fnv(g.shape, cur.shape)));
  if (r) push(m(fnv(g.cue, r.cue)));
  else push(g.noRule);
  if (i === 0 || !prev || !prev.upper) push(g.lens[Math.min((toks[i] as Token).text.length, 5)] as number);
  return cur;
}

/** Token i's feature ids, as featureIds() gives them (for tests and for reading). */
export function fastFeatureIds(model: Model, s: SentenceInput, i: number): Int32Array {
  const t = tablesFor(model);
  const { mask } = t;
  const m = (h: number) => (h >>> 0) & mask;
  const w = (s.tokens[i] as Token).text;
  const lw = w.toLowerCase();
  const shape = shapeOf(w);
  const head = [
    m(fnv(BASIS, 'b')),
    m(fnv(fnv(BASIS, 'w='), lw)),
    m(fnv(fnv(BASIS, 's='), shape)),
    m(fnv(fnv(BASIS, 'p3='), lw.slice(0, 3))),
    m(fnv(fnv(BASIS, 'x3='), lw.slice(-3))),
    m(fnv(fnv(BASIS, 'x4='), lw.slice(-4))),
  ];
  restIds(t, s, i);
  return Int32Array.from([...head, ...ids.subarray(0, count)]);
}

/**
 * Writes token i's emission scores to em[at .. at + L) (whatever it held): the sums of the word's own six
 * features from zero, remembered per word type, then the others added feature by feature, in the order of
 * emitFeatures (the same sums as adding every feature to zeros).
 */
export function addEmissionsFast(model: Model, s: SentenceInput, i: number, em: Float64Array, at: number): void {
  const t = tablesFor(model);
  const cur = restIds(t, s, i);
  const { weights, rows, L } = model;
  // (a loop: TypedArray.prototype.set costs more than the copy itself for so few values)
  const prefix = cur.prefix;
  for (let y = 0; y < L; y++) em[at + y] = prefix[y] as number;
  for (let k = 0; k < count; k++) {
    const r = rows[ids[k] as number] as number;
    if (r === 0) continue;
    const base = (r - 1) * L;
    for (let y = 0; y < L; y++) em[at + y] = (em[at + y] as number) + (weights[base + y] as number);
  }
}
