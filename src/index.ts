// The library API: import { extract, extractBatch, schema } from 'press-extract'.

export { runBatch as extractBatch } from './batch/index.js';
export type * from './document.js';
export { loadPipeline, runArticle } from './pipeline/index.js';
export type { Dataset } from './schema/dataset.js';
export * as schema from './schema/index.js';
export type { ArticleRecord } from './schema/record.js';
