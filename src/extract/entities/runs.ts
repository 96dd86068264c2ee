// Parser 1: proper-name runs. A run is a stretch of capitalized tokens that may
// hold inner connectors ("Bank of Ireland", "Securities and Exchange
// Commission"), legal suffixes after a comma ("Lowell, Inc.") and a short
// parenthesis ("Tundra (Hong Kong) Technology"). Title words break runs:
// "President of Ingram News Agency Eva Novak" gives "Ingram News Agency Eva Novak",
// which the splitter (split.ts) cuts further.
import type { Token } from '../../document.js';
import { isPlainVerb } from '../lexicon/common.js';
import { FIRST_NAMES } from '../lexicon/names.js';
import { isPlace } from '../lexicon/places.js';
import { CREDIT_WORDS, LEGAL_SUFFIXES, NOT_NAMES, ORG_HEADS_STRONG } from '../lexicon/words.js';
import { GENERATION, isCapWord } from './shape.js';
import type { SentenceView } from './view.js';

export interface Run {
  sentence: number;
  story: number;
  /** Token indices into the sentence view, half-open. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

const CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'van',
  'von',
  'der',
  'la',
  'le',
  'y',
  'for',
  'on',
  'e',
  // Portuguese: "Banco do Brasil", "Caixa dos Advogados"
  'do',
  'dos',
  'das',
]);

/** Capitalized title words that end a name ("Chairman", "CEO"): never part of a run. */
export const BREAKERS = new Set(
  `president presidents chairman chairwoman chairperson ceo cfo coo cto cmo cio cso evp svp vp director directors
  officer officers founder co-founder cofounder minister ambassador secretary treasurer spokesman spokeswoman
  spokesperson vice senior deputy managing acting interim chief executive manager governor analyst economist
  prime foreign chairmen said says according leader announce announces announced acquire acquires completes signs
  enters agrees invests buys sells receives raises selects appoints names launches unveils`.split(/\s+/),
);

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/** People a public body or office is named for ("Attorney's Office", "Children's Hospital", "Farmers' Union"). */
const NAMED_FOR = new Set(
  `attorney attorneys magistrate magistrates governor mayor president sheriff coroner comptroller auditor chancellor
  children women men people peoples farmers workers veterans teachers nurses doctors physicians pilots seamen
  officers mothers fathers citizens consumers taxpayers`.split(/\s+/),
);

/** "Kelso Magistrate's Court", "District Attorney's Office": a possessive of the people named, then a body's head. */
function namedForIn(toks: Token[], at: number): boolean {
  const owner = toks[at - 1];
  if (!owner || !NAMED_FOR.has(owner.text.toLowerCase())) return false;
  let k = at + 1;
  while (k < toks.length && k <= at + 3 && isCapWord(toks[k])) k++;
  return k > at + 1 && ORG_HEADS_STRONG.has((toks[k - 1] as Token).text.toLowerCase());
}

function possessiveInName(toks: Token[], from: number): boolean {
  let k = from;
  while (k < toks.length && isCapWord(toks[k]) && !isLegalSuffix(toks[k])) k++;
  // "Tarrant’s International, Inc."
  if (k > from && toks[k]?.text === ',' && isLegalSuffix(toks[k + 1])) return true;
  return k > from && isLegalSuffix(toks[k]);
}

/** "Inc.", "Ltd", "AG", "N.A."; lower-case "as" or "co" is a word, not a suffix. */
export const isLegalSuffix = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Lu}/u.test(t.text) &&
  LEGAL_SUFFIXES.has(lc(t)) &&
  (t.text.replace(/\./g, '').length > 2 || /^[\p{Lu}.]+$|^Co\.?$/u.test(t.text));

/** Fields and commodities that exchanges, associations and ministries are named after. */
const FIELD_WORDS = new Set(
  `coffee sugar cocoa cotton grain grains oil gas metals metal rubber wool tea rice wheat soybean livestock meat dairy
  timber steel iron coal energy power water light heat science sciences technology technologies education culture
  sports tourism youth health welfare labour labor trade industry industries commerce finance planning housing
  transport transportation agriculture fisheries forestry food mining petroleum chemicals chemical textiles
  research development exploration production manufacturing futures options stock securities investment insurance
  environment resources communications information justice defence defense economy economic affairs
  infrastructure gaming marketing arts media`.split(/\s+/),
);
export const isField = (t: Token | undefined): boolean => isCapWord(t) && FIELD_WORDS.has(lc(t));

