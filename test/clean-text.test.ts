import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/clean/dateline.js';
import { type CleanOptions, clean } from '../src/clean/index.js';
import { findPublished } from '../src/clean/published.js';
import { dropWireSignoff, spaceGluedSentences, splitGluedWords, unwrapNewswire } from '../src/clean/repairs/index.js';
import { createDocument, type Document } from '../src/document.js';
import { decode } from '../src/load/decode.js';
import { readContent } from '../src/load/index.js';
import { defaultPipelineFor, loadPipeline } from '../src/pipeline/index.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const SEEDS = `${SHARED}seeds/`;
const DEV = `${SHARED}corpus/dev/`;

/** Every article of a file, cleaned with the options of the pipeline the CLI would pick. */
function cleanFile(file: string): Document[] {
  const pipeline = loadPipeline(defaultPipelineFor(file));
  const options = (pipeline.stages.find((s) => s.stage === 'clean')?.options ?? {}) as CleanOptions;
  return readContent(decode(readFileSync(file)).text, file).flatMap((r) =>
    'article' in r ? [clean(createDocument(r.article), options)] : [],
  );
}

/** An invented plain-text article, cleaned with the given options. */
const cleanText = (content: string, options: CleanOptions = {}): Document =>
  clean(
    createDocument({ source: { path: 'x.txt', index: 0, id: null, url: null }, format: 'text', content, meta: {} }),
    options,
  );

const seed = (prefix: string): Document => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return cleanFile(`${SEEDS}${name}`)[0]!;
};

describe('publication date', () => {
  it('reads each seed’s own date: a "date" header, a date line, an update stamp, or none', () => {
    expect(seed('000_').published).toBe('2020-10-26');
    expect(seed('001_').published).toBe('2020-10-30');
    expect(seed('002_').published).toBeNull();
    expect(seed('003_').published).toBe('2018-03-08');
    expect(seed('004_').published).toBeNull();
  });

  it('matches the gold date of every dev article', () => {
    const docs = readdirSync(`${DEV}docs`).sort();
    let right = 0;
    const wrong: string[] = [];
    for (const name of docs) {
      const gold = JSON.parse(readFileSync(`${DEV}gold/${name.replace(/\.\w+$/, '.json')}`, 'utf8')) as {
        published: string | null;
      };
      const got = cleanFile(`${DEV}docs/${name}`)[0]!.published;
      if (got === gold.published) right++;
      else wrong.push(`${name}: ${got} != ${gold.published}`);
    }
    expect(wrong).toEqual([]);
    expect(right).toBe(docs.length);
  });

  it('reads the other usual forms of a date header and dateline', () => {
    const cases: [string, string | null][] = [
      [
        'NEW YORK, NY / ACCESSWIRE / January 5, 2021 / Acme Corp (OTC: ACME) today announced a partnership.',
        '2021-01-05',
      ],
      [
        'SHANGHAI, China, Oct. 10, 2019 /PRNewswire/ -- Acme, a leading provider, announced today a deal.',
        '2019-10-10',
      ],
      ['Headline\n\nPublished 10:30 AM EDT Oct 30, 2020\n\nBody text.', '2020-10-30'],
      ['Headline\n\nBy Jane Roe, Reuters | October 30, 2020\n\nBody text.', '2020-10-30'],
      ['Headline\n\n2020-10-30T08:15:00Z\n\nBody text.', '2020-10-30'],
      [
        'Headline\n\nMarch 8, 2018 — Acme Group today announced that it has signed an agreement with Beta.',
        '2018-03-08',
      ],
      ['Headline\n\nNovember 2017\n\nBody text.', '2017-11'],
      ['Headline\n\nRecord Date - March 31, 2021\n\nBody.', null],
      ['LONDON (Reuters) - Acme Corp agreed on Tuesday to buy a rival for 3 billion pounds, the companies said.', null],
    ];
    for (const [text, value] of cases) expect([text, findPublished(text)?.value ?? null]).toEqual([text, value]);
  });

  it('ignores a date inside a sentence and a dateline without a year', () => {
    expect(
      findPublished('Ford Motor Co. will start a new company, the company said on Oct. 5, 2017.\n\nMore text.'),
    ).toBeNull();
    const ansa = cleanFile(`${DEV}docs/a13.txt`)[0]!;
    expect(ansa.published).toBeNull();
    expect(ansa.dateline?.place).toBe('ROME');
  });
});

