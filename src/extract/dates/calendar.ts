// Calendar helpers shared by the parsers: month names, building and formatting
// local calendar days with date-fns (local time on both ends, so no time-zone drift).
import { isValid } from 'date-fns/isValid';

/** Month names and abbreviations with an optional period ("Sept.", "Oct."). */
export const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Full month names only: safe to take without a day number ("in October"). */
export const FULL_MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.|Oct\\.|Nov\\.|Dec\\.|Jan\\.|Feb\\.|Aug\\.)';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12 for a month name or abbreviation, 0 when it is none. */
export function monthNumber(name: string): number {
  return MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A local calendar day, or null when the parts do not make one (Feb 30). */
export function makeDay(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getDate() !== day || date.getMonth() !== month - 1) return null;
  return date;
}

const pad = (n: number): string => String(n).padStart(2, '0');
// date-fns arithmetic, plain formatting: format() is the costliest call on date-heavy texts.
export const dayValue = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
export const monthValue = (year: number, month: number): string => `${year}-${pad(month)}`;
export const yearValue = (year: number): string => String(year);

/** Two-digit years in stamps ("3.8.18"): 00-49 are 2000s, 50-99 are 1900s. */
export const fullYear = (y: number): number => (y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y);

export const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2099;
