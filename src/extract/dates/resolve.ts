// Placing dates the text leaves open (no year, a weekday, "last month") on the
// calendar of the publication date, never after it unless the text says future.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getDay } from 'date-fns/getDay';
import { subDays } from 'date-fns/subDays';
import { dayValue } from './calendar.js';
import type { DateContext } from './types.js';

/**
 * "March 6" in copy published 1987-03-02: 1986-03-06, unless the text looks ahead. A future
 * said in the date's own clause may also carry it into next year ("will ... in January");
 * one only somewhere in its sentence just keeps it in the publication year.
 */
export function yearForMonthDay(
  ctx: DateContext,
  month: number,
  day: number | null,
  sense: () => 'clause' | 'sentence' | null,
): number | null {
  if (ctx.refYear == null) return null;
  const year = ctx.refYear;
  if (ctx.refMonth == null) return year;
  const refDay = ctx.ref?.getDate() ?? 31;
  const after = month > ctx.refMonth || (month === ctx.refMonth && day != null && day > refDay);
  const before = month < ctx.refMonth || (month === ctx.refMonth && day != null && day < refDay);
  // Reading the tense costs more than the comparison: only when it can change the year.
  if (!after && !(before && ctx.refMonth - month > 2)) return year;
  // A day or three after publication is time zones and datelines ("WELLINGTON, Feb 27" filed on the 26th).
  if (after && day != null && ctx.ref && month === ctx.refMonth && day - refDay <= 3) return year;
  if (after && day != null && ctx.ref && month === ctx.refMonth + 1 && day <= 3 && refDay >= 27) return year;
  const future = sense();
  if (future === 'clause') return before ? year + 1 : year;
  if (future === 'sentence' || !after) return year;
  return year - 1;
}

/** The weekday nearest publication: on or before it, or on or after it when the text says future. */
export function resolveWeekday(ref: Date, weekday: number, future: boolean, strict: boolean): Date {
  const diff = (getDay(ref) - weekday + 7) % 7;
  if (!future) return subDays(ref, diff === 0 && strict ? 7 : diff);
  const ahead = (weekday - getDay(ref) + 7) % 7;
  return addDays(ref, ahead === 0 && strict ? 7 : ahead);
}

export const shiftDays = (ref: Date, days: number): string => dayValue(addDays(ref, days));
export const shiftMonths = (ref: Date, months: number): Date => addMonths(ref, months);
