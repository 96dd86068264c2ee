// Across articles: one entry per organization, person and deal, built from the
// compact summaries of the records (never the whole records, so a batch of any
// size fits in memory).
import { createHash } from 'node:crypto';
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import { type DealMention, groupDeals } from './deals.js';
import { buckets, DuplicateIndex, fingerprint, packFingerprint, unpackFingerprint } from './dedupe.js';
import { orgKey as nameKey, personKey, remembered } from './names.js';

export interface RecordSummary {
  id: string;
  organizations: { name: string; aliases: string[] }[];
  people: { name: string; aliases: string[]; roles: { title: string; organization: string | null }[] }[];
  deals: ArticleRecord['deals'];
  published: string | null;
  /** MinHash signatures of the text and its paragraphs, for near-duplicate detection (packFingerprint). */
  fingerprint?: string;
}

/** What the dataset needs of a record, but its fingerprint (see `withFingerprint`). */
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

const PART = '\u0001';

/**
 * A summary as a worker sends it and the cache keeps it: the people (JSON), the organizations and
 * deals (JSON, kept as text until the dataset is built), the packed fingerprint and its buckets,
 * joined by U+0001 (which JSON always escapes, and base64 and numbers never hold). The main thread
 * parses only what it merges at once.
 */
export function summaryText(s: Omit<RecordSummary, 'id'>): string {
  return [
    JSON.stringify(s.people),
    JSON.stringify([s.organizations, s.deals]),
    s.fingerprint ?? '',
    (s.fingerprint ? buckets(unpackFingerprint(s.fingerprint)) : []).join(','),
  ].join(PART);
}

/**
 * A summary (`summaryText`) with the fingerprint of the record's text and its LSH buckets. The batch
 * adds it on the main thread as each record comes back: it is the first step of resolving across
 * articles, and the main thread mostly waits while workers extract (7% of a worker's time per article).
 */
export function withFingerprint(summary: string, text: string): string {
  const parts = summary.split(PART);
  const print = fingerprint(text);
  parts[2] = packFingerprint(print);
  parts[3] = buckets(print).join(',');
  return parts.join(PART);
}

