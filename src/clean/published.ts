// The article's own publication date, as the text states it near the top: a
// date header ("date 2020-10-26", "Published: Oct 30, 2020"), a dateline with
// a year ("NEW YORK, Jan. 16, 2025 /Winslow/ --"), a line that is only a
// date or a byline with one ("Oct 30, 2020", "By Jane Roe | 29 June 2021"), a
// paragraph opening with a date and a dash, an update stamp ("3.8.18:" in US
// order). The earliest of these wins. A date inside a sentence is an event,
// never the publication date.
import { DATE_TEXT, isoDate, MONTH_NAME, monthNumber, parseDateText } from './date-text.js';
import { findDateline } from './dateline.js';
import { findReleaseDate } from './release-date.js';

export interface Published {
  value: string;
  start: number;
  end: number;
}

const LABEL = String.raw`(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|released?(?:\s+on)?|last\s+updated|first\s+published)`;
const ISO_TIME = String.raw`(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?`;
// "date 2020-10-26 On October 26, ..." : a labelled date opening a paragraph.
const HEADER = new RegExp(String.raw`^\s*${LABEL}\s*:?\s*(${DATE_TEXT})`, 'i');
// "Published 10:30 AM EDT Oct 30, 2020": a label, a little else, a date, on a short line.
const LOOSE_HEADER = new RegExp(String.raw`^\s*${LABEL}\b[^\n]{0,30}?(${DATE_TEXT})`, 'i');
// A line that is a date and little else: "Oct 30, 2020", "29 June 2021 | 2 min read".
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:${LABEL}\s*:?\s*)?(${DATE_TEXT})${ISO_TIME}(?:\s*(?:[|•·,-]|at)?\s*${CLOCK})?\s*(?:[|•·–—-].{0,40})?$`,
  'i',
);
// "By Jane Roe, Reuters | October 30, 2020", "Jane Roe | 29 June 2021": a short byline.
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y\s+[A-Z][^\n]{1,60}?\s*[|•·,–—-]|[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}\s*[|•·])\s*(${DATE_TEXT})\b.{0,40}$`,
  'u',
);
// "March 8, 2018 — Kelbrix Group today ...": a paragraph that opens with its date and a dash.
const DATE_LEAD = new RegExp(String.raw`^(${DATE_TEXT})\s*(?:--|[–—]|\s-)\s`);
// "November 2017" or "Published: Nov. 2017" alone on a line: the month is all the text says.
const MONTH_YEAR = new RegExp(String.raw`^\s*(?:${LABEL}\s*:?\s*)?(${MONTH_NAME}),?\s+(\d{4})\s*$`, 'i');
const BARE_DATE = new RegExp(String.raw`^\s*(${DATE_TEXT})\s*$`);
const STAMP = /^(\d{1,2})\.(\d{1,2})\.(\d{2}):/;
// A line ending in a word that leads into a date, or in a lowercase word or a comma: the next
// line continues its sentence.
const LEADS_INTO = /\b(?:of|on|in|by|from|to|until|through|since|ended|ending|effective|between|and)\s*:?\s*$/i;
const BROKEN_OFF = /[\p{Ll},]\s*$/u;

/** Looks for the publication date in the first `paragraphs` paragraphs of the text. */
export function findPublished(text: string, paragraphs = 8): Published | null {
  const dateline = findDateline(text, paragraphs);
  let pos = 0;
  let previous = '';
  for (let i = 0; i < paragraphs && pos < text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (dateline && dateline.start < end && dateline.date)
      return { value: dateline.date, start: dateline.start, end: dateline.end };
    const line = text.slice(pos, end);
    // A line that goes on with a sentence broken over lines ("For the month of\nMarch 2024",
    // "The payment\ndate is March 30") states a period or an event, not the date; after a short
    // label in lower case ("Press information"), a line that is a date and nothing else is the date.
    const found = LEADS_INTO.test(previous)
      ? null
      : BROKEN_OFF.test(previous)
        ? previous.trim().length <= 30 && !previous.trimEnd().endsWith(',')
          ? bareDate(line)
          : null
        : fromParagraph(line);
    if (found) return { value: found.value, start: pos + found.start, end: pos + found.end };
    pos = end + 1;
    // After a single line break, a line ending in a lowercase word or a comma continues on the next.
    previous = text[pos] === '\n' ? '' : line;
    while (text[pos] === '\n') pos++;
  }
  return findReleaseDate(text);
}

/** "Oct 30, 2020" alone on its line (no label). */
function bareDate(line: string): Published | null {
  const m = line.length <= 40 ? BARE_DATE.exec(line) : null;
  const value = m && parseDateText(m[1]!);
  return m && value ? { value, start: m.index, end: m.index + m[0].length } : null;
}

/** True when the line is a date and little else ("Oct 30, 2020", "Published: 2020-10-26"). */
export function isDateLine(line: string): boolean {
  const m = line.length <= 90 ? DATE_LINE.exec(line) : null;
  return m != null && parseDateText(m[1]!) != null;
}

function fromParagraph(line: string): Published | null {
  const short = line.length <= 90;
  for (const re of [
    HEADER,
    short ? LOOSE_HEADER : null,
    short ? DATE_LINE : null,
    line.length <= 120 ? BYLINE : null,
    DATE_LEAD,
  ]) {
    const m = re?.exec(line);
    const value = m && parseDateText(m[1]!);
    if (m && value) return { value, start: m.index, end: m.index + m[0].length };
  }
  const month = MONTH_YEAR.exec(line);
  if (month && +month[2]! >= 1900 && +month[2]! <= 2100)
    return { value: `${month[2]}-${String(monthNumber(month[1]!)).padStart(2, '0')}`, start: 0, end: month[0].length };
  const stamp = STAMP.exec(line);
  const value = stamp && isoDate(2000 + +stamp[3]!, +stamp[1]!, +stamp[2]!);
  return stamp && value ? { value, start: 0, end: stamp[0].length } : null;
}

/** Normalizes a date given by the container (JSON `published`, HTML meta) to YYYY[-MM[-DD]]. */
export function normalizePublished(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (m) return m[3] ? isoDate(+m[1]!, +m[2]!, +m[3]!) : m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return parseDateText(s);
}
