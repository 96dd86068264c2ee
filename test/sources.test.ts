// Where press releases come from: EDGAR full submission files and exhibits, RSS and
// Atom feeds. Real files from fixtures/ (see each SOURCE.md) through the loader and
// the whole pipeline; small invented inputs for the edge cases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAsideExhibitPreamble } from '../src/clean/html/exhibit.js';
import { cleanHtml } from '../src/clean/html.js';
import { lostText } from '../src/clean/index.js';
import type { RawArticle } from '../src/document.js';
import { toRecord } from '../src/emit/record.js';
import { decode } from '../src/load/decode.js';
import { partKind, readEdgarHeader } from '../src/load/edgar.js';
import { feedDate } from '../src/load/feed.js';
import { detectFormat, loadFile, type ReadResult, readContent } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';
import { recordSchema } from '../src/schema/record.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const articles = (rs: ReadResult[]): RawArticle[] => rs.flatMap((r) => ('article' in r ? [r.article] : []));
const skipped = (rs: ReadResult[]) => rs.flatMap((r) => ('skipped' in r ? [r.skipped] : []));
const record = (a: RawArticle) => recordSchema.parse(toRecord(runArticle(a, loadPipeline('news'))));

describe('EDGAR full submission files', () => {
  const file = path.join(FIXTURES, 'edgar-8k-submission/input.txt');
  const results = readContent(decode(readFileSync(file)).text, file);

  it('are told by content under .txt, and by .nc', () => {
    const text = readFileSync(file, 'utf8');
    expect(detectFormat(file, text)).toBe('edgar');
    expect(detectFormat('filing.nc', text)).toBe('edgar');
    expect(detectFormat('notes.txt', 'Quarterly notes\n\nSales rose.')).toBe('text');
  });

  it('give the press-release exhibits as articles and skip the form and the graphic, each named', () => {
    const found = articles(results);
    expect(found.map((a) => a.source.id)).toEqual(['0000092122-07-000008#3', '0000092122-07-000008#4']);
    expect(found.map((a) => a.format)).toEqual(['html', 'text']);
    expect(skipped(results).map((s) => [s.index, s.reason])).toEqual([
      [0, 'EDGAR 8-K (form8kearnings8k.htm) skipped: the form itself'],
      [1, 'EDGAR GRAPHIC (img1.gif) skipped: graphic'],
    ]);
    expect(results.some((r) => 'error' in r)).toBe(false);
    // Nothing of the envelope, the form or the uuencoded graphic reaches an article.
    for (const a of found) expect(a.content).not.toMatch(/<SEC-HEADER>|<DOCUMENT>|begin 644|SECURITIES AND EXCHANGE/);
  });

  it('give Exhibit 99.01 as a record with its headline, date, issuer and the filing facts', () => {
    const r = record(articles(results)[0]!);
    expect(r.headline).toBe('2006 Southern Company earnings bolstered by strong economy, customer growth');
    expect(r.published).toBe('2007-01-25');
    expect(r.organizations.map((o) => o.name)).toContain('Southern Company');
    // The headline opens the text; the contact block follows it, then the release.
    expect(r.text).toMatch(
      /^2006 Southern Company earnings bolstered by strong economy, customer growth\n\nMedia Contact:/,
    );
    expect(r.text).toContain('ATLANTA – Citing continued economic strength');
    expect(r.text).not.toMatch(/Exhibit 99\.01|TYPE|FILENAME/);
    expect(r.filing).toEqual({
      accession: '0000092122-07-000008',
      form: '8-K',
      filed: '2007-01-25',
      filers: [
        { name: 'SOUTHERN CO', cik: '0000092122' },
        { name: 'SOUTHERN POWER CO', cik: '0001160661' },
        { name: 'MISSISSIPPI POWER CO', cik: '0000066904' },
        { name: 'GULF POWER CO', cik: '0000044545' },
        { name: 'GEORGIA POWER CO', cik: '0000041091' },
        { name: 'ALABAMA POWER CO', cik: '0000003153' },
      ],
      exhibit: { type: 'EX-99.01', sequence: '3', filename: 'x9901.htm', description: null },
    });
  });

  it('drop the layout marks of plain-text exhibits', () => {
    const table = articles(results)[1]!;
    expect(table.content).not.toMatch(/<TABLE>|<CAPTION>|<S>|<C>/);
    expect(table.content).toContain('Net Income - As Reported');
  });

  it('type each part: EX-99 releases, a 6-K’s exhibits, never XBRL, graphics, archives or the form', () => {
    expect(partKind('EX-99.1', 'd12345dex991.htm', '8-K', 2)).toBe('release');
    expect(partKind('EX-99.(A)(1)', 'ex99a1.txt', 'SC TO-T', 3)).toBe('release');
    expect(partKind('EX-99.1', 'slides.pdf', '8-K', 3)).toBe('skip');
    expect(partKind('EX-101.INS', 'abc-20240101.xml', '8-K', 5)).toBe('skip');
    expect(partKind('GRAPHIC', 'logo.jpg', '8-K', 4)).toBe('skip');
    expect(partKind('ZIP', 'files.zip', '8-K', 6)).toBe('skip');
    expect(partKind('8-K', 'form8k.htm', '8-K', 1)).toBe('skip');
    expect(partKind('EX-10.1', 'agreement.htm', '8-K', 2)).toBe('skip');
    expect(partKind('6-K', 'cover.htm', '6-K', 1)).toBe('skip');
    expect(partKind('EX-1', 'release.htm', '6-K', 2)).toBe('release');
    expect(partKind('6-K', 'release.htm', '6-K', 2)).toBe('release');
  });

  it('read the filers of a header with a subject company and a filer', () => {
    const header = [
      '<SEC-HEADER>0009999999-24-000001.hdr.sgml : 20240305',
      'ACCESSION NUMBER:\t\t0009999999-24-000001',
      'CONFORMED SUBMISSION TYPE:\tSC 13D',
      'FILED AS OF DATE:\t\t20240305',
      'SUBJECT COMPANY:\t',
      '\tCOMPANY DATA:\t',
      '\t\tCOMPANY CONFORMED NAME:\t\t\tHARBOR LANE FOODS INC',
      '\t\tCENTRAL INDEX KEY:\t\t\t0001234567',
      'FILED BY:\t',
      '\tCOMPANY DATA:\t',
      '\t\tCOMPANY CONFORMED NAME:\t\t\tQUILL ROCK CAPITAL LP',
      '\t\tCENTRAL INDEX KEY:\t\t\t0007654321',
      '</SEC-HEADER>',
    ].join('\n');
    expect(readEdgarHeader(header)).toEqual({
      accession: '0009999999-24-000001',
      form: 'SC 13D',
      filed: '2024-03-05',
      filers: [
        { name: 'HARBOR LANE FOODS INC', cik: '0001234567' },
        { name: 'QUILL ROCK CAPITAL LP', cik: '0007654321' },
      ],
    });
  });

  it('warn about a header-only submission, which holds no article', () => {
    const rs = readContent(
      '<SEC-HEADER>0009999999-24-000002.hdr.sgml : 20240306\nACCESSION NUMBER:\t\t0009999999-24-000002\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n',
      'header.nc',
    );
    expect(rs).toEqual([
      {
        skipped: {
          path: 'header.nc',
          warning: true,
          reason: 'EDGAR 8-K 0009999999-24-000002 has no <DOCUMENT> (header only): no article read',
        },
      },
    ]);
  });
});

