// Token shapes the name parsers read: capitalized words, all-caps sentences,
// possessives and sentence starts.
import type { Token } from '../../document.js';

const UPPER_START = /^[\p{Lu}]/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

/** "Alibaba", "BASF", "22nd", "3D", "iPhone", "McKinsey"; not "said" or "-". */
export function isCapWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'word') {
    if (UPPER_START.test(t.text)) return t.text.split('-').every((p) => p === '' || /^[\p{Lu}\p{N}]/u.test(p));
    return /^[a-z]\p{Lu}/u.test(t.text); // "iPhone", "eBay"
  }
  // "22nd Century", "3D Systems": a number glued to letters is split by the tokenizer, so only whole numbers here
  return false;
}

export const isAllCaps = (s: string): boolean => !HAS_LOWER.test(s) && /\p{Lu}/u.test(s);

/** A token that ends in a possessive: "Alibaba's", "Fosters’" is two tokens and handled by the caller. */
export function possessiveBase(text: string): string | null {
  const m = /^(.+?)['’]s$/u.exec(text);
  return m ? (m[1] ?? null) : null;
}

/** Most words of the sentence are upper case: a wire headline or a caps banner. */
export function isCapsSentence(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || (t.text.match(LETTERS)?.length ?? 0) < 2) continue;
    words++;
    if (isAllCaps(t.text)) caps++;
  }
  return words >= 3 && caps / words >= 0.6;
}

export const lower = (s: string): string => s.toLowerCase();
