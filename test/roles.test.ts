// Roles (titles and the organization they are held at) and organization names joined by commas or "and",
// one invented sentence per class of case.
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/document.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';

function run(content: string): Document {
  return runArticle(
    { source: { path: 'invented.txt', index: 0, id: null, url: null }, format: 'text', content, meta: {} },
    loadPipeline('news'),
  );
}
const rolesOf = (doc: Document, name: string) =>
  doc.people.find((p) => p.name === name || p.aliases.includes(name))?.roles.map((r) => [r.title, r.organization]);
const orgNames = (doc: Document) => doc.organizations.map((o) => o.name);

describe('titles as written', () => {
  it('reads a contact block line by line: name, title with its department, company', () => {
    const doc = run(
      'Contact:\nMarta Quill\nVice President, Investor Relations\nVelarion Systems, Inc.\n(555) 010-2000\n' +
        'Velarion Systems, Inc. today announced record sales of its pumps.\n',
    );
    expect(rolesOf(doc, 'Marta Quill')).toEqual([['Vice President, Investor Relations', 'Velarion Systems, Inc.']]);
  });

  it('keeps joined offices as one role', () => {
    const doc = run(
      'AUSTIN, Texas, March 3, 2021 -- Quenby Tools Inc. today announced a new plant. "We are proud," said ' +
        'Dorian Fellwood, Chairman, President and Chief Executive Officer of Quenby Tools Inc.\n',
    );
    expect(rolesOf(doc, 'Dorian Fellwood')).toEqual([
      ['Chairman, President and Chief Executive Officer', 'Quenby Tools Inc.'],
    ]);
    const other = run(
      'Harlow Gage Corp. said Imelda Sorrent, Senior Vice President, Treasurer and Secretary, will retire.',
    );
    expect(rolesOf(other, 'Imelda Sorrent')).toEqual([
      ['Senior Vice President, Treasurer and Secretary', 'Harlow Gage Corp.'],
    ]);
  });

  it('keeps a board committee in the title, not as an organization', () => {
    const doc = run(
      'Morrow Brands Inc. said Tobias Lenk (61) will leave its board. Mr. Lenk has served on the board since 2001 ' +
        'and was chairman of the audit committee.',
    );
    expect(rolesOf(doc, 'Tobias Lenk')).toEqual([['chairman of the audit committee', 'Morrow Brands Inc.']]);
  });

  it('splits a contact block set on one line into each company and the person named with an initial', () => {
    const doc = run(
      'EXHIBIT 99.1 CONTACTS: Pellworth Care Geoffrey G. Lenk, Chief Financial Officer 419/555-0145 In Home ' +
        'Vantor C. Michael Arkwright, Interim CEO 612/555-0130 TOLEDO, Ohio, May 3, 1999 -- Pellworth Care, Inc. ' +
        'said today it agreed to buy In Home Vantor, Inc.',
    );
    expect(doc.people.map((p) => p.name).sort()).toEqual(['C. Michael Arkwright', 'Geoffrey G. Lenk']);
    expect(rolesOf(doc, 'Geoffrey G. Lenk')).toEqual([['Chief Financial Officer', 'Pellworth Care, Inc.']]);
  });

  it('reads the office written right after the name of the person named to it', () => {
    const doc = run(
      'NEW YORK, April 7 - The board of Pellworth National Corp said it has named Tobias Lenk chairman and chief ' +
        'executive officer of the insurance holding company. It also named Lena Arkwright president of its ' +
        'Pellworth Life Insurance Co unit.',
    );
    expect(rolesOf(doc, 'Tobias Lenk')).toEqual([['chairman and chief executive officer', 'Pellworth National Corp']]);
    expect(rolesOf(doc, 'Lena Arkwright')).toEqual([['president', 'Pellworth Life Insurance Co']]);
  });

  it('skips an age and a degree after a name', () => {
    const doc = run(
      'Brightmoor Labs Inc. said Lena Arkwright, Ph.D., 54, chief scientific officer of Brightmoor Labs Inc., ' +
        'will lead the program.',
    );
    expect(rolesOf(doc, 'Lena Arkwright')).toEqual([['chief scientific officer', 'Brightmoor Labs Inc.']]);
  });

  it('reads a title after a line break in text wrapped at a fixed width', () => {
    const doc = run(
      'The company reported its third quarter results for the period ended in September today, said Dana Whitcombe, Selvaro\n' +
        'Medical’s Chairman, President and Chief Executive Officer.\n',
    );
    expect(rolesOf(doc, 'Dana Whitcombe')?.map((r) => r[0])).toEqual([
      'Chairman, President and Chief Executive Officer',
    ]);
  });
});

