import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Amount, Document } from '../src/document.js';
import { findAmounts } from '../src/extract/amounts/index.js';
import { loadFile } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const read = (rel: string): string => readFileSync(`${SHARED}${rel}`, 'utf8');

/** The amount written exactly as `text` (the first one), as kind/value/currency. */
function amountOf(amounts: Amount[], text: string): Pick<Amount, 'kind' | 'value' | 'currency'> & Partial<Amount> {
  const a = amounts.find((x) => x.text === text);
  if (!a) throw new Error(`no amount "${text}" among ${JSON.stringify(amounts.map((x) => x.text))}`);
  return a;
}
const money = (value: number, currency: string) => expect.objectContaining({ kind: 'money', value, currency });

let reuters: Document[] = [];
const reutersWith = (needle: string): string => {
  const doc = reuters.find((d) => d.text.includes(needle));
  if (!doc) throw new Error(`no Reuters article with "${needle}"`);
  return doc.text;
};

beforeAll(async () => {
  const pipeline = loadPipeline('newswire');
  pipeline.stages = pipeline.stages.filter((s) => s.stage === 'clean' || s.stage === 'segment');
  const results = await loadFile(`${SHARED}corpus/reuters21578/reut2-000.sgm`);
  reuters = results.flatMap((r) => ('article' in r ? [runArticle(r.article, pipeline)] : []));
});

describe('amounts: money in press copy', () => {
  it('reads A$, $ and £ with bn/m scales in a BBC business story', () => {
    const amounts = findAmounts(read('corpus/dev/docs/b07.txt'));
    expect(amountOf(amounts, 'A$3.1bn')).toEqual(money(3_100_000_000, 'AUD'));
    expect(amountOf(amounts, '$2.4bn')).toEqual(money(2_400_000_000, 'USD'));
    expect(amountOf(amounts, '£1.25bn')).toEqual(money(1_250_000_000, 'GBP'));
    expect(amountOf(amounts, 'A$846m')).toEqual(money(846_000_000, 'AUD'));
    expect(amountOf(amounts, '18.8%')).toEqual(
      expect.objectContaining({ kind: 'percent', value: 18.8, currency: null }),
    );
  });

  it('reads "USD 150 Million", "US$600 million", "U.S. $64.5 million" and exact cents', () => {
    expect(amountOf(findAmounts(read('corpus/dev/docs/a09.txt')), 'USD 150 Million')).toEqual(
      money(150_000_000, 'USD'),
    );
    expect(amountOf(findAmounts(read('corpus/dev/docs/b09.txt')), 'US$600 million')).toEqual(money(600_000_000, 'USD'));
    expect(amountOf(findAmounts(read('corpus/dev/docs/c10.txt')), 'U.S. $64.5 million')).toEqual(
      money(64_500_000, 'USD'),
    );
    const b10 = findAmounts(read('corpus/dev/docs/b10.txt'));
    expect(amountOf(b10, '$5,000,001.05')).toEqual(money(5_000_001.05, 'USD'));
    // "$1.15 per share" is a price per share, not a total.
    expect(amountOf(b10, '$1.15').per).toBe('share');
  });

  it('gives every span the text it names', () => {
    const text = read('corpus/dev/docs/c12.txt');
    const amounts = findAmounts(text);
    expect(amounts.length).toBeGreaterThan(3);
    for (const a of amounts) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(amountOf(amounts, '$130.0 million')).toEqual(money(130_000_000, 'USD'));
  });
});

