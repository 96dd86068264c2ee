export { type BatchRun, type ExtractBatchOptions, extractBatch } from './batch.js';
export { type ArticleInput, type ExtractOptions, extract, looksLikeHtml } from './extract.js';
