// Small named repairs of text-extraction damage, applied in order (after
// parse-latin's fix-up plugins): each takes the text and returns it mended.

export type Repair = (text: string) => string;

/** Reuters' sign-off ("Reuter", "REUTER") on the last line is not article text. */
export const dropWireSignoff: Repair = (text) => text.replace(/\n?\s*\bREUTERS?\b\s*$/i, '');

/** Hyphenated line breaks from fixed-width newswire ("appa-\nratus"). */
export const joinHyphenatedBreaks: Repair = (text) => text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2');

/**
 * Fixed-width newswire wraps lines inside paragraphs and starts paragraphs
 * with an indent: rewrap to one line per paragraph.
 */
export const unwrapNewswire: Repair = (text) => {
  if (!/\n {2,}\S/.test(text)) return text;
  return text
    .split(/\n(?= {2,}\S)|\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
};

export const REPAIRS: Record<string, Repair> = {
  'drop-wire-signoff': dropWireSignoff,
  'join-hyphenated-breaks': joinHyphenatedBreaks,
  'unwrap-newswire': unwrapNewswire,
};