describe('EDGAR exhibit files', () => {
  it('keep the whole release of a table-and-paragraph exhibit, with its headline, date and issuer', async () => {
    const file = path.join(FIXTURES, 'edgar-ex99-htm/input.htm');
    const [r] = (await loadFile(file)).map((x) => ('article' in x ? record(x.article) : null));
    expect(r?.headline).toBe('2006 Southern Company earnings bolstered by strong economy, customer growth');
    expect(r?.published).toBe('2007-01-25');
    expect(r?.organizations.map((o) => o.name)).toContain('Southern Company');
    // The whole body: the first paragraph, the quote, the boilerplate and the contacts (one block), moved after the headline.
    expect(r?.text).toContain('Southern Company today reported full-year 2006 earnings of $1.57 billion');
    expect(r?.text).toContain('Our ability to effectively manage costs');
    expect(r?.text).toContain('American Customer Satisfaction Index (ACSI)');
    expect(r?.text).toContain('Media Contact:\nTerri Cohilas\n404-506-5333');
    expect(r?.filing).toBeUndefined();
  });

  it('take the headline from the text when the page title names a file ("Document", "ex99-1.htm")', () => {
    for (const title of ['Document', 'ex99-1.htm', 'EX-99.1', 'Exhibit 99.1', 'exhibit991', 'EX-99.1 Press Release']) {
      const html = `<html><head><title>${title}</title></head><body><div style="font-family:Times"><p style="text-align:right">Exhibit 99.1</p><p style="text-align:center"><b>Harbor Lane Foods Reports Record Fourth Quarter</b></p><p>FRESNO, Calif., Feb. 6, 2024 -- Harbor Lane Foods Inc. (NYSE: HLF) today reported record fourth-quarter sales of $412 million, up 9% from a year earlier.</p></div></body></html>`;
      const r = record({
        source: { path: 'ex.htm', index: 0, id: null, url: null },
        format: 'html',
        content: html,
        meta: {},
      });
      expect([title, r.headline, r.published]).toEqual([
        title,
        'Harbor Lane Foods Reports Record Fourth Quarter',
        '2024-02-06',
      ]);
    }
  });

  it('keep a table layout that Readability would cut', () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) =>
        `<tr><td><font size=2>Row ${i + 1} of the release: Harbor Lane Foods said its plant in Fresno ran at full capacity for the quarter, and orders from grocers rose again.</font></td></tr>`,
    ).join('');
    const html = `<html><body><table><tr><td><font size=2>Exhibit 99.1</font></td></tr></table><p align=center><b>Harbor Lane Foods reports record quarter</b></p><table>${rows}</table></body></html>`;
    const out = cleanHtml(html);
    for (let i = 1; i <= 6; i++) expect(out.text).toContain(`Row ${i} of the release`);
  });

  it('set labels aside, keep the date line on top and put the contact block after the headline', () => {
    const text = [
      'Exhibit 99.1',
      '|',
      'News Release',
      'Contact:',
      'Dana Whitlock',
      'Vice President, Investor Relations',
      '(555) 201-7788',
      'Harbor Lane Foods to Acquire Quill Orchards in a Deal Valued at',
      '$85 Million',
      'FRESNO, Calif., March 4, 2024 -- Harbor Lane Foods Inc. said today it agreed to buy Quill Orchards LLC.',
    ].join('\n');
    expect(setAsideExhibitPreamble(text)).toBe(
      [
        'Harbor Lane Foods to Acquire Quill Orchards in a Deal Valued at $85 Million',
        'Contact:',
        'Dana Whitlock',
        'Vice President, Investor Relations',
        '(555) 201-7788',
        'FRESNO, Calif., March 4, 2024 -- Harbor Lane Foods Inc. said today it agreed to buy Quill Orchards LLC.',
      ].join('\n'),
    );
    // A text without a preamble is left as it is.
    const plain = 'Harbor Lane Foods posts results\n\nFRESNO, Calif. -- Sales rose 4% in the quarter.';
    expect(setAsideExhibitPreamble(plain)).toBe(plain);
  });

  it('split a release flattened onto one line at its headline and dateline', () => {
    const body =
      'FRESNO, Calif., March 4, 2024 /PRNewswire/ -- Harbor Lane Foods Inc. (NYSE: HLF) said today it agreed to acquire Quill Orchards LLC, a grower of almonds and pistachios in the Central Valley, for $85 million in cash. The purchase gives Harbor Lane its own supply of nuts for its snack lines and is expected to close in the second quarter.';
    const flat = `EX-99.1 2 d98765dex991.htm PRESS RELEASE Exhibit 99.1 Media Contact: Dana Whitlock (555) 201-7788 dana@harborlane.example Harbor Lane Foods to Acquire Quill Orchards ${body}`;
    const out = setAsideExhibitPreamble(flat);
    expect(out.split('\n\n')).toEqual([
      'Harbor Lane Foods to Acquire Quill Orchards',
      'Media Contact: Dana Whitlock (555) 201-7788 dana@harborlane.example.',
      body,
    ]);
    const r = record({
      source: { path: 'x.txt', index: 0, id: null, url: null },
      format: 'text',
      content: flat,
      meta: {},
    });
    expect(r.headline).toBe('Harbor Lane Foods to Acquire Quill Orchards');
    expect(r.published).toBe('2024-03-04');
  });
});

