// "October 2020", "March of 2020", "mid-June 1987": a month with its year.
import { MONTH_RE, monthNumber, monthValue, plausibleYear } from '../calendar.js';
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

const RE = new RegExp(
  `\\b(?:(?:early|mid|late|end of|the end of)[-\\s]+)?(${MONTH_RE})(?![A-Za-z])(?:\\s+of)?,?\\s+(\\d{4})(?![\\d,.]\\d)`,
  'g',
);

export const parseMonthYear: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    const year = Number(m[2]);
    if (!plausibleYear(year)) return null;
    return { start: m.index, end: m.index + m[0].length, value: monthValue(year, monthNumber(m[1]!)), relative: false };
  });
