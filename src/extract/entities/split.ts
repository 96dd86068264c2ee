// Refiners of one run: trim words that are not part of the name (sentence-start
// words, "Board of"), cut at "and" between two names, and cut an organization
// off a person name glued to it ("Ingram News Agency Eva Novak").
import { isEnglishWord } from '../../clean/repairs/english.js';
import type { Token } from '../../document.js';
import { ASIAN_SURNAMES, FIRST_NAMES, isFirstName } from '../lexicon/names.js';
import { isPlace } from '../lexicon/places.js';
import {
  CREDIT_WORDS,
  DEMONYMS,
  INDUSTRY_WORDS,
  NOT_NAMES,
  OFFICE_WORDS,
  ORG_HEADS_STRONG,
  TITLE_CORES,
  TITLE_FUNCTIONS,
  TITLE_MODIFIERS,
} from '../lexicon/words.js';
import { COUNTRY_INITIALS, isField, isLegalSuffix, type Run } from './runs.js';

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/** Heads that start names of the form "X of Y" ("University of Vance", "Bank of Ireland"). */
const OF_LEADS = new Set(
  'university bank institute ministry department academy council commission association federation chamber museum college school society office bureau court agency board league union church state'.split(
    ' ',
  ),
);
const GENERIC_PAIRS = new Set(
  'savings loan exchange securities hotels resorts trust sons brothers research development economic culture cultural science technology trade industry commerce arts building construction contracting engineering manufacturing supply design'.split(
    ' ',
  ),
);
const DOCUMENT_WORDS = new Set(['agreement', 'agreements', 'memorandum', 'contract', 'treaty', 'accord']);
const GENERIC_LEADS = new Set(
  'board company group unit division member members government chairman officials executives shareholders analysts employees officers directors shares stockholders investors customers units subsidiaries'.split(
    ' ',
  ),
);

/** Departments that contact blocks name after a company. */
const DEPARTMENT_TAILS = new Set([
  'investor relations',
  'media relations',
  'public relations',
  'corporate communications',
  'public affairs',
  'corporate affairs',
  'human resources',
]);

/** What a company is to another, written before its name. */
const DESCRIPTOR_LEADS = new Set('subsidiary subsidiaries unit units affiliate affiliates division arm'.split(' '));

export const endsAsOrg = (tokens: Token[]): boolean => {
  const last = tokens[tokens.length - 1];
  if (isLegalSuffix(last) && tokens.length > 1) return true;
  if (tokens.length > 1 && ORG_HEADS_STRONG.has(lc(last))) return true;
  if (tokens.length > 2 && OF_LEADS.has(lc(tokens[0])) && lc(tokens[1]) === 'of') return true;
  // "Savings and Loan Association of Vance"
  return tokens.some(
    (t, i) => i > 0 && i < tokens.length - 2 && ORG_HEADS_STRONG.has(lc(t)) && lc(tokens[i + 1]) === 'of',
  );
};

const startsPerson = (tokens: Token[]): boolean =>
  tokens.length >= 2 && tokens.length <= 4 && (FIRST_NAMES.has(lc(tokens[0])) || ASIAN_SURNAMES.has(lc(tokens[0])));

