// Parser 3: what the words around a name say about it. "brewer Grove",
// "shares of X", "X (LSE: HON)", "<Cresswell Group Inc>", "X, a unit of Y" point to
// an organization; "X, chief executive of Y", "said X" and a title before the
// name point to a person.
import type { Token } from '../../document.js';
import { isOrdinaryWord } from '../lexicon/common.js';
import { FIRST_NAMES } from '../lexicon/names.js';
import {
  CREDIT_WORDS,
  HONORIFICS,
  OFFICE_WORDS,
  ORG_CONTEXT_BEFORE,
  ORG_DESCRIPTORS,
  SUBJECT_VERBS,
  TITLE_CORES,
} from '../lexicon/words.js';
import { isAllCaps } from './shape.js';

/** "-maker" words for people, not businesses: "peacemaker Ivo Rask", "lawmaker Dana Pell". */
const PERSON_MAKERS =
  /^(?:peace|policy|law|film|movie|king|match|rain|deal|decision|home|play|trouble|holiday|merry|pace|speech)-?makers?$/;

export interface Cues {
  org: string[];
  person: string[];
  /** Followed by a verb it is the subject of ("X said", "X has"). */
  subject: boolean;
  /** Followed by a possessive. */
  possessive: boolean;
  /** First word of its sentence. */
  initial: boolean;
  /** Inside Reuters' <...> company marker. */
  bracketed: boolean;
  /** "<Linton>" or "(LSE: HON)" right after. */
  ticker: string | null;
}

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
export const EXCHANGES =
  /^(?:nasdaq|nyse|amex|tse|lse|hkex|sse|szse|otc|otcqb|otcqx|asx|tsx|tsxv|nasdaqcm|nasdaqgs|nasdaqgm|euronext|xetra|sehk|bse|nse|krx|sgx)$/i;
