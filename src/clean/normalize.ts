// Unicode and white-space normalization that keeps paragraphs: a blank line
// separates paragraphs, single spaces separate words, nothing else survives.

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeText(input: string): string {
  const text = input
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    // Control characters other than newline carry no text (newswire transmission codes).
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, ' ')
    .replace(/ +/g, ' ');
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Paragraph breaks as blank lines: each non-empty line of `text` becomes a paragraph. */
export function linesToParagraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
}
