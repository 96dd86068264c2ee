// The library API: import { extract, extractBatch, schema } from 'press-extract'.

import type { Dataset } from './schema/dataset.js';
import type { ArticleRecord } from './schema/record.js';

export {
  type ArticleInput,
  type BatchRun,
  type ExtractBatchOptions,
  type ExtractOptions,
  extract,
  extractBatch,
} from './api/index.js';
export type { BatchError, BatchOptions, BatchResult } from './batch/index.js';
export type { Document, RawArticle, Source, Span } from './document.js';
export {
  type Cell,
  dealsTable,
  type ExportFormat,
  entityStreams,
  exportOutput,
  OutputError,
  organizationsTable,
  peopleTable,
  readDataset,
  readOutput,
  readRecords,
  type Table,
  toCsv,
} from './export/index.js';
export { loadPipeline, type PipelineDefinition, runArticle } from './pipeline/index.js';
export { type ReviewOptions, reviewHtml, writeReview } from './review/index.js';
export * as schema from './schema/index.js';
export type { ArticleRecord, Dataset };

/** The parts of a record, by name. */
export type Organization = ArticleRecord['organizations'][number];
export type Person = ArticleRecord['people'][number];
export type Role = Person['roles'][number];
export type Location = ArticleRecord['locations'][number];
export type DateMention = ArticleRecord['dates'][number];
export type Amount = ArticleRecord['amounts'][number];
export type Deal = ArticleRecord['deals'][number];
export type Quote = ArticleRecord['quotes'][number];
export type DatasetDeal = Dataset['deals'][number];