const ORG_POSSESSED = new Set(
  'shares share stock board chief ceo cfo coo president chairman executive executives unit units subsidiary business businesses stake brand brands shareholders investors employees revenue revenues sales profit earnings network platform bureau headquarters management acquisition purchase offer bid website products operations group plant plants factory stores customers partners market division spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);
const APPOINTING =
  /^(?:named|names|name|appointed|appoints|appoint|elected|elects|elect|promoted|promotes|made|makes|hired)$/;
const PERSON_VERBS = new Set('said says added adds commented comments noted notes explained told'.split(' '));

function isTitleWord(t: Token | undefined): boolean {
  const lower = lc(t);
  const w = lower.startsWith('co-') ? lower.slice(3) : lower;
  return TITLE_CORES.has(w) || w === 'vice' || w === 'senior' || w === 'executive' || w === 'chief' || w === 'former';
}

export function cuesFor(tokens: Token[], from: number, to: number, initial: boolean): Cues {
  const c: Cues = { org: [], person: [], subject: false, possessive: false, initial, bracketed: false, ticker: null };
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  const next = tokens[to];
  const next2 = tokens[to + 1];
  const next3 = tokens[to + 2];
  // each neighbour's lower case, read many times below
  const lprev = lc(prev);
  const lprev2 = lc(prev2);
  const lnext = lc(next);
  const lnext2 = lc(next2);

  if (prev?.text === '<' && next?.text === '>') {
    c.bracketed = true;
    c.org.push('bracket');
  }
  if (next?.text === '<' && next2 && isAllCaps(next2.text) && next3?.text === '>') {
    c.ticker = next2.text;
    c.org.push('ticker');
  }
  if (next?.text === '(' && next2 && EXCHANGES.test(next2.text) && (next3?.text === ':' || next3?.text === '-')) {
    const sym = tokens[to + 3];
    c.ticker = sym ? `${next2.text}: ${sym.text}` : null;
    c.org.push('exchange');
  }
  if (prev && ORG_DESCRIPTORS.has(lprev) && prev.text === lprev) c.org.push(`descriptor:${prev.text}`);
  if (prev?.text === ',' && prev2 && ORG_DESCRIPTORS.has(lprev2) && prev2.text === lprev2)
    c.org.push(`descriptor:${prev2.text}`);
  if (
    prev &&
    (lprev === 'of' || lprev === 'in' || lprev === 'by' || lprev === 'to' || lprev === 'with') &&
    prev2 &&
    ORG_CONTEXT_BEFORE.has(lprev2)
  )
    c.org.push(`context:${prev2.text}`);
  if (prev && ORG_CONTEXT_BEFORE.has(lprev) && prev.text === lprev) c.org.push(`context:${prev.text}`);
  if (lprev === 'by' && lprev2 === 'led') c.org.push('led-by');
  // "<Cresswell Group Inc>'s Dorset Distributor Gases", "Kelbrix's Tessaly": a business of a business
  const own =
    prev?.text === 's' && /^['’]$/.test(prev2?.text ?? '')
      ? tokens[from - 3]
      : /^['’]s?$/.test(prev?.text ?? '')
        ? prev2
        : undefined;
  if (own && (own.text === '>' || /^\p{Lu}/u.test(own.text)) && to - from >= 1) c.org.push('owned');
  if (next && /^['’]s?$/.test(next.text)) {
    c.possessive = true;
    if (next2 && ORG_POSSESSED.has(lnext2)) c.org.push(`possessed:${next2.text}`);
  }
  if (/^-(?:listed|owned|backed|controlled|led|run|funded)$/.test(next?.text ?? '')) c.org.push('listed');
  if (prev && /-based$/.test(prev.text)) c.org.push('based');
  // "(a Lumen company)", "the Kelbrix unit"
  if (prev && /^(?:a|an|the)$/.test(lprev) && next && ORG_DESCRIPTORS.has(lnext) && next.text === lnext)
    c.org.push('a-x-company');
  if (prev && /(?:maker|makers)$/.test(prev.text) && !PERSON_MAKERS.test(lprev) && prev.text === lprev)
    c.org.push(`descriptor:${prev.text}`);
  // "named Ivo Rask chairman", "appointed Dana Pell president": whom a company names to an office, before
  // the office; never its employer
  const appointed = !!prev && APPOINTING.test(prev.text) && !!next && isTitleWord(next) && next.text === lnext;
  if (appointed) c.person.push('appointed-title');
  // "Stanwick managers", "Dorset employees": an employer before its people
  if (
    !appointed &&
    next &&
    next.text === lnext &&
    (isTitleWord(next) || /^(?:employees|staff|workers|managers|executives|officials|shareholders)$/.test(next.text)) &&
    (!isTitleWord(prev) || lprev === 'former')
  )
    c.org.push('employer');
  // "Foley chairman Raj Mehta", "Kelbrix CFO Omar Haddad": an organization before a title before a name
  if (next && isTitleWord(next) && !isTitleWord(prev) && !OFFICE_WORDS.has(lc(tokens[to - 1]))) {
    let k = to;
    while (k < tokens.length && (isTitleWord(tokens[k]) || /^(?:and|&)$/.test(tokens[k]?.text ?? ''))) k++;
    const after = tokens[k];
    if (after && /^\p{Lu}\p{Ll}/u.test(after.text) && k > to && (tokens[k - 1]?.text ?? '') !== 'and')
      c.org.push('org-title-name');
  }
  // apposition ", a ... company", ", the group's spokesman": the head noun of the phrase tells
  if (next?.text === ',' && /^(?:a|an|the|its|one|our|their)$/.test(lnext2)) {
    let head: Token | undefined;
    for (let k = to + 2; k < Math.min(tokens.length, to + 12); k++) {
      const t = tokens[k] as Token;
      if (
        /^[,.;:()]$/.test(t.text) ||
        /^(?:of|at|in|for|with|that|which|who|based|since|and|to|on|from|by)$/.test(t.text)
      )
        break;
      if (/^['’]s?$/.test(t.text)) {
        head = undefined; // "the group's": a possessor, not the head
        continue;
      }
      head = t;
    }
    if (head && isTitleWord(head)) c.person.push('apposition-title');
    else if (
      head &&
      (ORG_DESCRIPTORS.has(lc(head)) ||
        (/(?:maker|company|firm|group|provider|operator|manufacturer|producer)$/.test(lc(head)) &&
          !PERSON_MAKERS.test(lc(head))))
    )
      c.org.push(`apposition:${head.text}`);
  }
  if (next && SUBJECT_VERBS.has(lnext) && next.text === lnext) c.subject = true;
  // "President of Bluefin", "Executive Vice President at Ridge Motors", "Chairman and Managing Director, Tilford India"
  if (prev?.text === ',' && isTitleWord(prev2) && lprev2 !== 'former') c.org.push('title-of');
  else if (prev && /^(?:of|at|for)$/.test(prev.text)) {
    for (let k = from - 2; k >= Math.max(0, from - 7); k--) {
      const t = tokens[k];
      if (!t || t.text === '.' || t.text === ';') break;
      if (isTitleWord(t) && lc(t) !== 'former') {
        c.org.push('title-of');
        break;
      }
      if (!/^\p{Lu}/u.test(t.text) && !/^(?:of|and|&|the)$/.test(t.text)) break;
    }
  }

  // person cues
  if (next?.text === ',' && (isTitleWord(next2) || (/^(?:the|a|an|its|our)$/.test(lnext2) && isTitleWord(next3))))
    c.person.push('apposition-title');
  // ("Vice President Content Licensing": words of a department after a title, two or more ordinary words
  // and no first name, are no person; "President Bush" is)
  const department =
    to - from > 1 && tokens.slice(from, to).every((t) => isOrdinaryWord(lc(t)) && !FIRST_NAMES.has(lc(t)));
  if (prev && isTitleWord(prev) && !ORG_DESCRIPTORS.has(lprev) && !department) c.person.push(`title:${prev.text}`);
  if (prev && PERSON_VERBS.has(lprev)) c.person.push('said-before');
  if (next && PERSON_VERBS.has(lnext) && next.text === lnext) c.person.push('said-after');
  if (prev && HONORIFICS.has(lprev)) c.person.push('honorific');
  // "(Reporting by Will Dunmore; Editing by Tom Brant)": a wire story's credits name people
  if (lprev === 'by' && CREDIT_WORDS.test(lprev2)) c.person.push('credit');
  return c;
}
