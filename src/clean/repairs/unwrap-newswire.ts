// Fixed-width wire copy wraps lines inside paragraphs: rewrap to one line per
// paragraph. A paragraph starts at a blank line or at an indented line (wire
// copy indents paragraphs and table rows). Copy with no indents at all is
// rewrapped by the line-fit test: a line ends its paragraph when the next
// line's first word would still have fitted on it. Runs before
// join-hyphenated-breaks, which needs the line break after "appa-".
import type { Repair } from './types.js';

const INDENT = /^[ \t]{2,}\S/;
/** A line that stops on a first name and a middle initial ("Mary T."): the name goes on, however short the line. */
const OPENS_NAME = /(?:^|\s)\p{Lu}[\p{Ll}'’-]+ \p{Lu}\.$/u;

export const unwrapNewswire: Repair = (text) => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!isShortLined(lines)) return text;
  const indented = lines.slice(1).some((l) => INDENT.test(l));
  const width = indented ? 0 : wrapWidth(lines);
  if (!indented && !width) return text;
  const paragraphs: string[] = [];
  let current = '';
  let last = ''; // the line that ends `current`: testing it, not the whole paragraph, keeps this linear
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const prev = i > 0 ? (lines[i - 1] ?? '').trimEnd() : '';
    const startsParagraph =
      !line ||
      !current ||
      (indented ? INDENT.test(raw) : prev.length + 1 + firstWord(line).length <= width && !OPENS_NAME.test(prev));
    if (startsParagraph && current) {
      paragraphs.push(current);
      current = '';
    }
    // A word hyphenated at the line end keeps its break for join-hyphenated-breaks to decide.
    if (line) {
      current = current ? `${current}${/\p{L}-$/u.test(last) ? '\n' : ' '}${line}` : line;
      last = line;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
};

/**
 * Fixed-width copy has short lines, most of which stop mid-sentence; text with
 * one paragraph a line has long lines, or lines that end their sentences.
 */
function isShortLined(lines: string[]): boolean {
  const filled = lines.map((l) => l.trimEnd()).filter(Boolean);
  const long = filled.filter((l) => l.length > 100).length;
  // The last line ends its paragraph in any copy.
  const open = filled.slice(0, -1).filter((l) => !/[.!?:"”]$/.test(l)).length;
  return filled.length >= 2 && long <= filled.length * 0.1 && open >= (filled.length - 1) * 0.5;
}

const firstWord = (line: string): string => /^\S+/.exec(line)?.[0] ?? '';

/**
 * The wrap width of fixed-width copy, or 0 when the text is not fixed-width:
 * most lines end within a few columns of the longest one, which is a usual
 * terminal width (50 to 100 columns).
 */
function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 2) return 0;
  const width = Math.max(...lengths);
  if (width < 50 || width > 100) return 0;
  const near = lengths.filter((n) => n >= width - 15).length;
  return near / lengths.length >= 0.6 ? width : 0;
}
