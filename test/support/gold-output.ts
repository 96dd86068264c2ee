// An output directory whose records carry the hand-annotated gold entities of
// the seeds, laid on the text the pipeline cleaned: organizations, people and
// deals with known names, whatever the extractors find today. Tests of the
// review page and the exports read it to check real values, not just shapes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeDataset } from '../../src/emit/write.js';
import { buildDataset, summarize } from '../../src/resolve/dataset.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { type ArticleRecord, recordSchema } from '../../src/schema/record.js';

export const GOLD_DIR = new URL('../../../shared/gold/seeds/', import.meta.url).pathname;

export interface GoldDeal {
  type: ArticleRecord['deals'][number]['type'];
  parties: string[];
  date: string | null;
  value: { amount: number; currency: string } | null;
}

export interface Gold {
  published: string | null;
  organizations: { name: string; aliases: string[] }[];
  people: { name: string; aliases: string[]; roles: { title: string; organization: string | null }[] }[];
  deals: GoldDeal[];
}

export function readGold(sourcePath: string): Gold {
  const name = path.basename(sourcePath).replace(/\.[^.]+$/, '');
  return JSON.parse(readFileSync(path.join(GOLD_DIR, `${name}.json`), 'utf8')) as Gold;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of each form, longest forms first, never overlapping what is claimed. */
function mentionsOf(text: string, forms: string[], claimed: { start: number; end: number }[]) {
  const found: { start: number; end: number; form: string }[] = [];
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + form.length };
      if (claimed.some((c) => span.start < c.end && c.start < span.end)) continue;
      claimed.push(span);
      found.push({ ...span, form });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const ROLES: Record<string, (i: number) => ArticleRecord['deals'][number]['parties'][number]['role']> = {
  partnership: () => 'partner',
  joint_venture: () => 'partner',
  merger: () => 'partner',
  acquisition: (i) => (['acquirer', 'target', 'seller'] as const)[i] ?? null,
  investment: () => null,
  other: () => null,
};

/** The record with the gold organizations, people and deals in place of the extracted ones. */
export function withGold(record: ArticleRecord, gold: Gold): ArticleRecord {
  const { text } = record;
  const claimed: { start: number; end: number }[] = [];
  const orgForms = new Map<string, string[]>();
  const organizations = gold.organizations
    .map((o) => {
      const forms = [o.name, ...o.aliases];
      orgForms.set(o.name, forms);
      const ms = mentionsOf(text, forms, claimed);
      return {
        name: o.name,
        aliases: [...new Set(ms.map((m) => m.form))].sort(),
        mentions: ms.map(({ start, end }) => ({ start, end })),
        confidence: 1,
      };
    })
    .filter((o) => o.mentions.length);
  const people = gold.people
    .map((p) => {
      const ms = mentionsOf(text, [p.name, ...p.aliases], claimed);
      return {
        name: p.name,
        aliases: [...new Set(ms.map((m) => m.form))].sort(),
        roles: p.roles.map((r) => ({ ...r, confidence: 1 })),
        mentions: ms.map(({ start, end }) => ({ start, end })),
        confidence: 1,
      };
    })
    .filter((p) => p.mentions.length);
  // Evidence: the first sentence naming the most parties.
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const deals = gold.deals.map((d) => {
    const named = (s: { start: number; end: number }) =>
      d.parties.filter((p) => (orgForms.get(p) ?? [p]).some((f) => text.slice(s.start, s.end).includes(f))).length;
    const best = sentences.reduce((a, s) => (named(s) > named(a) ? s : a), sentences[0] ?? { start: 0, end: 0 });
    return {
      type: d.type,
      instrument: null,
      status: null,
      parties: d.parties.map((name, i) => ({ name, role: ROLES[d.type]?.(i) ?? null })),
      date: d.date,
      location: null,
      value: d.value,
      terms: [],
      evidence: best,
      confidence: 1,
    };
  });
  const byStart = <T extends { mentions: { start: number }[] }>(xs: T[]) =>
    xs.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return recordSchema.parse({
    ...record,
    published: gold.published,
    organizations: byStart(organizations),
    people: byStart(people),
    deals,
  });
}

/** Writes records.jsonl and dataset.json of the gold-carrying records of `extractedDir` into `toDir`. */
export function writeGoldOutput(extractedDir: string, toDir: string): { records: ArticleRecord[]; dataset: Dataset } {
  const records = readFileSync(path.join(extractedDir, 'records.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => withGold(JSON.parse(l) as ArticleRecord, readGold((JSON.parse(l) as ArticleRecord).source.path)));
  const dataset = buildDataset(records.map(summarize));
  mkdirSync(toDir, { recursive: true });
  writeFileSync(path.join(toDir, 'records.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  writeFileSync(path.join(toDir, 'dataset.json'), serializeDataset(dataset));
  return { records, dataset: JSON.parse(serializeDataset(dataset)) as Dataset };
}