describe('roles outside the lead', () => {
  it('gives each office of a biography its own employer', () => {
    const doc = run(
      'Ostrava Pet Brands Inc. named Gregor Tolliver chief executive officer. Mr. Tolliver served as Group President ' +
        'of Harwick Foods Corp., and earlier served as President and Chief Operating Officer of Penrose Pet Supply Inc. ' +
        'He is currently a board member of Aldane Corp. and Wexcombe Holdings Ltd.',
    );
    const roles = rolesOf(doc, 'Tolliver');
    expect(roles).toContainEqual(['Group President', 'Harwick Foods Corp.']);
    expect(roles).toContainEqual(['President and Chief Operating Officer', 'Penrose Pet Supply Inc.']);
    expect(roles).toContainEqual(['board member', 'Aldane Corp.']);
    expect(roles).toContainEqual(['board member', 'Wexcombe Holdings Ltd.']);
    expect(roles).not.toContainEqual(['President', 'Harwick Foods Corp.']);
  });

  it('resolves "its unit" and "join X as"', () => {
    const unit = run(
      'Tarrow Group Inc said Elsa Morne, head of its Pell Brands unit, was named a vice chairman of the parent.',
    );
    expect(rolesOf(unit, 'Elsa Morne')).toEqual([
      ['head', 'Pell Brands'],
      ['vice chairman', 'Tarrow Group Inc'],
    ]);
    const join = run(
      'Ansel Corry will join Hollerith Banewick Frost & Dorran Capital Partners, Inc. as managing director.',
    );
    expect(rolesOf(join, 'Ansel Corry')).toEqual([
      ['managing director', 'Hollerith Banewick Frost & Dorran Capital Partners, Inc.'],
    ]);
  });
});

