// Deals on real articles from /work/shared: one case per deal type, plus an
// article that reports no deal. The organizations are given (their extractor
// is tested on its own); dates and amounts come from their extractors.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import type { Document } from '../src/document.js';
import { createDocument } from '../src/document.js';
import { findDeals } from '../src/extract/deals/index.js';
import { TRIGGERS } from '../src/extract/deals/lexicon.js';
import { WordFinder } from '../src/extract/deals/words.js';
import { extract } from '../src/extract/index.js';
import { load } from '../src/load/index.js';
import { loadPipeline } from '../src/pipeline/index.js';
import { segment } from '../src/segment/index.js';

const DEV = '/work/shared/corpus/dev/docs';

/** The article, cleaned and segmented, with dates and amounts, and the given organizations (name: aliases). */
async function article(file: string, orgs: Record<string, string[]>): Promise<Document> {
  for await (const item of load([file])) {
    if (!('article' in item)) continue;
    const def = loadPipeline(file.endsWith('.sgm') ? 'newswire' : 'news');
    let doc = clean(createDocument(item.article), (def.stages[0]?.options ?? {}) as never);
    doc = extract(segment(doc), { extractors: ['dates', 'amounts'] });
    doc.organizations = Object.entries(orgs).map(([name, aliases]) => {
      const mentions: { start: number; end: number }[] = [];
      for (const form of [name, ...aliases])
        for (let i = doc.text.indexOf(form); i >= 0; i = doc.text.indexOf(form, i + form.length))
          if (!mentions.some((m) => i < m.end && i + form.length > m.start))
            mentions.push({ start: i, end: i + form.length });
      return { name, aliases, mentions, confidence: 1 };
    });
    return doc;
  }
  throw new Error(`no article in ${file}`);
}

/** An invented release, written to a file and read like any article. */
async function invented(text: string, orgs: Record<string, string[]>): Promise<Document> {
  const dir = mkdtempSync(path.join(tmpdir(), 'deals-'));
  const file = path.join(dir, 'release.txt');
  writeFileSync(file, text);
  return article(file, orgs);
}

const names = (d: { parties: { name: string }[] }) => d.parties.map((p) => p.name).sort();
const role = (d: { parties: { name: string; role: string | null }[] }, name: string) =>
  d.parties.find((p) => p.name === name)?.role;

