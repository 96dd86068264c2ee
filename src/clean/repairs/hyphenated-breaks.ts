// A word hyphenated across a line break: "appa-\nratus" was one word, so the
// pieces join; "English-\nlanguage" and "anti-\naircraft" are compounds that
// keep their hyphen and only lose the break. The English word list decides.
// An indented next line starts a new paragraph and is left alone.
import { isEnglishWord } from './english.js';
import type { Repair } from './types.js';

const BREAK = /(\p{L}+)-[ \t]*\r?\n(\p{L}+)/gu;

export const joinHyphenatedBreaks: Repair = (text) =>
  text.includes('-\n') || text.includes('-\r\n')
    ? text.replace(BREAK, (_, left: string, right: string) =>
        /^\p{Ll}/u.test(right) && isEnglishWord(left + right) ? left + right : `${left}-${right}`,
      )
    : text;