describe('dateline', () => {
  it('finds wire datelines with their place', () => {
    const place = (name: string) => cleanFile(`${DEV}docs/${name}`)[0]!.dateline?.place;
    expect(place('b04.txt')).toBe('NEW YORK');
    expect(place('c01.txt')).toBe('NEW BRIGHTON, Minn.');
    expect(place('c03.txt')).toBe('THOUSAND OAKS, Calif. & TOKYO');
    expect(place('c10.txt')).toBe('ATLANTA, GA');
    expect(place('c14.txt')).toBe('ROCK HILL, S. C.');
    expect(place('c16.txt')).toBe('Minneapolis, MN');
    const b04 = cleanFile(`${DEV}docs/b04.txt`)[0]!;
    expect(b04.text.slice(b04.dateline!.start, b04.dateline!.end)).toBe('NEW YORK, Sept. 27, 2012 /PRNewswire/ --');
  });

  it('finds a dateline with no date behind an address and contacts set line by line', () => {
    const lines = [
      'Marrow Outfitters, Inc.',
      '118 E. 9th St.',
      'Lindale, NE 68901',
      'phone: 402-555-0147',
      'fax: 402-555-0148',
      'web: www.example.com',
      'Contact: Ida Quell, Treasurer',
      'MARROW OUTFITTERS, INC. REPORTS FIRST QUARTER SALES',
      'LINDALE, NE -- (NEWS WIRE) -- Marrow Outfitters, Inc. announced today that net sales for the quarter rose 4 percent to $81.2 million.',
    ];
    const dl = findDateline(lines.join('\n\n'));
    expect(dl?.place).toBe('LINDALE, NE');
    expect(dl?.date).toBeNull();
  });
});

describe('newswire repairs', () => {
  it('unwraps a Reuters body, keeps the stated dateline and drops the sign-off', () => {
    const doc = cleanFile(`${DEV}docs/r01.sgm`)[0]!;
    expect(doc.published).toBe('1987-03-06');
    expect(doc.dateline).toEqual({ start: 0, end: 28, place: 'MURRAY HILL, N.J.' });
    expect(doc.text.split('\n\n')).toEqual([
      "MURRAY HILL, N.J., March 6 - <BOC Group Inc>'s Airco Distributor Gases finalized the sale of its Virginia-based gas appaturs business to <Controls Corp of America>, a newly formed investment group organized by former Airco employees.",
      "Under the terms of the sale, Airco said Controls will continue to make the gas apparaturs product line under the Airco brand name, marketing the products exclusively through the Airco's distributor network.",
    ]);
  });

  it('keeps the hyphen of a compound broken across lines and keeps table rows apart', () => {
    const docs = cleanFile(`${SHARED}corpus/reuters21578/reut2-000.sgm`);
    const montreal = docs.find((d) => d.text.includes('Montreal its second'))!;
    expect(montreal.text).toContain('Montreal its second English-language paper');
    const taipei = docs.find((d) => d.text.includes('offshore banking units (obu)'))!;
    expect(taipei.text).toContain('6.28 billion U.S. Dlrs at end-January from 6.21 billion');
    // A body without indented paragraphs is rewrapped by the line-fit test.
    const magma = docs.find((d) => d.text.includes('Magma Copper Co'))!;
    expect(magma.text).toBe(
      'NEW YORK, Feb 26 - Magma Copper Co, a subsidiary of Newmont Mining Corp, said it is cutting its copper cathode price by 0.75 cent to 66 cents a lb, effective immediately.',
    );
    const earnings = cleanFile(`${DEV}docs/r19.sgm`)[0]!;
    expect(earnings.text).toContain('\n\nNet loss 75.8 mln vs profit 11.6 mln\n\n');
    expect(earnings.text).not.toMatch(/reuter/i);
  });

  it('drops doubled and coded sign-offs but not a sentence that ends with Reuters', () => {
    expect(dropWireSignoff('period ended January 31.\nREUTER\n Reuter\n')).toBe('period ended January 31.');
    expect(dropWireSignoff('books close August 3 to 10.\n REUTER N\n')).toBe('books close August 3 to 10.');
    expect(dropWireSignoff('the spokesman told Reuters.')).toBe('the spokesman told Reuters.');
  });

  it('leaves text with one paragraph a line as it is', () => {
    const text = readFileSync(`${DEV}docs/c05.txt`, 'utf8');
    expect(unwrapNewswire(text)).toBe(text);
  });
});