describe('feeds', () => {
  it('give each RSS 2.0 item as a record: title, date, link, guid and the description cleaned', () => {
    const file = path.join(FIXTURES, 'feed-rss2-guardian/input.rss');
    const found = articles(readContent(readFileSync(file, 'utf8'), file));
    expect(found).toHaveLength(3);
    const records = found.map(record);
    expect(records.map((r) => r.headline)).toEqual([
      'Trump State of the Union address promised unity but emphasized discord',
      'So, how did conservatives like the State of the Union?',
      "FBI has 'grave concerns' about Trump plan to release controversial memo",
    ]);
    expect(records.map((r) => r.published)).toEqual(['2018-01-31', '2018-01-31', '2018-01-31']);
    expect(records.map((r) => r.source.url)).toEqual([
      'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
      'https://www.theguardian.com/us-news/2018/jan/31/so-how-did-conservatives-like-the-state-of-the-union',
      'https://www.theguardian.com/us-news/2018/jan/31/fbi-nunes-memo-release-donald-trump',
    ]);
    expect(records[2]?.source.id).toBe(records[2]?.source.url);
    // The escaped HTML is cleaned: no markup, no "Continue reading..." link, no image credits.
    expect(records[2]?.text).toMatch(/^In statement attributable to FBI director/);
    expect(records[2]?.text).toContain('Christopher Wray');
    for (const r of records) expect(r.text).not.toMatch(/<p>|&lt;|Continue reading|Photograph:/);
    expect(records[2]?.people.map((p) => p.name)).toContain('Paul Ryan');
  });

  it('give each Atom entry as a record, its date in its own offset and its relative link resolved', () => {
    const file = path.join(FIXTURES, 'feed-atom-github/input.atom');
    expect(detectFormat(file, readFileSync(file, 'utf8'))).toBe('feed');
    const found = articles(readContent(readFileSync(file, 'utf8'), file));
    expect(found.map((a) => [a.meta.headline, a.meta.published, a.source.url, a.source.id])).toEqual([
      [
        'v3.8.10',
        '2014-11-04',
        'https://github.com/gulpjs/gulp/releases/tag/v3.8.10',
        'tag:github.com,2008:Repository/11167738/v3.8.10',
      ],
      [
        'v3.8.9',
        '2014-10-22',
        'https://github.com/gulpjs/gulp/releases/tag/v3.8.9',
        'tag:github.com,2008:Repository/11167738/v3.8.9',
      ],
    ]);
    expect(found.map((a) => [a.format, a.content])).toEqual([
      ['html', '<p>3.8.10</p>'],
      ['html', '<p>3.8.9</p>'],
    ]);
  });

  it('read RSS 1.0 (RDF) with dc:date and content:encoded in CDATA, and keep a title-only item with a warning', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://news.example/rss"><title>Harbor Lane newsroom</title><link>https://news.example/</link></channel>
  <item rdf:about="https://news.example/2024/harbor-lane-quill">
    <title>Harbor Lane Foods to acquire Quill Orchards</title>
    <link>https://news.example/2024/harbor-lane-quill</link>
    <dc:date>2024-03-04T23:30:00-08:00</dc:date>
    <content:encoded><![CDATA[<p>FRESNO, Calif. -- Harbor Lane Foods Inc. said it agreed to buy Quill Orchards LLC for $85 million.</p>]]></content:encoded>
  </item>
  <item rdf:about="https://news.example/2024/harbor-lane-webcast">
    <title>Harbor Lane Foods &amp;amp; partners to hold a webcast</title>
    <dc:date>2024-03-05</dc:date>
  </item>
</rdf:RDF>`;
    const rs = readContent(rdf, 'newsroom.rdf');
    expect(detectFormat('feed.xml', rdf)).toBe('feed');
    const found = articles(rs);
    expect(found.map((a) => [a.meta.headline, a.meta.published, a.source.id, a.format])).toEqual([
      [
        'Harbor Lane Foods to acquire Quill Orchards',
        '2024-03-04',
        'https://news.example/2024/harbor-lane-quill',
        'html',
      ],
      [
        'Harbor Lane Foods & partners to hold a webcast',
        '2024-03-05',
        'https://news.example/2024/harbor-lane-webcast',
        'text',
      ],
    ]);
    expect(found[0]?.content).toBe(
      '<p>FRESNO, Calif. -- Harbor Lane Foods Inc. said it agreed to buy Quill Orchards LLC for $85 million.</p>',
    );
    expect(skipped(rs)).toEqual([
      {
        path: 'newsroom.rdf',
        index: 1,
        warning: true,
        reason: 'feed item has no body: its record holds the title only',
      },
    ]);
    expect(record(found[1]!).text).toBe('Harbor Lane Foods & partners to hold a webcast');
  });

  it('turn RFC 822 and RFC 3339 dates into the calendar date of their own offset', () => {
    expect(feedDate('Wed, 31 Jan 2018 20:00:01 GMT')).toBe('2018-01-31');
    expect(feedDate('Tue, 5 Mar 2024 23:30:00 -0800')).toBe('2024-03-05');
    expect(feedDate('05 Mar 24 01:15 +0900')).toBe('2024-03-05');
    expect(feedDate('2014-11-04T01:11:30+01:00')).toBe('2014-11-04');
    expect(feedDate('2024-02-30T10:00:00Z')).toBeNull();
    expect(feedDate('2024-03')).toBe('2024-03');
    expect(feedDate('next Tuesday')).toBeNull();
  });

  it('name XML that is no feed, with a warning rather than an error', () => {
    expect(readContent('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')).toEqual([
      {
        skipped: {
          path: 'books.xml',
          warning: true,
          reason: 'XML that is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root): not read',
        },
      },
    ]);
  });
});

describe('never an empty record in silence', () => {
  it('names an empty text and a sliver of a large input', () => {
    expect(lostText('', 100)).toBe('no article text left after cleaning');
    expect(lostText('Harbor Lane', 50_000)).toBe(
      "cleaning kept 11 characters of 50000 (under 1%): the article's text was lost",
    );
    expect(lostText('Harbor Lane Foods said sales rose.', 2_000)).toBeNull();
  });
});
