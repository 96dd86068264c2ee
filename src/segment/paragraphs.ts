import type { Span } from '../document.js';
import { FIRST_NAMES } from '../extract/lexicon/names.js';

/**
 * Paragraphs are the non-empty lines of the cleaned text, save that text wrapped at a fixed width goes on
 * across its line breaks: a long line that ends without a full stop, followed by a line that goes on in
 * a word ("... with the Securities and\nExchange Commission"). A person's name goes on across a break too:
 * after a middle initial ("... the election of Mary T.\nHollis") and after a line that is only a first name,
 * as flattened contact blocks and tables give it ("Contact:\nMary\nHollis\n555-0100").
 */
/** A headline in title case: most of its words are capitalized. */
function titleCase(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** Words that open a title and never end one ("Chief\nFinancial Officer" in a flattened contact block). */
const TITLE_OPENERS = /^(?:(?:Chief|Senior|Vice|Executive|Managing|Deputy|Assistant|Associate|General)\s*)+$/;

/**
 * A line whose last words open a name or title that the next line ends: a capitalized name and a middle
 * initial, a first name alone, or words that only open a title.
 */
function namesOn(line: string): boolean {
  if (/(?:^|\s)\p{Lu}[\p{Ll}'’-]+ \p{Lu}\.$/u.test(line)) return true;
  if (TITLE_OPENERS.test(line)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(line) && FIRST_NAMES.has(line.toLowerCase());
}

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let wraps = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) {
      wraps = false;
      continue;
    }
    const prev = out[out.length - 1];
    const line = text.slice(start, end);
    if (wraps && prev && /^[\p{L}\p{N}&(“"$]/u.test(line)) prev.end = end;
    else out.push({ start, end });
    // a wrapped line: long, not ending a sentence or a contact line's number, and the next line starts right after it
    const next = text[m.index + m[0].length + 1];
    wraps =
      next !== '\n' &&
      next !== undefined &&
      ((end - start >= 55 && !titleCase(line) && !/[.!?:;"”|\d]$/.test(line)) || namesOn(line));
  }
  return out;
}
