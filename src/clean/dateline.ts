// The dateline that opens a wire story or press release: the place it was
// filed from, often the date and the wire ("NEW YORK, Sept. 27, 2012
// /Winslow/ --", "NEW BRIGHTON, Minn.--(NEWS WIRE)--December 16, 2015--",
// "LONDON, June 17 (Ingram) --", "(AGENCY) - ROME, JUL 6 -", "Minneapolis,
// MN—March 18, 2008—", "MURRAY HILL, N.J., March 6 -", "NEW YORK, NY /
// ACCESSWIRE / January 5, 2021 /", "LONDON (Reuters) -"). It sits at the start
// of one of the first paragraphs.
import { DATE_TEXT, parseDateText } from './date-text.js';

export interface Dateline {
  start: number;
  end: number;
  place: string;
  /** The full date it states (YYYY-MM-DD), or null when it gives none or no year. */
  date: string | null;
}

// A place: up to four capitalized words ("THOUSAND OAKS", "St. Louis"), then
// optionally a region ("N.J.", "Calif.", "S. C.", "India"), and a second place
// joined by "&".
const WORD = String.raw`(?:[A-Z][\p{L}'’.-]*|[A-Z]\.)`;
const NAME = `${WORD}(?: ${WORD}){0,3}`;
const PLACE = `${NAME}(?:, ${NAME})?(?: (?:&|and) ${NAME}(?:, ${NAME})?)?`;
const DASH = `(?:--|[–—-])`;
const WIRE = String.raw`(?:/[^/\n]{2,40}/|\([^()\n]{2,40}\))`;

const DATELINE = new RegExp(
  String.raw`^(?:\([^()\n]{2,20}\)\s*${DASH}\s*)?(${PLACE})(?:\s*${DASH}\s*${WIRE}\s*${DASH}\s*|\s*${WIRE}\s*|\s*,\s*|\s*${DASH}\s*)(${DATE_TEXT})\s*${WIRE}?\s*(?:${DASH}+|/|:|\.{3}|…)`,
  'u',
);
// Without a date the place must be unmistakable: capitals or "City, Region", then a dash.
const PLACE_ONLY = new RegExp(
  String.raw`^(?:\([^()\n]{2,20}\)\s*${DASH}\s*)?((?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, ${NAME})?)|${NAME}, ${NAME})\s*${WIRE}?(?:\s*(?:--|[–—])|\s-)\s`,
  'u',
);

/**
 * Finds the dateline at the start of one of the first `paragraphs` paragraphs of `text`. Short lines (a
 * headline, labels, an address or a contact block set line by line) do not count, up to `lines` lines.
 */
export function findDateline(text: string, paragraphs = 6, lines = 40): Dateline | null {
  let pos = 0;
  for (let i = 0, n = 0; i < paragraphs && n < lines && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    // (Each large pattern is compiled on its first use, which costs more than one article's run: lines
    // that cannot match are told apart first. A dateline opens with a bracket or a capital and its date
    // has a digit; a place alone is followed by a dash.)
    const c = line.charCodeAt(0);
    const dated = (c === 40 || (c >= 65 && c <= 90)) && /\d/.test(line) ? DATELINE.exec(line) : null;
    if (dated) {
      const place = dated[1]!.replace(/[\s,–—-]+$/u, '');
      return { start: pos, end: pos + dated[0].length, place, date: parseDateText(dated[2]!) };
    }
    // A short line is a headline or label, not a paragraph that opens with a dateline.
    const bare = line.length > 80 && /--|[–—]|\s-/.test(line) ? PLACE_ONLY.exec(line) : null;
    if (bare) return { start: pos, end: pos + bare[0].trimEnd().length, place: bare[1]!, date: null };
    if (line.length > 80) i++;
    pos = end + 1;
    while (text[pos] === '\n') pos++;
  }
  return null;
}