describe('deals', () => {
  it('a memorandum of understanding is one partnership, dated and placed', async () => {
    const doc = await article('/work/shared/seeds/000_93e496899d83eed0.txt', {
      BMW: [],
      'Alibaba Group': ['Alibaba'],
      'BMW Brilliance Automotive Ltd.': [],
      'BMW Group Region China': [],
    });
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    const [d] = deals;
    expect(d!.type).toBe('partnership');
    expect(d!.instrument).toBe('mou');
    expect(names(d!)).toEqual(['Alibaba Group', 'BMW']);
    expect(d!.date).toBe('2020-10-26');
    expect(d!.location).toBe('Beijing');
    expect(d!.terms).toContain('marketing');
    expect(d!.terms).not.toContain('Beijing');
  });

  it('an acquisition names buyer, target, seller and price', async () => {
    const doc = await article(`${DEV}/r13.sgm`, {
      'SIS Corp': ['SIS'],
      'Sisters International Inc': ['Sisters'],
      "Wendy's International Inc": [],
    });
    const [d, ...rest] = findDeals(doc);
    expect(rest).toHaveLength(0);
    expect(d!.type).toBe('acquisition');
    expect(d!.status).toBe('completed');
    expect(role(d!, 'SIS Corp')).toBe('acquirer');
    expect(role(d!, 'Sisters International Inc')).toBe('target');
    expect(role(d!, "Wendy's International Inc")).toBe('seller');
    expect(d!.value).toEqual({ amount: 14_500_000, currency: 'USD' });
  });

  it('a sale of a unit makes the selling parent a seller and the buyer an acquirer', async () => {
    const doc = await article(`${DEV}/r05.sgm`, {
      'Allegheny International Inc': [],
      'Reil Corp Ltd': [],
      'Sunbeam Corp Ltd Australia': [],
      'Sunbeam New Zealand Ltd': [],
      'Victa (U.K.) Ltd': [],
    });
    const [d, ...rest] = findDeals(doc);
    expect(rest).toHaveLength(0);
    expect(role(d!, 'Allegheny International Inc')).toBe('seller');
    expect(role(d!, 'Reil Corp Ltd')).toBe('acquirer');
    expect(role(d!, 'Sunbeam New Zealand Ltd')).toBe('target');
  });

  it('a joint venture with its committed investment', async () => {
    const doc = await article(`${DEV}/a09.txt`, {
      'Signum Hotels & Resorts Pvt. Ltd': ['Signum Hotels & Resorts', 'Signum'],
      'IQI India': ['IQI'],
    });
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('joint_venture');
    expect(deals[0]!.value).toEqual({ amount: 150_000_000, currency: 'USD' });
  });

  it('two banks agreeing to merge are a merger', async () => {
    const doc = await article(`${DEV}/b05.txt`, {
      'United Bank of Africa': ['United Bank'],
      'Standard Trust Bank': ['Standard Trust'],
      'Banca Nazionale del Lavoro': [],
    });
    const deals = findDeals(doc);
    expect(deals.map((d) => [d.type, names(d)])).toEqual([
      ['merger', ['Standard Trust Bank', 'United Bank of Africa']],
    ]);
  });

  it('a stake purchase is an investment, a joint marketing plan a partnership', async () => {
    const doc = await article(`${DEV}/r03.sgm`, { 'Mitsubishi Corp': ['Mitsubishi'], 'Danish Dairy Farms Ltd': [] });
    const deals = findDeals(doc);
    const investment = deals.find((d) => d.type === 'investment');
    expect(investment && role(investment, 'Mitsubishi Corp')).toBe('investor');
    expect(investment && role(investment, 'Danish Dairy Farms Ltd')).toBe('investee');
    expect(deals.some((d) => d.type === 'partnership')).toBe(true);
  });

  it('a private placement joins its investors and takes the closing date', async () => {
    const doc = await article(`${DEV}/b10.txt`, {
      'Guardion Health Sciences, Inc.': ['Guardion'],
      'Lianluo Smart Limited': ['LLIT'],
      'Digital Grid (Hong Kong) Technology Co., Limited': ['Digital Grid'],
    });
    const main = findDeals(doc).find((d) => d.value?.amount === 5_000_001.05);
    expect(main?.type).toBe('investment');
    expect(main?.date).toBe('2017-11-03');
    expect(main && role(main, 'Lianluo Smart Limited')).toBe('investor');
    expect(main && role(main, 'Guardion Health Sciences, Inc.')).toBe('investee');
  });

  it('a credit facility is an "other" deal with its agent bank', async () => {
    const doc = await article(`${DEV}/c10.txt`, {
      'Serologicals Corporation': ['Serologicals'],
      LINCO: [],
      'JPMorgan Chase Bank, N.A.': [],
      'JP Morgan Securities, Inc.': [],
    });
    const deals = findDeals(doc);
    const acquisition = deals.find((d) => d.type === 'acquisition');
    expect(acquisition?.value).toEqual({ amount: 64_500_000, currency: 'USD' });
    expect(acquisition?.date).toBe('2006-05-02');
    const other = deals.find((d) => d.type === 'other');
    expect(other && names(other)).toContain('JPMorgan Chase Bank, N.A.');
  });

  it('an asset swap is two acquisitions with opposite roles and their own prices', async () => {
    const doc = await article(`${DEV}/c08.txt`, { Honeywell: [], BASF: [] });
    const deals = findDeals(doc).filter((d) => d.type === 'acquisition');
    expect(deals).toHaveLength(2);
    const sale = deals.find((d) => role(d, 'Honeywell') === 'seller');
    const purchase = deals.find((d) => role(d, 'Honeywell') === 'acquirer');
    expect(sale?.value?.amount).toBe(170_000_000);
    expect(purchase?.value?.amount).toBe(80_000_000);
  });

  it("a roundup keeps each story's deal to its own parties", async () => {
    const doc = await article('/work/shared/seeds/002_0ca4f60e5a2a211f.txt', {
      'Alibaba Group': ['Alibaba'],
      Dunhill: [],
      Tmall: [],
      Richemont: [],
      'Global Digital Talent Network': ['Alibaba GDT Network', 'GDT'],
      'Emlyon Business School': ['Emlyon'],
      'Swiss Tourism Board': [],
      'Alibaba Business School': [],
    });
    const deals = findDeals(doc);
    expect(deals).toHaveLength(2);
    expect(names(deals[0]!)).toEqual(['Dunhill', 'Tmall']);
    expect(names(deals[1]!)).toEqual(
      expect.arrayContaining(['Emlyon Business School', 'Global Digital Talent Network']),
    );
    expect(names(deals[1]!)).not.toContain('Dunhill');
    expect(deals[1]!.instrument).toBe('mou');
    // Every party of a deal is named in the story its evidence belongs to.
    for (const d of deals) {
      const story = doc.sentences.find((s) => s.start === d.evidence.start)!.story;
      const storySpan = doc.stories[story] ?? { start: 0, end: doc.text.length };
      for (const p of d.parties) expect(doc.text.slice(storySpan.start, storySpan.end)).toContain(p.name.split(' ')[0]);
    }
  });

  it("'making X a wholly owned unit of Y' is Y's takeover of X, at the stated purchase price", async () => {
    const doc = await article('fixtures/reuters-1303-completed-purchase/input.sgm', {
      'Hanson Trust PLC': ['Hanson Trust', 'Hanson'],
      'Kaiser Cement': [],
    });
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('acquisition');
    expect(role(deals[0]!, 'Hanson Trust PLC')).toBe('acquirer');
    expect(role(deals[0]!, 'Kaiser Cement')).toBe('target');
    expect(deals[0]!.value).toEqual({ amount: 250_000_000, currency: 'USD' });
    expect(deals[0]!.status).toBe('completed');
  });

  it("'A said B, in a move to diversify, invested eight mln dlrs in A': B invests", async () => {
    const doc = await article('fixtures/reuters-1409-stake/input.sgm', {
      'GTX Corp': ['GTX'],
      'Nippon Steel Co': ['Nippon'],
    });
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('investment');
    expect(role(deals[0]!, 'Nippon Steel Co')).toBe('investor');
    expect(role(deals[0]!, 'GTX Corp')).toBe('investee');
    expect(deals[0]!.value).toEqual({ amount: 8_000_000, currency: 'USD' });
  });

  it('an appointment is no deal', async () => {
    const doc = await article(`${DEV}/c14.txt`, { '3D Systems': ['3D Systems Corporation'] });
    expect(findDeals(doc)).toEqual([]);
  });
});

