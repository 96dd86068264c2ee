// Reporting periods kept as text with no calendar value: "third quarter",
// "4th qtr", "Q3 2021", "first half of 1987", "fiscal 2021", "FY21", "1986/87".
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|same|year-ago|year-earlier|prior)';
const YEAR_TAIL = '(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:19|20)\\d\\d(?:/\\d\\d)?(?!\\d))?';

const RE = new RegExp(
  [
    `\\b${ORDINAL}[-\\s]+(?:fiscal[-\\s]+)?(?:quarter|qtr|half)(?![A-Za-z])${YEAR_TAIL}`,
    `\\b(?:Q[1-4]|H[12])(?:\\s*(?:FY)?['’]?\\d{2,4})?\\b`,
    `\\bfiscal(?:\\s+year)?\\s+(?:19|20)?\\d\\d(?:/\\d\\d)?(?!\\d)`,
    `\\bFY\\s?['’]?(?:19|20)?\\d\\d\\b`,
    `(?<![\\d/])(?:19|20)\\d\\d/(?:\\d\\d|(?:19|20)\\d\\d)(?![\\d/])`,
  ].join('|'),
  'gi',
);

export const parseFiscal: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    // "Q3" needs its capital; "h1" in running text is not a half-year.
    if (/^[qh]\d/.test(m[0])) return null;
    return { start: m.index, end: m.index + m[0].length, value: null, relative: false };
  });
