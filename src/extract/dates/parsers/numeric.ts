// All-number dates: ISO "2020-10-26", and stamps "3.8.18" / "10/26/2020" in US
// order (month first) unless the first number cannot be a month.
import { dayValue, fullYear, makeDay, plausibleYear } from '../calendar.js';
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

const ISO_RE = /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const STAMP_RE = /(?<![\d./,-])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\.?\d|[./]\d)/g;

export const parseIso: DateParser = (ctx) =>
  matchAll(ctx, ISO_RE, (m) => {
    const date = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date || !plausibleYear(date.getFullYear())) return null;
    return { start: m.index, end: m.index + m[0].length, value: dayValue(date), relative: false };
  });

export const parseStamp: DateParser = (ctx) =>
  matchAll(ctx, STAMP_RE, (m) => {
    let month = Number(m[1]);
    let day = Number(m[3]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    const year = fullYear(Number(m[4]));
    const date = makeDay(year, month, day);
    if (!date || !plausibleYear(year)) return null;
    return { start: m.index, end: m.index + m[0].length, value: dayValue(date), relative: false };
  });
