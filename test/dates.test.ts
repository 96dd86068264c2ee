import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DateMention, Document } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';
import { loadFile } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const read = (rel: string): string => readFileSync(`${SHARED}${rel}`, 'utf8');

/** The value found for the mention written exactly as `text` (the first one). */
function dateValue(dates: DateMention[], text: string): string | null | undefined {
  const d = dates.find((x) => x.text === text);
  if (!d) throw new Error(`no date "${text}" among ${JSON.stringify(dates.map((x) => x.text))}`);
  return d.value;
}

// Reuters articles after cleaning and segmenting, as the extractors see them.
let reuters: Document[] = [];
const reutersWith = (needle: string): Document => {
  const doc = reuters.find((d) => d.text.includes(needle));
  if (!doc) throw new Error(`no Reuters article with "${needle}"`);
  return doc;
};

beforeAll(async () => {
  const pipeline = loadPipeline('newswire');
  pipeline.stages = pipeline.stages.filter((s) => s.stage === 'clean' || s.stage === 'segment');
  const results = await loadFile(`${SHARED}corpus/reuters21578/reut2-000.sgm`);
  reuters = results.flatMap((r) => ('article' in r ? [runArticle(r.article, pipeline)] : []));
});

describe('dates: absolute', () => {
  it('reads a date header and "On October 26" in a 2020 press release', () => {
    const text = read('seeds/000_93e496899d83eed0.txt');
    const dates = findDates(text, '2020-10-26');
    expect(dateValue(dates, '2020-10-26')).toBe('2020-10-26');
    expect(dateValue(dates, 'October 26')).toBe('2020-10-26');
    const d = dates.find((x) => x.text === 'October 26')!;
    expect(text.slice(d.start, d.end)).toBe('October 26');
    expect(d.relative).toBe(true);
  });

  it('reads the "3.8.18" update stamp in US order and a wire dateline with its year', () => {
    const dates = findDates(read('seeds/003_bac13eed3052a0ca.txt'), '2018-03-08');
    expect(dateValue(dates, '3.8.18')).toBe('2018-03-08');
    const dateline = findDates(read('corpus/dev/docs/b04.txt'), '2012-09-27');
    expect(dateValue(dateline, 'Sept. 27, 2012')).toBe('2012-09-27');
    expect(dateline.find((d) => d.text === 'Sept. 27, 2012')!.relative).toBe(false);
  });

  it('reads "June 17, 2024" and the year-less dateline "June 17" of a Xinhua story', () => {
    const dates = findDates(read('corpus/dev/docs/a05.txt'), '2024-06-18');
    expect(dateValue(dates, 'June 17, 2024')).toBe('2024-06-17');
    expect(dateValue(dates, 'June 17')).toBe('2024-06-17');
  });

  it('takes the year of Reuters copy from publication and keeps month-only dates in its past', () => {
    const doc = reutersWith('Arrivals for the week ended February 22');
    const dates = findDates(doc.text, doc.published);
    expect(doc.published).toBe('1987-02-26');
    expect(dateValue(dates, 'Feb 26')).toBe('1987-02-26');
    expect(dateValue(dates, 'February 22')).toBe('1987-02-22');
    // "the period to February 28 are expected to be published": ahead, by the words after it.
    expect(dateValue(dates, 'February 28')).toBe('1987-02-28');
    // "early January" in a February article is this January, not next.
    expect(dateValue(dates, 'early January')).toBe('1987-01');
  });

  it('puts "December last year" and a bare "December" before a February publication', () => {
    const doc = reutersWith('4.04 pct in December last year');
    expect(dateValue(findDates(doc.text, doc.published), 'December last year')).toBe('1986-12');
    const other = reutersWith('billion dlrs in December and compared with');
    expect(dateValue(findDates(other.text, other.published), 'December')).toBe('1986-12');
  });
});

