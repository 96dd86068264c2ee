import type { Span } from '../document.js';

/**
 * Paragraphs are the non-empty lines of the cleaned text, save that text wrapped at a fixed width goes on
 * across its line breaks: a long line that ends without a full stop, followed by a line that goes on in
 * a word ("... with the Securities and\nExchange Commission").
 */
/** A headline in title case: most of its words are capitalized. */
function titleCase(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
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
    wraps =
      end - start >= 55 && !titleCase(line) && !/[.!?:;"”|\d]$/.test(line) && text[m.index + m[0].length + 1] !== '\n';
  }
  return out;
}
