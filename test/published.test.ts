// The release's own date, from invented releases: one case per shape of dateline
// or date header, and the event dates and periods that must never be taken.
import { describe, expect, it } from 'vitest';
import { findPublished } from '../src/clean/published.js';
import { findReleaseDate } from '../src/clean/release-date.js';

const published = (text: string): string | null => findPublished(text)?.value ?? null;

/** Puts a dateline behind an exhibit header, a contact block and a headline, flattened onto one line or not. */
function buried(dateline: string, flattened = false): string {
  const lines = [
    'EX-99.1 2 exhibit991.htm PRESS RELEASE',
    'Exhibit 99.1',
    '|Investor Contact:',
    '|Maren Tollefsen',
    '|(555) 010-4477',
    '|ir@quorvex.example',
    'QUORVEX AND HALDEN PARTNERS SIGN SUPPLY AGREEMENT',
    `${dateline} Quorvex Systems, Inc. (NASDAQ: QVX) today announced a multi-year supply agreement with Halden Partners.`,
    'The agreement covers three plants.',
  ];
  return lines.join(flattened ? ' ' : '\n');
}

describe('publication date: the release’s own dateline, anywhere in its first lines', () => {
  it('reads city lists with states and countries', () => {
    expect(published(buried('BRAMLEY, Ohio, and OSTERVIK, Norway, May 14, 2019 –'))).toBe('2019-05-14');
    expect(published(buried('Corvale, TX / Lindau, Germany / Marsden - 3 June 2021 —'))).toBe('2021-06-03');
    expect(published(buried('PINE HOLLOW, Minn. & KESTREL BAY, Calif. – Oct. 2, 2016 –'))).toBe('2016-10-02');
  });

  it('reads a dash, semicolon, period, comma or nothing between place and date', () => {
    expect(published(buried('TALWORTH, Ga. — March 3, 2011 —'))).toBe('2011-03-03');
    expect(published(buried('TALWORTH, Ga.; March 3, 2011 –'))).toBe('2011-03-03');
    expect(published(buried('TALWORTH, Ga. March 3, 2011 –'))).toBe('2011-03-03');
    expect(published(buried('Talworth, Georgia, March 3, 2011,'))).toBe('2011-03-03');
    expect(published(buried('Talworth GA March 3, 2011–'))).toBe('2011-03-03');
  });

  it('reads ordinal days, abbreviated months with or without a period, and day-month-year', () => {
    expect(published(buried('ELMSTEAD, Mass. – September 6th, 2018 –'))).toBe('2018-09-06');
    expect(published(buried('ELMSTEAD, Mass. – Sept. 6, 2018 –'))).toBe('2018-09-06');
    expect(published(buried('ELMSTEAD, Mass. – Sept 6 2018 –'))).toBe('2018-09-06');
    expect(published(buried('Rotterdam, the Netherlands – 6 March 2024 –'))).toBe('2024-03-06');
    expect(published(buried('Rotterdam, Netherlands, 21st of January, 2020 –'))).toBe('2020-01-21');
  });

  it('reads a date in parentheses after the place, and a date before the place', () => {
    expect(published(buried('Brackenridge, Colo. (July 9, 2007) –'))).toBe('2007-07-09');
    expect(published(buried('HARWICH, KENT – (February 27, 2015) –'))).toBe('2015-02-27');
    expect(published(buried('August 30, 2012 (Marlow, Oklahoma) —'))).toBe('2012-08-30');
    expect(published(buried('April 4, 2016, Fenwick, Ontario —'))).toBe('2016-04-04');
  });

  it('reads a wire tag between place and date or after it, and a time after the date', () => {
    expect(published(buried('OAKRIDGE, Tenn.--(BUSINESS WIRE)--Nov. 12, 2014--'))).toBe('2014-11-12');
    expect(published(buried('Lyndon, KY / ACCESSWIRE / January 15, 2022 /'))).toBe('2022-01-15');
    expect(published(buried('FERNDALE, Wash., Feb. 9, 2023 (GLOBE NEWSWIRE) --'))).toBe('2023-02-09');
    expect(published(buried('HALIFAX, Nova Scotia, June 1, 2020 /CNW/ -'))).toBe('2020-06-01');
    expect(published(buried('TORONTO, March 5, 2024 8:00 AM ET'))).toBe('2024-03-05');
  });

  it('reads a dateline with a period, a wire name in parentheses or the body’s first name after the date', () => {
    expect(published(buried('KESTREL BAY, Calif., July 8, 2015.'))).toBe('2015-07-08');
    expect(published(buried('OSTERVIK, Norway, July 8, 2015 (Nordwire) -'))).toBe('2015-07-08');
    const noToday =
      'Exhibit 99.1\nQUORVEX FILES CLAIM\nHaifa, Israel, July 8, 2015, Quorvex Ltd. (NASDAQ: QVX) has filed a claim against a supplier.';
    expect(published(noToday)).toBe('2015-07-08');
    expect(published('Exhibit 99.1 Quorvex AG\nZug, 08.07.2015 – Quorvex AG (SIX: QVX) today reported')).toBe(
      '2015-07-08',
    );
  });

  it('reads a dateline whose date an ellipsis ends, and a date alone under a lowercase label', () => {
    expect(published(buried('KESTREL BAY, MAINE, June 9, 2001...'))).toBe('2001-06-09');
    expect(published('News release\nJune 9, 2001\nQuorvex outlines its plans\nQuorvex today set out its plans.')).toBe(
      '2001-06-09',
    );
    // a sentence broken over lines still leads into its event date
    expect(published('Quorvex said the dividend is payable to holders on the record\nJune 9, 2001\nMore text.')).toBe(
      null,
    );
  });

  it('reads a date that opens the release with a dash, behind a lowercase headline or an exhibit number', () => {
    expect(
      published('Exhibit 99.1\nQuorvex signs a supply deal with a partner\nMarch 5, 2024 – Quorvex today said'),
    ).toBe('2024-03-05');
    expect(published('EX-99.1 Exhibit 99.1 March 5, 2024 – Quorvex Systems, Inc. today announced a deal.')).toBe(
      '2024-03-05',
    );
  });

  it('finds the dateline deep in a release flattened onto one line', () => {
    const text = buried('NORTH ASHBY and WELLFORD, N.C., April 2, 2003 -', true);
    const found = findPublished(text);
    expect(found?.value).toBe('2003-04-02');
    expect(text.slice(found!.start, found!.end)).toBe('April 2, 2003');
  });

  it('reads "For Immediate Release:", "FOR RELEASE", "Date:" and ISO date lines', () => {
    expect(
      published('Exhibit 99.1\n|For Immediate Release: March 17, 2009\nQuorvex Names New Chief Financial Officer'),
    ).toBe('2009-03-17');
    expect(published('EXHIBIT 99 FOR RELEASE 4:05 p.m. EDT, Aug. 20, 2013 Quorvex Reports Board Changes')).toBe(
      '2013-08-20',
    );
    expect(published('Exhibit 99.1\n|Contact: Maren Tollefsen\n|Date: 11 November 2010\nQuorvex Expands Plant')).toBe(
      '2010-11-11',
    );
    expect(published('EX-99.1 NEWS RELEASE DATED 4/22/09 Quorvex Completes Sale of Unit')).toBe('2009-04-22');
    expect(published('Exhibit 99.1\n|Media contact\n|2017-05-30\nQuorvex opens plant in Rotterdam')).toBe('2017-05-30');
    expect(published('Exhibit 99.1\n|Contact: Maren Tollefsen\n|October 3, 2018\n|NYSE: QVX\nQuorvex Expands')).toBe(
      '2018-10-03',
    );
  });

  it('takes the first of two datelines, and the dateline over a 6-K signature date', () => {
    expect(published(buried('DENHAM, Calif. – May 3, 2012 and VEVEY, Switzerland, May 4, 2012 –', true))).toBe(
      '2012-05-03',
    );
    const sixK =
      'FORM 6-K REPORT OF FOREIGN PRIVATE ISSUER For the month of May 2022 Commission File Number 001-55555 QUORVEX LTD. SIGNATURES QUORVEX LTD. Date: May 18, 2022 By: /s/ Maren Tollefsen Exhibit 99.1 Haifa, Israel, May 17, 2022 – Quorvex Ltd. (NASDAQ: QVX) today announced a contract.';
    expect(published(sixK)).toBe('2022-05-17');
  });
});