describe('glued words', () => {
  it('splits the glued words of seed 004 and nothing else in it', () => {
    const raw = readFileSync(`${SEEDS}${readdirSync(SEEDS).find((f) => f.startsWith('004_'))}`, 'utf8');
    const fixed = splitGluedWords(raw);
    expect(fixed).toContain('Now, Alibaba wants to bring Bailian');
    expect(fixed).toContain('as well as research and develop');
    expect(fixed.replace('Alibaba wants', 'Alibabawants').replace('as research', 'asresearch')).toBe(raw);
    expect(seed('004_').text).toContain('Alibaba wants');
  });

  it('splits a function word glued to a name the article uses on its own', () => {
    const text =
      'Alibaba opened stores in China last year, and the company said sales inChina rose, while iPhone sales on eBay and the inVentiv Health unit grew withAlibaba support for the brand.';
    expect(splitGluedWords(text)).toBe(text.replace('inChina', 'in China').replace('withAlibaba', 'with Alibaba'));
  });

  it('restores the space between glued sentences in wire copy', () => {
    const docs = cleanFile(`${SHARED}corpus/reuters21578/reut2-003.sgm`);
    const farm = docs.find((d) => d.text.includes('to cut EC farm spending.'))!;
    expect(farm.text).toContain('to cut EC farm spending. The farmers');
    expect(spaceGluedSentences('See Alibaba.com and the U.S.The end.')).toBe('See Alibaba.com and the U.S.The end.');
  });

  it('mends wire copy glued words but not place names ending in rare words', () => {
    const bodies = (file: string) => cleanFile(`${SHARED}corpus/reuters21578/${file}`).map((d) => d.text);
    const kato = bodies('reut2-012.sgm').find((t) => t.includes('all topics ofconcern'))!;
    expect(splitGluedWords(kato)).toContain('all topics of concern to the U.S.');
    for (const text of bodies('reut2-008.sgm').filter((t) => /Oklahoma|Indianapolis|Midamerica/.test(t)))
      expect(splitGluedWords(text)).not.toMatch(/Okla homa|Indiana polis|Midam erica/);
  });

  it('leaves names, coinages, misspellings and foreign words alone', () => {
    for (const name of ['b07.txt', 'c10.txt', 'a09.txt', 'b09.txt']) {
      const text = readFileSync(`${DEV}docs/${name}`, 'utf8');
      expect(splitGluedWords(text)).toBe(text);
    }
    // Italian copy: "sotto", "anche" are no glued English words.
    const italian = readFileSync(`${SHARED}corpus/html-bench/expected/remember8090-it-b6fb53e9.txt`, 'utf8');
    expect(splitGluedWords(italian)).toBe(italian);
    expect(
      splitGluedWords('Operating results in Poland and Denmark will forsee a livestreamed omnichannel rollout.'),
    ).toBe('Operating results in Poland and Denmark will forsee a livestreamed omnichannel rollout.');
  });
});

describe('headline and boilerplate', () => {
  it('takes the first title-like line after date lines, and none when the text opens with prose', () => {
    expect(seed('001_').headline).toBe('Alibaba and BMW sign strategic digital transformation MoU');
    expect(seed('003_').headline).toBe('Renault, Alibaba Deepen Partnership for Connectivity, New Retail');
    expect(seed('002_').headline).toBeNull();
    expect(cleanFile(`${DEV}docs/c05.txt`)[0]!.headline).toBe(
      'Shineco, Inc. Enters into Strategic Cooperation Agreement with Western Xinjiang Tiansheng Agricultural Development Co., Ltd.',
    );
  });

  it('drops lines that are only page furniture', () => {
    const doc = seed('001_');
    expect(doc.text).not.toContain('Share article');
    expect(doc.text).not.toContain('click here');
    expect(doc.text).toContain('Follow Business Chief on LinkedIn and Twitter.');
  });
});

