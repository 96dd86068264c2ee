// The features of the entity tagger, in one place: what the tagger may look at
// for each token of a sentence (its word, shape and neighbours, the gazetteers,
// and what today's rule parsers said about the name the token is in). The
// trainer (scripts/train-entities.mjs) and the decoder read the same list, so
// a feature added here is learned from data the next time the model is trained.
import type { Token } from '../../../document.js';
import { isOrdinaryWord, lexicons } from '../../lexicon/common.js';
import { ASIAN_SURNAMES, FIRST_NAMES } from '../../lexicon/names.js';
import { isPlace } from '../../lexicon/places.js';
import {
  DEMONYMS,
  HONORIFICS,
  INDUSTRY_WORDS,
  LEGAL_SUFFIXES,
  ORG_DESCRIPTORS,
  ORG_HEADS_STRONG,
  TITLE_CORES,
} from '../../lexicon/words.js';

/** What the rule parsers said about the name a token sits in (see evidence.ts). */
export interface RuleEvidence {
  /** 'org' | 'person' | 'place' | 'none': the kind the rules settled for the name's entity. */
  kind: string;
  /** The word-shape parser's cue: 'legal-suffix', 'first-name', 'gazetteer', 'head-noun', 'capitalized'... */
  cue: string;
  /** 'B' for the name's first token, 'I' for the others. */
  pos: 'B' | 'I';
  /** Families of context cues around the name ('descriptor', 'ticker', 'said', 'title'...). */
  cues: string[];
}

export interface SentenceInput {
  tokens: Token[];
  /** Rule evidence per token, or undefined where no rule name covers it. */
  rules: (RuleEvidence | undefined)[];
  /** The words the article also writes in lower case (a capitalized one is then an ordinary word). */
  lowerWords: ReadonlySet<string>;
  /** Index of the sentence in the article (the first ones hold the headline and dateline). */
  sentence: number;
  /** Share of the sentence's words that are capitalized (a title-case headline is mostly capitals). */
  capsShare: number;
  /** 'release' when the article reads as a company's press release, else 'news' (see genreOf). */
  genre: string;
}

/** Marks of a company's own release: a wire tag, "today announced", a boilerplate section, an exhibit header. */
const RELEASE =
  /\/\s*PRNewswire|Business\s?Wire|GLOBE\s?NEWSWIRE|ACCESSWIRE|Marketwire|today announced|forward-looking statements|\bAbout [A-Z][\w&.-]*|\bEX-99|Exhibit 99|Investor Contacts?:|Media Contacts?:|For (?:more|further) information/;

/** Press releases name products, programmes and technologies in capitals far more than news does. */
export const genreOf = (text: string): string => (RELEASE.test(text) ? 'release' : 'news');

const CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'den',
  'del',
  'da',
  'di',
  'the',
  'on',
  'in',
  'y',
  'al',
  'bin',
]);

const CONNECTOR_MAX = Math.max(...[...CONNECTORS].map((w) => w.length));

/** Word shape: "Xx", "X.X.", "XX", "xX", "d", "Xx-Xx"... (runs of one class collapsed). */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w[i] as string;
    const k =
      c >= 'a' && c <= 'z'
        ? 'x'
        : c >= 'A' && c <= 'Z'
          ? 'X'
          : c >= '0' && c <= '9'
            ? 'd'
            : c === '.' || c === '-' || c === '&' || c === "'"
              ? c
              : c.toLowerCase() !== c
                ? 'X'
                : c.toUpperCase() !== c
                  ? 'x'
                  : '#';
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export const upperStart = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const f = w[0] as string;
  return f !== f.toLowerCase();
};

/**
 * Tokens the tagger decides: capitalized words and the connectors between them
 * ("Bank of Poland", "Douglas & Lomason"). Every other token is outside a name,
 * which keeps tagging cheap: most tokens of a text are lower-case words.
 */
export function taggable(tokens: Token[]): boolean[] {
  const caps = tokens.map((t) => t.kind !== 'punct' && upperStart(t.text));
  const out = caps.slice();
  for (let i = 1; i < tokens.length - 1; i++) {
    if (caps[i]) continue;
    // "Acme Widgets, Inc.": the comma before a legal suffix is inside the name
    if (
      (tokens[i] as Token).text === ',' &&
      caps[i - 1] &&
      LEGAL_SUFFIXES.has((tokens[i + 1] as Token).text.toLowerCase())
    ) {
      out[i] = true;
      continue;
    }
    // (a word longer than every connector is none, in any case: lower-casing never shortens a word)
    const text = (tokens[i] as Token).text;
    if (text.length > CONNECTOR_MAX || !CONNECTORS.has(text.toLowerCase())) continue;
    // a connector between two capitalized words, or one more connector on ("Bank of the West")
    if (caps[i - 1] && (caps[i + 1] || (CONNECTORS.has((tokens[i + 1] as Token).text.toLowerCase()) && caps[i + 2])))
      out[i] = true;
    else if (out[i - 1] && caps[i + 1]) out[i] = true;
  }
  return out;
}

const gazMemo = new Map<string, string[]>();

/** The gazetteer features of a word, remembered (the same words come back in every article). */
export function gaz(w: string, lw: string): string[] {
  let f = gazMemo.get(w);
  if (f) return f;
  f = gazOf(w, lw);
  if (gazMemo.size > 100_000) gazMemo.clear();
  gazMemo.set(w, f);
  return f;
}

