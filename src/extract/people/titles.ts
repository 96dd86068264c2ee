// Parser: job-title phrases ("President and CEO", "senior vice president of
// Sales and Marketing", "Founder & CEO", "interim Chief Financial Officer"),
// read token by token from a lexicon of title words and modifiers.
import type { Token } from '../../document.js';
import { DEMONYMS, TITLE_CORES, TITLE_FUNCTIONS, TITLE_MODIFIERS } from '../lexicon/words.js';

export interface TitleSpan {
  /** Token indices, half-open. */
  from: number;
  to: number;
}

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');
const EXTRA_CORES = new Set(['manger']); // a frequent misspelling of "manager" in wire copy

/** Offices written short before a legislator's or governor's name, as the title is written: "Sen.", "Rep.", "Gov.". */
const SHORT_OFFICES = /^(?:Sen|Sens|Rep|Reps|Gov)\.$/;

export const isTitleCore = (t: Token | undefined): boolean => {
  const w = lc(t);
  return (
    TITLE_CORES.has(w) ||
    TITLE_CORES.has(w.replace(/^(?:co|vice)-/, '')) ||
    EXTRA_CORES.has(w) ||
    SHORT_OFFICES.test(t?.text ?? '')
  );
};
export const isTitleToken = (t: Token | undefined): boolean =>
  isTitleCore(t) || TITLE_MODIFIERS.has(lc(t)) || DEMONYMS.has(lc(t));

/** Grammatical words, never an adjective of a title ("..., to head the unit"). */
const FUNCTION_WORDS =
  /^(?:to|a|an|the|of|for|in|on|at|by|with|as|and|or|will|would|who|which|that|is|was|be|named|appointed|elected|promoted|nominated|hired|became|become|becomes)$/;

/** A lower-case word that may qualify a title ("independent", "mutual fund"), not a grammatical word or a verb. */
export const isPlainAdjective = (t: Token | undefined): boolean =>
  /^\p{Ll}+$/u.test(t?.text ?? '') && !FUNCTION_WORDS.test(lc(t));

/** Political and public offices: the organization is not a business of the article. */
export const PUBLIC_OFFICE =
  /\b(?:minister|ambassador|senator|governor|mayor|premier|envoy|secretary of state|president of the republic)\b/i;

/** Words of a department or body inside a title, beyond the lexicon's functions ("of the audit committee"). */
const BODY_WORDS = new Set(
  'committee committees council worldwide governance responsibility nominating compensation remuneration advisors advisory trustees executive'.split(
    ' ',
  ),
);
const isBodyWord = (t: Token | undefined): boolean => TITLE_FUNCTIONS.has(lc(t)) || BODY_WORDS.has(lc(t));
export const isFunctionWord = (t: Token | undefined): boolean =>
  isBodyWord(t) || (lc(t) !== 'new' && TITLE_MODIFIERS.has(lc(t)) && !isTitleCore(t));

/**
 * The end of a department or body named after a title, from token `k` ("the Board of Directors", "worldwide
 * sales and marketing", "Corporate Communications"), or -1. The words are functions, joined by and/&/of,
 * all in one case style; the last one is a function, not a modifier.
 */
export function functionEnd(tokens: Token[], k: number, stopAt: (i: number) => boolean): number {
  let x = k;
  if (lc(tokens[x]) === 'the') x++;
  const from = x;
  while (x < tokens.length && x - from < 7 && !stopAt(x)) {
    const t = tokens[x];
    if (isFunctionWord(t)) x++;
    else if (/^(?:and|&|of)$/.test(lc(t)) && x > from && isFunctionWord(tokens[x + 1]) && !stopAt(x + 1)) x++;
    else break;
  }
  while (x > from && !isBodyWord(tokens[x - 1])) x--;
  return x > from ? x : -1;
}

/**
 * The title phrase starting at token `k`, if one does. `stopAt(i)` tells where an
 * organization or person name begins, which ends the title ("President of |Ingram|").
 */