describe('EDGAR page marks', () => {
  it('drops "<PAGE>" lines and the page number above them from an exhibit filed as text', () => {
    const text = [
      '<PAGE>   1',
      '                          EXHIBIT 99.1',
      '',
      'TALMERE SYSTEMS TO BUY QUILLON',
      '',
      '     Austin, TX (May 2, 1997) -- Talmere Systems Inc. today agreed to buy Quillon Corp. for',
      '                                   2',
      '<PAGE>',
      'cash. The deal is expected to close in June.',
    ].join('\n');
    const doc = cleanText(text);
    expect(doc.text).not.toContain('<PAGE>');
    expect(doc.text).not.toMatch(/\n\s*2\s*\n/);
    expect(doc.headline).toBe('TALMERE SYSTEMS TO BUY QUILLON');
    expect(doc.published).toBe('1997-05-02');
    expect(doc.text).toContain('Quillon Corp. for');
  });

  it('dates a release by its "For Immediate Release:" line, which the boilerplate repair takes out', () => {
    const text = [
      'Exhibit 99.1',
      'Talmere Systems, Inc.',
      '12 Harbour Road, Kestrel Bay, ME 04011',
      'For Immediate Release: October 7, 2022',
      'TALMERE SYSTEMS REPORTS THIRD QUARTER SALES',
      'KESTREL BAY, Maine -- (NEWS WIRE) -- Talmere Systems, Inc. today reported third quarter sales of $12.1 million, up 4 percent.',
    ].join('\n');
    const doc = cleanText(text, { repairs: ['drop-boilerplate-lines'] });
    expect(doc.text).not.toContain('For Immediate Release');
    expect(doc.published).toBe('2022-10-07');
  });
});

describe('stories', () => {
  it('splits the weekly roundup of seed 002 into its intro and six titled stories', () => {
    const doc = seed('002_');
    expect(doc.stories.map((s) => s.title)).toEqual([
      null,
      'Alibaba Shares Key Updates During Investor Day Event',
      'AACA Launches SME Advisory Committee',
      'Dunhill Opens Flagship Store on Tmall Luxury Pavilion',
      'Taobao Live Hosts Virtual Tour of Switzerland',
      'AliExpress Celebrates 10th Anniversary with New Retail Pop-up',
      'Alibaba, Emlyon Business School Pen Agreement for Joint Master’s Program',
    ]);
    const dunhill = doc.stories[3]!;
    expect(doc.text.slice(dunhill.start, dunhill.end)).toContain('Richemont');
    expect(doc.text.slice(dunhill.start, dunhill.end)).not.toContain('Switzerland');
  });

  it('keeps the unrelated article that ends seed 001 as a story of its own', () => {
    const doc = seed('001_');
    expect(doc.stories).toHaveLength(2);
    const [first, second] = doc.stories as [Document['stories'][0], Document['stories'][0]];
    expect(doc.text.slice(first.start, first.end)).toContain('Jochen Goller');
    expect(doc.text.slice(first.start, first.end)).not.toContain('Padurean');
    expect(doc.text.slice(second.start)).toMatch(/^Jun 9, 2021\n/);
    expect(second.title).toBe('Q&A: Professor Loredana Padurean, Asia School of Business');
    expect(second.end).toBe(doc.text.length);
  });

  it('keeps single-story articles whole', () => {
    for (const name of ['a01.txt', 'b04.txt', 'c08.txt', 'r17.sgm']) {
      const doc = cleanFile(`${DEV}docs/${name}`)[0]!;
      expect(doc.stories).toEqual([{ start: 0, end: doc.text.length, title: null }]);
    }
  });
});
