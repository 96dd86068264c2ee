// dates: every date the text mentions, with its calendar value. Parsers propose
// (one pattern each), refiners decide; relative dates resolve against the
// publication date and never land after it unless the text says so.
import type { DateMention, Document } from '../../document.js';
import { makeDay } from './calendar.js';
import { parseDayMonth } from './parsers/dayMonth.js';
import { parseFiscal } from './parsers/fiscal.js';
import { parseMonthAlone } from './parsers/monthAlone.js';
import { parseMonthDay } from './parsers/monthDay.js';
import { parseMonthYear } from './parsers/monthYear.js';
import { parseIso, parseStamp } from './parsers/numeric.js';
import { parseRelativeDay } from './parsers/relativeDay.js';
import { parseRelativePeriod } from './parsers/relativePeriod.js';
import { parseWeekday } from './parsers/weekday.js';
import { parseYear } from './parsers/year.js';
import { dropInsideWords } from './refiners/dropInsideWords.js';
import { dropOverlaps } from './refiners/dropOverlaps.js';
import type { DateContext, DateParser, DateRefiner } from './types.js';

/** Ordered: on equal length, an earlier parser wins an overlap. */
export const PARSERS: DateParser[] = [
  parseIso,
  parseMonthDay,
  parseDayMonth,
  parseStamp,
  parseMonthYear,
  parseFiscal,
  parseMonthAlone,
  parseWeekday,
  parseRelativeDay,
  parseRelativePeriod,
  parseYear,
];

export const REFINERS: DateRefiner[] = [dropInsideWords, dropOverlaps];

/** The reference calendar from `published` ("YYYY-MM-DD", "YYYY-MM", "YYYY" or null). */
export function dateContext(text: string, published: string | null): DateContext {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  const refYear = m ? Number(m[1]) : null;
  const refMonth = m?.[2] ? Number(m[2]) : null;
  const ref = m?.[3] ? makeDay(refYear!, refMonth!, Number(m[3])) : null;
  return { text, ref, refYear, refMonth };
}

export function findDates(text: string, published: string | null): DateMention[] {
  const ctx = dateContext(text, published);
  let found = PARSERS.flatMap((parse) => parse(ctx));
  for (const refine of REFINERS) found = refine(ctx, found);
  return found.map((c) => ({
    text: text.slice(c.start, c.end),
    value: c.value,
    start: c.start,
    end: c.end,
    relative: c.relative,
  }));
}

export function extractDates(doc: Document): Document {
  return { ...doc, dates: findDates(doc.text, doc.published) };
}
