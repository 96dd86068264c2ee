// Calendar dates as press copy writes them ("Jan. 16, 2025", "29 June 2021",
// "2020-10-26", "JUL 6"), read to YYYY-MM-DD. Shared by the dateline and
// publication-date finders; no year means no full date.

export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?';

const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;

/** A written date: month-first, day-first or ISO, with or without a year. */
export const DATE_TEXT = String.raw`${WEEKDAY}(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d{1,2}/\d{1,2}/\d{4})`;

export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(key) / 3 + 1;
}

/** YYYY-MM-DD for a real calendar day, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_FIRST = new RegExp(String.raw`(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`);
const DAY_FIRST = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME}),?\s+(\d{4})`);

/** Reads the first full date (with a year) in `s`; numeric slashes are read in US order. */
export function parseDateText(s: string): string | null {
  let m = /(\d{4})[-/](\d{2})[-/](\d{2})/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = MONTH_FIRST.exec(s);
  if (m) return isoDate(+m[3]!, monthNumber(m[1]!), +m[2]!);
  m = DAY_FIRST.exec(s);
  if (m) return isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!);
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return +m[1]! > 12 ? isoDate(+m[3]!, +m[2]!, +m[1]!) : isoDate(+m[3]!, +m[1]!, +m[2]!);
  return null;
}
