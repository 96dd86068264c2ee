// "last month", "earlier this year", "next week", "a year ago", "three days ago":
// a period counted from publication. Weeks have no calendar value of their own,
// so they get the month of the day one week before or after publication.
import { addDays } from 'date-fns/addDays';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';
import { dayValue, monthValue, yearValue } from '../calendar.js';
import { shiftMonths } from '../resolve.js';
import type { DateCandidate, DateContext, DateParser } from '../types.js';
import { matchAll } from './match.js';

const NUMBERS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS, several: 0, few: 0 };

const PERIOD_RE =
  /\b(?:(earlier|later|late|early|end of|the end of)\s+)?(last|this|next|past|previous|coming|current)\s+(week|month|year)\b(?!\s*['’]s\b)/gi;
const AGO_RE =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+(ago|earlier)\b/gi;

function periodValue(ctx: DateContext, unit: string, offset: number): string | null {
  if (unit === 'year') return ctx.refYear == null ? null : yearValue(ctx.refYear + offset);
  if (unit === 'month') {
    if (ctx.refYear == null || ctx.refMonth == null) return null;
    const d = shiftMonths(new Date(ctx.refYear, ctx.refMonth - 1, 1), offset);
    return monthValue(d.getFullYear(), d.getMonth() + 1);
  }
  if (unit === 'week' && ctx.ref) {
    const d = addDays(ctx.ref, 7 * offset);
    return monthValue(d.getFullYear(), d.getMonth() + 1);
  }
  if (unit === 'day' && ctx.ref) return dayValue(addDays(ctx.ref, offset));
  return null;
}

const OFFSETS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

const parsePeriods: DateParser = (ctx) =>
  matchAll(ctx, PERIOD_RE, (m): DateCandidate | null => {
    const which = m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase();
    // "the past year" is a stretch of time, not a calendar year.
    if (which === 'past' && unit === 'year') return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      value: periodValue(ctx, unit, OFFSETS[which] ?? 0),
      relative: true,
    };
  });

const parseAgo: DateParser = (ctx) =>
  matchAll(ctx, AGO_RE, (m): DateCandidate | null => {
    const word = m[1]!.toLowerCase();
    const n = NUMBERS[word] ?? Number(word);
    if (!n) return null;
    const unit = m[2]!.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    if (unit === 'year') return { start, end, value: periodValue(ctx, 'year', -n), relative: true };
    if (unit === 'month') return { start, end, value: periodValue(ctx, 'month', -n), relative: true };
    const days = unit === 'week' ? 7 * n : n;
    return { start, end, value: ctx.ref ? dayValue(addDays(ctx.ref, -days)) : null, relative: true };
  });

export const parseRelativePeriod: DateParser = (ctx) => [...parsePeriods(ctx), ...parseAgo(ctx)];