function sub(run: Run, text: string, from: number, to: number): Run | null {
  const tokens = run.tokens.slice(from, to);
  // never start or end on a connector or comma
  while (tokens.length && /^(?:of|and|&|for|on|the|de|,|\()$/i.test(tokens[0]?.text ?? '')) tokens.shift();
  while (tokens.length && /^(?:of|and|&|for|on|the|de|,|\(|\))$/i.test(tokens[tokens.length - 1]?.text ?? ''))
    tokens.pop();
  if (!tokens.length) return null;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const offset = run.tokens.indexOf(first);
  return {
    ...run,
    from: run.from + offset,
    to: run.from + offset + tokens.length,
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    tokens,
  };
}

export interface SplitContext {
  text: string;
  /** The token index starts a sentence or a quotation. */
  isStart: (tokenIndex: number) => boolean;
  /** The name (lower case) stands alone as a run somewhere in the article. */
  seenAlone: (name: string) => boolean;
  /** The article writes a longer name that begins so ("Cable and Wireless" of "Cable and Wireless Plc"). */
  beginsLongerName: (name: string) => boolean;
  /** The lower-case form is used as an ordinary word in this article. */
  isCommonWord: (word: string) => boolean;
  /** The article writes a business's name that opens with this one (lower case), without a possessive. */
  opensBusinessName?: (name: string) => boolean;
  /** The tokens from..to (end exclusive) are all a Reuters <Name> mark holds, or are spelled by the initials in
   * brackets after them ("Lund Tire & Battery (LTB)"). */
  isBracketed?: (from: number, to: number) => boolean;
}

/** Styles, ranks and parties written before a person's name. */
const STYLES = new Set(
  `king queen prince princess sheikh emir sultan pope cardinal archbishop bishop rabbi imam ayatollah emperor empress
  democrat republican senator congressman congresswoman judge justice ambassador colonel general admiral
  lieutenant captain major sergeant brigadier marshal`.split(/\s+/),
);

/** Styles that never open a business's name (others do: "Cardinal Freight", "General Foundry", "King Foods"). */
const PERSON_STYLES = new Set(
  'sheikh emir sultan pope archbishop rabbi imam ayatollah democrat republican senator congressman congresswoman'.split(
    ' ',
  ),
);

/** One to three capitalized words that are not ordinary words or a business's head: a person's name. */
function personAhead(toks: Token[], isCommon: (w: string) => boolean): boolean {
  if (!toks.length || toks.length > 3) return false;
  return toks.every(
    (t) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u.test(t.text) && !isCommon(lc(t)) && !ORG_HEADS_STRONG.has(lc(t)),
  );
}

/** How often the text writes these words, whatever the spaces between them. */
function writtenTimes(text: string, words: string): number {
  const pattern = words
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return text.match(new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'gu'))?.length ?? 0;
}

