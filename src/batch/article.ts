// One article through the whole pipeline to a validated record line and its
// compact summary: the unit of work a worker thread does.
import type { RawArticle } from '../document.js';
import { textIds, toRecord } from '../emit/record.js';
import { type PipelineDefinition, runArticle } from '../pipeline/index.js';
import { summarize, summaryText } from '../resolve/dataset.js';
import { recordSchema } from '../schema/record.js';

export interface ArticleDone {
  ok: true;
  /** The record as one JSON line (without the newline), id = textId(text). */
  json: string;
  /**
   * The record's summary for the dataset (summaryText): a string crosses from a
   * worker thread several times faster than the object graph it stands for.
   */
  summary: string;
  id: string;
  /** The id to use instead when an earlier article of the batch has the same text. */
  altId: string;
  /** The cleaned text, for the fingerprint the batch adds to the summary (`withFingerprint`); not cached. */
  text?: string;
  ms: number;
}

export interface ArticleFailed {
  ok: false;
  reason: string;
  ms: number;
}

export type ArticleOutcome = ArticleDone | ArticleFailed;

export function processArticle(article: RawArticle, pipeline: PipelineDefinition): ArticleOutcome {
  const t0 = performance.now();
  try {
    const doc = runArticle(article, pipeline);
    // An article whose text the cleaner lost is an error line, not an empty record.
    const fatal = doc.messages.find((m) => m.severity === 'error');
    if (fatal) return { ok: false, reason: fatal.reason, ms: performance.now() - t0 };
    const [id, altId] = textIds(doc.text, `\u0000${article.source.path}\u0000${article.source.index}`);
    const record = recordSchema.parse(toRecord(doc, id));
    return {
      ok: true,
      json: JSON.stringify(record),
      summary: summaryText(summarize(record)),
      id,
      altId,
      text: record.text,
      ms: performance.now() - t0,
    };
  } catch (e) {
    return {
      ok: false,
      reason: `extraction failed: ${(e as Error).message.split('\n')[0]}`,
      ms: performance.now() - t0,
    };
  }
}
