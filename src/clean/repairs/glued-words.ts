// Words glued together by text extraction ("Northwindwants", "asresearch",
// "inChina"): an
// inline tag or a lost space between two words. A token is split only when all
// of these hold, so real rare words, names and coinages survive:
// - it is plain letters, lower case after an optional capital (no CamelCase
//   product names, URLs, hashtags, handles, numbers);
// - it is not an English word, nor one edit away from one (a misspelling), and
//   occurs only once in a document that is mostly English;
// - exactly one split point gives two parts that read as words by one of:
//   in lower case, a function word glued to a dictionary word ("as" +
//   "research", "company" + "and"), or two dictionary words that both occur on
//   their own elsewhere in the document ("smart" + "skills");
//   capitalized, a name used on its own elsewhere in the document glued to a
//   dictionary word ("Kelbrix" + "wants"); "Poland", "Nash" stay whole.
import { isEnglishWord } from './english.js';
import type { Repair } from './types.js';

// Closed-class words that are not also productive compound parts: "on", "in",
// "up", "out", "off", "over", "by", "down" make real words ("onboarding",
// "rollout"), so they are left out.
const FUNCTION_LEFT = new Set(
  'a an the as of and to for is was are were has have had its it that this which from at be been will would said his her their our we they he she but or not also than with'.split(
    ' ',
  ),
);
const FUNCTION_RIGHT = new Set(
  'the and of to for is was are were has have had that this which with from as at said will would its'.split(' '),
);

// Last parts of place and family names and word-forming endings ("Johnson",
// "Georgetown", "Ecuadoreans", "Cleggmania").
const NAME_SUFFIXES = new Set(
  'son sen sson man mann men ton town ville berg burg bury borough field ford wood land stone worth stein dale well more ham hurst mouth port shire ridge brook ley side view vale wick haven gate mont castle water hill bridge eans ians ites ists isms ness less like mania style wise ware gram nomics'.split(
    ' ',
  ),
);

