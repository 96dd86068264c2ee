// The flat tables of an output directory: what a spreadsheet or a database
// load wants. CSV gets one row per deal party and per person role; JSON Lines
// keeps the nesting, one object per entity.
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import type { Cell } from './csv.js';

export interface Table {
  header: readonly string[];
  rows: Cell[][];
}

const LIST_SEPARATOR = '; ';
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const DEAL_COLUMNS = [
  'record_id',
  'source_path',
  'source_index',
  'headline',
  'deal',
  'type',
  'instrument',
  'status',
  'date',
  'location',
  'value_amount',
  'value_currency',
  'terms',
  'party',
  'role',
  'evidence',
  'evidence_start',
  'evidence_end',
  'confidence',
] as const;

/** One row per party of every deal of every record (a deal without parties still gets one row). */
export function dealsTable(records: Iterable<ArticleRecord>): Table {
  const rows: Cell[][] = [];
  for (const r of records) {
    r.deals.forEach((d, i) => {
      const parties = d.parties.length ? d.parties : [{ name: null, role: null }];
      for (const p of parties) {
        rows.push([
          r.id,
          r.source.path,
          r.source.index,
          r.headline,
          i,
          d.type,
          d.instrument,
          d.status,
          d.date,
          d.location,
          d.value?.amount,
          d.value?.currency,
          d.terms.join(LIST_SEPARATOR),
          p.name,
          p.role,
          collapse(r.text.slice(d.evidence.start, d.evidence.end)),
          d.evidence.start,
          d.evidence.end,
          d.confidence,
        ]);
      }
    });
  }
  return { header: DEAL_COLUMNS, rows };
}

/** One row per organization of the dataset (one per real-world organization across articles). */
export function organizationsTable(dataset: Dataset): Table {
  return {
    header: ['id', 'name', 'aliases', 'articles', 'records'],
    rows: dataset.organizations.map((o) => [
      o.id,
      o.name,
      o.aliases.join(LIST_SEPARATOR),
      o.records.length,
      o.records.join(' '),
    ]),
  };
}

/** One row per role of each person of the dataset; a person with no role gets one row with empty title. */
export function peopleTable(dataset: Dataset): Table {
  const rows: Cell[][] = [];
  for (const p of dataset.people) {
    const roles = p.roles.length ? p.roles : [{ title: null, organization: null }];
    for (const role of roles) {
      rows.push([
        p.id,
        p.name,
        p.aliases.join(LIST_SEPARATOR),
        role.title,
        role.organization,
        p.records.length,
        p.records.join(' '),
      ]);
    }
  }
  return { header: ['id', 'name', 'aliases', 'title', 'organization', 'articles', 'records'], rows };
}

type Entity = Record<string, unknown>;
const where = (r: ArticleRecord) => ({ record: r.id, source: r.source });

/**
 * The JSON Lines objects of each entity type: the dataset's organizations,
 * people and deals as they are, and every mention-level entity of the records
 * with the record it comes from.
 */
export function entityStreams(records: readonly ArticleRecord[], dataset: Dataset): Record<string, Iterable<Entity>> {
  const each = <T>(pick: (r: ArticleRecord) => T[], shape: (r: ArticleRecord, x: T, i: number) => Entity) =>
    records.flatMap((r) => pick(r).map((x, i) => shape(r, x, i)));
  return {
    organizations: dataset.organizations,
    people: dataset.people,
    deals: dataset.deals,
    'article-deals': each(
      (r) => r.deals,
      (r, d, i) => ({
        ...where(r),
        deal: i,
        ...d,
        evidenceText: collapse(r.text.slice(d.evidence.start, d.evidence.end)),
      }),
    ),
    locations: each(
      (r) => r.locations,
      (r, l) => ({ ...where(r), ...l }),
    ),
    dates: each(
      (r) => r.dates,
      (r, d) => ({ ...where(r), ...d }),
    ),
    amounts: each(
      (r) => r.amounts,
      (r, a) => ({ ...where(r), ...a }),
    ),
    quotes: each(
      (r) => r.quotes,
      (r, q) => ({ ...where(r), ...q }),
    ),
    duplicates: dataset.duplicates,
  };
}
