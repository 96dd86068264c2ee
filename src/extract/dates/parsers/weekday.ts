// "on Wednesday", "last Friday", "next Monday": the weekday nearest the
// publication date, before it unless the text says the day is ahead.
import { dayValue, WEEKDAY_RE, WEEKDAYS } from '../calendar.js';
import { resolveWeekday } from '../resolve.js';
import { saysFuture } from '../tense.js';
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

const RE = new RegExp(`\\b(?:(last|next|this|coming|past)\\s+)?(${WEEKDAY_RE})(?![A-Za-z])`, 'g');

export const parseWeekday: DateParser = (ctx) => {
  // Every weekday name ends in "day": three out of four articles have none, and looking for it is cheap.
  if (!ctx.text.includes('day')) return [];
  return matchAll(ctx, RE, (m) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!ctx.ref) return { start, end, value: null, relative: true };
    const lead = m[1]?.toLowerCase();
    const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const future =
      lead === 'next' || lead === 'coming' || (lead !== 'last' && lead !== 'past' && saysFuture(ctx.text, start, end));
    const strict = lead === 'last' || lead === 'next' || lead === 'past';
    return { start, end, value: dayValue(resolveWeekday(ctx.ref, weekday, future, strict)), relative: true };
  });
};