export function gazOf(w: string, lw: string): string[] {
  const f: string[] = [];
  if (FIRST_NAMES.has(lw)) f.push('g=first');
  if (lexicons().surnames.has(lw) || ASIAN_SURNAMES.has(lw)) f.push('g=sur');
  if (w.length > 1 && isPlace(w)) f.push('g=place');
  if (LEGAL_SUFFIXES.has(lw)) f.push('g=legal');
  if (ORG_HEADS_STRONG.has(lw)) f.push('g=orghead');
  if (INDUSTRY_WORDS.has(lw)) f.push('g=industry');
  if (lexicons().orgs.has(lw)) f.push('g=org');
  if (DEMONYMS.has(lw)) f.push('g=demonym');
  if (TITLE_CORES.has(lw)) f.push('g=title');
  if (HONORIFICS.has(lw)) f.push('g=honorific');
  if (ORG_DESCRIPTORS.has(lw)) f.push('g=descriptor');
  if (isOrdinaryWord(lw)) f.push('g=ordinary');
  return f;
}

/** Receives each feature as up to four parts of one string (the decoder hashes them without joining). */
export type FeatureSink = (a: string, b?: string, c?: string, d?: string) => void;

/** Lower-case forms, shapes and gazetteer features of a sentence's tokens, computed once per sentence. */
function cached(s: SentenceInput): { lower: string[]; shapes: string[]; gazs: (string[] | undefined)[] } {
  const c = s as SentenceInput & { _lower?: string[]; _shapes?: string[]; _gazs?: (string[] | undefined)[] };
  c._lower ??= s.tokens.map((t) => t.text.toLowerCase());
  c._shapes ??= s.tokens.map((t) => shapeOf(t.text));
  c._gazs ??= new Array(s.tokens.length);
  return { lower: c._lower, shapes: c._shapes, gazs: c._gazs };
}

/** gaz() of token i of a sentence (each token is read as itself and as both neighbours' neighbour). */
function gazAt(s: SentenceInput, i: number, lower: string[], gazs: (string[] | undefined)[]): string[] {
  let g = gazs[i];
  if (!g) {
    g = gaz((s.tokens[i] as Token).text, lower[i] as string);
    gazs[i] = g;
  }
  return g;
}

export const CAPS_BANDS = ['low', 'mid', 'high'];
export const LENGTHS = ['0', '1', '2', '3', '4', '5'];

/** Every feature of token i, given to `add`. The one list of features: training and decoding both read it. */
export function emitFeatures(s: SentenceInput, i: number, add: FeatureSink): void {
  const toks = s.tokens;
  const { lower, shapes, gazs } = cached(s);
  const w = (toks[i] as Token).text;
  const lw = lower[i] as string;
  const shape = shapes[i] as string;
  add('b');
  add('w=', lw);
  add('s=', shape);
  add('p3=', lw.slice(0, 3));
  add('x3=', lw.slice(-3));
  add('x4=', lw.slice(-4));
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const lp = prev ? (lower[i - 1] as string) : '<s>';
  const ln = next ? (lower[i + 1] as string) : '</s>';
  add('w-1=', lp);
  add('w+1=', ln);
  add('w-2=', lower[i - 2] ?? '<s>');
  add('w+2=', lower[i + 2] ?? '</s>');
  add('s-1=', prev ? (shapes[i - 1] as string) : '<s>');
  add('s+1=', next ? (shapes[i + 1] as string) : '</s>');
  add('w-1w=', lp, '|', lw);
  add('ww+1=', lw, '|', ln);
  if (i === 0) add('first');
  if (s.sentence < 2) add('lead');
  if (s.lowerWords.has(lw)) add('doclower');
  if (w.length > 1 && w === w.toUpperCase() && w !== lw) add('allcaps');
  for (const g of gazAt(s, i, lower, gazs)) add(g);
  if (prev) for (const g of gazAt(s, i - 1, lower, gazs)) add('-1', g);
  if (next) for (const g of gazAt(s, i + 1, lower, gazs)) add('+1', g);
  // a legal suffix a little further on: "Acme Widget Co"
  for (let k = i + 2; k <= i + 4 && k < toks.length; k++) {
    if (LEGAL_SUFFIXES.has(lower[k] as string) && upperStart((toks[k] as Token).text)) {
      add('legal-ahead');
      break;
    }
  }
  // what the rule parsers saw and what their refiners settled (cross-validation kept the verdict: without it
  // the folds scored lower)
  const r = s.rules[i];
  if (r) {
    add('r=', r.pos);
    add('rc=', r.cue);
    add('rc=', r.cue, ':', r.pos);
    add('r=', r.kind);
    add('r=', r.kind, ':', r.pos);
    add('rk=', r.kind, ':', r.cue);
    for (const c of r.cues) add('rq=', c);
  } else add('r=-');
  add('caps=', CAPS_BANDS[s.capsShare < 0.35 ? 0 : s.capsShare < 0.6 ? 1 : 2] as string);
  // the same evidence weighs differently in a company's release than in news
  add('G=', s.genre);
  add('G=', s.genre, '|s=', shape);
  if (r) add('G=', s.genre, '|rc=', r.cue);
  else add('G=', s.genre, '|r=-');
  if (i === 0 || !prev || !upperStart(prev.text)) add('G=', s.genre, '|len=', LENGTHS[Math.min(w.length, 5)] as string);
}

/** The feature strings of token i (for reading and for tests; the decoder hashes the same parts). */
export function tokenFeatures(s: SentenceInput, i: number): string[] {
  const out: string[] = [];
  emitFeatures(s, i, (a, b = '', c = '', d = '') => out.push(a + b + c + d));
  return out;
}
