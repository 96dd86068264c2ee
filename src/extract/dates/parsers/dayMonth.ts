// "26 October 2020", "30th of October", "Monday 26 October": day before month.
import { dayValue, MONTH_RE, makeDay, monthNumber, plausibleYear } from '../calendar.js';
import { yearForMonthDay } from '../resolve.js';
import { futureSense } from '../tense.js';
import type { DateParser } from '../types.js';
import { matchAll, weekdayBefore } from './match.js';

const RE = new RegExp(
  `(?<![\\d.,])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?![A-Za-z])(?:,?\\s+(\\d{4})(?!\\d))?`,
  'g',
);

export const parseDayMonth: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    const day = Number(m[1]);
    const month = monthNumber(m[2]!);
    // "Jan" and "May" alone are names and verbs too often: take them only with a year.
    if (!m[3] && /^(?:Jan|Mar|May)$/.test(m[2]!)) return null;
    const end = m.index + m[0].length;
    let year = m[3] ? Number(m[3]) : null;
    if (year != null && !plausibleYear(year)) return null;
    const relative = year == null;
    year ??= yearForMonthDay(ctx, month, day, () => futureSense(ctx.text, m.index, end));
    if (year == null) return makeDay(2000, month, day) ? { start: m.index, end, value: null, relative } : null;
    const date = makeDay(year, month, day);
    return date ? { start: weekdayBefore(ctx.text, m.index), end, value: dayValue(date), relative } : null;
  });