export function splitRun(run: Run, ctx: SplitContext): Run[] {
  // "Brennan's Kelora Wines Ltd" where the article also writes "Brennan Distillers Ltd": the owner's own
  // name, then the name of what it owns
  const ownerEnd = run.tokens.findIndex((t, i) => i > 0 && /^['’]s$/.test(t.text));
  if (ownerEnd > 0 && ownerEnd < run.tokens.length - 1) {
    const owner = sub(run, ctx.text, 0, ownerEnd);
    if (owner && ctx.opensBusinessName?.(owner.text.toLowerCase())) {
      const owned = sub(run, ctx.text, ownerEnd + 1, run.tokens.length);
      return [owner, owned].flatMap((part) => (part ? splitRun(part, ctx) : []));
    }
  }
  let r: Run | null = run;
  // "Strategic Cooperation Agreement", "Share Exchange and Acquisition Agreement": documents, not names
  if (run.tokens.some((t) => DOCUMENT_WORDS.has(lc(t))) && !isLegalSuffix(run.tokens[run.tokens.length - 1])) return [];
  // leading words that are no part of a name
  let cut = 0;
  while (cut < r.tokens.length) {
    const t = r.tokens[cut];
    const w = lc(t);
    const atStart = ctx.isStart(r.from + cut);
    const nameFollows = cut + 1 < r.tokens.length && FIRST_NAMES.has(w) && w !== 'may';
    // "and In Home Kelso, Inc. (Nasdaq: IHK)": a preposition capitalized inside a sentence opens a company's name
    const opensCompany =
      cut === 0 &&
      !atStart &&
      /^(?:in|on|at|for|with|by|from|to|over|under)$/.test(w) &&
      t?.text !== w &&
      r.tokens.length >= 3 &&
      isLegalSuffix(r.tokens[r.tokens.length - 1]);
    // ("Reporting by Will Dunmore": in a credit line, a name that opens with a word like "Will" or "May")
    const credited =
      cut === 0 &&
      r.tokens.length >= 2 &&
      CREDIT_WORDS.test(/(\p{L}+)\s+by\s+$/u.exec(ctx.text.slice(Math.max(0, r.start - 16), r.start))?.[1] ?? '');
    if (NOT_NAMES.has(w) && !nameFollows && !opensCompany && !credited) {
      cut++;
      continue;
    }
    // "King Ivo Rask", "Democrat Dana Pell", "Halden Cardinal Ivo Rask": a style or a party before a person's
    // name (and the place the style is of); "Cardinal Freight" is a business: an ordinary word follows
    const styled = (k: number) =>
      STYLES.has(lc(r?.tokens[k])) &&
      personAhead(r?.tokens.slice(k + 1) ?? [], ctx.isCommonWord) &&
      (PERSON_STYLES.has(lc(r?.tokens[k])) || FIRST_NAMES.has(lc(r?.tokens[k + 1])));
    if (styled(cut) || (isPlace(t?.text ?? '') && styled(cut + 1))) {
      cut++;
      continue;
    }
    // "Investor Ivo Rask", "Speaker Dana Pell", "Commodore Ivo Rask": an ordinary noun before a first name and a
    // surname is what the person is, not a part of the name
    const rest = r.tokens.slice(cut + 1);
    // ("Speaker Taro Kenjiro": a title, then two or three name words)
    if (TITLE_CORES.has(w) && rest.length >= 2 && personAhead(rest, ctx.isCommonWord)) {
      cut++;
      continue;
    }
    if (
      rest.length >= 2 &&
      FIRST_NAMES.has(lc(rest[0])) &&
      !FIRST_NAMES.has(w) &&
      /^\p{Lu}\p{Ll}+$/u.test(t?.text ?? '') &&
      !ORG_HEADS_STRONG.has(w) &&
      (ctx.isCommonWord(w) || isEnglishWord(w)) &&
      personAhead(rest, ctx.isCommonWord)
    ) {
      cut++;
      continue;
    }
    const joins = /^(?:and|&|of)$/.test(lc(r.tokens[cut + 1]));
    // "NEW YORK, March 3 -": a caps dateline opens with a place whose first word is also a common word
    const toks = r.tokens;
    const placeAhead = () =>
      [2, 3].some(
        (n) =>
          cut + n <= toks.length &&
          isPlace(
            toks
              .slice(cut, cut + n)
              .map((x) => x.text)
              .join(' '),
          ),
      );
    // the gazetteer look-ups last: most words fail an earlier test
    if (
      atStart &&
      ctx.isCommonWord(w) &&
      !FIRST_NAMES.has(w) &&
      !joins &&
      !placeAhead() &&
      !endsAsOrg(r.tokens.slice(cut))
    ) {
      cut++;
      continue;
    }
    if ((GENERIC_LEADS.has(w) || TITLE_MODIFIERS.has(w) || TITLE_CORES.has(w)) && lc(r.tokens[cut + 1]) === 'of') {
      cut += 2;
      continue;
    }
    // "U.S. Subsidiary Kestrel Bit Corp", "Unit Vantor Ltd": what a company is to another, capitalized before its
    // full legal name
    const descriptorAt = (k: number) => {
      const toks = r?.tokens ?? [];
      if (!DESCRIPTOR_LEADS.has(lc(toks[k]))) return false;
      const suffix = toks.findIndex((x, i) => i > k + 1 && isLegalSuffix(x));
      const name = toks.slice(k + 1, suffix);
      // ("Unit Holdings Ltd" is a name of its own)
      return (
        suffix > 0 && name.every((x) => /^\p{Lu}/u.test(x.text)) && (name.length >= 2 || !isEnglishWord(lc(name[0])))
      );
    };
    if (
      descriptorAt(cut) ||
      ((COUNTRY_INITIALS.test(t?.text ?? '') || DEMONYMS.has(w) || isPlace(w)) && descriptorAt(cut + 1))
    ) {
      cut += descriptorAt(cut) ? 1 : 2;
      continue;
    }
    if (DEMONYMS.has(w) && !endsAsOrg(r.tokens.slice(cut))) {
      cut++;
      continue;
    }
    break;
  }
  // trailing function words: "U.S. That" (a sentence break the splitter missed), "North American"
  let keep = r.tokens.length;
  while (
    keep > cut &&
    NOT_NAMES.has(lc(r.tokens[keep - 1])) &&
    !isLegalSuffix(r.tokens[keep - 1]) &&
    !ORG_HEADS_STRONG.has(lc(r.tokens[keep - 1]))
  )
    keep--;
  if (keep > cut && DEMONYMS.has(lc(r.tokens[keep - 1]))) return [];
  // "Kelbrix Investor Relations", "Corporate Communications": a department a contact block names, no body of its own
  if (
    keep - cut >= 2 &&
    DEPARTMENT_TAILS.has(`${lc(r.tokens[keep - 2])} ${lc(r.tokens[keep - 1])}`) &&
    !isLegalSuffix(r.tokens[keep - 3])
  ) {
    keep -= 2;
    if (keep > cut && lc(r.tokens[keep - 1]) === 'corporate') keep--;
  }
  if (cut || keep < r.tokens.length) r = keep > cut ? sub(r, ctx.text, cut, keep) : null;
  if (!r) return [];

  // "Nippon Steel Co of Japan", "Borvik AB of Sweden": a country after a full company name qualifies it;
  // "Aluminum Co of America", one ordinary word before the suffix, needs its country to be a name.
  const qualifierAt = r.tokens.findIndex(
    (t, i) =>
      (i >= 2 || (i === 1 && !isEnglishWord(r?.tokens[0]?.text ?? ''))) &&
      isLegalSuffix(t) &&
      lc(r?.tokens[i + 1]) === 'of' &&
      i + 2 < (r?.tokens.length ?? 0),
  );
  if (qualifierAt > 0) {
    const place = sub(r, ctx.text, qualifierAt + 2, r.tokens.length);
    if (place && isPlace(place.text)) {
      const name = sub(r, ctx.text, 0, qualifierAt + 1);
      return [name, place].filter((x): x is Run => !!x);
    }
  }

  // "(Secretary General of) Enterprise Service for Kelbrix Digital Economy": a function before "for" is no part of the name
  const forAt = r.tokens.findIndex((t, i) => i > 0 && t.text === 'for');
  if (forAt > 0 && r.tokens.slice(0, forAt).every((t) => TITLE_FUNCTIONS.has(lc(t)) || TITLE_MODIFIERS.has(lc(t)))) {
    const b = sub(r, ctx.text, forAt + 1, r.tokens.length);
    return b ? splitRun(b, { ...ctx, isStart: () => false }) : [];
  }

  // "Joel Aldous of Sefton": a person and where they work
  const ofAt = r.tokens.findIndex((t, i) => i > 1 && t.text === 'of');
  if (ofAt > 0 && startsPerson(r.tokens.slice(0, ofAt)) && !endsAsOrg(r.tokens.slice(0, ofAt))) {
    const a = sub(r, ctx.text, 0, ofAt);
    const b = sub(r, ctx.text, ofAt + 1, r.tokens.length);
    return [a, b].filter((x): x is Run => !!x).flatMap((x) => splitRun(x, { ...ctx, isStart: () => false }));
  }

  // "Vantor Care Geoffrey G. Brask", "Home Health C. Michael Pell": a contact block set on one line, where a
  // person named with a middle or first initial ends the run after the company's name
  {
    const n = r.tokens.length;
    const initial = (t: Token | undefined) => /^\p{Lu}\.$/u.test(t?.text ?? '');
    const cap = (t: Token | undefined) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t?.text ?? '');
    const generation = /^(?:Jr|Sr|II|III|IV)\.?$/.test(r.tokens[n - 1]?.text ?? '') ? 1 : 0;
    const end = n - generation;
    // first name, initial, surname; or initial, first name, surname
    const k = end - 3;
    const person =
      k >= 2 &&
      cap(r.tokens[end - 1]) &&
      ((FIRST_NAMES.has(lc(r.tokens[k])) && initial(r.tokens[k + 1])) ||
        (initial(r.tokens[k]) && FIRST_NAMES.has(lc(r.tokens[k + 1])))) &&
      r.tokens.slice(0, k).every((t) => /^\p{Lu}/u.test(t.text)) &&
      !initial(r.tokens[k - 1]);
    if (person) {
      const a = sub(r, ctx.text, 0, k);
      const b = sub(r, ctx.text, k, n);
      if (a && b) return [...splitRun(a, ctx), b];
    }
  }

  // an organization head followed by a person name
  for (let k = 1; k < r.tokens.length - 1; k++) {
    const w = lc(r.tokens[k]);
    if (!(ORG_HEADS_STRONG.has(w) || isLegalSuffix(r.tokens[k]))) continue;
    const rest = r.tokens.slice(k + 1);
    if (lc(rest[0]) === 'of') continue;
    if (startsPerson(rest)) {
      const a = sub(r, ctx.text, 0, k + 1);
      const b = sub(r, ctx.text, k + 1, r.tokens.length);
      return [a, b].filter((x): x is Run => !!x);
    }
  }
  // "Bundesbank Vice-President Ivo Rask", "Lower House Speaker Dana Pell": a body, a title, a person's name
  for (let k = 1; k < r.tokens.length - 2; k++) {
    const w = lc(r.tokens[k]);
    if (!TITLE_CORES.has(w)) continue;
    const rest = r.tokens.slice(k + 1);
    if (rest.length < 2 || !personAhead(rest, ctx.isCommonWord)) continue;
    const a = sub(r, ctx.text, 0, k);
    const b = sub(r, ctx.text, k + 1, r.tokens.length);
    return [...(a ? splitRun(a, ctx) : []), ...(b ? [b] : [])];
  }
  // "and" between two names, unless the whole reads as one organization
  const andAt = r.tokens.findIndex((t, i) => i > 0 && (t.text === 'and' || t.text === '&'));
  if (andAt > 0) {
    const before = r.tokens.slice(0, andAt);
    const after = r.tokens.slice(andAt + 1);
    const generic = (t: Token | undefined) =>
      INDUSTRY_WORDS.has(lc(t)) || ORG_HEADS_STRONG.has(lc(t)) || GENERIC_PAIRS.has(lc(t));
    // "Cable and Wireless Plc", "Fish and Game Department": one word before "and" that the article never names alone
    const first = lc(before[0]);
    const joined =
      before.length === 1 &&
      !ctx.seenAlone(first) &&
      !/^\p{Lu}+$/u.test(before[0]?.text ?? '') &&
      !isPlace(first) &&
      !TITLE_FUNCTIONS.has(first) &&
      !TITLE_MODIFIERS.has(first) &&
      lc(after[0]) !== 'the' &&
      endsAsOrg(after) &&
      // (after a proper name, one name word after "and": "Helmar and Global Lumen Technologies" are two;
      // "Risk and Public Affairs Committee", ordinary words, one)
      (isEnglishWord(first) || after.filter((t) => !isLegalSuffix(t) && !ORG_HEADS_STRONG.has(lc(t))).length <= 1) &&
      !startsPerson(after);
    // (the words before "and", written alone elsewhere: a name of their own)
    const beforeAlone = ctx.seenAlone(
      before
        .map((t) => t.text)
        .join(' ')
        .toLowerCase(),
    );
    // "Halder Voss Brant & Quist Capital Partners, Inc.": a firm named after its founders, surnames the
    // article never names alone before "&" and a name that ends in a legal suffix
    const founders =
      before.length >= 2 &&
      before.length <= 3 &&
      before.every(
        (t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isPlace(lc(t)) && !generic(t) && !TITLE_MODIFIERS.has(lc(t)),
      ) &&
      !beforeAlone &&
      !startsPerson(before) &&
      after.length >= 2 &&
      isLegalSuffix(after[after.length - 1]) &&
      /^\p{Lu}\p{Ll}+$/u.test(after[0]?.text ?? '') &&
      !generic(after[0]);
    // "Coffee, Sugar and Cocoa Exchange": a list of fields inside the name (the run reader kept it whole)
    const fields = isField(before[before.length - 1]) && before[before.length - 2]?.text === ',' && isField(after[0]);
    // "Harlan & Quist Co": one or two capitalized words, "&", a name with its legal suffix (a firm named after
    // its founders, whatever else the first word names)
    const ampersand =
      r.tokens[andAt]?.text === '&' &&
      before.length <= 2 &&
      before.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) &&
      !startsPerson(before) &&
      after.length >= 2 &&
      after.length <= 3 &&
      isLegalSuffix(after[after.length - 1]);
    // "Coastal Grain and Feed Association", "House Roads and Means Committee", "Department of Housing and
    // Urban Development": ordinary words on both sides of "and", inside a name that ends with an
    // organization's head or opens with "<head> of". Neither side may name an organization of its own (a
    // head, a legal suffix, a name the article writes alone) or open with a person's first name.
    const ordinary = (t: Token | undefined) =>
      !!t &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      (ctx.isCommonWord(lc(t)) || isEnglishWord(lc(t))) &&
      !FIRST_NAMES.has(lc(t)) &&
      !ORG_HEADS_STRONG.has(lc(t)) &&
      !isLegalSuffix(t) &&
      !isPlace(lc(t));
    const ownName = (ts: Token[]) => ts.some((t) => isLegalSuffix(t) || ORG_HEADS_STRONG.has(lc(t)));
    // ("U.S. Department of Housing and ...": a country's initials before the body's head)
    const lead = COUNTRY_INITIALS.test(before[0]?.text ?? '') ? 1 : 0;
    const ofLead = before.length >= 3 + lead && OF_LEADS.has(lc(before[lead])) && lc(before[lead + 1]) === 'of';
    const ordinaryPair =
      r.tokens[andAt]?.text === 'and' &&
      ordinary(before[before.length - 1]) &&
      ordinary(after[0]) &&
      !startsPerson(before) &&
      !beforeAlone &&
      (ofLead
        ? before.slice(2 + lead).every(ordinary) && after.length <= 3 && after.every((t) => ordinary(t) || generic(t))
        : before.length >= 2 &&
          !ownName(before) &&
          after.length >= 2 &&
          after.length <= 4 &&
          ORG_HEADS_STRONG.has(lc(after[after.length - 1])) &&
          after.slice(0, -1).every(ordinary));
    // "Martin and Grubel": two single names the article writes together more than once and never apart
    // are one name (a firm named after its founders, with or without its legal form)
    const single = (t: Token | undefined) =>
      !!t &&
      /^\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+$/u.test(t.text) &&
      !ctx.isCommonWord(lc(t)) &&
      !isPlace(lc(t)) &&
      !generic(t);
    const pairTogether =
      before.length === 1 &&
      after.length === 1 &&
      single(before[0]) &&
      single(after[0]) &&
      !ctx.seenAlone(first) &&
      !ctx.seenAlone(lc(after[0])) &&
      writtenTimes(ctx.text, r.text) >= 2;
    // "Ledger & Quill", "Barnes & Noble": two single words joined by "&" are one name, unless the article uses
    // both as ordinary words ("Oil & Gas")
    const ampersandPair =
      r.tokens[andAt]?.text === '&' &&
      before.length === 1 &&
      after.length === 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(before[0]?.text ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(after[0]?.text ?? '') &&
      !isPlace(first) &&
      !isPlace(lc(after[0])) &&
      !(ctx.isCommonWord(first) && ctx.isCommonWord(lc(after[0])));
    const whole =
      joined ||
      pairTogether ||
      ampersandPair ||
      // "<Halvorsen and Brick Group>": Reuters marks one company's name; "Lund Tire & Battery (LTB)": its initials
      !!ctx.isBracketed?.(r.from, r.to) ||
      ordinaryPair ||
      founders ||
      ampersand ||
      fields ||
      after.every((t) => isLegalSuffix(t) || ORG_HEADS_STRONG.has(lc(t)) || t.text === ',') ||
      (!startsPerson(before) && OF_LEADS.has(lc(before[lead])) && lc(before[lead + 1]) === 'of' && !endsAsOrg(after)) ||
      (endsAsOrg(r.tokens) &&
        generic(before[before.length - 1]) &&
        generic(after[0]) &&
        // "Ember Bank and Cobalt": two whole names
        !(endsAsOrg(before) && after.filter((t) => !isLegalSuffix(t)).length >= 3));
    // (a longer name that opens so keeps the words together, unless the article writes both alone: "the merged
    // Ostrander and Harlow" where "Ostrander and Harlow Media" is two businesses too)
    const bothAlone =
      beforeAlone &&
      ctx.seenAlone(
        after
          .map((t) => t.text)
          .join(' ')
          .toLowerCase(),
      );
    if (!whole && (endsAsOrg(r.tokens) || !ctx.beginsLongerName(r.text.toLowerCase()) || bothAlone)) {
      const a = sub(r, ctx.text, 0, andAt);
      const b = sub(r, ctx.text, andAt + 1, r.tokens.length);
      const parts: Run[] = [];
      if (a) parts.push(...splitRun(a, ctx));
      if (b) parts.push(...splitRun(b, { ...ctx, isStart: () => false }));
      return parts;
    }
  }

  // "(Deputy Director of) Public Prosecution Eva-Marie Perrsen": after an office and "of", ordinary words are its
  // field, and the person's name follows them
  const officeOf = /\b(\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(ctx.text.slice(Math.max(0, r.start - 40), r.start));
  if (officeOf && TITLE_CORES.has((officeOf[1] ?? '').toLowerCase()) && r.tokens.length >= 3) {
    const k = r.tokens.findIndex((t, i) => i > 0 && isFirstName(lc(t)));
    if (
      k > 0 &&
      r.tokens.length - k >= 2 &&
      r.tokens.length - k <= 3 &&
      r.tokens
        .slice(0, k)
        .every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isEnglishWord(lc(t)) && !isFirstName(lc(t))) &&
      !endsAsOrg(r.tokens)
    ) {
      const b = sub(r, ctx.text, k, r.tokens.length);
      if (b) return [b];
    }
  }

  // "(Secretary of) State George Shultz": a word before a person's name
  if (
    r.tokens.length >= 3 &&
    r.tokens.length <= 4 &&
    OFFICE_WORDS.has(lc(r.tokens[0])) &&
    FIRST_NAMES.has(lc(r.tokens[1])) &&
    !endsAsOrg(r.tokens)
  ) {
    const b = sub(r, ctx.text, 1, r.tokens.length);
    if (b) return [b];
  }

  return [r];
}