export function titleAt(tokens: Token[], k: number, stopAt: (i: number) => boolean): TitleSpan | null {
  let j = k;
  let core = false;
  let end = -1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (stopAt(j)) break;
    if (isTitleToken(t)) {
      if (isTitleCore(t)) core = true;
      j++;
      if (core) end = j;
      continue;
    }
    const w = lc(t);
    // "Ambassador to Italy"
    if (
      w === 'to' &&
      /^(?:ambassador|envoy|delegate|representative)$/.test(lc(tokens[j - 1])) &&
      /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')
    ) {
      j += 2;
      end = j;
      continue;
    }
    // "independent environmental consultant", "mutual fund manager": a plain adjective right before a title
    if (
      isPlainAdjective(t) &&
      (isTitleCore(tokens[j + 1]) || (isTitleToken(tokens[j + 1]) && isTitleCore(tokens[j + 2])))
    ) {
      j++;
      continue;
    }
    // ("and a member of ...": a second office, not an adjective)
    const adjectiveThenCore =
      /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') &&
      !/^(?:a|an|the)$/.test(tokens[j + 1]?.text ?? '') &&
      isTitleCore(tokens[j + 2]);
    if ((w === 'and' || w === '&') && (isTitleToken(tokens[j + 1]) || adjectiveThenCore) && !stopAt(j + 1)) {
      j++;
      continue;
    }
    // "vice president in charge of Asian, African and International Export operations": the office's charge,
    // names included, up to the end of the phrase (a full stop, or a comma before a lower-case word)
    if (w === 'in' && core && lc(tokens[j + 1]) === 'charge' && lc(tokens[j + 2]) === 'of') {
      let x = j + 3;
      while (
        x < tokens.length &&
        x < j + 14 &&
        !/^[.;:()]$/.test(tokens[x]!.text) &&
        !(
          tokens[x]!.text === ',' &&
          /^\p{Ll}/u.test(tokens[x + 1]?.text ?? '') &&
          !/^(?:and|&)$/.test(lc(tokens[x + 1]))
        )
      )
        x++;
      if (x > j + 3 && x < j + 14) {
        j = x;
        end = x;
        continue;
      }
    }
    // "of Sales and Marketing", "of the Board of Directors", "of the audit committee", "of worldwide sales", "for
    // planning and administration":
    // a function, not an employer
    if ((w === 'of' || w === 'for') && core) {
      const x = functionEnd(tokens, j + 1, stopAt);
      if (x > 0) {
        j = x;
        end = x;
        continue;
      }
    }
    // "Vice President of Parks and Outdoor Events of Corvex", "Executive Vice President Network Racing,
    // Sandal": capitalized words between the office and its employer's name are the office's department
    if (core) {
      const x = departmentEnd(tokens, j, stopAt);
      if (x > j) {
        j = x;
        end = x;
        continue;
      }
    }
    break;
  }
  return core && end > k ? { from: k, to: end } : null;
}

/**
 * The end of a department named in capitals after an office, from token `k` ("of Parks and Outdoor Events",
 * "Network Racing"), when an employer's name follows it (", Sandal", "of Corvex", "at Harlow"); else -1.
 */
function departmentEnd(tokens: Token[], k: number, stopAt: (i: number) => boolean): number {
  let x = k;
  if (lc(tokens[x]) === 'of' || lc(tokens[x]) === 'for') x++;
  const from = x;
  while (x < tokens.length && x - from < 6 && !stopAt(x)) {
    const t = tokens[x]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !isTitleCore(t)) x++;
    else if (/^(?:and|&)$/.test(lc(t)) && x > from && /^\p{Lu}/u.test(tokens[x + 1]?.text ?? '') && !stopAt(x + 1)) x++;
    else break;
  }
  if (x === from || /^(?:and|&)$/.test(lc(tokens[x - 1]))) return -1;
  const link = lc(tokens[x]);
  const named = (i: number) => stopAt(i) || (lc(tokens[i]) === 'the' && stopAt(i + 1));
  // (after "of", a comma goes on with a list: "Minister of Agriculture, Fisheries and Food")
  return ((link === ',' && from === k) || link === 'of' || link === 'at') && named(x + 1) ? x : -1;
}
