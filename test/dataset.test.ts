// Cross-article resolution on real texts: the seeds' rewritten release and
// exact Reuters repeats are duplicates, unrelated articles are not, and two
// records of one signing give one dataset deal.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { createDocument } from '../src/document.js';
import { checkOutput, serializeDataset } from '../src/emit/write.js';
import { load } from '../src/load/index.js';
import { loadPipeline } from '../src/pipeline/index.js';
import { buildDataset, type RecordSummary } from '../src/resolve/dataset.js';
import { sameParty } from '../src/resolve/deals.js';
import { duplicateScore, findDuplicates, fingerprint, packFingerprint } from '../src/resolve/dedupe.js';

const seed = (name: string) => readFileSync(`/work/shared/seeds/${name}`, 'utf8');
const dev = (name: string) => readFileSync(`/work/shared/corpus/dev/docs/${name}`, 'utf8');

async function reuters(file: string, indices: number[]): Promise<string[]> {
  const out = new Map<number, string>();
  const def = loadPipeline('newswire');
  for await (const item of load([`/work/shared/corpus/reuters21578/${file}`])) {
    if (!('article' in item) || !indices.includes(item.article.source.index)) continue;
    out.set(
      item.article.source.index,
      clean(createDocument(item.article), (def.stages[0]?.options ?? {}) as never).text,
    );
  }
  return indices.map((i) => out.get(i) ?? '');
}

const summary = (id: string, text: string, deals: RecordSummary['deals']): RecordSummary => ({
  id,
  organizations: [
    { name: 'BMW', aliases: [] },
    { name: id === 'a' ? 'Alibaba Group' : 'Alibaba', aliases: id === 'a' ? ['Alibaba'] : [] },
  ],
  people: [],
  deals,
  published: null,
  fingerprint: packFingerprint(fingerprint(text)),
});

const mou = (parties: string[], date: string | null): RecordSummary['deals'][number] => ({
  type: 'partnership',
  instrument: 'mou',
  status: 'signed',
  parties: parties.map((name) => ({ name, role: 'partner' })),
  date,
  location: null,
  value: null,
  terms: [],
  evidence: { start: 0, end: 1 },
  confidence: 0.8,
});

describe('dedupe', () => {
  it('finds the rewrite of a release that quotes it at length and appends another piece', () => {
    const a = fingerprint(seed('000_93e496899d83eed0.txt'));
    const b = fingerprint(seed('001_ce1537d5c12f71e5.txt'));
    const score = duplicateScore(a, b);
    expect(score).not.toBeNull();
    expect(score!).toBeGreaterThan(0.5);
    expect(score!).toBeLessThanOrEqual(1);
  });

  it('does not pair two reports of one deal written independently, nor unrelated articles', () => {
    const a01 = fingerprint(dev('a01.txt'));
    const a02 = fingerprint(dev('a02.txt'));
    const b05 = fingerprint(dev('b05.txt'));
    expect(findDuplicates([a01, a02, b05])).toEqual([]);
  });

  it('pairs Reuters articles filed twice, and only them', async () => {
    const [first, second, other] = await reuters('reut2-000.sgm', [418, 758, 419]);
    const pairs = findDuplicates([first, second, other].map((t) => fingerprint(t!)));
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[0, 1]]);
    expect(pairs[0]!.similarity).toBeGreaterThan(0.9);
  });
});

