// Across articles: one entry per organization, person and deal, built from the
// compact summaries of the records (never the whole records, so a batch of any
// size fits in memory).
import { createHash } from 'node:crypto';
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import { orgKey, personKey } from './names.js';

export interface RecordSummary {
  id: string;
  organizations: { name: string; aliases: string[] }[];
  people: { name: string; aliases: string[]; roles: { title: string; organization: string | null }[] }[];
  deals: ArticleRecord['deals'];
  published: string | null;
  /** MinHash signature of the text, for near-duplicate detection. */
  signature?: number[];
}

export function summarize(record: ArticleRecord): RecordSummary {
  return {
    id: record.id,
    organizations: record.organizations.map((o) => ({ name: o.name, aliases: o.aliases })),
    people: record.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: p.roles.map(({ title, organization }) => ({ title, organization })),
    })),
    deals: record.deals,
    published: record.published,
  };
}

const hashId = (prefix: string, key: string): string =>
  `${prefix}_${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);

export function buildDataset(summaries: RecordSummary[]): Dataset {
  const orgs = new Map<string, { name: string; aliases: Set<string>; records: Set<string> }>();
  for (const s of summaries) {
    for (const o of s.organizations) {
      const key = orgKey(o.name);
      const e = orgs.get(key) ?? { name: o.name, aliases: new Set<string>(), records: new Set<string>() };
      if (o.name.length > e.name.length) e.name = o.name;
      for (const a of [o.name, ...o.aliases]) e.aliases.add(a);
      e.records.add(s.id);
      orgs.set(key, e);
    }
  }
  const people = new Map<
    string,
    {
      name: string;
      aliases: Set<string>;
      roles: Map<string, { title: string; organization: string | null }>;
      records: Set<string>;
    }
  >();
  for (const s of summaries) {
    for (const p of s.people) {
      const key = personKey(p.name);
      const e = people.get(key) ?? {
        name: p.name,
        aliases: new Set<string>(),
        roles: new Map(),
        records: new Set<string>(),
      };
      for (const a of p.aliases) e.aliases.add(a);
      for (const r of p.roles) e.roles.set(`${r.title}\u0000${r.organization ?? ''}`, r);
      e.records.add(s.id);
      people.set(key, e);
    }
  }
  const deals = new Map<string, { deal: ArticleRecord['deals'][number]; records: Set<string> }>();
  for (const s of summaries) {
    for (const d of s.deals) {
      const key = `${d.type}|${sorted(d.parties.map((p) => orgKey(p.name))).join('|')}`;
      const e = deals.get(key) ?? { deal: d, records: new Set<string>() };
      e.records.add(s.id);
      deals.set(key, e);
    }
  }
  return {
    schemaVersion: '1',
    organizations: [...orgs.entries()]
      .sort(([a], [b]) => byString(a, b))
      .map(([key, e]) => ({
        id: hashId('org', key),
        name: e.name,
        aliases: sorted(e.aliases),
        records: sorted(e.records),
      })),
    people: [...people.entries()]
      .sort(([a], [b]) => byString(a, b))
      .map(([key, e]) => ({
        id: hashId('person', key),
        name: e.name,
        aliases: sorted(e.aliases),
        roles: [...e.roles.entries()].sort(([a], [b]) => byString(a, b)).map(([, r]) => r),
        records: sorted(e.records),
      })),
    deals: [...deals.entries()]
      .sort(([a], [b]) => byString(a, b))
      .map(([key, e]) => ({
        id: hashId('deal', key),
        type: e.deal.type,
        parties: e.deal.parties,
        date: e.deal.date,
        value: e.deal.value,
        records: sorted(e.records),
      })),
    duplicates: [],
  };
}