describe('publication date: never an event date, a period or a forward-looking date', () => {
  it('ignores dates that a sentence or an event word leads into', () => {
    for (const text of [
      'Quorvex Reports Results for the Fiscal Year Ended June 30, 2019\nRevenue rose 4% in the year.',
      'Quorvex Systems said net sales for the quarter ended March 31, 2020 rose 12%.\nMore text.',
      'The merger is expected to close by December 15, 2021, subject to approvals.\nMore text.',
      'The company will hold its annual meeting on or about May 20, 2022 in Corvale.\nMore text.',
      'Quorvex Will Host a Conference Call on February 8, 2024\nAll are welcome.',
      'Quorvex expects the new plant to open in Talworth, Georgia, September 2025, the company said.',
      'The agreement dated March 2, 2018 was amended.\nMore text.',
      'Dividend Record Date: June 1, 2021\nQuorvex declares a dividend.',
      'The notes carry a coupon of 7 pct. The payment\ndate is March 30, 2019.\nThe notes are listed in Oslo.',
      'The board approved a two-for-one stock split paid\nJune 20, 2016\nQuorvex',
      'Quarterly dividend 12 cts\n  Pay  Aug 14, 2017\n  Record July 31, 2017',
      'Bonds maturing\nApril 25, 2024. The issue was priced at par.',
    ])
      expect([text, published(text)]).toEqual([text, null]);
  });

  it('does not read a 6-K cover’s report month as the release date', () => {
    expect(
      published('FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\nFor the month of\nApril 2023\nQuorvex Ltd.'),
    ).toBeNull();
    expect(published('FORM 6-K REPORT OF FOREIGN PRIVATE ISSUER For the month of April 2023 Quorvex Ltd.')).toBeNull();
  });

  it('keeps the event date out even when the dateline has none', () => {
    const text =
      'Exhibit 99.1\nQUORVEX COMPLETES SALE\nHALDEN, Mass. – Quorvex Systems today announced that it completed the sale of its unit on January 30, 2017 for $12 million.';
    expect(findReleaseDate(text)).toBeNull();
  });
});
