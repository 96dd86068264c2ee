import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../src/export/csv.js';
import type { Dataset } from '../src/schema/dataset.js';
import { jsonSchema } from '../src/schema/index.js';
import type { ArticleRecord } from '../src/schema/record.js';
import { cli, extractSeeds, ROOT } from './support/cli.js';
import { readGold, writeGoldOutput } from './support/gold-output.js';

/** RFC 4180: records end with CRLF; a quoted field may hold commas, CR, LF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

/** The rows as objects keyed by the header. */
function table(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

let tmp: string;
let extracted: string;
let gold: string;
let goldRecords: ArticleRecord[];
let goldDataset: Dataset;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'pe-export-'));
  extracted = path.join(tmp, 'extracted');
  gold = path.join(tmp, 'gold');
  extractSeeds(extracted);
  ({ records: goldRecords, dataset: goldDataset } = writeGoldOutput(extracted, gold));
});

describe('csv', () => {
  it('quotes only the fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(325000000)).toBe('325000000');
    expect(toCsv(['a', 'b'], [['x', 'y,z']])).toBe('a,b\r\nx,"y,z"\r\n');
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', 'é', '\u2028') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(['h1', 'h2'], rows))).toEqual([['h1', 'h2'], ...rows]);
      }),
    );
  });
});

describe('press-extract export --format csv', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tmp, 'csv');
    const r = cli(['export', gold, '--format', 'csv', '--to', dir]);
    expect(r.stderr).toContain('deals.csv');
    expect(r.status).toBe(0);
  });

  it('writes deals.csv with one row per deal party, as the gold annotates them', () => {
    const rows = table(path.join(dir, 'deals.csv'));
    const expected = goldRecords.reduce(
      (n, r) => n + r.deals.reduce((m, d) => m + Math.max(1, d.parties.length), 0),
      0,
    );
    expect(rows).toHaveLength(expected);
    expect(expected).toBeGreaterThan(5);
    for (const record of goldRecords) {
      const g = readGold(record.source.path);
      const mine = rows.filter((row) => row.record_id === record.id);
      g.deals.forEach((deal, i) => {
        const parties = mine.filter((row) => row.deal === String(i));
        expect(parties.map((p) => p.party)).toEqual(deal.parties);
        for (const p of parties) {
          expect(p.type).toBe(deal.type);
          expect(p.date).toBe(deal.date ?? '');
          expect(p.value_amount).toBe(deal.value ? String(deal.value.amount) : '');
          expect(p.source_path).toBe(record.source.path);
          const ev = record.deals[i]!.evidence;
          expect(p.evidence).toBe(record.text.slice(ev.start, ev.end).replace(/\s+/g, ' ').trim());
        }
      });
    }
    // An acquisition's parties keep their roles.
    const acquisition = rows.filter((r) => r.type === 'acquisition');
    expect(acquisition.map((r) => r.role)).toContain('acquirer');
    expect(acquisition.map((r) => r.role)).toContain('target');
  });

  it('quotes fields with commas and uses CRLF line ends', () => {
    const text = readFileSync(path.join(dir, 'deals.csv'), 'utf8');
    // parseCsv throws on a bare LF or CR outside quotes, so every record ended with CRLF.
    expect(text.startsWith('record_id,source_path,source_index,headline,deal,type,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const withComma = table(path.join(dir, 'deals.csv')).find((r) => r.evidence!.includes(','));
    expect(withComma).toBeDefined();
    expect(text).toContain(`"${withComma!.evidence!.replaceAll('"', '""')}"`);
  });

  it('writes organizations.csv per dataset organization and people.csv per role', () => {
    const orgs = table(path.join(dir, 'organizations.csv'));
    expect(orgs.map((o) => o.name)).toEqual(goldDataset.organizations.map((o) => o.name));
    for (const [i, o] of goldDataset.organizations.entries()) {
      expect(orgs[i]!.articles).toBe(String(o.records.length));
      expect(orgs[i]!.records!.split(' ')).toEqual(o.records);
      expect(orgs[i]!.aliases).toBe(o.aliases.join('; '));
    }
    // The gold names an organization in more than one seed; the dataset says so.
    expect(orgs.some((o) => Number(o.articles) > 1)).toBe(true);

    const people = table(path.join(dir, 'people.csv'));
    expect(people).toHaveLength(goldDataset.people.reduce((n, p) => n + Math.max(1, p.roles.length), 0));
    const twoRoles = goldRecords.flatMap((r) => r.people).find((p) => p.roles.length >= 2);
    expect(twoRoles).toBeDefined();
    const rows = people.filter((p) => p.name === twoRoles!.name);
    expect(rows.map((r) => r.title)).toEqual(expect.arrayContaining(twoRoles!.roles.map((r) => r.title)));
    expect(rows.map((r) => r.organization)).toEqual(
      expect.arrayContaining(twoRoles!.roles.map((r) => r.organization ?? '')),
    );
  });

  it('exports the pipeline output as it is', () => {
    const to = path.join(tmp, 'csv-extracted');
    expect(cli(['export', extracted, '--to', to, '--quiet'])).toMatchObject({ status: 0, stderr: '' });
    const records = readJsonl<ArticleRecord>(path.join(extracted, 'records.jsonl'));
    const dataset = JSON.parse(readFileSync(path.join(extracted, 'dataset.json'), 'utf8')) as Dataset;
    expect(table(path.join(to, 'deals.csv'))).toHaveLength(
      records.reduce((n, r) => n + r.deals.reduce((m, d) => m + Math.max(1, d.parties.length), 0), 0),
    );
    expect(table(path.join(to, 'organizations.csv'))).toHaveLength(dataset.organizations.length);
  });
});

