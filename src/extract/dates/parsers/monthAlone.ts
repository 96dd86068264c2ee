// "in October", "since January", "last March", "early December": a month named
// without day or year, placed in the publication year (or the one before).
import { FULL_MONTH_RE, monthNumber, monthValue } from '../calendar.js';
import { yearForMonthDay } from '../resolve.js';
import { futureSense } from '../tense.js';
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

// The lead word keeps "May" the month apart from "may" the verb and names like "April Smith".
const RE = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Ff]or|[Tt]o|[Aa]nd|[Oo]r|[Bb]etween|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd|[Ee]nd of)[-\\s]+((?:(?:last|next|this|early|mid|late)[-\\s]+)?(${FULL_MONTH_RE})(?![A-Za-z])(?!\\s*\\d)(?:(?:\\s+of)?\\s+(last|this|next)\\s+year\\b)?)`,
  'g',
);

const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

export const parseMonthAlone: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const month = monthNumber(m[2]!);
    const lead = m[0].toLowerCase();
    if (ctx.refYear == null) return { start, end, value: null, relative: true };
    let year: number | null;
    if (m[3]) year = ctx.refYear + (OFFSET[m[3].toLowerCase()] ?? 0);
    else if (/\blast\b/.test(lead)) year = month < (ctx.refMonth ?? 13) ? ctx.refYear : ctx.refYear - 1;
    else if (/\bnext\b/.test(lead)) year = month > (ctx.refMonth ?? 0) ? ctx.refYear : ctx.refYear + 1;
    else year = yearForMonthDay(ctx, month, null, () => futureSense(ctx.text, start, end));
    return { start, end, value: year == null ? null : monthValue(year, month), relative: true };
  });
