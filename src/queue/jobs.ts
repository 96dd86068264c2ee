// What travels through the queue: one job per article, named by a hash of
// everything its record depends on, so that submitting the same batch again
// (a restarted collector) finds the jobs already done instead of adding new ones.
import { createHash } from 'node:crypto';
import type { ArticleFailed } from '../batch/article.js';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/definition.js';

/** The job payload: the article and the whole pipeline definition, so workers need no pipelines/ of their own. */
export interface ArticleJob {
  article: RawArticle;
  pipeline: PipelineDefinition;
}

export const JOB_NAME = 'article';

/** Attempts of one article before it becomes an error line. */
export const JOB_ATTEMPTS = 3;

/** Wait before a retry, doubled each time: a worker that just timed out is often busy. */
export const BACKOFF_MS = 500;

/**
 * The queue is named after the code fingerprint: a worker built from other
 * code would write other records, so it listens on another queue and never
 * takes these jobs.
 */
export function queueName(fingerprint: string): string {
  return `press-extract-${fingerprint.slice(0, 16)}`;
}

export function jobId(article: RawArticle, pipeline: PipelineDefinition, fingerprint: string): string {
  return createHash('sha256')
    .update(fingerprint)
    .update('\u0000')
    .update(JSON.stringify(pipeline))
    .update('\u0000')
    .update(JSON.stringify([article.source, article.format, article.meta]))
    .update('\u0000')
    .update(article.content)
    .digest('hex');
}

/**
 * Whether a failed outcome is worth another attempt. An exception inside the
 * pipeline repeats on every machine, so it is the job's result; a time-out or a
 * lost worker thread depends on the machine and its load.
 */
export function isRetryable(outcome: ArticleFailed): boolean {
  return !outcome.reason.startsWith('extraction failed:');
}
