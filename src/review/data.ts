// What the review page embeds: a compact row per article for the list (so the
// list never parses a record), the records themselves as JSON lines parsed one
// at a time when opened, and the dataset.
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import { KIND_COLORS, type Kind } from './style.js';

/**
 * One article in the list: id, source path, source index, headline, published,
 * then counts of organizations, people, locations, dates, amounts, deals.
 */
export type ArticleRow = [
  id: string,
  path: string,
  index: number,
  headline: string | null,
  published: string | null,
  organizations: number,
  people: number,
  locations: number,
  dates: number,
  amounts: number,
  deals: number,
];

export interface PageData {
  title: string;
  /** The highlight kinds in legend order, counted in ArticleRow from position 5 (quotes are not counted there). */
  kinds: { kind: Kind; label: string }[];
  articles: ArticleRow[];
  dataset: Dataset;
}

export function articleRow(r: ArticleRecord): ArticleRow {
  return [
    r.id,
    r.source.path,
    r.source.index,
    r.headline,
    r.published,
    r.organizations.length,
    r.people.length,
    r.locations.length,
    r.dates.length,
    r.amounts.length,
    r.deals.length,
  ];
}

export const KINDS = (Object.keys(KIND_COLORS) as Kind[]).map((kind) => ({ kind, label: KIND_COLORS[kind].label }));

/**
 * JSON safe inside a <script> element: "<" written as \u003c so no "</script>"
 * or "<!--" in the data can end or bend the element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
