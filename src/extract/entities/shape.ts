// Token shapes the name parsers read: capitalized words, all-caps sentences,
// possessives and sentence starts.
import type { Token } from '../../document.js';
import { CREDIT_WORDS } from '../lexicon/words.js';

const UPPER_START = /^[\p{Lu}]/u;
const HAS_LOWER = /\p{Ll}/u;

/** "Kelbrix", "Ambrose", "22nd", "3D", "iPhone", "Stanwick"; not "said" or "-". */
export function isCapWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'word') {
    // most words start with two lower-case letters: no regex needed to say no
    const a = t.text.charCodeAt(0);
    const b = t.text.charCodeAt(1);
    if (a >= 97 && a <= 122 && b < 128 && !(b >= 65 && b <= 90)) return false;
    // (each pattern only where its first test can pass: an apostrophe in the word, a digit or a character
    // outside ASCII first)
    if ((t.text.includes("'") || t.text.includes('’')) && /['’](?:m|ve|d|ll|re)$/i.test(t.text)) return false; // "I'm", "We've"
    if (((a >= 48 && a <= 57) || a >= 128) && /^\p{N}+(?:st|nd|rd|th|\p{Lu}{1,2})$/u.test(t.text)) return true; // "21st Avenue Partners", "4K Media"
    if ((a >= 65 && a <= 90) || (a >= 128 && UPPER_START.test(t.text)))
      return !t.text.includes('-') || t.text.split('-').every((p) => p === '' || /^[\p{Lu}\p{N}]/u.test(p));
    return /^[a-z]\p{Lu}/u.test(t.text); // "iPhone", "eBay"
  }
  return false;
}

export const isAllCaps = (s: string): boolean => !HAS_LOWER.test(s) && /\p{Lu}/u.test(s);

/** A token that ends in a possessive: "Kelbrix's", "Grove’" is two tokens and handled by the caller. */
export function possessiveBase(text: string): string | null {
  const m = /^(.+?)['’]s$/u.exec(text);
  return m ? (m[1] ?? null) : null;
}

/**
 * Most words of the sentence are upper case (a wire headline, a banner) or
 * capitalized (a title-case headline): case then says nothing about names.
 */
export function isCapsSentence(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  let title = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) continue; // lower case, without a look-up
    const first = t.text[0] as string;
    if (first === first.toLowerCase()) continue;
    if (t.text === t.text.toUpperCase()) caps++;
    else title++;
  }
  if (words >= 3 && caps / words >= 0.6) return true;
  // a title-case headline has no closing stop and no commas (a photo caption listing names has them)
  const last = tokens[tokens.length - 1];
  const unpunctuated = !last || !/[.!?"”]$/.test(last.text);
  const commas = tokens.some((t) => t.text === ',');
  // (nor a wire story's credit line: "(Reporting by Will Dunmore; Editing by Tom Brant)")
  const credits = tokens.some((t, i) => CREDIT_WORDS.test(t.text) && tokens[i + 1]?.text === 'by');
  return words >= 4 && (caps + title) / words >= 0.75 && unpunctuated && !commas && !credits;
}

export const lower = (s: string): string => s.toLowerCase();

/** A generational suffix ends a person's name: "Jr.", "Sr", "III". */
export const GENERATION = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