describe('amounts: newswire forms', () => {
  it('reads "mln dlrs", "five mln krone" and Danish kroner as DKK', () => {
    const r03 = findAmounts(read('corpus/dev/docs/r03.sgm'));
    expect(amountOf(r03, 'five mln krone')).toEqual(money(5_000_000, 'DKK'));
    expect(amountOf(r03, '25 pct')).toEqual(expect.objectContaining({ kind: 'percent', value: 25 }));
    expect(amountOf(r03, '10 billion yen')).toEqual(money(10_000_000_000, 'JPY'));
    const r13 = findAmounts(read('corpus/dev/docs/r13.sgm'));
    expect(amountOf(r13, '14.5 mln dlrs')).toEqual(money(14_500_000, 'USD'));
  });

  it('reads "mln stg", "Swiss francs" and per-share cents', () => {
    expect(amountOf(findAmounts(reutersWith('30 mln stg expansion')), '30 mln stg')).toEqual(money(30_000_000, 'GBP'));
    expect(amountOf(findAmounts(reutersWith('12.8 mln Swiss francs')), '12.8 mln Swiss francs')).toEqual(
      money(12_800_000, 'CHF'),
    );
    const shr = findAmounts(reutersWith('Shr 39 cts vs 50 cts'));
    expect(amountOf(shr, '39 cts')).toEqual(expect.objectContaining({ value: 0.39, currency: 'USD', per: 'share' }));
    const offer = findAmounts(reutersWith('increased to 7.50 dlrs a share'));
    expect(amountOf(offer, '7.50 dlrs')).toEqual(expect.objectContaining({ value: 7.5, per: 'share' }));
  });

  it('gives both ends of a range their currency, scale and unit', () => {
    const cocoa = findAmounts(reutersWith('1,750 to 1,780 dlrs per tonne'));
    expect(amountOf(cocoa, '1,750')).toEqual(
      expect.objectContaining({ kind: 'money', value: 1750, currency: 'USD', per: 'tonne' }),
    );
    expect(amountOf(cocoa, '1,780 dlrs')).toEqual(expect.objectContaining({ value: 1780, per: 'tonne' }));
    // Three-item list ending in "and": every item is money.
    expect(amountOf(cocoa, '1,870')).toEqual(money(1870, 'USD'));
    expect(amountOf(cocoa, '340')).toEqual(money(340, 'BRC'));
    const mac = findAmounts(reutersWith('15-20 pct faster'));
    expect(amountOf(mac, '15')).toEqual(expect.objectContaining({ kind: 'percent', value: 15 }));
    expect(amountOf(mac, '20 pct')).toEqual(expect.objectContaining({ kind: 'percent', value: 20 }));
  });

  it('takes a shared currency noun from the dateline city: francs in BRUSSELS copy are Belgian', async () => {
    const pipeline = loadPipeline('newswire');
    const raw = (await loadFile(`${SHARED}corpus/reuters21578/reut2-001.sgm`)).find(
      (r) => 'article' in r && r.article.content.includes('five billion francs'),
    );
    if (!raw || !('article' in raw)) throw new Error('no article with "five billion francs"');
    const doc = runArticle(raw.article, pipeline);
    expect(doc.text.startsWith('BRUSSELS')).toBe(true);
    expect(amountOf(findAmounts(doc.text), 'five billion francs')).toEqual(money(5_000_000_000, 'BEF'));
    // Without a telling dateline the French franc stays the reading.
    expect(amountOf(findAmounts(reutersWith('spend two billion francs')), 'two billion francs')).toEqual(
      money(2_000_000_000, 'FRF'),
    );
  });

  it('borrows the scale for a bare first end: "$5 to $10 million"', () => {
    // Written as in press releases; the Reuters file has no symbol ranges.
    const amounts = findAmounts(`${read('corpus/dev/docs/c03.txt')} Fees range from $5 to $10 million.`);
    expect(amountOf(amounts, '$5')).toEqual(money(5_000_000, 'USD'));
    expect(amountOf(amounts, '$10 million')).toEqual(money(10_000_000, 'USD'));
  });

  it('reads scales written in capitals or doubled: "$10.5M", "$3MM", "$2.5B", "US$1.2bn"', () => {
    const amounts = findAmounts('Quillon will pay $10.5M in cash, $3MM in notes, $2.5B in debt and US$1.2bn later.');
    expect(amountOf(amounts, '$10.5M')).toEqual(money(10_500_000, 'USD'));
    expect(amountOf(amounts, '$3MM')).toEqual(money(3_000_000, 'USD'));
    expect(amountOf(amounts, '$2.5B')).toEqual(money(2_500_000_000, 'USD'));
    expect(amountOf(amounts, 'US$1.2bn')).toEqual(money(1_200_000_000, 'USD'));
    // a millimetre is no million
    expect(findAmounts('The sheet is 5 mm thick.').filter((a) => a.kind === 'money')).toEqual([]);
  });

  it('reads "Dlrs" in capitals, and bare dollars from a dollar country\'s dateline city as its own', () => {
    const calgary = findAmounts('CALGARY, Alberta, May 4 - Redfern said it paid 120 mln dlrs and 15 mln U.S. Dlrs.');
    expect(amountOf(calgary, '120 mln dlrs')).toEqual(money(120_000_000, 'CAD'));
    expect(amountOf(calgary, '15 mln U.S. Dlrs')).toEqual(money(15_000_000, 'USD'));
    const sydney = findAmounts('SYDNEY, June 2 - Thornbury bid 40 mln dlrs for the miner.');
    expect(amountOf(sydney, '40 mln dlrs')).toEqual(money(40_000_000, 'AUD'));
    const chicago = findAmounts('CHICAGO, June 2 - Thornbury bid 40 mln dlrs for the miner.');
    expect(amountOf(chicago, '40 mln dlrs')).toEqual(money(40_000_000, 'USD'));
  });

  it('reads quantities with units, and pounds of weight as a quantity', () => {
    const cocoa = findAmounts(reutersWith('Arrivals for the week ended February 22'));
    expect(amountOf(cocoa, '155,221 bags')).toEqual(
      expect.objectContaining({ kind: 'quantity', value: 155221, unit: 'bags' }),
    );
    expect(amountOf(cocoa, '6.4 mln bags')).toEqual(expect.objectContaining({ kind: 'quantity', value: 6_400_000 }));
    const b10 = findAmounts(read('corpus/dev/docs/b10.txt'));
    expect(b10.some((a) => a.kind === 'quantity' && a.unit === 'shares' && a.value > 1_000_000)).toBe(true);
  });

  it('finds amounts across the whole first Reuters file with consistent spans', () => {
    let money = 0;
    for (const doc of reuters) {
      for (const a of findAmounts(doc.text)) {
        expect(doc.text.slice(a.start, a.end)).toBe(a.text);
        expect(Number.isFinite(a.value)).toBe(true);
        if (a.kind === 'money') {
          expect(a.currency).toMatch(/^[A-Z]{3}$/);
          money++;
        }
      }
    }
    expect(money).toBeGreaterThan(1500);
  });
});