describe('dates: relative to publication', () => {
  it('resolves "on Wednesday" to the Wednesday before a Thursday publication', () => {
    const dates = findDates(read('seeds/003_bac13eed3052a0ca.txt'), '2018-03-08');
    expect(dateValue(dates, 'Wednesday')).toBe('2018-03-07');
  });

  it('resolves "on Monday signed" in a story dated Tuesday 2024-06-18 to 2024-06-17', () => {
    expect(dateValue(findDates(read('corpus/dev/docs/a05.txt'), '2024-06-18'), 'Monday')).toBe('2024-06-17');
  });

  it('resolves "yesterday" and "today" against the Reuters date', () => {
    const doc = reutersWith('Oil industry sources said yesterday several Gulf Arab');
    expect(doc.published).toBe('1987-03-01');
    expect(dateValue(findDates(doc.text, doc.published), 'yesterday')).toBe('1987-02-28');
    const today = reutersWith('Whittaker today reported first quarter');
    expect(dateValue(findDates(today.text, today.published), 'today')).toBe(today.published);
  });

  it('goes into the future only when the text says so (will, payable, record, scheduled)', () => {
    const signed = reutersWith('will be signed on March 20');
    expect(signed.published).toBe('1987-02-26');
    expect(dateValue(findDates(signed.text, signed.published), 'March 20')).toBe('1987-03-20');
    const dividend = reutersWith('Dividend payable April 15 to holders or record March 13');
    const dd = findDates(dividend.text, dividend.published);
    expect(dateValue(dd, 'April 15')).toBe('1987-04-15');
    expect(dateValue(dd, 'March 13')).toBe('1987-03-13');
    const friday = reutersWith('scheduled to be released on Friday');
    // Published Thursday 1987-02-26: the Friday ahead, not the one before.
    expect(dateValue(findDates(friday.text, friday.published), 'Friday')).toBe('1987-02-27');
  });

  it('resolves periods: last month, earlier this year, next week, a year ago', () => {
    const text = read('seeds/003_bac13eed3052a0ca.txt');
    const cut = `${text}\nSales rose last month and earlier this year; talks resume next week, a year ago they stalled.`;
    const dates = findDates(cut, '2018-03-08');
    expect(dateValue(dates, 'last month')).toBe('2018-02');
    expect(dateValue(dates, 'earlier this year')).toBe('2018');
    expect(dateValue(dates, 'next week')).toBe('2018-03');
    expect(dateValue(dates, 'a year ago')).toBe('2017');
  });

  it('gives relative dates no value when the publication date is unknown', () => {
    // The BBC story has no date: "until Monday" and "yesterday" stay unresolved but are kept.
    const b07 = findDates(read('corpus/dev/docs/b07.txt'), null);
    expect(dateValue(b07, 'Monday')).toBeNull();
    const b05 = findDates(read('corpus/dev/docs/b05.txt'), null);
    expect(dateValue(b05, 'yesterday')).toBeNull();
  });
});

describe('dates: reporting periods', () => {
  it('keeps quarters, fiscal years and crop years as text with no value', () => {
    const b04 = findDates(read('corpus/dev/docs/b04.txt'), '2012-09-27');
    expect(dateValue(b04, 'fourth quarter')).toBeNull();
    expect(dateValue(b04, 'this year')).toBe('2012');
    const doc = reutersWith('fiscal 1986/87, ending June 30');
    const dates = findDates(doc.text, doc.published);
    expect(dateValue(dates, 'fiscal 1986/87')).toBeNull();
    const q3 = reutersWith('Cenergy Corp reported fourth quarter net income');
    expect(dateValue(findDates(q3.text, q3.published), 'fourth quarter')).toBeNull();
  });

  it('finds dates in every Reuters article of the first file with spans that match their text', () => {
    let count = 0;
    for (const doc of reuters) {
      for (const d of findDates(doc.text, doc.published)) {
        expect(doc.text.slice(d.start, d.end)).toBe(d.text);
        if (d.value) expect(d.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        count++;
      }
    }
    expect(count).toBeGreaterThan(3000);
  });
});
