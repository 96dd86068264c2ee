// The name recognizer shared by the organization, people and location
// extractors: runs the parsers (runs, split, classify, cues, wire credits) over
// every sentence, then the refiners (decide.ts) settle one kind per name and
// group surface forms into entities. Computed once per article text.
import { isEnglishWord } from '../../clean/repairs/english.js';
import type { Document, Token } from '../../document.js';
import { setPlaceWords } from '../../resolve/names.js';
import { isOrdinaryWord, lexicons } from '../lexicon/common.js';
import { isPlace, placeNames } from '../lexicon/places.js';
import { NOT_NAMES, ORG_HEADS_STRONG, TITLE_CORES } from '../lexicon/words.js';
import { classify, type Shape } from './classify.js';
import { type Cues, cuesFor, EXCHANGES } from './cues.js';
import { decide, type Entities, type Entity } from './decide.js';
import { reconcile } from './model/reconcile.js';
import { entityModel } from './model/weights.js';
import { findRuns } from './runs.js';
import { isCapWord } from './shape.js';
import { endsAsOrg, splitRun } from './split.js';
import { type SentenceView, sentenceViews } from './view.js';
import { wireCredits } from './wire.js';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  sentence: number;
  story: number;
  /** Token indices into the sentence view. */
  from: number;
  to: number;
  shape: Shape;
  cues: Cues;
}

export interface Analysis {
  views: SentenceView[];
  mentions: NameMention[];
  entities: Entities;
  /** The words the article writes in lower case (a capitalized one is then an ordinary word). */
  lowerWords: Set<string>;
  /**
   * Words that are never names, whatever the tagger says: stock symbols ("<ABC>" after a name in Reuters' copy,
   * "ABC" in "(NYSE: ABC)"), the parts of a document by their number ("Item 7"), post-office boxes and
   * degrees ("P.O. Box", "Ph.D.").
   */
  symbols: { start: number; end: number }[];
  /** Things and events named by their heads ("Quarry Revenue Tax", "Share Purchase Agreement"). */
  things: { start: number; end: number }[];
  /** Places written before "-based" ("Port Ashby-based"): whatever is named there is a place. */
  homes?: { start: number; end: number }[];
  /** Abbreviations the text defines for terms, not names: "chemical mechanical planarization (CMP)". */
  terms: Set<string>;
}

/** The words the article writes in lower case. */
export function lowerWordsOf(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const t of doc.tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122 && t.kind === 'word') out.add(t.text);
  }
  return out;
}

