// Unicode and white-space normalization that keeps paragraphs: a line break
// separates paragraphs, single spaces separate words, nothing else survives.
// Runs on every article, so each pass is skipped when it has nothing to do.

const NON_ASCII = /[^\u0000-\u007F]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const LINE_BREAKS = /\r\n?|\u2028|\u2029|\u0085/g;
// Tabs, exotic spaces and control characters other than the line break (newswire
// transmission codes carry no text) become one space; so do runs of spaces.
const BLANKS =
  /[\u0000-\u0009\u000B-\u001F\u007F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000][\u0000-\u0009\u000B-\u001F\u007F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]*| {2,}/g;

export function normalizeText(input: string): string {
  let text = input;
  if (NON_ASCII.test(text)) text = text.normalize('NFC').replace(INVISIBLE, '');
  if (text.includes('\r') || NON_ASCII.test(text)) text = text.replace(LINE_BREAKS, '\n');
  text = text.replace(BLANKS, ' ');
  if (text.includes(' \n') || text.includes('\n ')) text = text.replace(/ ?\n ?/g, '\n');
  if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n');
  return text.trim();
}

/** Paragraph breaks as blank lines: each non-empty line of `text` becomes a paragraph. */
export function linesToParagraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
}