describe('deals in the forms releases write them (invented sentences)', () => {
  const DATELINE = 'BOSTON, March 3, 2021 /PRNewswire/ -- ';

  it('"A, an aside, which ..., and B today announced that they have entered into a licensing agreement"', async () => {
    const doc = await invented(
      `${DATELINE}Quillon Therapeutics, Inc. ("Quillon"), a company developing enzyme drugs, which it calls Qzymes, for rare diseases, and Redfern Pharma Ltd. ("Redfern") today announced that they have entered into a licensing agreement for QX-12 in Japan.`,
      { 'Quillon Therapeutics, Inc.': ['Quillon'], 'Redfern Pharma Ltd.': ['Redfern'] },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('partnership');
    expect(names(deals[0]!)).toEqual(['Quillon Therapeutics, Inc.', 'Redfern Pharma Ltd.']);
  });

  it("a merger agreement under which one side pays for all the other's shares is its acquisition", async () => {
    const orgs = { 'Kestrel Associates International Inc': ['Kestrel Associates'], 'Vantor Corp': ['Vantor'] };
    const doc = await invented(
      'NEW YORK, June 1, 1987 - Kestrel Associates International Inc and Vantor Corp said they have signed a ' +
        'definitive merger agreement under which Kestrel Associates will pay about 800 mln dlrs in stock for all ' +
        'outstanding Vantor shares.',
      orgs,
    );
    const deals = findDeals(doc);
    expect(deals.map((d) => d.type)).toEqual(['acquisition']);
    expect(role(deals[0]!, 'Kestrel Associates International Inc')).toBe('acquirer');
    expect(role(deals[0]!, 'Vantor Corp')).toBe('target');
    expect(deals[0]!.value).toEqual({ amount: 800_000_000, currency: 'USD' });
    // a price paid for something other than a company's shares is no purchase of the company
    const license = await invented(
      `${DATELINE}Kestrel Associates International Inc said it will pay $5 million for the license to Vantor Corp technology.`,
      orgs,
    );
    expect(findDeals(license)).toEqual([]);
  });

  it('a stock symbol after the buyer\'s name leaves "to buy" reading from the buyer', async () => {
    const doc = await invented(
      'LONDON, April 2, 1987 - Trade Minister Dana Pell said he had accepted an offer from Vantor Aerospace Plc ' +
        '<VANT.L> to buy state-owned armaments maker Kestrel Ordnance for 190 mln stg.',
      { 'Vantor Aerospace Plc': [], 'Kestrel Ordnance': [] },
    );
    const deals = findDeals(doc);
    expect(deals.map((d) => d.type)).toEqual(['acquisition']);
    expect(role(deals[0]!, 'Vantor Aerospace Plc')).toBe('acquirer');
    expect(role(deals[0]!, 'Kestrel Ordnance')).toBe('target');
  });

  it('an agreement two subjects announce is a partnership; one company announcing a purchase is not', async () => {
    const orgs = { 'Globex Media': [], 'Zorvane Broadcasting Inc.': ['Zorvane'] };
    const together = await invented(
      `${DATELINE}Globex Media and Zorvane Broadcasting Inc. today announced an agreement which enables Zorvane to air the league's matches.`,
      orgs,
    );
    expect(findDeals(together).map((d) => [d.type, names(d)])).toEqual([
      ['partnership', ['Globex Media', 'Zorvane Broadcasting Inc.']],
    ]);
    const purchase = await invented(
      `${DATELINE}Globex Media today announced an agreement to acquire Zorvane Broadcasting Inc. for $40 million.`,
      orgs,
    );
    expect(findDeals(purchase).map((d) => d.type)).toEqual(['acquisition']);
  });

  it('a memorandum to establish a new company is a joint venture', async () => {
    const doc = await invented(
      `${DATELINE}Alder Semiconductor and Birchwood Electronics Co. today announced they have executed a memorandum of understanding (MOU) to establish a new memory chip company based in Austin.`,
      { 'Alder Semiconductor': [], 'Birchwood Electronics Co.': [] },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('joint_venture');
  });

  it('"collaborations with A for X, B for Y, and C and D for Z" in an About paragraph: one deal per group', async () => {
    const doc = await invented(
      `${DATELINE}Kestrel Biologics N.V. today reported results.\nAbout Kestrel Biologics\nKestrel Biologics N.V. develops vaccines. The company's programs include collaborations with Alder Labs for influenza vaccines, Birchwood Institute for a dengue vaccine, and Cedar Pharma and Dunmore University for a malaria vaccine.`,
      {
        'Kestrel Biologics N.V.': ['Kestrel Biologics'],
        'Alder Labs': [],
        'Birchwood Institute': [],
        'Cedar Pharma': [],
        'Dunmore University': [],
      },
    );
    expect(findDeals(doc).map(names)).toEqual([
      ['Alder Labs', 'Kestrel Biologics N.V.'],
      ['Birchwood Institute', 'Kestrel Biologics N.V.'],
      ['Cedar Pharma', 'Dunmore University', 'Kestrel Biologics N.V.'],
    ]);
  });

  it('investors subscribing for new shares "respectively" invest the sum of their amounts', async () => {
    const doc = await invented(
      `${DATELINE}Under the agreement, Osprey Capital and Heron Partners will subscribe for newly issued shares of Thornbury Ltd in the amount of approximately US$300 million and approximately US$120 million, respectively.`,
      { 'Osprey Capital': [], 'Heron Partners': [], 'Thornbury Ltd': [] },
    );
    const [d, ...rest] = findDeals(doc);
    expect(rest).toHaveLength(0);
    expect(d!.type).toBe('investment');
    expect(role(d!, 'Thornbury Ltd')).toBe('investee');
    expect(d!.value).toEqual({ amount: 420_000_000, currency: 'USD' });
  });

  it('a business combination with a special purpose acquisition company is a merger of the two', async () => {
    const doc = await invented(
      `${DATELINE}Alder Acquisition Corp. ("Alder"), a special purpose acquisition company, today announced that it has closed a business combination with Birchwood Foods Limited, a flour miller. The transaction was approved at a special meeting of Alder's stockholders on March 1, 2021.`,
      { 'Alder Acquisition Corp.': ['Alder'], 'Birchwood Foods Limited': [] },
    );
    const deals = findDeals(doc);
    expect(deals.map((d) => [d.type, names(d)])).toEqual([
      ['merger', ['Alder Acquisition Corp.', 'Birchwood Foods Limited']],
    ]);
    // the vote's date is not the deal's
    expect(deals[0]!.date).not.toBe('2021-03-01');
  });

  it('rights secured for a company\'s products are a licence; a successor "taking over as" president is no deal', async () => {
    const licence = await invented(
      'ROCHESTER, N.Y., March 5 - Kestrel Imaging Co said it secured worldwide marketing rights for three Larkspur Bio Inc enzymes.',
      { 'Kestrel Imaging Co': [], 'Larkspur Bio Inc': [] },
    );
    expect(findDeals(licence).map((d) => [d.type, names(d)])).toEqual([
      ['partnership', ['Kestrel Imaging Co', 'Larkspur Bio Inc']],
    ]);
    const succession = await invented(
      'HOUSTON, March 26 - Tarn Energy Corp said Jane Doe will take over for Mark Roe as president of Tarn Services when he retires.',
      { 'Tarn Energy Corp': [], 'Tarn Services': [] },
    );
    expect(findDeals(succession)).toEqual([]);
  });

  it('an exercised option to buy a stake, shares sold to a named buyer, and taking control are deals', async () => {
    const option = await invented(
      'SYDNEY, June 18 - Osprey Airlines will exercise an option to acquire 20 pct of Heron Air Inc for about 31.5 mln U.S. dlrs, its parent said.',
      { 'Osprey Airlines': [], 'Heron Air Inc': [] },
    );
    expect(findDeals(option).map((d) => [d.type, names(d), d.value])).toEqual([
      ['investment', ['Heron Air Inc', 'Osprey Airlines'], { amount: 31_500_000, currency: 'USD' }],
    ]);
    const placement = await invented(
      `${DATELINE}Lumina Optics Inc. will sell to Pacifica Capital Ltd. a number of shares that will give Pacifica 19.9% of the company.`,
      { 'Lumina Optics Inc.': [], 'Pacifica Capital Ltd.': ['Pacifica'] },
    );
    const [p] = findDeals(placement);
    expect(p!.type).toBe('investment');
    expect(role(p!, 'Pacifica Capital Ltd.')).toBe('investor');
    const control = await invented(
      'LONDON, June 19 - Marlow Foods Plc said it agreed to take control of Penrose Markets Inc through share purchases and a tender offer.',
      { 'Marlow Foods Plc': [], 'Penrose Markets Inc': [] },
    );
    const [c] = findDeals(control);
    expect(c!.type).toBe('acquisition');
    expect(role(c!, 'Penrose Markets Inc')).toBe('target');
  });
});

describe('buy-outs of the rest of a company (invented sentences)', () => {
  it('a purchase told again as background ("said last week it intended to buy") is the same deal', async () => {
    const doc = await invented(
      'FRANKFURT, June 29 - Holtmann AG said it would raise capital in a share swap as part of its planned ' +
        'takeover of French drug group Laboratoires Vernay SA. Vernay had sales of 730 mln francs. Holtmann said ' +
        'last week it intended to buy 100 pct of the capital of Vernay.',
      { 'Holtmann AG': ['Holtmann'], 'Laboratoires Vernay SA': ['Vernay'] },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(role(deals[0]!, 'Holtmann AG')).toBe('acquirer');
    expect(role(deals[0]!, 'Laboratoires Vernay SA')).toBe('target');
  });

  it('a majority interest bought by a company written with ", Inc." is its acquisition', async () => {
    const doc = await invented(
      'Kelso Foods, Inc. announced that Harlow Management, Inc. has acquired a majority interest in Kelso Foods.',
      { 'Kelso Foods, Inc.': ['Kelso Foods'], 'Harlow Management, Inc.': [] },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('acquisition');
    expect(role(deals[0]!, 'Harlow Management, Inc.')).toBe('acquirer');
    expect(role(deals[0]!, 'Kelso Foods, Inc.')).toBe('target');
  });

  it('"A and B said they agreed to merge, where A will acquire B": the later sentence tells buyer from target', async () => {
    const doc = await invented(
      'NEW YORK, April 13 - Osprey Holdings Group and Heron Brands Inc said that they have entered into a merger ' +
        'agreement where Osprey will acquire Heron at 20 dlrs per share in cash. Osprey said it increased its offer ' +
        'to purchase all Heron common shares to 20 dlrs a share.',
      { 'Osprey Holdings Group': ['Osprey'], 'Heron Brands Inc': ['Heron'] },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('acquisition');
    expect(role(deals[0]!, 'Osprey Holdings Group')).toBe('acquirer');
    expect(role(deals[0]!, 'Heron Brands Inc')).toBe('target');
  });

  it('"B accepted a proposal from A to acquire the B shares A does not already own": A buys B, dated today', async () => {
    const doc = await invented(
      'BOSTON, March 3, 2021 /PRNewswire/ -- Osprey Systems Inc. ("Osprey") and Heron Software Corp. ("Heron") announced today that Heron has accepted a proposal from Osprey to acquire all of the outstanding Heron shares not already owned by Osprey, with completion no later than April 30, 2022.',
      { 'Osprey Systems Inc.': ['Osprey'], 'Heron Software Corp.': ['Heron'] },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('acquisition');
    expect(role(deals[0]!, 'Osprey Systems Inc.')).toBe('acquirer');
    expect(role(deals[0]!, 'Heron Software Corp.')).toBe('target');
    expect(deals[0]!.date).toBe('2021-03-03');
  });
});

describe('instruments, tender offers, supply agreements and stated values (invented sentences)', () => {
  const DATELINE = 'NEW YORK, Jan. 16, 2025 /PRNewswire/ -- ';

  it('a letter of intent under which one side would buy is that purchase, not another partnership', async () => {
    const doc = await invented(
      `${DATELINE}Tarn Foods Inc. today announced that it has signed a letter of intent with Marlow Brands Corp. under which Tarn would acquire Marlow's snack business.`,
      { 'Tarn Foods Inc.': ['Tarn'], 'Marlow Brands Corp.': ['Marlow'] },
    );
    expect(findDeals(doc).map((d) => d.type)).toEqual(['acquisition']);
  });

  it('"said it reached an agreement in principle with B to merge ... valued at $2.1 billion": a merger of both', async () => {
    const doc = await invented(
      `${DATELINE}Quillon Mining Ltd. said it reached an agreement in principle with Redfern Metals Inc. to merge the two companies in an all-stock transaction valued at $2.1 billion.`,
      { 'Quillon Mining Ltd.': [], 'Redfern Metals Inc.': [] },
    );
    expect(findDeals(doc).map((d) => [d.type, names(d), d.value])).toEqual([
      ['merger', ['Quillon Mining Ltd.', 'Redfern Metals Inc.'], { amount: 2_100_000_000, currency: 'USD' }],
    ]);
  });

  it('a tender offer for all shares of X takes X over, dated by "on Monday" against the release date', async () => {
    const doc = await invented(
      `${DATELINE}Osprey Holdings Inc. said on Monday it commenced a tender offer for all outstanding shares of Heron Medical Corp. at $12 per share, or about $450 million in total.`,
      { 'Osprey Holdings Inc.': [], 'Heron Medical Corp.': [] },
    );
    const [d, ...rest] = findDeals(doc);
    expect(rest).toHaveLength(0);
    expect(role(d!, 'Heron Medical Corp.')).toBe('target');
    expect(d!.value).toEqual({ amount: 450_000_000, currency: 'USD' });
    expect(d!.date).toBe('2025-01-13');
  });

  it('a supply agreement is a partnership; revenue stated first is not its value', async () => {
    const doc = await invented(
      `${DATELINE}Globex Pharma Inc. reported revenue of $800 million. Separately, Globex Pharma Inc. today announced a supply agreement with Zorvane Labs Corp.`,
      { 'Globex Pharma Inc.': [], 'Zorvane Labs Corp.': [] },
    );
    expect(findDeals(doc).map((d) => [d.type, names(d), d.value])).toEqual([
      ['partnership', ['Globex Pharma Inc.', 'Zorvane Labs Corp.'], null],
    ]);
  });

  it('a ceiling ("up to") is the value only when no other amount is stated', async () => {
    const orgs = { 'Tarn Biotech Inc.': ['Tarn'], 'Marlow Pharma Ltd.': ['Marlow'] };
    const upfront = await invented(
      `${DATELINE}Tarn Biotech Inc. and Marlow Pharma Ltd. today announced that they have entered into a licensing agreement under which Marlow will pay Tarn an upfront payment of $4 million and up to $75 million in milestones.`,
      orgs,
    );
    expect(findDeals(upfront).map((d) => d.value)).toEqual([{ amount: 4_000_000, currency: 'USD' }]);
    const ceiling = await invented(
      `${DATELINE}Marlow Pharma Ltd. today announced a private placement of up to $10 million of preferred stock with Tarn Biotech Inc.`,
      orgs,
    );
    expect(findDeals(ceiling).map((d) => d.value)).toEqual([{ amount: 10_000_000, currency: 'USD' }]);
  });

  it('"the assets to be acquired include X and Y" lists parts of the purchase just named, not new deals', async () => {
    const doc = await invented(
      `${DATELINE}Osprey Filters Corp. today announced that it has agreed to acquire Heron Water Products from Heron Holdings, Inc. for $35 million. The assets to be acquired include the operating assets of Heron Holdings, Inc.'s subsidiary, Tarn Pumps Corporation, and the stock of Heron (UK) Limited.`,
      {
        'Osprey Filters Corp.': [],
        'Heron Water Products': [],
        'Heron Holdings, Inc.': [],
        'Tarn Pumps Corporation': [],
        'Heron (UK) Limited': [],
      },
    );
    const deals = findDeals(doc);
    expect(deals).toHaveLength(1);
    expect(role(deals[0]!, 'Osprey Filters Corp.')).toBe('acquirer');
    expect(deals[0]!.value).toEqual({ amount: 35_000_000, currency: 'USD' });
  });

  it('a unit sold "to a subsidiary of X" names its seller, and X as the buyer', async () => {
    const doc = await invented(
      'MORRIS TOWNSHIP, N.J., April 3 - Kestrel-Signal Inc said it agreed to sell its Lumen Products unit to a subsidiary of Pacifica Investments Group, a Connecticut investment company, for 430 mln dlrs cash.',
      { 'Kestrel-Signal Inc': [], 'Lumen Products': [], 'Pacifica Investments Group': [] },
    );
    const [d, ...rest] = findDeals(doc);
    expect(rest).toHaveLength(0);
    expect(role(d!, 'Kestrel-Signal Inc')).toBe('seller');
    expect(role(d!, 'Lumen Products')).toBe('target');
    expect(role(d!, 'Pacifica Investments Group')).toBe('acquirer');
    expect(d!.value).toEqual({ amount: 430_000_000, currency: 'USD' });
  });

  it('a stake bought for won is an investment valued in KRW', async () => {
    const doc = await invented(
      'SEOUL, Jan. 16, 2025 -- Hanbit Electronics Co. said it will acquire a 30% stake in Dasan Materials Co. for 120 billion won.',
      { 'Hanbit Electronics Co.': [], 'Dasan Materials Co.': [] },
    );
    expect(findDeals(doc).map((d) => [d.type, d.value])).toEqual([
      ['investment', { amount: 120_000_000_000, currency: 'KRW' }],
    ]);
  });
});

describe('deal dates without a publication date (invented sentences)', () => {
  it('"announced today" takes the dateline\'s date, or a date on a line of its own above the body', async () => {
    const orgs = { 'Osprey Care, Inc.': ['Osprey Care'], 'Heron Home Health, Inc.': ['Heron'] };
    const dateline = await invented(
      'PRESS RELEASE OSPREY CARE AND HERON SIGN MERGER AGREEMENT TOLEDO, Ohio, September 13, 2000 - Osprey Care, Inc. and Heron Home Health, Inc. announced today that they have signed an agreement to merge the two companies.',
      orgs,
    );
    dateline.published = null;
    expect(findDeals(dateline).map((d) => d.date)).toEqual(['2000-09-13']);
    const own = await invented(
      'IMMEDIATE NEWS RELEASE\n|October 10, 2019\nPortland, Oregon – Osprey Care, Inc. today announced that it has agreed to acquire Heron Home Health, Inc. for $10.5 million in cash.',
      orgs,
    );
    own.published = null;
    expect(findDeals(own).map((d) => [d.date, d.value])).toEqual([
      ['2019-10-10', { amount: 10_500_000, currency: 'USD' }],
    ]);
  });
});

describe('trigger lexicon', () => {
  // findTriggers skips a trigger whose words are missing from the sentence: a word list that misses
  // a form its regex matches would silently drop deals.
  it('every match holds a word of each group its trigger needs', () => {
    const texts = [
      ...readdirSync(DEV).map((f) => readFileSync(`${DEV}/${f}`, 'utf8')),
      readFileSync('/work/shared/corpus/reuters21578/reut2-000.sgm', 'utf8'),
      'It bought a 25 PCT STAKE in Acme, raised US$5 mln in a Series A Round and agreed a TERM LOAN.',
    ];
    const missed: string[] = [];
    let matches = 0;
    for (const text of texts)
      for (const trigger of TRIGGERS)
        for (const m of text.matchAll(trigger.re)) {
          matches++;
          const words = m[0].toLowerCase();
          if (!trigger.needs.every((group) => group.some((w) => words.includes(w))))
            missed.push(`${trigger.name}: ${m[0]}`);
        }
    expect(matches).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});

describe('WordFinder', () => {
  it('finds the same words as looking for each one', () => {
    const words = ['deal', 'de', 'sell', 'reseller', '$', '€', 'pct', 'tie-up', 'écu', 'ask'];
    const finder = new WordFinder(words);
    const texts = ['', 'd', 'a DEAL', 'Resellers sold', '5PCT', 'us$5', '€', 'Tie-Ups', 'écus', 'idea: $1 deal', 'AſK'];
    for (const text of texts) {
      const found = finder.find(text);
      const lower = text.toLowerCase().replaceAll('ſ', 's');
      expect(finder.words.map((w, i) => [w, found[i] === 1])).toEqual(finder.words.map((w) => [w, lower.includes(w)]));
    }
    // a stretch of the text: "deal" ends past it, "sell" lies inside
    const found = finder.find('a deal to sell', 5, 14);
    expect(finder.words.filter((_, i) => found[i])).toEqual(['sell']);
  });
});
