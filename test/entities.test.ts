// Organizations, people, roles and locations on real articles from the seeds,
// the dev set and Reuters-21578 (read from /work/shared and seeds/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument, type Document, slice } from '../src/document.js';
import { addressesAndDegrees, ruleAnalysis, segmentNames } from '../src/extract/entities/analyze.js';
import { loadFile } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';
import { isAcronymOf, isLastWordForm, isShortOrgForm, orgKey, personKey } from '../src/resolve/names.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const SEEDS = new URL('../seeds/', import.meta.url).pathname;

function run(path: string): Document {
  const content = readFileSync(path, 'utf8');
  return runArticle(
    { source: { path, index: 0, id: null, url: null }, format: 'text', content, meta: {} },
    loadPipeline('news'),
  );
}

// Reuters SGML goes through the reader, which lifts the title and dateline out of the markup.
async function runSgml(path: string): Promise<Document> {
  const read = (await loadFile(path))[0];
  if (!read || !('article' in read)) throw new Error(`cannot read ${path}`);
  return runArticle(read.article, loadPipeline('newswire'));
}

/** An invented article, run as plain text through the default pipeline. */
const article = (content: string): Document =>
  runArticle(
    { source: { path: 'invented.txt', index: 0, id: null, url: null }, format: 'text', content, meta: {} },
    loadPipeline('news'),
  );

const org = (doc: Document, name: string) => doc.organizations.find((o) => o.name === name || o.aliases.includes(name));
const person = (doc: Document, name: string) => doc.people.find((p) => p.name === name);