const OPENERS = /^["'“‘([:—–-]$/;

/** The token starts the sentence, a quotation or a list item ("1. Premier ..."). */
function startsAt(view: SentenceView, i: number): boolean {
  if (i === 0) return true;
  const prev = view.tokens[i - 1] as { text: string; kind: string };
  if (prev.kind !== 'word' && OPENERS.test(prev.text)) return true;
  return i === 1 && prev.kind === 'number';
}

setPlaceWords(isPlace);
// Load the gazetteers when the module loads (a worker's start), not inside the first article's time limit.
placeNames();
lexicons();

/** A name in the dateline's place ("PINE HOLLOW, Neb., Nov. 22 --"). */
const DATELINE_PLACE: Shape = { kind: 'place', score: 0.9, cue: 'dateline' };

/** Parts of a document named by their number. */
const DOCUMENT_PARTS = /^(?:Page|Section|Item|Exhibit|Article|Schedule|Annex|Appendix|Rule|Note|Chapter|Part|Table)$/;

/** The postal codes of the states of the US and the provinces of Canada. */
const POSTAL_REGIONS = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR
  PA RI SC SD TN TX UT VT VA WA WV WI WY PR AB BC MB NB NL NS ON PE QC SK`.split(/\s+/),
);

/** "Warren, NJ": a region's postal code after a place and a comma is a place. */
function postalRegion(tokens: Token[], from: number, to: number): Shape | null {
  if (to - from !== 1 || !POSTAL_REGIONS.has(tokens[from]?.text ?? '')) return null;
  const before = tokens[from - 2];
  if (tokens[from - 1]?.text !== ',' || !before || !isPlace(before.text)) return null;
  return { kind: 'place', score: 0.8, cue: 'gazetteer' };
}

/** A name before the token at `i` ("Plessey Co Plc <PLY.L>", "Kanemori Ltd's <KNMR.T>"). */
const namedBefore = (t: Token | undefined) => isCapWord(t) || /^['’]s?$/.test(t?.text ?? '');

/** The stock symbols of a sentence: a format fact of wire copy and releases, never a company's name. */
export function stockSymbols(tokens: Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const sym = tokens[i + 1] as Token;
    if (
      t.text === '<' &&
      tokens[i + 2]?.text === '>' &&
      /^[A-Z0-9.]{1,9}$/.test(sym.text) &&
      namedBefore(tokens[i - 1])
    )
      out.push({ start: sym.start, end: sym.end });
    else if (t.text === '(' && EXCHANGES.test(sym.text) && /^[:-]$/.test(tokens[i + 2]?.text ?? '')) {
      const code = tokens[i + 3];
      if (code && /^[A-Z0-9.]{1,9}$/.test(code.text)) out.push({ start: code.start, end: code.end });
    }
  }
  return out;
}

/** The heads of a description of a business, never of its name alone ("a Leading Packaging Company"). */
const GENERIC_HEADS = new Set(
  `company companies business businesses subsidiary subsidiaries firm firms provider
  providers maker makers operator operators supplier suppliers manufacturer manufacturers developer developers
  leader leaders player players`.split(/\s+/),
);

/** Words that open a description: "a Leading Supplier", "its U.S. Subsidiary", "Harlow's Care Business". */
const DESCRIBERS = new Set(['a', 'an', 'its', 'their', 'our', 'his', 'her', "'s", '’s', "'", '’']);

/**
 * "a Leading Agribusiness Company", "a Simpler, More Focused Company", "its U.S. Subsidiary": a description in
 * title case (ordinary words, a generic head such as company, business or subsidiary) after an article or a
 * possessive is no name. "a Brightwater Company" keeps its name: "Brightwater" is no ordinary word.
 */
function isDescription(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.text.toLowerCase());
  if (!GENERIC_HEADS.has(words[words.length - 1] ?? '')) return false;
  const ordinary = (w: string) => w === 'u.s.' || w.split('-').every((x) => isOrdinaryWord(x) || isEnglishWord(x));
  if (!words.every(ordinary)) return false;
  // back over other title-case words of the description and their commas: "a Simpler, More Focused Company"
  const describes = (t: Token | undefined) => !!t && (DESCRIBERS.has(lc(t)) || DESCRIBERS.has(t.text.slice(-2)));
  for (let i = from - 1; i >= 0 && i >= from - 5; i--) {
    const t = tokens[i];
    if (describes(t)) return true;
    if (!(t?.text === ',' || (isCapWord(t) && ordinary(lc(t))))) return false;
  }
  return false;
}

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/** "… words (ABC)", "… words (the “ABC”)": an abbreviation defined right after the words it stands for. */
const DEFINED = /((?:[\p{L}][\p{L}'’-]*\s+){1,8})\((?:the\s+)?["“']?([\p{Lu}][\p{L}]{1,7})["”']?\)/gu;
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);
/** The heads of a contract's or a filing's name: "Share Purchase Agreement (SPA)". */
const DOCUMENT_HEADS = new Set(
  'agreement agreements contract plan act arrangement memorandum understanding letter notes offering facility'.split(
    ' ',
  ),
);

/** DEFINED's bracketed part alone: every match of DEFINED holds one, at its "(". */
const DEFINED_TAIL = /\((?:the\s+)?["“']?[\p{Lu}][\p{L}]{1,7}["”']?\)/gu;

/**
 * A character the words before DEFINED's "(" may hold: an ASCII letter, apostrophe, hyphen or space, or any
 * other than ASCII (a letter, a space or a part of one; letting in more only starts the search earlier).
 */
const inWords = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 32 || (c >= 9 && c <= 13) || c >= 128;

/**
 * The matches of DEFINED in a text, as `text.matchAll(DEFINED)` gives them (the groups), found without
 * running the slow pattern at every letter: only over the words right before each bracketed part. A match
 * ends with such a part, and its words before the "(" are one stretch of `inWords` characters, so it starts
 * in the stretch before the first bracketed part at or after the search's position, or later.
 */
function* definitions(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    DEFINED_TAIL.lastIndex = from;
    const tail = DEFINED_TAIL.exec(text);
    if (!tail) return;
    const open = tail.index;
    let start = open;
    while (start > from && inWords(text.charCodeAt(start - 1))) start--;
    // (DEFINED has no anchors, lookarounds or word boundaries: a match inside the stretch is the same match in the text)
    DEFINED.lastIndex = 0;
    const m = DEFINED.exec(text.slice(start, open + tail[0].length));
    if (m) {
      yield m;
      from = start + m.index + m[0].length;
    } else from = open + 1;
  }
}

/**
 * The abbreviations a text defines for terms rather than names: the words it stands for are written in
 * lower case ("abandoned mine land (AML)", "software-as-a-service (SaaS)"), or name a contract or a filing
 * ("Share Purchase Agreement (the “SPA”)", "Memorandum of Understanding (MoU)"). "Lismore Port Authority
 * (LPA)" and "European Trade Community (ETC)" stay names.
 */
export function definedTerms(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('(')) return out;
  for (const m of definitions(text)) {
    const abbr = m[2] as string;
    if (!/\p{Lu}.*\p{Lu}/u.test(abbr) && abbr.length < 3) continue;
    const letters = abbr.toLowerCase();
    const ws = (m[1] as string).trim().split(/\s+/);
    // the shortest run of words before the brackets whose initials (hyphenated parts too) spell it
    for (let k = 1; k <= ws.length; k++) {
      const run = ws.slice(-k);
      const initials = (skip: boolean) =>
        run
          .flatMap((w) => w.split('-'))
          .filter((w) => w && !(skip && SMALL_WORDS.has(w.toLowerCase())))
          .map((w) => (w[0] as string).toLowerCase())
          .join('');
      if (initials(false) !== letters && initials(true) !== letters) continue;
      const last = (run[run.length - 1] as string).toLowerCase();
      const lower = run.every((w) => w === w.toLowerCase());
      if (lower || DOCUMENT_HEADS.has(last)) out.add(abbr);
      break;
    }
  }
  return out;
}

/** "P.O. Box 1480", and degrees after a name ("Ph.D.", "B.Sc.", "M.B.A."): never names. */
const ADDRESS_OR_DEGREE =
  /\bP\.\s?O\.\s?Box\b|\b(?:B\.\s?Sc|M\.\s?Sc|Ph\.\s?D|M\.\s?B\.\s?A|B\.\s?A|M\.\s?A|J\.\s?D|M\.\s?D|LL\.\s?[BM]|B\.\s?Eng|M\.\s?Eng)\b\.?/g;

export function addressesAndDegrees(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ADDRESS_OR_DEGREE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A time zone after a clock time: "10:00 a.m. CET", "4 p.m. (ET)". */
const CLOCK_ZONE =
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|[AP]\.?M\.?|hrs?)?\s*\(?((?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|WET|JST|KST|HKT|SGT|IST|AEST|AEDT))\b/g;
/** The exchange of a ticker in parentheses, "(Nasdaq/NMS: ABC)", "(TSX: ABC; LSE: XYZ)". */
const TICKER_EXCHANGE = new RegExp(
  String.raw`([(;,]\s*)(${EXCHANGES.source.slice(1, -1)}(?:\s*/\s*[A-Za-z]{2,6})?)\s*[:-]\s*[A-Z0-9.]{1,9}\b`,
  'gi',
);

/** Lower-case words after a business segment's name. */
const SEGMENT_HEAD_WORDS = ['business', 'businesses', 'segment', 'segments', 'operations', 'division', 'divisions'];
const SEGMENT_HEADS = new RegExp(`^(?:${SEGMENT_HEAD_WORDS.join('|')})$`);
/** The first characters of the heads, so that most tokens need no pattern. */
const SEGMENT_HEAD_STARTS = new Set(SEGMENT_HEAD_WORDS.map((w) => w.charCodeAt(0)));
const BODY_HEADS =
  /^(?:group|groupe|holdings|company|corporation|association|institute|council|committee|bank|fund|trust|partners|agency|foundation)$/;
const SEGMENT_OPENERS = /^(?:its|their|our|his|her|the|a|an|'s|’s)$/i;

/**
 * "its Hearth & Patio business", "the Home Comfort segment": a business segment named by ordinary words, never
 * an organization ("its Chevrolet business" keeps its name: not an ordinary word).
 */
export function segmentNames(tokens: Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // from each lower-case head back over the capitalized words before it, to the word that opens them
  for (let k = 2; k < tokens.length; k++) {
    if (!SEGMENT_HEAD_STARTS.has(tokens[k]!.text.charCodeAt(0)) || !SEGMENT_HEADS.test(tokens[k]!.text)) continue;
    let i = k - 1;
    let words = 0;
    while (i > 0) {
      const t = tokens[i]!;
      if (/^\p{Lu}\p{Ll}+$/u.test(t.text)) words++;
      else if (!(words && /^(?:&|and)$/.test(t.text) && /^\p{Lu}/u.test(tokens[i - 1]!.text))) break;
      i--;
    }
    if (!words || !SEGMENT_OPENERS.test(tokens[i]!.text) || BODY_HEADS.test(tokens[k - 1]!.text.toLowerCase()))
      continue;
    const name = tokens.slice(i + 1, k).filter((t) => /^\p{Lu}/u.test(t.text));
    if (name.every((t) => isEnglishWord(t.text) && !isPlace(t.text)))
      out.push({ start: tokens[i + 1]!.start, end: tokens[k - 1]!.end });
  }
  return out;
}

/**
 * "Head of Fundamental Research at Kotal Securities", "professor of Applied Physics at the University of Kelso": the
 * ordinary capitalized words between an office and its employer are the office's field, no organization.
 */
export function officeFields(tokens: Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = 1; k < tokens.length - 3; k++) {
    if (tokens[k]!.text !== 'of' || !TITLE_CORES.has(tokens[k - 1]!.text.toLowerCase())) continue;
    let j = k + 1;
    while (j < k + 5 && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]?.text ?? '') && isEnglishWord(tokens[j]!.text)) j++;
    const head = tokens[j - 1]?.text.toLowerCase() ?? '';
    if (j === k + 1 || ORG_HEADS_STRONG.has(head) || tokens[j]?.text !== 'at') continue;
    if (!/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && !/^the$/i.test(tokens[j + 1]?.text ?? '')) continue;
    out.push({ start: tokens[k + 1]!.start, end: tokens[j - 1]!.end });
  }
  return out;
}

/** The heads of a company's units, capitalized as names. */
const UNIT_HEADS = /^(?:Division|Group|Unit|Department|Sector)$/;

/** A holiday named alone ("before Easter", "over Christmas"), not a place named after it ("Easter Island"). */
const HOLIDAY =
  /\b(?:Easter|Christmas|Thanksgiving|Ramadan|Passover|Hanukkah|Diwali|Whitsun|Pentecost|Lent)\b(?!\s+\p{Lu})/gu;

/** Where a business is based, "Port Ashby-based": a place, never an organization or a person. */
const BASED_IN = /\b(\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,3})-based\b/gu;

export function homeTowns(text: string): { start: number; end: number }[] {
  // (every match holds "-based": most texts need no scan)
  if (!text.includes('-based')) return [];
  return [...text.matchAll(BASED_IN)].map((m) => ({ start: m.index, end: m.index + m[1]!.length }));
}

/** "#SaveTheShow", "@KLDSenate": a hashtag or a social-media handle (the word after the sign). */
const TAG_OR_HANDLE = /(?<![\p{L}\p{N}_.])[#@]([\p{L}\p{N}_]+)/gu;

/** Time zones after a clock time, holidays, the exchanges of tickers, hashtags and handles: never names. */
export function zonesAndExchanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(CLOCK_ZONE)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(HOLIDAY)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(TICKER_EXCHANGE)) {
    const start = m.index + m[1]!.length;
    out.push({ start, end: start + m[2]!.length });
  }
  for (const m of text.matchAll(TAG_OR_HANDLE)) out.push({ start: m.index + 1, end: m.index + m[0].length });
  return out;
}

/** The rule parsers and refiners alone: candidate names, their cues and the rules' verdicts. */
export function ruleAnalysis(doc: Document): Analysis {
  const views = sentenceViews(doc);
  const lowerWords = lowerWordsOf(doc);
  const isCommonWord = (w: string) => lowerWords.has(w) || NOT_NAMES.has(w) || isOrdinaryWord(w);

  // every run's text, to tell "Vale and Vindrel Inc" (Vale named alone elsewhere) from "Cable and Wireless Plc"
  const runsByView = views.map((view) => (view.caps ? [] : findRuns(view, doc.text)));
  const alone = new Set<string>();
  const joinedNames: string[] = [];
  const businessNames: string[] = [];
  for (const runs of runsByView)
    for (const r of runs) {
      if (endsAsOrg(r.tokens) && !r.tokens.some((t) => /^['’]s$/.test(t.text)))
        businessNames.push(r.text.toLowerCase());
      if (!/\s(?:and|&)\s/.test(r.text)) alone.add(r.text.toLowerCase());
      else if (endsAsOrg(r.tokens)) joinedNames.push(r.text.toLowerCase());
    }
  const seenAlone = (name: string) => alone.has(name);
  const opensBusinessName = (name: string) => businessNames.some((n) => n.startsWith(`${name} `));
  // (the longer run may open with words the splitter cuts: "Shares of Harlan & Quist Co")
  const beginsLongerName = (name: string) =>
    joinedNames.some((n) => n.length > name.length && (n.startsWith(`${name} `) || n.includes(` ${name} `)));

  // "MARLOW HEIGHTS, Ill., July 22 /Wire/ --": the dateline's place, however small a town, is a place
  const dl = doc.dateline;
  const placeEnd = dl?.place && doc.text.startsWith(dl.place, dl.start) ? dl.start + dl.place.length : -1;
  const inDatelinePlace = (start: number, end: number) => !!dl && start >= dl.start && end <= placeEnd;
  const terms = definedTerms(doc.text);
  const parts: { start: number; end: number }[] = [];
  const things: { start: number; end: number }[] = [];
  const mentions: NameMention[] = [];
  for (const [vi, view] of views.entries()) {
    if (view.caps) continue;
    const isStart = (i: number) => startsAt(view, i);
    const isBracketed = (from: number, to: number) =>
      (view.tokens[from - 1]?.text === '<' && view.tokens[to]?.text === '>') ||
      (view.tokens[to]?.text === '(' &&
        view.tokens[to + 2]?.text === ')' &&
        (view.tokens[to + 1]?.text.length ?? 0) >= 3 &&
        view.tokens
          .slice(from, to)
          .filter((t) => /^\p{Lu}/u.test(t.text))
          .map((t) => t.text[0])
          .join('') === view.tokens[to + 1]?.text);
    for (const run of runsByView[vi] ?? []) {
      for (const part of splitRun(run, {
        text: doc.text,
        isStart,
        isCommonWord,
        seenAlone,
        beginsLongerName,
        opensBusinessName,
        isBracketed,
      })) {
        // "Page 2", "Section 4.1", "Item 7.01": a part of a document by its number is no name
        if (part.to - part.from === 1 && DOCUMENT_PARTS.test(part.text) && view.tokens[part.to]?.kind === 'number') {
          parts.push({ start: part.start, end: part.end });
          continue;
        }
        let shape =
          (inDatelinePlace(part.start, part.end) ? DATELINE_PLACE : null) ??
          postalRegion(view.tokens, part.from, part.to) ??
          classify(part.tokens, part.text);
        // "Vantor's General Technology Division", "the Global Products Group": words of a title, but a body's name
        // after a possessive or "the" and with a unit's head
        if (
          shape.cue === 'title-words' &&
          UNIT_HEADS.test(part.tokens[part.tokens.length - 1]?.text ?? '') &&
          /^(?:['’]s|the|its|their)$/i.test(view.tokens[part.from - 1]?.text ?? '')
        )
          shape = { kind: 'org', score: 0.85, cue: 'head-noun' };
        if (shape.score === 0) {
          // a thing by its head ("Quarry Revenue Tax", "Share Purchase Agreement") is no name the
          // tagger may take either
          if (shape.cue === 'thing') things.push({ start: part.start, end: part.end });
          continue;
        }
        // "Plessey Co Plc <PLY.L>": the ticker in Reuters' brackets after a name is no mention of its own
        // (also after a possessive: "Kanemori Ltd's <KNMR.T>")
        const before = view.tokens[part.from - 1];
        if (before?.text === '<' && /^[A-Z0-9.]{1,9}$/.test(part.text) && namedBefore(view.tokens[part.from - 2]))
          continue;
        if (isDescription(view.tokens, part.from, part.to) || terms.has(part.text)) continue;
        mentions.push({
          start: part.start,
          end: part.end,
          text: part.text,
          tokens: part.tokens,
          sentence: view.index,
          story: view.story,
          from: part.from,
          to: part.to,
          shape,
          cues: cuesFor(view.tokens, part.from, part.to, isStart(part.from)),
        });
      }
    }
  }
  const credits = wireCredits(doc.text);
  const symbols = [
    ...views.flatMap((v) => [...stockSymbols(v.tokens), ...segmentNames(v.tokens), ...officeFields(v.tokens)]),
    ...parts,
    ...addressesAndDegrees(doc.text),
    ...zonesAndExchanges(doc.text),
  ].sort((a, b) => a.start - b.start);
  const homes = homeTowns(doc.text);
  return {
    views,
    mentions,
    entities: decide(doc, views, mentions, credits),
    lowerWords,
    symbols,
    terms,
    things,
    homes,
  };
}

/** The rules propose, the trained model (./model) decides where it can read the sentence. */
export function analyze(doc: Document): Analysis {
  const rules = ruleAnalysis(doc);
  const model = entityModel();
  const entities = model ? reconcile(doc, rules, model).entities : rules.entities;
  return { ...rules, entities: singleSpaced(entities) };
}

const oneSpace = (s: string): string => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);

/** Names as written on one line: a name wrapped over a line break ("Mary T.\nHollis") is one name. */
function singleSpaced(entities: Entities): Entities {
  const fix = (list: Entity[]): Entity[] =>
    list.map((e) => {
      const name = oneSpace(e.name);
      if (name === e.name && e.aliases.every((a) => oneSpace(a) === a)) return e;
      const aliases = [...new Set(e.aliases.map(oneSpace))].filter((a) => a !== name).sort();
      return { ...e, name, aliases };
    });
  return { orgs: fix(entities.orgs), people: fix(entities.people), places: fix(entities.places) };
}

let last: { doc: Document; analysis: Analysis } | null = null;

/**
 * The analysis of the article, shared by the extractors that run one after the other.
 * The same article is the same text, headline and source: repeated wire stories share a
 * body but not a headline (which names companies too), and sharing their analysis made
 * the output depend on which articles a worker happened to run in a row.
 */
const sameArticle = (a: Document, b: Document): boolean =>
  a.text === b.text &&
  a.headline === b.headline &&
  a.published === b.published &&
  a.source.path === b.source.path &&
  a.source.index === b.source.index;

export function analysisOf(doc: Document): Analysis {
  if (!last || !sameArticle(last.doc, doc)) last = { doc, analysis: analyze(doc) };
  return last.analysis;
}
