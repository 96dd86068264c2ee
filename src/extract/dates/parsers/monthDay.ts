// "October 26, 2020", "Oct. 26", "Feb 26", "Monday, Nov. 16, 2017", "May 02, 2024".
// Without a year the year comes from the publication date, kept in its past.
import { dayValue, MONTH_RE, makeDay, monthNumber, plausibleYear } from '../calendar.js';
import { yearForMonthDay } from '../resolve.js';
import { futureSense } from '../tense.js';
import type { DateParser } from '../types.js';
import { matchAll, weekdayBefore } from './match.js';

const RE = new RegExp(
  `\\b(${MONTH_RE})(?![A-Za-z])\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d|\\s*(?:%|pct|percent|per cent|mln|bln|billion|million|dlrs)\\b)(?:,?\\s+(\\d{4})(?!\\d)|,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?`,
  'g',
);

export const parseMonthDay: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    const end = m.index + m[0].length;
    let year = m[3] ? Number(m[3]) : null;
    if (year != null && !plausibleYear(year)) return null;
    const relative = year == null;
    if (m[4] && ctx.refYear != null)
      year = ctx.refYear + (m[4].toLowerCase() === 'last' ? -1 : m[4].toLowerCase() === 'next' ? 1 : 0);
    year ??= yearForMonthDay(ctx, month, day, () => futureSense(ctx.text, m.index, end));
    if (year == null) return makeDay(2000, month, day) ? { start: m.index, end, value: null, relative } : null;
    const date = makeDay(year, month, day);
    return date ? { start: weekdayBefore(ctx.text, m.index), end, value: dayValue(date), relative } : null;
  });
