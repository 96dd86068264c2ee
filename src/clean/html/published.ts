// Publication date of an HTML page from its markup: JSON-LD datePublished,
// then publication meta tags, then microdata and <time> elements. Only the
// calendar date is kept (YYYY-MM-DD), as the page states it, without shifting
// time zones, so the result never depends on the machine running it.

import { allElements } from './dom.js';

/** Publication meta tags (name, property or itemprop, lower-cased), in order of trust. */
const META_NAMES = [
  'article:published_time',
  'og:published_time',
  'publish-date',
  'publish_date',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article:published',
  'datepublished',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The calendar date a date string names, or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(v);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(v);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // "Wed, 20 Nov 2019 11:27:00 GMT", "20 November 2019"
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(v);
  if (m && monthOf(m[2]!)) return iso(+m[3]!, monthOf(m[2]!), +m[1]!);
  // "Fri Mar 13 21:30:09 EST 2015" (JavaScript and Java date strings)
  m = /\b([A-Za-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5})?\s+(\d{4})\b/.exec(v);
  if (m && monthOf(m[1]!)) return iso(+m[3]!, monthOf(m[1]!), +m[2]!);
  // "November 20, 2019"
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  if (m && monthOf(m[1]!)) return iso(+m[3]!, monthOf(m[1]!), +m[2]!);
  return null;
}

/** "/2019/11/18/", "/2019-11-18/": the date in a page's address, as its publisher's calendar has it. */
const URL_DATE = /\/(\d{4})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/;

/** A clock time in UTC, or with no zone: "2019-11-20T01:53:14Z", "2019-11-20T01:53:14.418". */
const UTC_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)?$/;

/** The page's address as its Open Graph tag gives it (link tags are pruned before the page is parsed). */
function pageAddress(document: Document): string | null {
  for (const meta of Array.from(document.getElementsByTagName('meta')))
    if ((meta.getAttribute('property') ?? meta.getAttribute('name')) === 'og:url') return meta.getAttribute('content');
  return null;
}

/**
 * A UTC time stamp can fall on the next day of the publisher's own calendar (an evening story in the Americas):
 * when the page's address dates the story the day before, the address's date is the story's.
 */
function localDate(stamp: string, date: string, document: Document): string {
  if (!UTC_STAMP.test(stamp.trim())) return date;
  const m = URL_DATE.exec(pageAddress(document) ?? '');
  const inAddress = m ? iso(+m[1]!, +m[2]!, +m[3]!) : null;
  if (!inAddress) return date;
  const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return inAddress === dayBefore ? inAddress : date;
}

export function findPublishedDate(document: Document, jsonLdDate: string | null): string | null {
  const fromJsonLd = toIsoDate(jsonLdDate);
  if (fromJsonLd && jsonLdDate) return localDate(jsonLdDate, fromJsonLd, document);
  // One pass over the meta tags, then the named ones in order of trust.
  const metas = new Map<string, string>();
  for (const meta of Array.from(document.getElementsByTagName('meta'))) {
    const name = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = meta.getAttribute('content');
    if (name && content && !metas.has(name)) metas.set(name, content);
  }
  for (const name of META_NAMES) {
    const stamp = metas.get(name);
    const date = toIsoDate(stamp);
    if (date && stamp) return localDate(stamp, date, document);
  }
  // Other publication meta tags, named in many ways: "article:publicationdate", "pub_date", "date_published".
  for (const [name, content] of metas) {
    if (!/publi|pub[-_.]?date|created/.test(name) || !/date|time/.test(name)) continue;
    const date = toIsoDate(content);
    if (date) return date;
  }
  // Microdata and <time> elements, in page order (a walk: one selector query costs more on linkedom).
  const root = document.documentElement;
  if (!root) return null;
  for (const el of allElements(root)) {
    const stamped =
      el.getAttribute('itemprop') === 'datePublished' ||
      (el.tagName === 'TIME' && (el.hasAttribute('datetime') || el.hasAttribute('pubdate')));
    if (!stamped) continue;
    const date = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (date) return date;
  }
  // A date the page shows on its own by the byline ("<span>18 NOV 2019</span>"): the first element, before the
  // article's paragraphs, whose whole text is a date with its year
  for (const el of allElements(root)) {
    if (el.tagName === 'P') break;
    if (el.firstElementChild) continue;
    const shown = (el.textContent ?? '').trim();
    if (shown.length < 8 || shown.length > 32 || !SHOWN_DATE.test(shown)) continue;
    const date = toIsoDate(shown);
    if (date) return date;
  }
  return null;
}

/** A date as a page shows it: "18 NOV 2019", "November 18, 2019", "Nov. 18, 2019 8:19 PM". */
const SHOWN_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:\s*(?:,|at)?\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;