const hashId = (prefix: string, key: string): string =>
  `${prefix}_${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);

// Organizations across records: one entry per set of names linked by an alias
// ("Kelbrix Group" with alias "Kelbrix" in one record, "Kelbrix" in another).
const ACRONYM = /^[\p{Lu}\d&.-]{1,6}$/u;

function clusterOrganizations(summaries: OrgsAndDeals[]) {
  // Every name is keyed three times below, and a batch holds more names than the keys' shared memo keeps.
  const orgKey = remembered(nameKey, Number.POSITIVE_INFINITY);
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  const add = (k: string) => {
    if (!parent.has(k)) parent.set(k, k);
  };
  // The smaller key becomes the root, so the grouping does not depend on input order.
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) x < y ? parent.set(y, x) : parent.set(x, y);
  };
  for (const s of summaries)
    for (const o of s.organizations) {
      const k = orgKey(o.name);
      if (k.length > 1) add(k);
    }
  // An alias links its organization to another record's organization only where that one is *named* so:
  // aliases never link to aliases, or one ambiguous short form would glue unrelated companies together
  // across the whole batch. Acronyms and one-word forms stay inside their article.
  for (const s of summaries)
    for (const o of s.organizations) {
      const k = orgKey(o.name);
      if (k.length <= 1) continue;
      for (const alias of o.aliases) {
        const a = orgKey(alias);
        // One word ("Prescott", "Cobalt") names many companies across a batch; so does an acronym.
        if (ACRONYM.test(alias.trim()) || !a.includes(' ')) continue;
        if (parent.has(a)) union(k, a);
      }
    }
  const orgs = new Map<string, { name: string; aliases: Set<string>; records: Set<string> }>();
  for (const s of summaries)
    for (const o of s.organizations) {
      const k = orgKey(o.name);
      if (k.length <= 1) continue;
      const key = find(k);
      const e = orgs.get(key) ?? { name: o.name, aliases: new Set<string>(), records: new Set<string>() };
      if (o.name.length > e.name.length || (o.name.length === e.name.length && o.name < e.name)) e.name = o.name;
      for (const a of [o.name, ...o.aliases]) e.aliases.add(a);
      e.records.add(s.id);
      orgs.set(key, e);
    }
  const keyOf = (name: string): string => {
    const k = orgKey(name);
    return parent.has(k) ? find(k) : k;
  };
  return { orgs, keyOf };
}

type OrgsAndDeals = Pick<RecordSummary, 'id' | 'organizations' | 'deals'>;

interface PersonEntry {
  name: string;
  aliases: Set<string>;
  roles: Map<string, { title: string; organization: string | null }>;
  records: Set<string>;
}

/**
 * The dataset, built while a batch runs: each summary is added as its record is written (in output
 * order), so that little is left to do once the last article is in. Organizations and deals wait
 * for the end, since an alias anywhere in the batch can join two names.
 */
export class DatasetBuilder {
  /** Each record's organizations and deals as JSON: a fraction of the memory of the objects. */
  private readonly kept: string[] = [];
  private readonly people = new Map<string, PersonEntry>();
  private readonly ids: string[] = [];
  private readonly duplicates = new DuplicateIndex();

  /** Adds a record's summary (`summaryText`), in output order. */
  add(id: string, summary: string): void {
    const [people = '[]', kept = '[[],[]]', print = '', keys = ''] = summary.split(PART);
    this.kept.push(kept);
    this.ids.push(id);
    for (const p of JSON.parse(people) as RecordSummary['people']) {
      const key = personKey(p.name);
      let e = this.people.get(key);
      if (!e) {
        e = { name: p.name, aliases: new Set(), roles: new Map(), records: new Set() };
        this.people.set(key, e);
      }
      for (const a of p.aliases) e.aliases.add(a);
      for (const r of p.roles) e.roles.set(`${r.title}\u0000${r.organization ?? ''}`, r);
      e.records.add(id);
    }
    this.duplicates.add(print || undefined, keys ? keys.split(',').map(Number) : []);
  }

  build(): Dataset {
    const { people, ids: recordIds } = this;
    const summaries = this.kept.map((json, i): OrgsAndDeals => {
      const [organizations, deals] = JSON.parse(json) as [RecordSummary['organizations'], RecordSummary['deals']];
      return { id: recordIds[i]!, organizations, deals };
    });
    const { orgs, keyOf } = clusterOrganizations(summaries);
    const mentions: DealMention[] = summaries.flatMap((s) =>
      s.deals.map((deal) => ({ record: s.id, deal, parties: deal.parties.map((p) => keyOf(p.name)) })),
    );
    const deals = groupDeals(mentions).map((group) =>
      mergeDeal(
        group.map((i) => mentions[i]!),
        orgs,
      ),
    );
    // Two separate deals with the same type, parties, date and price (an asset swap) keep distinct ids.
    const ids = new Set<string>();
    for (const d of deals.sort((a, b) => byString(a.id, b.id) || byString(a.records.join(), b.records.join()))) {
      for (let n = 2; ids.has(d.id); n++) d.id = `${d.id.replace(/-\d+$/, '')}-${n}`;
      ids.add(d.id);
    }
    const duplicates = this.duplicates
      .pairs()
      .map(({ a, b, similarity }) => ({ records: [recordIds[a]!, recordIds[b]!].sort(byString), similarity }))
      .sort((x, y) => byString(x.records.join(' '), y.records.join(' ')));
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
      deals: deals.sort((a, b) => byString(a.id, b.id)),
      duplicates,
    };
  }
}

/** The dataset of a whole set of summaries at once. */
export function buildDataset(summaries: RecordSummary[]): Dataset {
  const builder = new DatasetBuilder();
  for (const s of summaries) builder.add(s.id, summaryText(s));
  return builder.build();
}

type DatasetDeal = Dataset['deals'][number];

// One dataset deal from its mentions: the parties of all of them under their dataset names, the most
// often stated date and price, and an id from its type, parties and date.
function mergeDeal(group: DealMention[], orgs: Map<string, { name: string }>): DatasetDeal {
  const first = [...group].sort((a, b) => b.parties.length - a.parties.length || byString(a.record, b.record))[0]!;
  const parties = new Map<string, DatasetDeal['parties'][number]>();
  for (const m of [first, ...group])
    m.deal.parties.forEach((p, i) => {
      const key = m.parties[i]!;
      const have = parties.get(key);
      if (!have) parties.set(key, { name: orgs.get(key)?.name ?? p.name, role: p.role });
      else if (have.role == null) have.role = p.role;
    });
  const mostCommon = <T>(xs: (T | null)[]): T | null => {
    const counts = new Map<string, { x: T; n: number }>();
    for (const x of xs) {
      if (x == null) continue;
      const k = JSON.stringify(x);
      const c = counts.get(k) ?? { x, n: 0 };
      c.n++;
      counts.set(k, c);
    }
    return [...counts.entries()].sort(([ka, a], [kb, b]) => b.n - a.n || byString(ka, kb))[0]?.[1].x ?? null;
  };
  const type = first.deal.type;
  const date = mostCommon(group.map((m) => m.deal.date));
  const value = mostCommon(group.map((m) => m.deal.value));
  const keys = sorted(parties.keys());
  return {
    id: hashId('deal', `${type}|${keys.join('|')}|${date ?? ''}|${value ? `${value.amount} ${value.currency}` : ''}`),
    type,
    parties: keys.map((k) => parties.get(k)!),
    date,
    value,
    instrument: mostCommon(group.map((m) => m.deal.instrument)),
    status: mostCommon(group.map((m) => m.deal.status)),
    location: mostCommon(group.map((m) => m.deal.location)),
    records: sorted(group.map((m) => m.record)),
  };
}