describe('organization names with commas and "and"', () => {
  it('keeps a partnership of founders whole, and two firms apart', () => {
    const doc = run(
      'Kestrel Mining Corp hired Brant, Hollis, Varney and Co as its adviser. Hollerith Banewick Frost & Dorran ' +
        'Capital Partners, Inc. gave an opinion. Separately, Kestrel Mining and Vance Holdings Inc. signed a deal.',
    );
    const names = orgNames(doc);
    expect(names).toContain('Brant, Hollis, Varney and Co');
    expect(names).toContain('Hollerith Banewick Frost & Dorran Capital Partners, Inc.');
    expect(names).toContain('Vance Holdings Inc.');
    expect(names).not.toContain('Kestrel Mining and Vance Holdings Inc.');
  });

  it('keeps an exchange or a ministry named after several fields whole, and lists of companies apart', () => {
    const doc = run(
      'The New York Coffee, Sugar and Cocoa Exchange raised margins. The Ministry of Trade, Industry and Energy ' +
        'approved. Vantor Oil, Gas and Mining Corp. agreed. Brent Oil, Kestrel Gas and Vantor Mining Corp. signed.',
    );
    expect(orgNames(doc)).toEqual(
      expect.arrayContaining([
        'New York Coffee, Sugar and Cocoa Exchange',
        'Ministry of Trade, Industry and Energy',
        'Vantor Oil, Gas and Mining Corp.',
        'Kestrel Gas',
        'Vantor Mining Corp.',
      ]),
    );
  });

  it('keeps ordinary words joined by "and" inside one body whole, and two bodies apart', () => {
    const doc = run(
      'The National Salt and Brine Association said prices rose. The Coastal Roads and Bridges Committee met. ' +
        'The Department of Farming and Rural Affairs objected. The Kestrel Harbour Board and Vantor Growers ' +
        'Association disagreed. The Bank of Dorran and Brant Hollis Council spoke.',
    );
    const names = orgNames(doc);
    expect(names).toEqual(
      expect.arrayContaining([
        'National Salt and Brine Association',
        'Coastal Roads and Bridges Committee',
        'Department of Farming and Rural Affairs',
        'Kestrel Harbour Board',
        'Bank of Dorran',
      ]),
    );
    expect(names.some((n) => n.includes('Board and') || n.includes('Dorran and'))).toBe(false);
  });

  it('keeps "Building & Contracting" in one name when its short form is defined right after it', () => {
    const doc = run(
      'CLEVELAND, OHIO – (September 5, 2023) – Tarrow Innovations, Inc. announces the closing of its acquisition ' +
        'of Pellman Building & Contracting, Inc. ("Pellman Building"). The deal was entered into between Tarrow ' +
        'and Roger Pellman, Pellman Building’s sole shareholder.',
    );
    expect(orgNames(doc)).toContain('Pellman Building & Contracting, Inc.');
  });

  it('ends a name at a headline verb, and keeps a Mexican or Italian legal form in the name', () => {
    const doc = run(
      'Tencora, Jaxon and Vivmart Announce Equity Investment and Business Cooperation\n' +
        'BEIJING, Dec. 18, 2017 -- Tencora Holdings Limited, Jaxon Retail, Inc. and Vivmart Holdings Limited today ' +
        'announced a business cooperation. Grupo Velasco, S.A.B. and Nuove Strade S.r.l. are advisers.',
    );
    const names = orgNames(doc);
    expect(names).toEqual(expect.arrayContaining(['Grupo Velasco, S.A.B.', 'Nuove Strade S.r.l.']));
    expect(names.filter((n) => /Announce|S\.A\.B\.$/.test(n) && !n.startsWith('Grupo'))).toEqual([]);
    const acquires = run(
      'Harlow Systems Inc. Acquires Pell Data Corp.\nNEW YORK, Jan. 16, 2025 -- Harlow Systems Inc. today said it ' +
        'bought a maker of storage software.',
    );
    expect(orgNames(acquires)).toEqual(expect.arrayContaining(['Harlow Systems Inc.', 'Pell Data Corp.']));
    expect(doc.deals.map((d) => d.parties.length)).toEqual([3]);
  });

  it("keeps a university's campus and a possessive before ', Inc.'", () => {
    const doc = run(
      'She taught at the University of California, Los Angeles. Papa Joe’s International, Inc. hired her.',
    );
    expect(orgNames(doc)).toEqual(
      expect.arrayContaining(['University of California, Los Angeles', 'Papa Joe’s International, Inc.']),
    );
  });
});