describe('buildDataset', () => {
  it('gives one deal for two records of the same signing, and one organization for its forms', () => {
    const ds = buildDataset([
      summary('a', seed('000_93e496899d83eed0.txt'), [mou(['BMW', 'Alibaba Group'], '2020-10-26')]),
      summary('b', seed('001_ce1537d5c12f71e5.txt'), [mou(['Alibaba', 'BMW'], null)]),
    ]);
    expect(ds.deals).toHaveLength(1);
    expect(ds.deals[0]!.records).toEqual(['a', 'b']);
    expect(ds.deals[0]!.date).toBe('2020-10-26');
    const alibaba = ds.organizations.find((o) => o.aliases.includes('Alibaba'));
    expect(alibaba?.name).toBe('Alibaba Group');
    expect(alibaba?.records).toEqual(['a', 'b']);
    expect(ds.duplicates.map((d) => d.records)).toEqual([['a', 'b']]);
  });

  it('keeps deals of different types or prices apart, and ids the same on a second run', () => {
    const input = [
      summary('a', dev('c08.txt'), [
        { ...mou(['BMW', 'Alibaba'], null), type: 'acquisition', value: { amount: 1e6, currency: 'USD' } },
      ]),
      summary('b', dev('b05.txt'), [
        { ...mou(['BMW', 'Alibaba'], null), type: 'acquisition', value: { amount: 9e6, currency: 'USD' } },
      ]),
      summary('c', dev('a05.txt'), [mou(['BMW', 'Alibaba'], null)]),
    ];
    const ds = buildDataset(input);
    expect(ds.deals).toHaveLength(3);
    expect(JSON.stringify(buildDataset(input))).toBe(JSON.stringify(ds));
  });
});

describe('same deal across articles', () => {
  it('joins the signing and the closing reported months apart, in one currency or two', () => {
    const input = [
      summary('a', dev('c08.txt'), [
        { ...mou(['BMW', 'Alibaba'], '2021-03-02'), type: 'acquisition', value: { amount: 1.2e9, currency: 'USD' } },
      ]),
      summary('b', dev('b05.txt'), [
        { ...mou(['BMW', 'Alibaba'], '2021-07-15'), type: 'acquisition', value: { amount: 1.25e9, currency: 'USD' } },
      ]),
      summary('c', dev('a05.txt'), [
        { ...mou(['BMW', 'Alibaba'], null), type: 'acquisition', value: { amount: 1.6e9, currency: 'CAD' } },
      ]),
    ];
    const ds = buildDataset(input);
    expect(ds.deals).toHaveLength(1);
    expect(ds.deals[0]!.records).toEqual(['a', 'b', 'c']);
  });

  it('keeps two agreements of the same partners years apart as two deals', () => {
    const ds = buildDataset([
      summary('a', dev('c08.txt'), [mou(['BMW', 'Alibaba'], '2018-05-02')]),
      summary('b', dev('b05.txt'), [mou(['BMW', 'Alibaba'], '2021-05-20')]),
    ]);
    expect(ds.deals).toHaveLength(2);
  });
});

describe('sameParty', () => {
  it('links a short name to the full one it opens, and nothing else', () => {
    expect(sameParty('ford', 'ford motor')).toBe(true);
    expect(sameParty('anhui zotye auto', 'anhui zotye automobile')).toBe(true);
    expect(sameParty('american express', 'american airlines')).toBe(false);
    expect(sameParty('zotye auto', 'anhui zotye automobile')).toBe(false);
  });
});

describe('check mode', () => {
  it('reports the record and the fields that changed, and nothing when all is the same', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'press-extract-check-'));
    const record = {
      schemaVersion: '1',
      id: 'a',
      source: { path: 'seed.txt', index: 0 },
      deals: [mou(['BMW', 'Alibaba'], null)],
    };
    const dataset = serializeDataset(buildDataset([summary('a', seed('000_93e496899d83eed0.txt'), record.deals)]));
    writeFileSync(path.join(dir, 'records.jsonl'), `${JSON.stringify(record)}\n`);
    writeFileSync(path.join(dir, 'dataset.json'), dataset);
    expect(await checkOutput(dir, `${JSON.stringify(record)}\n`, dataset)).toEqual({ ok: true, differences: [] });
    const changed = await checkOutput(dir, `${JSON.stringify({ ...record, deals: [] })}\n`, dataset);
    expect(changed.ok).toBe(false);
    expect(changed.differences).toEqual(['records.jsonl: record seed.txt#0 differs in deals']);
  });
});
