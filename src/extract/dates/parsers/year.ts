// A year on its own after a word that makes it one: "in 2020", "since 1986",
// "by 2025", "early 2021". A bare four-digit number is too often a quantity.
import { plausibleYear, yearValue } from '../calendar.js';
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

const RE =
  /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Ff]or|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Yy]ear|[Cc]alendar|[Aa]nd|[Tt]o|[Bb]etween)[-\s]+(?:the\s+)?((?:(?:early|mid|late)[-\s]+)?(\d{4}))(?![\d,.]\d|\s*(?:%|pct|percent|mln|bln|billion|million|dlrs|shares|tonnes|tons|barrels|units|employees|people)\b|[-/]\d)/g;

export const parseYear: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    const year = Number(m[2]);
    if (!plausibleYear(year)) return null;
    const end = m.index + m[0].length;
    return { start: end - m[1]!.length, end, value: yearValue(year), relative: false };
  });