describe('organizations', () => {
  const doc = run(`${SHARED}corpus/dev/docs/a01.txt`);

  it('finds companies by their legal suffix and folds short mentions in', () => {
    const ford = org(doc, 'Ford Motor Company');
    expect(ford?.aliases).toContain('Ford');
    expect(org(doc, 'Anhui Zotye Automobile Co., Ltd.')?.aliases).toContain('Zotye Auto');
  });

  it('keeps a regional unit apart from its parent', () => {
    expect(org(doc, 'Ford Asia Pacific')).toBeDefined();
    expect(org(doc, 'Ford Asia Pacific')).not.toBe(org(doc, 'Ford'));
  });

  it('gives every mention as a span whose text is the name or an alias', () => {
    for (const o of [...doc.organizations, ...doc.people]) {
      expect(o.mentions.length).toBeGreaterThan(0);
      for (const m of o.mentions) expect([o.name, ...o.aliases]).toContain(slice(doc, m));
      expect(o.confidence).toBeGreaterThan(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('does not take places or the article headline words for organizations', () => {
    expect(org(doc, 'China')).toBeUndefined();
    expect(doc.locations.map((l) => l.name)).toContain('China');
  });

  it('resolves acronyms defined in parentheses and wire credits', () => {
    const c01 = run(`${SHARED}corpus/dev/docs/c01.txt`);
    expect(org(c01, 'Plant Bioscience Limited')?.aliases).toContain('PBL');
    expect(org(c01, 'Institute of Genetics and Developmental Biology')?.aliases).toContain('IGDB');
    expect(org(c01, 'BUSINESS WIRE')).toBeDefined();
  });

  it("reads Reuters' <Company> markers and tickers", async () => {
    const r01 = await runSgml(`${SHARED}corpus/dev/docs/r01.sgm`);
    expect(r01.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['BOC Group Inc', 'Controls Corp of America', 'Airco Distributor Gases']),
    );
    const c10 = run(`${SHARED}corpus/dev/docs/c10.txt`);
    expect(org(c10, 'Serologicals Corporation')?.ticker).toBe('NASDAQ: SERO');
  });

  it('splits two companies joined by "and" but keeps "Securities and Exchange Commission" whole', async () => {
    const b09 = run(`${SHARED}corpus/dev/docs/b09.txt`);
    expect(org(b09, 'Baidu Inc')).toBeDefined();
    expect(org(b09, 'Tencent')).toBeDefined();
    const r11 = await runSgml(`${SHARED}corpus/dev/docs/r11.sgm`);
    expect(org(r11, 'Securities and Exchange Commission')).toBeDefined();
  });

  it('reads an industry head noun as a company, a caps dateline city whole, "of Japan" as a qualifier', async () => {
    const hanson = await runSgml('fixtures/reuters-1303-completed-purchase/input.sgm');
    expect(org(hanson, 'Kaiser Cement')).toBeDefined();
    expect(person(hanson, 'Kaiser Cement')).toBeUndefined();
    expect(org(hanson, 'Hanson Trust PLC')?.aliases).toContain('Hanson');
    expect(hanson.locations.map((l) => l.name)).toEqual(['NEW YORK']);
    const gtx = await runSgml('fixtures/reuters-1409-stake/input.sgm');
    const nippon = gtx.organizations.find((o) => o.name === 'Nippon Steel Co');
    expect(nippon?.aliases).toEqual(['NIPPON STEEL', 'Nippon']);
    expect(gtx.organizations.map((o) => o.name).sort()).toEqual(['GTX Corp', 'Nippon Steel Co']);
    expect(gtx.locations.map((l) => l.name)).toContain('Japan');
  });
});

describe('people and roles', () => {
  it('links apposition titles to the organization after "of"', () => {
    const doc = run(`${SEEDS}000_93e496899d83eed0.txt`);
    const goller = person(doc, 'Jochen Goller');
    expect(goller?.roles).toContainEqual(
      expect.objectContaining({ title: 'President and CEO', organization: 'BMW Group Region China' }),
    );
    const green = person(doc, 'Sean Green');
    expect(green?.roles[0]?.title).toBe('Senior Vice President of Sales and Marketing');
    expect(green?.roles[0]?.organization).toBe('BMW Brilliance Automotive Ltd.');
  });

  it('splits "Ford group vice president and president, Ford Asia Pacific" between the two organizations', () => {
    const doc = run(`${SHARED}corpus/dev/docs/a01.txt`);
    const fleet = person(doc, 'Peter Fleet');
    expect(fleet?.roles).toEqual([
      expect.objectContaining({ title: 'group vice president', organization: 'Ford Motor Company' }),
      expect.objectContaining({ title: 'president', organization: 'Ford Asia Pacific' }),
    ]);
  });

  it('reads a title before the name with the organization before it', async () => {
    const doc = await runSgml(`${SHARED}corpus/dev/docs/r17.sgm`);
    expect(person(doc, 'John Reed')?.roles).toContainEqual(
      expect.objectContaining({ title: 'chairman', organization: 'Citicorp' }),
    );
    expect(person(doc, 'Michel Camdessus')?.roles[0]?.organization).toBe('International Monetary Fund');
    // surname-only repeats are the same person
    expect(person(doc, 'Paul Volcker')?.aliases).toContain('Volcker');
  });

  it('folds "Mr. Johnson" and "Johnson" into the full name', () => {
    const doc = run(`${SHARED}corpus/dev/docs/c14.txt`);
    const johnson = person(doc, 'Andrew Johnson');
    expect(johnson?.aliases).toContain('Johnson');
    expect(doc.people.filter((p) => p.name.includes('Johnson'))).toHaveLength(1);
  });

  it('does not take a place or a sign-off for a person', async () => {
    const doc = await runSgml(`${SHARED}corpus/dev/docs/r05.sgm`);
    expect(doc.people.map((p) => p.name)).not.toContain('North Sydney');
  });
});

describe('roles from wider context', () => {
  it('gives plural titles before a list of names to each person, singular', () => {
    const doc = run(`${SHARED}corpus/dev/docs/a11.txt`);
    for (const name of ['Sacha Poignonne', 'Jeremy Hodara']) {
      expect(person(doc, name)?.roles).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ title: 'former manager', organization: 'McKinsey' }),
          expect.objectContaining({ title: 'co-founder', organization: 'Jumia' }),
        ]),
      );
    }
  });

  it('carries "as President of GM China" in a sentence that starts with "He" to the person named before', () => {
    const doc = run(`${SHARED}corpus/dev/docs/b13.txt`);
    const murtaugh = person(doc, 'Phil Murtaugh');
    expect(murtaugh?.aliases).toEqual(expect.arrayContaining(['Murtaugh', 'Phil']));
    expect(murtaugh?.roles).toContainEqual(expect.objectContaining({ title: 'President', organization: 'GM China' }));
    expect(murtaugh?.roles).toContainEqual(
      expect.objectContaining({ title: 'Executive Vice President', organization: 'SAIC Motors' }),
    );
  });

  it('reads "Vice President of X and Secretary General of Y for Z" as two roles', () => {
    const doc = run(`${SEEDS}000_93e496899d83eed0.txt`);
    const jing = person(doc, 'Jet Jing');
    expect(jing?.roles).toContainEqual(
      expect.objectContaining({ title: 'Vice President', organization: 'Alibaba Group' }),
    );
    expect(jing?.roles).toContainEqual(
      expect.objectContaining({
        title: 'Secretary General of Enterprise Service',
        organization: 'Alibaba Digital Economy',
      }),
    );
  });
});

describe('Reuters wire copy', () => {
  it('keeps "Securities and Exchange Commission" apart from the person named right after it', async () => {
    const all = await loadFile(`${SHARED}corpus/reuters21578/reut2-015.sgm`);
    const raw = all
      .flatMap((r) => ('article' in r ? [r.article] : []))
      .find((a) => a.meta.headline === 'SHAD WANTS INSIDER TRADING DEFINITION');
    expect(raw).toBeDefined();
    const doc = runArticle(raw!, loadPipeline('newswire'));
    expect(org(doc, 'Securities and Exchange Commission')).toBeDefined();
    expect(person(doc, 'John Shad')?.aliases).toContain('Shad');
    expect(doc.organizations.map((o) => o.name)).not.toContain('Exchange Commission');
  });
});