/** "Coffee, Sugar and Cocoa Exchange", "Ministry of Trade, Industry and Energy": fields listed inside one name. */
function fieldListEnd(toks: Token[], runStart: number, comma: number): number {
  if (!isField(toks[comma - 1])) return -1;
  let x = comma;
  while (toks[x]?.text === ',' && isField(toks[x + 1])) x += 2;
  if (x === comma || !/^(?:and|&)$/.test(toks[x]?.text ?? '') || !isField(toks[x + 1])) return -1;
  const end = x + 1;
  // an organization's head after the list, or a ministry's "of" before it
  if ((ORG_HEADS_STRONG.has(lc(toks[end + 1])) && isCapWord(toks[end + 1])) || isLegalSuffix(toks[end + 1]))
    return end + 1;
  const ofLead = toks
    .slice(runStart, comma)
    .some((t, i, a) => t.text === 'of' && i > 0 && ORG_HEADS_STRONG.has(lc(a[i - 1])));
  return ofLead ? end : -1;
}

/** Tokens [from, to) read as a person's full name: a first name, then one or two capitalized words. */
function personBefore(toks: Token[], from: number, to: number): boolean {
  const n = to - from;
  return n >= 2 && n <= 3 && FIRST_NAMES.has(lc(toks[from])) && toks.slice(from + 1, to).every((t) => isCapWord(t));
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/;

/** "U.S.", "U.K.": a country's initials before a company's full name are no part of it ("U.S. Dornier Pumps Inc"). */
export const COUNTRY_INITIALS = /^(?:U\.S\.|U\.K\.)$/;

/**
 * The verbs of a headline set in title case ("Qorvane Acquires Lindell Systems Corporation", "Mara Quill Named
 * Chief Executive"): there every word is capitalized, and a verb is where one name ends and the next begins.
 * Verbs that also open company names ("Select", "Open", "Form") are left out.
 */
const HEADLINE_VERB =
  /^(?:announce|acquire|complete|sign|name|appoint|enter|agree|commit|buy|sell|merge|join|expand|receive|report|win|award|unveil|invest|close|elect|promote|extend|renew|say|launch|raise|reach|seek|plan|hire|welcome|add)(?:s|d|ed|es)?$|^(?:to|will|said|says|bought|sold|won|wins|signs|buys|sells)$/;

/** The short words title case leaves in lower case. */
const TITLE_SMALL = new Set('a an the and or but nor for of to in on at by with from as into via vs'.split(' '));

/** A line in title case: three words or more, most of them capitalized (short words aside). */
function titleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || TITLE_SMALL.has(t.text)) continue;
    words++;
    if (isCapWord(t)) caps++;
  }
  return words >= 3 && caps >= words * 0.7;
}

function nameWordIn(t: Token | undefined, headline: boolean): boolean {
  return isCapWord(t) && !BREAKERS.has(lc(t)) && !(headline && HEADLINE_VERB.test(lc(t)));
}