describe('press-extract export --format jsonl', () => {
  it('writes one JSON Lines file per entity type', () => {
    const dir = path.join(tmp, 'jsonl');
    expect(cli(['export', gold, '--format', 'jsonl', '--to', dir, '-q']).status).toBe(0);
    const orgs = readJsonl<Dataset['organizations'][number]>(path.join(dir, 'organizations.jsonl'));
    expect(orgs).toEqual(goldDataset.organizations);
    expect(readJsonl(path.join(dir, 'deals.jsonl'))).toEqual(goldDataset.deals);
    const articleDeals = readJsonl<{ record: string; parties: { name: string }[]; evidenceText: string }>(
      path.join(dir, 'article-deals.jsonl'),
    );
    expect(articleDeals).toHaveLength(goldRecords.reduce((n, r) => n + r.deals.length, 0));
    const first = goldRecords.find((r) => r.deals.length)!;
    expect(articleDeals.find((d) => d.record === first.id)).toMatchObject({
      record: first.id,
      parties: first.deals[0]!.parties,
    });
    const dates = readJsonl<{ record: string; text: string; start: number; end: number }>(
      path.join(dir, 'dates.jsonl'),
    );
    expect(dates).toHaveLength(goldRecords.reduce((n, r) => n + r.dates.length, 0));
    for (const d of dates) {
      const r = goldRecords.find((x) => x.id === d.record)!;
      expect(r.text.slice(d.start, d.end)).toBe(d.text);
    }
    for (const name of ['people', 'locations', 'amounts', 'quotes', 'duplicates'])
      expect(readFileSync(path.join(dir, `${name}.jsonl`), 'utf8')).toBeTypeOf('string');
  });
});

describe('errors', () => {
  it('a directory without output, an unknown format or flag: one line, exit 2', () => {
    const missing = cli(['export', path.join(tmp, 'nothing-here')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/records\.jsonl|dataset\.json/);
    const format = cli(['export', gold, '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr.trim().split('\n')).toHaveLength(1);
    expect(format.stderr).toContain('csv, jsonl');
    const flag = cli(['export', gold, '--bogus']);
    expect(flag.status).toBe(2);
    expect(flag.stderr.trim()).toMatch(/unknown option '--bogus'/);
  });
});

describe('press-extract schema', () => {
  it('prints the JSON Schema that ships in the package', () => {
    const r = cli(['schema']);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toEqual(jsonSchema());
    expect(JSON.parse(readFileSync(path.join(ROOT, 'schema/press-extract.schema.json'), 'utf8'))).toEqual(printed);
    expect(Object.keys(printed.$defs)).toEqual(['record', 'dataset']);
    expect(printed.$defs.record.required).toContain('deals');
    const record = cli(['schema', '--part', 'record']);
    expect(JSON.parse(record.stdout)).toEqual(printed.$defs.record);
    expect(cli(['schema', '--part', 'nope']).status).toBe(2);
  });
});
