// Fixed-width wire copy wraps lines inside paragraphs: rewrap to one line per
// paragraph. A paragraph starts at a blank line or at an indented line (wire
// copy indents paragraphs and table rows). Copy with no indents at all is
// rewrapped by the line-fit test: a line ends its paragraph when the next
// line's first word would still have fitted on it.
import type { Repair } from './types.js';

const INDENT = /^[ \t]{2,}\S/;

export const unwrapNewswire: Repair = (text) => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!isShortLined(lines)) return text;
  const indented = lines.slice(1).some((l) => INDENT.test(l));
  const width = indented ? 0 : wrapWidth(lines);
  if (!indented && !width) return text;
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const prev = i > 0 ? (lines[i - 1] ?? '').trimEnd() : '';
    const startsParagraph =
      !line || !current || (indented ? INDENT.test(raw) : prev.length + 1 + firstWord(line).length <= width);
    if (startsParagraph && current) {
      paragraphs.push(current);
      current = '';
    }
    if (line) current = current ? `${current} ${line}` : line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
};

/** Fixed-width copy has short lines; text with one paragraph a line has long ones. */
function isShortLined(lines: string[]): boolean {
  let filled = 0;
  let long = 0;
  for (const l of lines) {
    const n = l.trimEnd().length;
    if (n === 0) continue;
    filled++;
    if (n > 100) long++;
  }
  return filled >= 2 && long <= filled * 0.1;
}

const firstWord = (line: string): string => /^\S+/.exec(line)?.[0] ?? '';

/**
 * The wrap width of fixed-width copy, or 0 when the text is not fixed-width:
 * most lines must end within a few columns of the longest one, which stays
 * short (one-paragraph-per-line text has lines of every length).
 */
function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 4) return 0;
  const width = Math.max(...lengths);
  if (width > 100) return 0;
  const near = lengths.filter((n) => n >= width - 15).length;
  return near / lengths.length >= 0.6 ? width : 0;
}