// Month and day names are not in the word list but are no glued pairs ("Sept" + "ember").
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;
// Two glued words are at most a few dozen letters; longer runs are not words (and would cost quadratic time).
const TOKEN = /^\p{Lu}?\p{Ll}{4,40}$/u;
const LETTERS = /\p{L}+/gu;
// A word between white space, with its surrounding punctuation peeled off.
const CHUNK = /(^|\s)([("“‘'[]*)(\p{L}+)(?=[)"”’'\].,;:!?]*(?:\s|$))/gu;

interface Counts {
  /** Occurrences of each letter run, lower-cased. */
  lower: Map<string, number>;
  /** Occurrences of each capitalized letter run as written. */
  cased: Map<string, number>;
}

function countWords(text: string): Counts {
  const lower = new Map<string, number>();
  const cased = new Map<string, number>();
  for (const m of text.matchAll(LETTERS)) {
    const w = m[0];
    const l = w.toLowerCase();
    lower.set(l, (lower.get(l) ?? 0) + 1);
    if (w !== l) cased.set(w, (cased.get(w) ?? 0) + 1);
  }
  return { lower, cased };
}

/**
 * The split of `token` into two words, or null when there is none or more than
 * one. `counts` is asked for only when the cheap dictionary checks pass: it
 * costs a pass over the whole document.
 */
export function splitGlued(token: string, counts: () => Counts): [string, string] | null {
  if (!TOKEN.test(token) || isEnglishWord(token)) return null;
  let found: [string, string] | null = null;
  for (let i = 1; i < token.length - 1; i++) {
    const left = token.slice(0, i);
    const right = token.slice(i);
    const l = left.toLowerCase();
    const ok =
      left !== l
        ? // A capitalized token is a name unless its first part is a name (not an
          // English word) used on its own here, followed by a function word or an
          // inflected verb or noun ("wants", "signed"): "Indianapolis" and
          // "Oklahoma" end in rare dictionary words ("polis", "homa"), not in these.
          left.length >= 4 &&
          right.length >= 4 &&
          !NAME_SUFFIXES.has(right) &&
          (FUNCTION_RIGHT.has(right) || isInflected(right)) &&
          !isEnglishWord(left) &&
          (counts().cased.get(left) ?? 0) >= 2
        : (FUNCTION_LEFT.has(l) &&
            articleFits(l, right) &&
            (right.length >= 4 || FUNCTION_RIGHT.has(right)) &&
            isEnglishWord(right)) ||
          (FUNCTION_RIGHT.has(right) && left.length >= 3 && isEnglishWord(left));
    if (!ok) continue;
    if (found) return null;
    found = [left, right];
  }
  if (!found || (counts().lower.get(token.toLowerCase()) ?? 0) > 1) return null;
  // A misspelling ("forsee", "apointed") is one edit from a word; a glued pair is not.
  return nearWord(token.toLowerCase()) ? null : found;
}

/** "wants", "signed", "plans", "opening": an English stem with an inflection. */
function isInflected(word: string): boolean {
  if (!isEnglishWord(word)) return false;
  const m = /^(\p{Ll}{3,}?)(?:s|es|ed|d|ing)$/u.exec(word);
  return m != null && (isEnglishWord(m[1]!) || isEnglishWord(`${m[1]}e`));
}

/** "a" goes before a consonant, "an" before a vowel: "anmessages" is no "an" + "messages". */
function articleFits(article: string, word: string): boolean {
  if (article === 'a') return word.length >= 5 && !/^[aeiou]/.test(word);
  if (article === 'an') return /^[aeiouh]/.test(word);
  return true;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** True when one deletion, insertion, substitution or transposition makes `w` an English word. */
function nearWord(w: string): boolean {
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (i < w.length && isEnglishWord(head + tail.slice(1))) return true;
    if (i < w.length - 1 && isEnglishWord(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of ALPHABET) {
      if (isEnglishWord(head + c + tail)) return true;
      if (i < w.length && c !== tail[0] && isEnglishWord(head + c + tail.slice(1))) return true;
    }
  }
  return false;
}

/** Share of the words written in lower case that are English: foreign text is left alone. */
function englishShare(text: string): number {
  let total = 0;
  let english = 0;
  for (const m of text.matchAll(/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu)) {
    total++;
    if (isEnglishWord(m[0])) english++;
  }
  return total ? english / total : 0;
}

// A function word glued to a capitalized name: "inChina", "withNorthwind". The
// name must stand on its own elsewhere in the document, which "iPhone",
// "eBay" or "inVentiv" do not satisfy through their first letters.
const LOWER_UPPER = /^(\p{Ll}{2,4})(\p{Lu}\p{L}+)$/u;
// Here the capital marks the boundary, so "in", "on" and "by" are safe too.
const BEFORE_NAME = new Set(
  'an the in on at of to for from by with and or as is was its our their his her into'.split(' '),
);

/** The split of a function word glued to a name used elsewhere, or null. */
export function splitBeforeName(token: string, counts: () => Counts): [string, string] | null {
  const m = LOWER_UPPER.exec(token);
  if (!m || !BEFORE_NAME.has(m[1]!) || m[2]!.length < 3) return null;
  return (counts().cased.get(m[2]!) ?? 0) >= 1 && (counts().lower.get(token.toLowerCase()) ?? 0) <= 1
    ? [m[1]!, m[2]!]
    : null;
}

export const splitGluedWords: Repair = (text) => {
  let counts: Counts | null = null;
  let english: number | null = null;
  return text.replace(CHUNK, (all, space: string, open: string, word: string) => {
    if (word.length < 5 || CALENDAR.test(word)) return all;
    const glued = TOKEN.test(word);
    if (glued ? isEnglishWord(word) : !LOWER_UPPER.test(word)) return all;
    const getCounts = (): Counts => {
      counts ??= countWords(text);
      return counts;
    };
    const split = glued ? splitGlued(word, getCounts) : splitBeforeName(word, getCounts);
    if (!split) return all;
    english ??= englishShare(text);
    return english < 0.85 ? all : `${space}${open}${split[0]} ${split[1]}`;
  });
};
