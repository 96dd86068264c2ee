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

export const isTitleCore = (t: Token | undefined): boolean => {
  const w = lc(t);
  return TITLE_CORES.has(w) || TITLE_CORES.has(w.replace(/^(?:co|vice)-/, '')) || EXTRA_CORES.has(w);
};
export const isTitleToken = (t: Token | undefined): boolean =>
  isTitleCore(t) || TITLE_MODIFIERS.has(lc(t)) || DEMONYMS.has(lc(t));

/** Political and public offices: the organization is not a business of the article. */
export const PUBLIC_OFFICE =
  /\b(?:minister|ambassador|senator|governor|mayor|premier|envoy|secretary of state|president of the republic)\b/i;

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
      /^\p{Ll}+$/u.test(t?.text ?? '') &&
      (isTitleCore(tokens[j + 1]) || (isTitleToken(tokens[j + 1]) && isTitleCore(tokens[j + 2])))
    ) {
      j++;
      continue;
    }
    const adjectiveThenCore = /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && isTitleCore(tokens[j + 2]);
    if ((w === 'and' || w === '&') && (isTitleToken(tokens[j + 1]) || adjectiveThenCore) && !stopAt(j + 1)) {
      j++;
      continue;
    }
    // "of Sales and Marketing", "of Corporate Planning", "of the Board of Directors": a function, not an employer
    if (w === 'of' && core) {
      let x = j + 1;
      if (lc(tokens[x]) === 'the') x++;
      const from = x;
      while (
        x < tokens.length &&
        x - from < 5 &&
        !stopAt(x) &&
        (/^\p{Lu}/u.test(tokens[x]?.text ?? '') ||
          (/^(?:and|&|of)$/.test(lc(tokens[x])) && /^\p{Lu}/u.test(tokens[x + 1]?.text ?? '')))
      )
        x++;
      while (x > from && /^(?:and|&|of)$/.test(lc(tokens[x - 1]))) x--;
      const fn = tokens.slice(from, x).map(lc);
      if (x > from && fn.every((w) => TITLE_FUNCTIONS.has(w) || w === 'and' || w === '&' || w === 'of')) {
        j = x;
        end = x;
        continue;
      }
    }
    break;
  }
  return core && end > k ? { from: k, to: end } : null;
}