describe('names and titles broken over lines', () => {
  it('joins a name wrapped after its middle initial, and writes it on one line', () => {
    const doc = run(
      'Brantley Optics Elects Two Directors\n\nDENVER, May 2, 2006 -- Brantley Optics Corporation is pleased ' +
        'to announce the election of Wilma T.\nHargrove and Oskar P. Lindqvist to the Company’s Board of Directors.\n',
    );
    const names = doc.people.map((p) => p.name);
    expect(names).toContain('Wilma T. Hargrove');
    expect(names).not.toContain('Wilma T.');
  });

  it('joins a contact block that gives first name, surname and title on lines of their own', () => {
    const doc = run(
      'Exhibit 99.1\nContact:\nGareth\nMoulding\nChief\nFinancial Officer\nQuillon Devices Inc.\n(555) 010-4477\n\n' +
        'TAMPA, Fla., June 1, 2007 -- Quillon Devices Inc. today reported higher sales of its valves.\n',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Gareth Moulding']);
    expect(rolesOf(doc, 'Gareth Moulding')?.[0]?.[0]).toBe('Chief Financial Officer');
  });
});

describe('generational suffixes', () => {
  it('keeps "Jr." and "III" in the name, with or without a comma, and the surname as its short form', () => {
    const doc = run(
      'BOSTON, March 3, 2004 -- Pellworth Instruments Inc. named Harold P. Quenneville, Jr. as chairman. ' +
        'Tobias Wrenfield III will retire. Mr. Quenneville said the board was unanimous.\n',
    );
    const grimsby = doc.people.find((p) => p.name === 'Harold P. Quenneville, Jr.');
    expect(grimsby?.aliases).toContain('Quenneville');
    expect(doc.people.map((p) => p.name)).toContain('Tobias Wrenfield III');
    expect(doc.people.map((p) => p.name)).not.toContain('Jr.');
  });
});

describe('where a name starts', () => {
  it("reads a person's possessive before a company as the person, then the company", () => {
    const doc = run(
      'LONDON, May 4, 1988 -- Media investor Hector Pellamy’s Pellamy Broadcasting Ltd said it had bid for the ' +
        'station. Pellamy Broadcasting Ltd owns four others.\n',
    );
    expect(orgNames(doc)).toContain('Pellamy Broadcasting Ltd');
    expect(orgNames(doc).some((n) => n.includes('Hector'))).toBe(false);
    expect(doc.people.map((p) => p.name)).toContain('Hector Pellamy');
  });

  it('leaves the country initials out of a company named in full after them', () => {
    const doc = run(
      'NEW YORK, June 9, 1987 -- Vandalon AG said it agreed to buy U.S. Marrow Glass Works Inc for 40 mln dlrs. ' +
        'U.S. Steelwick Corp said it would not bid.\n',
    );
    expect(orgNames(doc)).toContain('Marrow Glass Works Inc');
    expect(orgNames(doc)).toContain('U.S. Steelwick Corp');
  });

  it('reads two initials and a surname as a person', () => {
    const doc = run('CHICAGO, April 2, 2003 -- Ostrava Mills Inc. said T. W. Kellerby will join its board.\n');
    expect(doc.people.map((p) => p.name)).toContain('T. W. Kellerby');
    expect(orgNames(doc)).not.toContain('T. W. Kellerby');
  });
});

describe('headlines in title case', () => {
  it('ends a name at the headline verb', () => {
    const doc = run(
      'Qorvane Acquires Lindell Systems Corporation\n\nDENVER, May 2, 2006 -- Qorvane Inc. said today it had ' +
        'acquired Lindell Systems Corporation, a maker of valves.\n',
    );
    expect(orgNames(doc)).toContain('Lindell Systems Corporation');
    expect(orgNames(doc).some((n) => /Acquires/.test(n))).toBe(false);
  });
});

describe('names in wire copy and titles', () => {
  it('keeps a name whole in fixed-width copy that breaks after the middle initial on a short line', () => {
    const doc = run(
      [
        'AURORA, Ill., March 8, 2005 - Tessaly Coatings Corporation, the leading',
        'maker of glazes for the ceramics industry, is pleased to announce today',
        'the election of Miriam K. Oyelaran and Tobin R. Achterberg to the Board',
        'of Directors of the company, effective at once, the company said in its',
        'statement released to the press in Aurora on Tuesday morning this week.',
        'Miriam K.',
        'Oyelaran, 58, is the dean of engineering at a large public university in',
        'the Midwest, where she has taught since the year nineteen hundred ninety.',
      ].join('\n'),
    );
    expect(doc.people.map((p) => p.name).sort()).toEqual(['Miriam K. Oyelaran', 'Tobin R. Achterberg']);
  });

  it('starts a person at an honorific inside a run of capitals', () => {
    const doc = run(
      'WASHINGTON, May 3, 2022 -- The Under Secretary for Research and Engineering Dr. Mara Quillfeather said ' +
        'Quorra Systems Inc. won the award.\n',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Mara Quillfeather']);
    expect(orgNames(doc).some((n) => n.includes('Quillfeather'))).toBe(false);
  });
});

describe('firms joined by "&"', () => {
  it('keeps "X & Y Co" whole, and its short form without the suffix, whatever else X names', () => {
    const doc = run(
      'DETROIT, May 2, 1996 -- Shares of Denver & Quillon Co rose after the seat maker agreed to be bought. ' +
        'Denver & Quillon has four plants.\n',
    );
    const firm = doc.organizations.find((o) => o.name === 'Denver & Quillon Co');
    expect(firm?.aliases).toContain('Denver & Quillon');
    expect(orgNames(doc).some((n) => n.startsWith('Shares'))).toBe(false);
  });
});

describe('offices named by their post, states that go on, and the announcing company', () => {
  it('reads "the additional post of", "promoted to the position of", "will remain" and "will be the unit\'s"', () => {
    const doc = run(
      'DENVER, May 2 - Harlow Care Inc said Stephen Q. Varn, 55, president and chief executive officer, will ' +
        'assume the additional post of chairman of the executive committee. It added that Robert J. Tansy, an ' +
        'executive vice president, was promoted to the position of senior executive vice president of the parent. ' +
        'Tarrow Gas Corp said Dan Fobb will be the unit’s president, taking over from Olin Lanz, who will remain ' +
        'chairman and chief executive officer.',
    );
    expect(rolesOf(doc, 'Stephen Q. Varn')).toContainEqual(['chairman of the executive committee', 'Harlow Care Inc']);
    expect(rolesOf(doc, 'Robert J. Tansy')).toContainEqual(['senior executive vice president', 'Harlow Care Inc']);
    expect(rolesOf(doc, 'Dan Fobb')).toEqual([['president', 'Tarrow Gas Corp']]);
    expect(rolesOf(doc, 'Olin Lanz')).toEqual([['chairman and chief executive officer', 'Tarrow Gas Corp']]);
  });

  it('reads "for <function>" in the office, and "will take over as" a further office after an apposition', () => {
    const doc = run(
      'LOMBARD, Ill., March 26 - Tarrow Gas Corp said Robert Hodd, Tarrow Gas senior vice president for planning ' +
        'and administration, will take over as president of Tarrow Services. Anna Kells, vice president for sales ' +
        'at Tarrow Gas Corp, retired.',
    );
    expect(rolesOf(doc, 'Robert Hodd')).toEqual([
      ['senior vice president for planning and administration', 'Tarrow Gas Corp'],
      ['president', 'Tarrow Services'],
    ]);
    expect(rolesOf(doc, 'Anna Kells')).toEqual([['vice president for sales', 'Tarrow Gas Corp']]);
  });

  it('reads a biography after an opening phrase, "where she served as", "promoted X to", and a school in the title', () => {
    const doc = run(
      'Harlow Systems Inc. elected Robert Birch to its board. Mr. Birch is the Chancellor of Ostrava University. ' +
        'Before that, he was the Dean of the School of Science at the Pellham Institute of Technology, and ' +
        'previously had been chair of P.I.T.’s department of physics. Harlow also promoted David Kerr to executive ' +
        'vice president. The company named Jim Oakes to head the new unit. Harlow named Peter Vance, formerly chief ' +
        'operating officer of Lumen Data Inc., as its new president.',
    );
    expect(rolesOf(doc, 'Robert Birch')).toEqual([
      ['Chancellor', 'Ostrava University'],
      ['Dean of the School of Science', 'Pellham Institute of Technology'],
      // (P.I.T. is the institute's acronym: one organization)
      ['chair of department of physics', 'Pellham Institute of Technology'],
    ]);
    expect(rolesOf(doc, 'David Kerr')).toEqual([['executive vice president', 'Harlow Systems Inc.']]);
    expect(rolesOf(doc, 'Jim Oakes')).toEqual([]);
    expect(rolesOf(doc, 'Peter Vance')).toContainEqual(['president', 'Harlow Systems Inc.']);
  });

  it('"joins X from Y, where she served as ..." gives the office at Y, and ends', () => {
    const doc = run(
      'NEW YORK -- Harlow Systems Inc. today announced that Jane Pellow will be its Chief Financial Officer. Ms. ' +
        'Jane Pellow joins Harlow from Tarn Capital LLC, where she served as Vice President of Finance.',
    );
    expect(rolesOf(doc, 'Jane Pellow')).toEqual([
      ['Chief Financial Officer', 'Harlow Systems Inc.'],
      ['Vice President of Finance', 'Tarn Capital LLC'],
    ]);
  });

  it('gives a list of names with "Jr." the office they resigned from', () => {
    const doc = run(
      'DENVER, May 2 - Harlow Care Inc said its chairman resigned. In addition, Joseph D. Bramwell Jr., Anders Q. ' +
        'Brill and Robert E. Moss have resigned as directors, the company said.',
    );
    for (const name of ['Joseph D. Bramwell Jr.', 'Anders Q. Brill', 'Robert E. Moss'])
      expect(rolesOf(doc, name)).toEqual([['director', 'Harlow Care Inc']]);
  });

  it('reads "its President, X," before another office, at the sentence\'s company', () => {
    const doc = run(
      'BOSTON, April 3 - Harbor Nine Savings Bank said it agreed to merge with Lindell Bank. Harbor Nine Savings ' +
        'Bank said its President, Peter J. Vorley, will become vice chairman of the holding company.',
    );
    expect(rolesOf(doc, 'Peter J. Vorley')).toContainEqual(['President', 'Harbor Nine Savings Bank']);
  });

  it('gives a bare "President X" the company named before it, and leaves a head of state alone', () => {
    const doc = run(
      'Harlow Medical Corp said Willa Stroud resigned as chairman, with President Kye Anders assuming her duties. ' +
        'U.S. President Dalton Reeve said he would meet the trade delegation.',
    );
    expect(rolesOf(doc, 'Kye Anders')).toEqual([['President', 'Harlow Medical Corp']]);
    expect(rolesOf(doc, 'Dalton Reeve')).toEqual([['President', null]]);
    // a president opening the text, and one after a government body, hold no company's office
    const office = run(
      'President Dalton Reeve told the Senate Finance Committee he would sign the bill. Later, President Dalton ' +
        'Reeve met reporters.',
    );
    expect(rolesOf(office, 'Dalton Reeve')).toEqual([['President', null]]);
  });

  it('reads "in charge of" as part of the office, "would remain as", and "... and as" a second office', () => {
    const doc = run(
      'DETROIT, April 7 - Orvane Motors Corp said it set up a new office. In Asia, Barton Greer, Orvane Motors’ ' +
        'vice president in charge of Asian, African and International Export operations, will assume ' +
        'responsibility for Australian operations. Orvane Motors named Jim Waters, vice president in charge of the ' +
        'Overseas Group, to head the operations. Tarrow Corp said Robert Gales would remain as deputy director of ' +
        'the unit. Vexol Corp said its board named Ben Nowitt to the new position of vice chairman and as chief ' +
        'executive officer.',
    );
    expect(rolesOf(doc, 'Barton Greer')).toEqual([
      ['vice president in charge of Asian, African and International Export operations', 'Orvane Motors Corp'],
    ]);
    expect(rolesOf(doc, 'Jim Waters')?.map((r) => r[0])).toEqual(['vice president in charge of the Overseas Group']);
    expect(rolesOf(doc, 'Robert Gales')).toEqual([['deputy director', 'Tarrow Corp']]);
    expect(rolesOf(doc, 'Ben Nowitt')).toEqual([
      ['vice chairman', 'Vexol Corp'],
      ['chief executive officer', 'Vexol Corp'],
    ]);
  });

  it("takes the newswire's marked company, or the subject before an appositive, as the one that announces", () => {
    const wire = run(
      'CALGARY, March 2 - <Norvale Air Corp> said it integrated the management of Norvale and the recently ' +
        'acquired Kestin Air Lines Ltd. It appointed chief executive Rhys Allard as chairman.\n\n' +
        'Kestin Air Lines Ltd was bought from Kestin Holdings Ltd, which owns Kestin Rail Ltd and Kestin Hotels Ltd. ' +
        'Kestin Holdings Ltd is based in Toronto, and Kestin Holdings Ltd owns hotels.',
    );
    // (the office held before the appointment, and the new one)
    expect(rolesOf(wire, 'Rhys Allard')).toEqual([
      ['chief executive', 'Norvale Air Corp'],
      ['chairman', 'Norvale Air Corp'],
    ]);
    const release = run(
      'Greenville, S.C. – Dorrance Holdings, Inc., a bank holding company whose main subsidiary is Dorrance Bank, ' +
        'announced today a new branch. "We are proud," said Jan Pellow, Chief Executive Officer.',
    );
    expect(rolesOf(release, 'Jan Pellow')).toEqual([['Chief Executive Officer', 'Dorrance Holdings, Inc.']]);
  });
});

describe('successions, ranks, quotations and departments', () => {
  it('gives the one succeeded the office of the clause, and keeps a higher rank apart from the lower one', () => {
    const doc = run(
      'Dalworth Pumps Inc said Nina Corvell has been elected president, succeeding Owen Prast, who remains ' +
        'chairman. Dalworth Pumps Inc also said Lars Emmet, an executive vice president, was promoted to the ' +
        'position of senior executive vice president.',
    );
    expect(rolesOf(doc, 'Owen Prast')).toContainEqual(['president', 'Dalworth Pumps Inc']);
    expect(rolesOf(doc, 'Owen Prast')).toContainEqual(['chairman', 'Dalworth Pumps Inc']);
    expect(rolesOf(doc, 'Lars Emmet')).toEqual([
      ['executive vice president', 'Dalworth Pumps Inc'],
      ['senior executive vice president', 'Dalworth Pumps Inc'],
    ]);
  });

  it('reads no appointing verb into a title, and folds "the new Chairman" into the fuller one', () => {
    const doc = run(
      'Morvale Foods Inc. said Anne Lindqvist was named chairman of the board. "We are ready," said Morvale\'s ' +
        'new Chairman, Anne Lindqvist. Ida Sorn was appointed CEO of Morvale Foods Inc. in 2019.',
    );
    expect(rolesOf(doc, 'Ida Sorn')).toEqual([['CEO', 'Morvale Foods Inc.']]);
    expect(rolesOf(doc, 'Anne Lindqvist')).toEqual([['chairman of the board', 'Morvale Foods Inc.']]);
  });

  it("gives a speaker's bare title the announcing company, not a company named in the quotation", () => {
    const doc = run(
      'Harlow Bancorp, Inc. announced today that it raised capital from Brightwater Partners. "The commitment from ' +
        'Brightwater Partners confirms our progress," said Dana Voss, Chief Executive Officer.',
    );
    expect(rolesOf(doc, 'Dana Voss')).toEqual([['Chief Executive Officer', 'Harlow Bancorp, Inc.']]);
  });

  it('keeps a department named in capitals in the title when the employer follows it', () => {
    const doc = run(
      'Corvex Media Inc. ("Corvex") and Sandal Networks Inc. ("Sandal") today announced an agreement. "We are ' +
        'glad," said Lia Brandt, Vice President of Parks and Outdoor Events of Corvex. "It is a fine day," added ' +
        'Tomas Reil, Senior Vice President Content Licensing, Sandal.',
    );
    expect(rolesOf(doc, 'Lia Brandt')).toEqual([['Vice President of Parks and Outdoor Events', 'Corvex Media Inc.']]);
    expect(rolesOf(doc, 'Tomas Reil')).toEqual([['Senior Vice President Content Licensing', 'Sandal Networks Inc.']]);
  });

  it("gives a speaker's possessive title the paragraph's company when the quotation names it", () => {
    const doc = run(
      'SHANGHAI - Alibaba Group said its marketplace keeps growing.\nHarwell Ltd on Wednesday launched its store ' +
        'on the marketplace. “China has remained integral to Harwell Ltd’s strategy,” said Simon Trask, the brand’s CEO.',
    );
    expect(rolesOf(doc, 'Simon Trask')).toEqual([['CEO', 'Harwell Ltd']]);
  });
});

describe('titles in news stories', () => {
  it('reads a short office before a name as the title written', () => {
    const doc = run(
      'WASHINGTON - Sen. Carla Dunmore said on Tuesday the bill would pass. Rep. Mark Pell disagreed. ' +
        'Gov. Tim Hollis signed it later.\n',
    );
    expect(rolesOf(doc, 'Carla Dunmore')).toEqual([['Sen.', null]]);
    expect(rolesOf(doc, 'Mark Pell')).toEqual([['Rep.', null]]);
    expect(rolesOf(doc, 'Tim Hollis')).toEqual([['Gov.', null]]);
  });

  it('keeps the field after "of" in the title when the employer follows with "at"', () => {
    const doc = run(
      '"We saw it," said Paul Tarrey, an associate professor of physics at the University of Kelso. Mark Lowe, ' +
        'Head of Fundamental Research at Kotal Securities, said stocks rose. Dana Pell, a research fellow at the ' +
        'Varn Space Agency, agreed.\n',
    );
    expect(rolesOf(doc, 'Paul Tarrey')).toEqual([['associate professor of physics', 'University of Kelso']]);
    expect(rolesOf(doc, 'Mark Lowe')).toEqual([['Head of Fundamental Research', 'Kotal Securities']]);
    expect(rolesOf(doc, 'Dana Pell')).toEqual([['research fellow', 'Varn Space Agency']]);
    expect(orgNames(doc)).not.toContain('Fundamental Research');
  });
});

describe('titles in newswire copy', () => {
  it("reads an office held at a company in Reuters' brackets, and an office after 'currently'", () => {
    const doc = run(
      'NEW YORK, April 7 - Harlow National Corp said it has named Carl Hinden chairman. Hinden is also president ' +
        'and chief executive officer of <Kelso Mutual Life Insurance Co>, a mutual insurer. The companies said ' +
        'Anna Wey, currently Vantor Systems chairman and chief executive, will stay.\n',
    );
    expect(rolesOf(doc, 'Carl Hinden')).toContainEqual([
      'president and chief executive officer',
      'Kelso Mutual Life Insurance Co',
    ]);
    expect(rolesOf(doc, 'Anna Wey')).toEqual([['chairman and chief executive', 'Vantor Systems']]);
  });
});

describe('committees of the board', () => {
  it('keeps a board committee in the title and gives the office to the company, not the committee', () => {
    const doc = run(
      'REDMOND, Wash. - Vantor Corp. said directors Chuck Noster and Helmut Panz will retire. "They have brought ' +
        'wisdom to our board, including in the roles Chuck has played as chair of the Audit Committee and Helmut has ' +
        'played as chair of the Ethics and Public Policy Committee," Tom Lane said. Ann Bree, a member of the ' +
        'Compensation Committee, agreed.\n',
    );
    expect(rolesOf(doc, 'Chuck Noster')).toContainEqual(['chair of the Audit Committee', 'Vantor Corp.']);
    expect(rolesOf(doc, 'Helmut Panz')).toEqual([['chair of the Ethics and Public Policy Committee', 'Vantor Corp.']]);
    expect(rolesOf(doc, 'Ann Bree')).toEqual([['member of the Compensation Committee', 'Vantor Corp.']]);
  });
});

describe('offices of two people in one sentence', () => {
  it('gives the office right before a name after "as ... and" to that person, at the company', () => {
    const doc = run(
      'DALLAS - Kelvar Systems Inc said Jon W. Dixby will retire April 21 as chairman and chief executive ' +
        'officer. The company said president David R. Tackle will succeed Dixby as chairman and chief executive ' +
        'and senior vice president Ed Keggers will become president.\n',
    );
    expect(rolesOf(doc, 'Ed Keggers')).toEqual([
      ['senior vice president', 'Kelvar Systems Inc'],
      ['president', 'Kelvar Systems Inc'],
    ]);
    expect(rolesOf(doc, 'Jon W. Dixby')).toEqual([['chairman and chief executive officer', 'Kelvar Systems Inc']]);
  });
});

describe('employers around a title in news copy', () => {
  it('reads an employer before an adjective and a title, and one described after "of the"', () => {
    const doc = run(
      '"We found water," lead researcher and ESRO planetary scientist Lucas Pagan said in an ESRO statement. "It ' +
        'was wrong," Wil Mayo, chief executive of the London-based fact-checking website Fact Lantern, told the agency.\n',
    );
    expect(rolesOf(doc, 'Lucas Pagan')).toEqual([['planetary scientist', 'ESRO']]);
    expect(rolesOf(doc, 'Wil Mayo')).toEqual([['chief executive', 'Fact Lantern']]);
  });
});

describe("a company's units", () => {
  it('reads a unit named by title words after a possessive or "the", and gives its head the unit', () => {
    const doc = run(
      'ARMONK, N.Y. - Vantor Corp said Michael Attar has been named president of Vantor’s General Technology ' +
        'Division. Ann Bree, vice president of the Global Products Group, left.\n',
    );
    expect(orgNames(doc)).toEqual(expect.arrayContaining(['General Technology Division', 'Global Products Group']));
    expect(rolesOf(doc, 'Michael Attar')).toEqual([['president', 'General Technology Division']]);
    expect(rolesOf(doc, 'Ann Bree')).toEqual([['vice president', 'Global Products Group']]);
  });
});

describe('the one replaced', () => {
  it('gives the office to the one replaced past a described company, and the post he returns to', () => {
    const doc = run(
      'NEW YORK, April 7 - The board of directors of Harlow National Corp said it has named Carl Hinden chairman ' +
        'and chief executive officer of the life insurance holding company, replacing Wilbur Wheelan Jr, who ' +
        'returns to his former position of vice chairman.\n',
    );
    expect(rolesOf(doc, 'Wilbur Wheelan Jr')).toEqual([
      ['chairman and chief executive officer', 'Harlow National Corp'],
      ['vice chairman', 'Harlow National Corp'],
    ]);
  });
});