describe('stock symbols', () => {
  it('gives a symbol to its company and never makes it a company of its own', () => {
    const doc = article(
      [
        'NEW YORK, May 4 - Marlow Labs <MRL> said it sold its dyes unit to Oriel Group <ORG.L> for 40 mln dlrs.',
        'Kestrel Motor Co (NYSE: KST) said it would buy the rest of the unit. Kestrel said the price was fair.',
      ].join('\n\n'),
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Marlow Labs', 'Oriel Group', 'Kestrel Motor Co']));
    for (const symbol of ['MRL', 'ORG.L', 'KST']) expect(names).not.toContain(symbol);
    expect(org(doc, 'Marlow Labs')?.ticker).toBe('MRL');
  });
});

describe('parts of names', () => {
  it("takes neither a company's board nor a person's first name for an organization", () => {
    const doc = article(
      [
        'DENVER, March 3, 2021 -- Harlow Industries, Inc. (NASDAQ: HRLW) today named Dr. Greta Voss to its board.',
        'The Harlow Board welcomes Greta, who led the research arm of Pellam Corp. for ten years.',
        '"Greta brings judgment to our work," said Ansel Brook, chief executive of Harlow.',
      ].join('\n\n'),
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Harlow Industries, Inc.', 'Pellam Corp.']));
    expect(names).not.toContain('Harlow Board');
    expect(names).not.toContain('Greta');
    expect(person(doc, 'Greta Voss')).toBeDefined();
  });
});

describe('descriptions in title case', () => {
  it('reads "a Leading Packaging Company" and "its U.S. Subsidiary" as descriptions, not names', () => {
    const doc = article(
      [
        'Corvane Holdings Inc., a Leading Packaging Company, Agrees to Buy Dellmar Foods',
        'OMAHA, Neb., June 8, 2020 -- Corvane Holdings Inc. said its U.S. Subsidiary, Tamsen Packaging LLC, will buy the plant. Dellmar Foods is a Birchfield Company.',
      ].join('\n\n'),
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Corvane Holdings Inc.', 'Tamsen Packaging LLC']));
    expect(names).not.toContain('Leading Packaging Company');
    expect(names).not.toContain('U.S. Subsidiary');
    expect(names.some((n) => n.startsWith('Birchfield'))).toBe(true);
  });
});

describe("the dateline's place", () => {
  it('is a place however small the town, never an organization', () => {
    const doc = article(
      'QUELLVILLE ESTATES, Ill., July 22 /Wire/ -- Marrow Outfitters Inc. (NYSE: MRW) today reported net sales of $81 million for the quarter, up 4 percent from a year ago.',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toContain('Marrow Outfitters Inc.');
    expect(names).not.toContain('QUELLVILLE ESTATES');
  });
});

describe('defined terms', () => {
  it('takes an abbreviation defined by lower-case words or a contract for a term, not an organization', () => {
    const doc = article(
      [
        'TULSA, Okla., Feb. 9, 2019 -- Wexmoor Energy Corp. signed a Share Subscription Agreement (the “SSA”) with the Lismore Port Authority (LPA).',
        'Wexmoor offers managed well monitoring (MWM) to operators. Under the SSA the LPA will fund MWM sites.',
      ].join('\n\n'),
    );
    const names = doc.organizations.flatMap((o) => [o.name, ...o.aliases]);
    expect(names).toEqual(expect.arrayContaining(['Wexmoor Energy Corp.', 'Lismore Port Authority', 'LPA']));
    expect(names).not.toContain('SSA');
    expect(names).not.toContain('MWM');
  });
});

describe('title-case headlines', () => {
  it('ends a name at a plain verb after "to", short words aside', () => {
    const doc = article(
      [
        'Quarrow Labs Signs Pact with Tellane Bio to Co-Develop and Commercialize Velorin for Sleep Disorders',
        'BOSTON, May 3, 2022 -- Quarrow Labs, Inc. and Tellane Bio Ltd. today said they will work together on Velorin.',
      ].join('\n\n'),
    );
    const names = doc.organizations.flatMap((o) => [o.name, ...o.aliases]);
    expect(names).toEqual(expect.arrayContaining(['Quarrow Labs, Inc.', 'Tellane Bio Ltd.']));
    const proposed = ruleAnalysis(doc).mentions.map((m) => m.text);
    expect(proposed).toEqual(expect.arrayContaining(['Quarrow Labs', 'Tellane Bio', 'Velorin']));
    expect(proposed.some((n) => /Develop|Commercialize/.test(n))).toBe(false);
  });
});

describe('short forms in an article', () => {
  it('joins a company named short in the headline and subheads to its full name after the dateline', () => {
    const doc = article(
      [
        'Dravio Names New Chief Financial Officer',
        '- Ilse Marken to Join Dravio Board -',
        'AUSTIN, Texas, June 3, 2015 -- Dravio Games Inc. (NASDAQ: DRVO) today named Tomas Ruell chief financial officer. Dravio said Ruell starts in July.',
      ].join('\n'),
    );
    const dravio = doc.organizations.filter((o) => o.name.startsWith('Dravio'));
    expect(dravio).toHaveLength(1);
    expect(dravio[0]?.aliases).toContain('Dravio');
  });

  it('joins a short form to the one business it opens, counting "X Solutions" and "X Solutions Ltd." as one', () => {
    const doc = article(
      'LONDON, May 2, 2012 -- Quenby plc said it agreed to buy Loriant Solutions Ltd., a maker of sensors. Quenby said Loriant will keep its name. Loriant Solutions employs 90 people.',
    );
    const loriant = doc.organizations.filter((o) => o.name.startsWith('Loriant'));
    expect(loriant).toHaveLength(1);
    expect(loriant[0]?.aliases).toEqual(expect.arrayContaining(['Loriant', 'Loriant Solutions']));
  });
});

describe('what a person is, before the name', () => {
  it('leaves an ordinary noun before a first name and a surname out of the name', () => {
    const doc = article(
      'RENO, Nev., June 1 - Investor Ralph Tennet said he would bid for the chain. Speaker Dana Pellow said the house would vote.',
    );
    const names = doc.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Ralph Tennet', 'Dana Pellow']));
    expect(names.some((n) => /Investor|Speaker/.test(n))).toBe(false);
  });
});

describe('a body, a title and a person in one run of capitals', () => {
  it('splits "Harbank Vice-President Ivo Raskow" into the body and the person, and a place-shaped name is no person', () => {
    const doc = article(
      'OSLO, April 2 - Harbank Vice-President Ivo Raskow said rates would hold. Parliament Speaker Taro Kenjiro agreed. Traders at North Brenton said little.',
    );
    const people = doc.people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Ivo Raskow', 'Taro Kenjiro']));
    expect(people.some((n) => /Vice-President|Speaker|North Brenton/.test(n))).toBe(false);
  });
});

describe('taxes and duties', () => {
  it('reads a tax, a duty or a requirement named in capitals as no organization', () => {
    const doc = article(
      'LONDON, March 17 - The Treasury will cut Quarry Revenue Tax and the Harbour Duty, and the Public Sector Funding Requirement will fall, Brenton Finance Ltd said.',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toContain('Brenton Finance Ltd');
    for (const thing of ['Quarry Revenue Tax', 'Harbour Duty', 'Public Sector Funding Requirement'])
      expect(names).not.toContain(thing);
  });
});

describe('addresses and degrees', () => {
  it('takes neither a post-office box nor a degree after a name for an organization', () => {
    const doc = article(
      [
        'Marrow Outfitters, Inc.\nP.O. Box 1480\nLindale, NE 68848',
        'LINDALE, Neb., June 2, 2015 -- Marrow Outfitters, Inc. named Dana Vell, Ph.D., chief science officer. Vell holds a B.Sc. from Tarn University.',
      ].join('\n\n'),
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Marrow Outfitters, Inc.', 'Tarn University']));
    for (const n of ['P.O. Box', 'Ph.D', 'Ph.D.', 'B.Sc', 'B.Sc.']) expect(names).not.toContain(n);
    // what the tagger may never take for a name there, whatever it says
    const text = 'Write to P.O. Box 12 or P. O. Box 9. Dana Vell, Ph.D., holds an M.B.A. and a B.Sc. from Tarn.';
    expect(addressesAndDegrees(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'P.O. Box',
      'P. O. Box',
      'Ph.D.',
      'M.B.A.',
      'B.Sc.',
    ]);
  });
});

describe('time zones, holidays, home towns, ticker exchanges and contact departments', () => {
  it('takes none of them for an organization', () => {
    const doc = article(
      [
        'CONCORD, N.H., September 26, 2000 -- KESTREL GRANITE CORPORATION (AMEX/EC:KGRC) announced today that it ' +
          'acquired Vantor Monument Corporation. Starting at 10:00 am CET, Kestrel will host a webcast; Brenna ' +
          'Holdings (NYSE: BRH; TSX: BRH) will join at 4 p.m. (EST).',
        'The sale should be completed before Easter, Kestrel said. Christmas trading was weak.',
        'Brenna Holdings is an affiliate of Port Ashby-based private equity firm Dorran Capital Management, LLC.',
        'Contacts:\n|Dana Pell\n|Kestrel Investor Relations\n|Ivo Rask\n|Kestrel Corporate Communications',
      ].join('\n\n'),
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['KESTREL GRANITE CORPORATION', 'Vantor Monument Corporation', 'Brenna Holdings']),
    );
    for (const n of ['CET', 'EST', 'AMEX', 'NYSE', 'TSX', 'Port Ashby']) expect(names).not.toContain(n);
    expect(names).toContain('Dorran Capital Management, LLC');
    expect(names.some((n) => /Relations|Communications/.test(n))).toBe(false);
    const all = [...names, ...doc.people.map((p) => p.name), ...doc.locations.map((l) => l.name)];
    expect(all.filter((n) => /Easter|Christmas/.test(n))).toEqual([]);
  });
});

describe('forms of one person', () => {
  it('joins a hyphenated surname alone, and a short first name without the middle initial, to the full name', () => {
    const doc = article(
      'MEXICO CITY, April 2 - The newspaper owner Tomas Quiroga-Vell bought the agency. Quiroga-Vell said he was ' +
        'pleased. Steven P. Harrowgate founded it. Steve Harrowgate said so.\n',
    );
    expect(person(doc, 'Tomas Quiroga-Vell')?.aliases).toContain('Quiroga-Vell');
    expect(person(doc, 'Steven P. Harrowgate')?.aliases).toContain('Steve Harrowgate');
    expect(doc.people).toHaveLength(2);
    const later = article(
      'BOSTON, Jan. 2, 2004 -- Vantor Corp. said Fred H. Pellworth, 59, was appointed to its board. "Fred ' +
        'Pellworth is an excellent leader," Ivo Rask said. Mr. Pellworth has served since 1975.\n',
    );
    expect(person(later, 'Fred H. Pellworth')?.aliases).toEqual(
      expect.arrayContaining(['Fred Pellworth', 'Pellworth']),
    );
  });

  it('joins a first name or its short form alone, in a quotation, to the one person named in full before', () => {
    const doc = article(
      'REDMOND, Wash., June 2, 2019 -- Vantor Corp. announced that Robert H. Brask and Dr. Anselm Pellworth, ' +
        'former chairman of Dorran AG, will not seek re-election to the Vantor board. "Bob and Anselm have ' +
        'brought wisdom to our board," Ivo Rask said.\n',
    );
    expect(person(doc, 'Anselm Pellworth')?.aliases).toContain('Anselm');
    expect(person(doc, 'Robert H. Brask')?.aliases).toContain('Bob');
    const names = [...doc.organizations, ...doc.people].map((o) => o.name);
    expect(names).not.toContain('Anselm');
    expect(names).not.toContain('Bob');
  });

  it('joins a surname that is also an ordinary word to the person named in full', () => {
    const doc = article(
      'LONDON, April 2 - Trade Minister Dana Steward said he had accepted an offer from Vantor Plc to buy Kestrel.\n' +
        '    The Vantor bid had been competing against a rival offer from Dorran Plc.\n' +
        '    Steward told Parliament the sale was conditional on approval by regulators.\n' +
        '    The decision ends a period of uncertainty about the company, Steward said.\n',
    );
    expect(person(doc, 'Dana Steward')?.aliases).toContain('Steward');
    expect(doc.people).toHaveLength(1);
  });
});

describe('business segments', () => {
  it('reads a segment named by ordinary words before "business" or "segment" as no organization', () => {
    const doc = article(
      'CLEVELAND, June 2, 2004 -- Vantor Corp. said it has agreed to sell its Hearth & Patio business for $115 ' +
        'million to Kestrel Holdings Inc. Vantor said the Home Comfort segment grew.\n',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Vantor Corp.', 'Kestrel Holdings Inc.']));
    expect(names.filter((n) => /Hearth|Patio|Home|Comfort/.test(n))).toEqual([]);
    const t = 'It sold its Hearth & Patio business and its Chevrolet business.';
    const tokens = article(t).tokens;
    expect(segmentNames(tokens).map((x) => t.slice(x.start, x.end))).toEqual(['Hearth & Patio']);
  });

  it('reads a division named by ordinary words as no organization, and keeps a name its initials spell whole', () => {
    const doc = article(
      'BARRE, Vt., May 4, 2001 -- Vantor Granite Corp. said Jan Ode, vice president of the Precision Tools ' +
        'division, will retire. Sales rose at Lund Tire & Battery (LTB), the company said.\n',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Vantor Granite Corp.', 'Lund Tire & Battery']));
    expect(names.filter((n) => /Precision/.test(n))).toEqual([]);
  });
});

describe('legal forms', () => {
  it('reads a legal form written with a slash as the end of a company name', () => {
    const doc = article(
      'COPENHAGEN, April 24 - Helmar Vask A/S said it would raise prices, and Costa Pinto S/A said it would follow. Orvik ASA declined to comment.',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Helmar Vask A/S', 'Costa Pinto S/A', 'Orvik ASA']));
    expect(doc.people).toEqual([]);
  });
});

describe('wire headlines', () => {
  it('takes the company a Reuters headline names before its ticker when the body does not name it', async () => {
    const doc = await runSgml(`${SHARED}corpus/dev/docs/r19.sgm`);
    const fin = org(doc, 'FINANCIAL CORP OF AMERICA');
    expect(fin?.ticker).toBe('FIN');
    expect(fin?.mentions).toEqual([]);
  });

  it('folds the headline form into the company the body names', async () => {
    const doc = await runSgml(`${SHARED}corpus/dev/docs/r05.sgm`);
    expect(org(doc, 'Allegheny International Inc')?.aliases).toContain("ALLEGHENY INT'L");
  });
});

describe('within-article resolution', () => {
  it('leaves no two organizations or people sharing a name key, and roles name listed organizations', () => {
    const files = ['a01.txt', 'a07.txt', 'b09.txt', 'c10.txt', 'c12.txt'].map((f) => `${SHARED}corpus/dev/docs/${f}`);
    files.push(`${SEEDS}002_0ca4f60e5a2a211f.txt`, `${SEEDS}003_bac13eed3052a0ca.txt`);
    for (const file of files) {
      const doc = run(file);
      const orgKeys = doc.organizations.flatMap((o, i) =>
        [o.name, ...o.aliases].map((n) => `${orgKey(n)}`).map((k) => [k, i] as const),
      );
      const owners = new Map<string, number>();
      for (const [k, i] of orgKeys) {
        expect(owners.get(k) ?? i, `${file}: "${k}" in two organizations`).toBe(i);
        owners.set(k, i);
      }
      const names = new Set(doc.organizations.flatMap((o) => [o.name]));
      for (const p of doc.people)
        for (const r of p.roles)
          if (r.organization) expect(names.has(r.organization) || !owners.has(orgKey(r.organization))).toBe(true);
      expect(new Set(doc.people.map((p) => personKey(p.name))).size).toBe(doc.people.length);
    }
  });
});

describe('short forms', () => {
  it('knows a short form from a different business', () => {
    expect(isShortOrgForm('Alibaba', 'Alibaba Group')).toBe(true);
    expect(isShortOrgForm('Zotye Auto', 'Anhui Zotye Automobile Co., Ltd.')).toBe(true);
    expect(isShortOrgForm('BMW', 'BMW Brilliance Automotive Ltd.')).toBe(false);
    expect(isShortOrgForm('Controls', 'Controls Corp of America')).toBe(true);
    expect(isAcronymOf('ARCA', 'Appliance Recycling Centers of America')).toBe(true);
    expect(isAcronymOf('LRI', 'LINCO Research Inc.')).toBe(true);
    expect(isAcronymOf('BMW', 'Bailian Group')).toBe(false);
    expect(isLastWordForm('Kodak', 'Eastman Kodak Co')).toBe(true);
    expect(isLastWordForm('Bank', 'Deutsche Bank')).toBe(false);
    // the capitals of a name as written
    expect(isAcronymOf('VS', 'VelaSpring Inc.')).toBe(true);
    expect(isAcronymOf('H&Q', 'Hollis & Quade Company')).toBe(true);
    expect(isAcronymOf('VS', 'Velaspring Inc.')).toBe(false);
  });
});

describe('forms of one business in an article', () => {
  it('takes the first words of the one longer name written before them, and an acronym with "&"', () => {
    const doc = article(
      'TULSA, Okla., May 3, 2005 -- Gulf Harbor Medical Supply, Inc. today said Hollis & Quade Company will ' +
        'distribute its gloves. Gulf Harbor expects sales to rise, and H&Q will open two depots.\n',
    );
    expect(org(doc, 'Gulf Harbor Medical Supply, Inc.')?.aliases).toContain('Gulf Harbor');
    expect(org(doc, 'Hollis & Quade Company')?.aliases).toContain('H&Q');
    expect(doc.organizations).toHaveLength(2);
  });

  it('takes first words to a business written both shorter and longer, and a one-word slip to the business', () => {
    const doc = article(
      'NEW YORK, April 7 - Rask is also president of Union Harbour Life Insurance Co, a mutual insurer that owns ' +
        '40 pct of Vantor National Corp. The shares Union Harbour already owned brought its stake to 52 pct. ' +
        'Kestrel Motors Ltd will build the vans, and Kestrel will own half. Ketsrel said later that it agreed. ' +
        'Ivo Rask was executive vice president of Union Harbour Life.\n',
    );
    expect(org(doc, 'Union Harbour Life Insurance Co')?.aliases).toEqual(
      expect.arrayContaining(['Union Harbour', 'Union Harbour Life']),
    );
    expect(org(doc, 'Kestrel Motors Ltd')?.aliases).toContain('Kestrel');
    expect(doc.organizations.map((o) => o.name)).not.toContain('Ketsrel');
  });

  it('leaves what a company is to another, capitalized before its legal name, out of the name', () => {
    const doc = article(
      "STOCKHOLM, May 4 - The venture brings together Vantor AB's wholly-owned U.S. Subsidiary Kestrel Bit Corp of " +
        'Houston and Dorran NV. Unit Holdings Ltd, a Dorran shareholder, welcomed it.\n',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toContain('Kestrel Bit Corp');
    expect(names).toContain('Unit Holdings Ltd');
    expect(names.some((n) => n.includes('Subsidiary'))).toBe(false);
  });

  it('reads the name after "named" or "appointed" and before an office as the person named to it', () => {
    const doc = article(
      'NEW YORK, April 7 - The board of Vantor National Corp said it has named Charles Hollis chairman and chief ' +
        'executive officer of the insurance holding company. It also appointed Paul Brenner Jr president of its units.\n',
    );
    expect(person(doc, 'Charles Hollis')).toBeDefined();
    expect(person(doc, 'Paul Brenner Jr')).toBeDefined();
    expect(doc.organizations.map((o) => o.name)).toEqual(['Vantor National Corp']);
  });

  it('leaves a surname that a business is also named after to the business', () => {
    const doc = article(
      'PITTSBURGH, March 11 -- Quarrie Foods Co said it elected Wendell Quarrie II chairman. Quarrie said ' +
        'the board was unanimous.\n',
    );
    expect(person(doc, 'Wendell Quarrie II')?.aliases ?? []).not.toContain('Quarrie');
  });
});

it('builds a document with no names without failing', () => {
  const doc = runArticle(
    { source: { path: '-', index: 0, id: null, url: null }, format: 'text', content: 'nothing to see here.', meta: {} },
    loadPipeline('news'),
  );
  expect(doc.organizations).toEqual([]);
  expect(createDocument).toBeTypeOf('function');
});

describe('places that look like businesses', () => {
  it("reads a region's postal code after a town, a geographic head and a Portuguese connector", () => {
    const doc = article(
      'TULSA, May 3, 2005 -- Quarrow Assay Ltd., a company based in Warren, NJ, said Motores do Brasil ' +
        'will drill in the Tallaroo Basin. Motores do Brasil said output would rise.\n',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toContain('Motores do Brasil');
    expect(names).not.toContain('NJ');
    expect(names).not.toContain('Brasil');
    expect(names).not.toContain('Tallaroo Basin');
  });
});

describe('parts of a document', () => {
  it('reads "Item 7" and "Page 2" as no names', () => {
    const doc = article(
      'TAMPA, June 1, 2007 -- Quillon Devices Inc. said Item 7 lists its plants. Item 7 said little.\n',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Quillon Devices Inc.']);
  });
});

describe('people in news', () => {
  it('reads "peacemaker" and "lawmaker" before a name as people words, not business descriptors', () => {
    const doc = article(
      'VARNA, Bulgaria 1996-08-30\nVeteran peacemaker Anton Krastevich and lawmaker Dmitri Volkanov met on Friday. ' +
        'Krastevich said the talks went well.\n',
    );
    const names = doc.people.map((p) => p.name);
    expect(names).toContain('Anton Krastevich');
    expect(names).toContain('Dmitri Volkanov');
    expect(doc.organizations.map((o) => o.name)).toEqual([]);
  });

  it('reads a first name and a surname that is also a town as a person', () => {
    const doc = article('BOSTON 1996-08-30\nSenate candidate Margaret Warren said on Friday she would run again.\n');
    expect(doc.people.map((p) => p.name)).toEqual(['Margaret Warren']);
    expect(doc.organizations).toEqual([]);
  });

  it('reads the last words of a person named in full as that person, not a business', () => {
    const doc = article(
      'YANGON 1996-08-30\nOpposition leader Daw Khin Mar Sabai said on Friday the talks had failed. ' +
        'Mar Sabai told reporters the army had surrounded her house. Mar Sabai said she would go on.\n',
    );
    expect(doc.organizations).toEqual([]);
    expect(doc.people.find((p) => p.name === 'Daw Khin Mar Sabai')?.aliases).toContain('Mar Sabai');
  });

  it('leaves a style or party out of the name, but not a business that opens with one', () => {
    const doc = article(
      'ROME 1996-08-30\nSenator Paolo Verrandi and Democrat Walter Brisco met Cardinal Bancshares Inc executives. ' +
        'Verrandi said Cardinal Bancshares Inc would lend more.\n',
    );
    const names = doc.people.map((p) => p.name);
    expect(names).toContain('Paolo Verrandi');
    expect(names).toContain('Walter Brisco');
    expect(doc.organizations.map((o) => o.name)).toContain('Cardinal Bancshares Inc');
  });
});

describe('owners, founders and newspapers around a name', () => {
  it("cuts a country's possessive, a qualifying country and a run over a sentence end from a company's name", () => {
    const doc = article(
      "TORONTO, April 3 - Kelora Wines Ltd said it agreed to buy Pinecrest Cellars Inc. Sweden's Valtor AB also bid. " +
        'Borvik AB of Sweden did not. Aluminum Co of America was not involved.\n',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['Pinecrest Cellars Inc.', 'Valtor AB', 'Borvik AB', 'Aluminum Co of America']),
    );
    expect(names.some((n) => /Sweden/.test(n))).toBe(false);
  });

  it("reads an owner's possessive as the owner when the article names the owner's own business", () => {
    const doc = article(
      'TORONTO, April 3 - Kelora Wines Ltd said it agreed to buy Brennan Distillers Ltd. Brennan will remain a ' +
        "separate unit. The sale does not include Brennan's Velmora Cellars Ltd, a winery. Tarrant's International Inc did not bid.\n",
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Velmora Cellars Ltd', "Tarrant's International Inc"]));
    expect(names.some((n) => n.startsWith("Brennan's"))).toBe(false);
  });

  it('keeps two names always written together as one firm, and a Reuters mark whole', () => {
    const doc = article(
      'LONDON, April 3 - Martin and Grubel, the publisher, said it agreed to acquire Pennick Ltd. Pennick will ' +
        "become part of Martin and Grubel's trade group. Martin and Grubel said the deal was small.\n",
    );
    expect(doc.organizations.map((o) => o.name)).toContain('Martin and Grubel');
    expect(doc.people).toEqual([]);
    const wire = article(
      'NEW YORK, April 13 - <Halvorsen and Brick Group> and Lerner Group Inc said they agreed to merge. ' +
        'Halvorsen will acquire Lerner.\n',
    );
    expect(wire.organizations.map((o) => o.name)).toEqual(['Halvorsen and Brick Group', 'Lerner Group Inc']);
  });

  it('reads financial measures, market indexes and laws by their head as no organizations', () => {
    const doc = article(
      'Vantor Corp said EBITDA rose 12 pct and the Sensex fell, while the Kelso Anti-Takeover Statute and the ' +
        'Data Protection Directive still apply.\n',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Vantor Corp']);
  });

  it('keeps a capitalized preposition inside a sentence as the first word of a company name', () => {
    const doc = article(
      'TOLEDO, Ohio, September 13, 2000 - Harlow Care, Inc. (NYSE:HCR) and In Home Kelso, Inc. (Nasdaq:IHKI) ' +
        'announced today that they signed a merger agreement. In Vantor Corp news, profit rose.\n',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Harlow Care, Inc.', 'In Home Kelso, Inc.', 'Vantor Corp']);
  });

  it('reads two ordinary words without a first name as no person, unless an office goes with them', () => {
    const doc = article(
      'LONDON - Guided Therapy, a charity, said on Monday the report was wrong. "It is wrong," said Kelvin ' +
        'Stone, chairman of Lantern Aid.\n',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Kelvin Stone']);
  });

  it('reads a short name defined in brackets after a ticker in brackets as the company', () => {
    const doc = article(
      'Last week, Kelvar Foundry Works (Nasdaq: KFW) (KF), a global leader in chips, and Vantor Corp. signed a ' +
        'pact. KF said the deal was good.\n',
    );
    expect(org(doc, 'Kelvar Foundry Works')?.aliases).toContain('KF');
    expect(doc.organizations).toHaveLength(2);
  });

  it('reads devices by their head and connection standards as no organizations', () => {
    const doc = article(
      'Vantor Inc. launched the Kelso 65W USB-C Car Charger and the Lumen Wireless Keyboard, which work over ' +
        'Bluetooth and Wi-Fi.\n',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Vantor Inc.']);
  });

  it('keeps two single words joined by "&" as one name', () => {
    const doc = article('Jeff Sanborn, president of Ledger & Quill, said the shop would stay open.\n');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Ledger & Quill']);
  });

  it('splits two businesses joined by "and" when the second has a name of several words, or both stand alone', () => {
    const doc = article(
      'Helmar and Global Lumen Technologies are said to be suppliers. Cable and Wireless Plc also bid. The ' +
        'merger of Ostrander and Harlow Media became final. The merged Ostrander and Harlow may cut staff. Ostrander ' +
        'laid off 60 workers and Harlow laid off 20.\n',
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Helmar', 'Global Lumen Technologies', 'Cable and Wireless Plc']));
    expect(names.filter((n) => / and /.test(n))).toEqual(['Cable and Wireless Plc']);
  });

  it('reads a city and a newspaper word as a newspaper, and a body named for people with its possessive', () => {
    const doc = article(
      'The firm, which owns the Lake County Register, Ardmore Herald and Kelso Courier, has cut staff. The ' +
        "Kelso Magistrate's Court heard the case and the District Attorney's Office filed charges.\n",
    );
    const names = doc.organizations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Lake County Register',
        'Ardmore Herald',
        'Kelso Courier',
        "Kelso Magistrate's Court",
        "District Attorney's Office",
      ]),
    );
    expect(doc.people).toEqual([]);
  });

  it("cuts a city's possessive of two words, and keeps a body's name whole after a country's initials", () => {
    const doc = article(
      "The offer was led by New York's Harlan Vessey Brothers Inc. The U.S. Department of Housing and Urban " +
        'Development backs the plan.\n',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual([
      'Harlan Vessey Brothers Inc.',
      'U.S. Department of Housing and Urban Development',
    ]);
    expect(doc.people).toEqual([]);
  });

  it('reads a surname with an inner capital, written alone, as the person named in full', () => {
    const doc = article(
      'ARMONK, N.Y., April 8 - Vantor Corp said vice president Ray S. DelMonte has been named president of its ' +
        'Pell Corp subsidiary. Paul R. Low was named president of the Vantor Products Division, succeeding DelMonte, ' +
        'and will report to the chairman.\n',
    );
    expect(doc.organizations.map((o) => o.name)).not.toContain('DelMonte');
    expect(person(doc, 'Ray S. DelMonte')?.aliases).toContain('DelMonte');
  });
});

describe('product lines', () => {
  it("reads the company's short name and words that name no body as a product line, not a business", () => {
    const doc = article(
      'SAN JOSE, Calif., May 3, 2021 -- Vantor Inc. today launched the Vantor Pulse X2 and the Vantor Cloud Suite. ' +
        'Vantor Capital and Vantor Europe were not involved. Vantor said sales rose.\n',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Vantor Inc.', 'Vantor Capital', 'Vantor Europe']);
  });
});

describe('a business named by the first words of its name', () => {
  it('reads those words as the business, even when they open with a first name, unless the person holds an office', () => {
    const doc = article(
      'CHICAGO, April 3 - Dalton Mereweather Laboratories Inc said it will develop a system with Vantor Corp. ' +
        'Dalton Mereweather said the system will be ready in June.\n',
    );
    expect(org(doc, 'Dalton Mereweather Laboratories Inc')?.aliases).toContain('Dalton Mereweather');
    expect(doc.people).toEqual([]);
    const founder = article(
      'NEW YORK - Charles Vellacott Corp said profit rose. Charles Vellacott, the firm’s chairman, said he was pleased.\n',
    );
    expect(founder.people.map((p) => p.name)).toEqual(['Charles Vellacott']);
  });
});

describe('offices before a name', () => {
  it("reads the field after an office's 'of' as no organization, and a hyphenated first name as a person's", () => {
    const doc = article(
      'STOCKHOLM - Deputy Director of Public Prosecution Eva-Marie Perrsen said on Tuesday the case was closed. ' +
        'The head of trading Jean-Luc Dorval agreed.\n',
    );
    expect(doc.organizations).toEqual([]);
    expect(doc.people.map((p) => p.name)).toEqual(['Eva-Marie Perrsen', 'Jean-Luc Dorval']);
  });
});

describe("a wire story's credit line", () => {
  it('reads the people a credit line names, a first word like "Will" too', () => {
    const doc = article(
      'SATURN MOON HAS LAKES\n\nThe probe found methane lakes on the moon, the scientists said on Monday.\n\n' +
        '(Reporting by Will Dunmore; Editing by Tom Brant)\n',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Will Dunmore', 'Tom Brant']);
    expect(doc.organizations).toEqual([]);
  });
});