export function findRuns(view: SentenceView, text: string): Run[] {
  const toks = view.tokens;
  const out: Run[] = [];
  const headline = titleCase(toks);
  // "Partners with Vantor to Co-Develop and Market ...": in title case, a plain verb after "to" (and the verbs
  // joined to it by "and") is no name
  const verbs = new Set<Token>();
  if (headline)
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k] as Token;
      const prev = toks[k - 1] as Token;
      const after = prev.text === 'to' || (prev.text === 'and' && verbs.has(toks[k - 2] as Token));
      if (after && isCapWord(t) && isPlainVerb(lc(t)) && !FIRST_NAMES.has(lc(t)) && !isPlace(t.text)) verbs.add(t);
    }
  const nameWord = (t: Token | undefined) => nameWordIn(t, headline) && !(t && verbs.has(t));
  // "Reporting by Will Dunmore": a credit line's name may open with a word that is also a verb or a month
  const credited = (k: number) =>
    toks[k - 1]?.text === 'by' &&
    CREDIT_WORDS.test(toks[k - 2]?.text ?? '') &&
    isCapWord(toks[k]) &&
    isCapWord(toks[k + 1]);
  let i = 0;
  while (i < toks.length) {
    if (!nameWord(toks[i]) && !credited(i)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < toks.length) {
      const t = toks[j] as Token;
      const gap = t.start - (toks[j - 1] as Token).end;
      if (gap > 1) break;
      // a legal suffix ends the name, save for another suffix, "of" or a place ("Cedar Corp Ltd Australia")
      // ("Pinecrest Inc. Sweden's Valtor AB": a place that owns the next name opens it)
      if (
        isLegalSuffix(toks[last]) &&
        !isLegalSuffix(t) &&
        t.text !== ',' &&
        t.text !== 'of' &&
        (!isPlace(t.text) || /^['’]s$/.test(toks[j + 1]?.text ?? ''))
      )
        break;
      // "... and Sustainability Dr. Mara Quill": an honorific opens a person's name, a new run
      if (HONORIFIC.test(t.text) && isCapWord(toks[j + 1])) break;
      if (nameWord(t) || (isLegalSuffix(t) && j > i)) {
        last = j;
        j++;
        continue;
      }
      // "Tarrant's International Inc": a possessive inside a company name (but "Mara Lindqvist's Lindqvist
      // Media Ltd" is a person's company, and "Sweden's Valtor AB" a country's: the owner's name ends the run)
      if (
        /^['’]s$/.test(t.text) &&
        (possessiveInName(toks, j + 1) || namedForIn(toks, j)) &&
        !personBefore(toks, i, j) &&
        !isPlace(
          toks
            .slice(i, j)
            .map((x) => x.text)
            .join(' '),
        )
      ) {
        j++;
        continue;
      }
      if (t.text === ',') {
        const end = fieldListEnd(toks, i, j);
        if (end > 0) {
          last = end;
          j = end + 1;
          continue;
        }
      }
      // "Dexter, Easton and Co", "Peat, Dexter, Easton and Co": a partnership named after its founders, one
      // surname each ("Hollis Grant, Easton and Co" names two firms)
      if (t.text === ',' && (j - 1 === i || !nameWord(toks[j - 2]))) {
        let x = j;
        while (toks[x]?.text === ',' && nameWord(toks[x + 1]) && toks[x + 2] && !nameWord(toks[x + 2])) x += 2;
        if (x > j && /^(?:and|&)$/.test(toks[x]?.text ?? '') && isLegalSuffix(toks[x + 1])) {
          last = x + 1;
          j = x + 2;
          continue;
        }
      }
      // "University of Vance, Easton": a university's campus after a comma
      if (t.text === ',' && lc(toks[i]) === 'university' && lc(toks[i + 1]) === 'of') {
        const campus = [3, 2, 1].find(
          (n) =>
            toks.slice(j + 1, j + 1 + n).every(nameWord) &&
            isPlace(
              toks
                .slice(j + 1, j + 1 + n)
                .map((x) => x.text)
                .join(' '),
            ),
        );
        if (campus) {
          last = j + campus;
          j += campus + 1;
          continue;
        }
      }
      // "Harold P. Grant, Jr.": a generation after a comma ends a person's name
      if (t.text === ',' && j - i >= 2 && GENERATION.test(toks[j + 1]?.text ?? '')) {
        last = j + 1;
        j += 2;
        break;
      }
      // "Lowell, Inc.", "Co., Ltd."
      if (t.text === ',' && isLegalSuffix(toks[j + 1]) && isCapWord(toks[j + 1])) {
        j++;
        continue;
      }
      // "Tundra (Hong Kong) Technology", "Jarrow (U.K.) Ltd"
      if (t.text === '(' && toks[j + 2]?.text === ')' && isCapWord(toks[j + 1]) && nameWord(toks[j + 3])) {
        last = j + 3;
        j += 4;
        continue;
      }
      if (
        t.text === '(' &&
        toks[j + 3]?.text === ')' &&
        isCapWord(toks[j + 1]) &&
        isCapWord(toks[j + 2]) &&
        nameWord(toks[j + 4])
      ) {
        last = j + 4;
        j += 5;
        continue;
      }
      if (CONNECTORS.has(t.text) && j > i) {
        // "of the Twin Cities", "and Loan Association"
        let k = j + 1;
        if (toks[k]?.text === 'the' && t.text !== 'the') k++;
        if (
          nameWord(toks[k]) &&
          (!NOT_NAMES.has(lc(toks[k])) || isLegalSuffix(toks[k])) &&
          (toks[k] as Token).start - (toks[k - 1] as Token).end <= 1
        ) {
          j = k;
          continue;
        }
      }
      // "&" glued: "Founder & CEO" breaks, "Hotels & Resorts" goes on
      break;
    }
    // the country's initials stand apart from a company named in full after them (three words with its suffix)
    if (COUNTRY_INITIALS.test((toks[i] as Token).text) && last - i >= 3 && isLegalSuffix(toks[last])) {
      out.push(runOf(view, text, toks, i, i));
      i++;
    }
    out.push(runOf(view, text, toks, i, last));
    i = last + 1;
  }
  return out;
}

/** The run of tokens [i, last]. */
function runOf(view: SentenceView, text: string, toks: Token[], i: number, last: number): Run {
  const first = toks[i] as Token;
  const end = toks[last] as Token;
  return {
    sentence: view.index,
    story: view.story,
    from: i,
    to: last + 1,
    start: first.start,
    end: end.end,
    text: text.slice(first.start, end.end),
    tokens: toks.slice(i, last + 1),
  };
}
