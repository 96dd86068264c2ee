// Runs a batch: load every input, run the pipeline on each article in worker
// threads (with a time limit each), and hand on the records in the contract's
// order as they are produced, without holding all articles or records in
// memory. The cross-article dataset is built at the end from compact summaries.
// A bad input, a failing or a timed-out article becomes an error line; the rest
// of the batch goes on.

import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../document.js';
import type { LoadError, ReadResult } from '../load/index.js';
import { loadFile, walk } from '../load/index.js';
import { defaultPipelineFor, loadPipeline, type PipelineDefinition } from '../pipeline/index.js';
import { buildDataset, type RecordSummary } from '../resolve/dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import { type ArticleDone, type ArticleOutcome, processArticle, withId } from './article.js';
import { RecordCache } from './cache.js';
import { InOrder } from './order.js';
import { ArticlePool, defaultJobs } from './pool.js';

export { defaultJobs } from './pool.js';

export const DEFAULT_TIMEOUT_MS = 2000;

export interface BatchOptions {
  /** Pipeline name or path; by default "newswire" for .sgm files and "news" for the rest. */
  pipeline?: string;
  maxBytes?: number;
  /** Worker threads (default: the number of cores). 0 runs in this thread, without time limits. */
  jobs?: number;
  /** Time limit of one article in a worker, in milliseconds. */
  timeoutMs?: number;
  /** Directory of the incremental-run cache; none by default. */
  cacheDir?: string;
}

export interface BatchError extends LoadError {}

/** What became of one article (or one unreadable input), in output order. */
export interface ArticleEvent {
  path: string;
  index?: number;
  /** Characters of article content. */
  chars: number;
  /** Milliseconds the pipeline took (0 when served from the cache). */
  ms: number;
  cached: boolean;
  failed: boolean;
  /** The share of its input file's bytes this item stands for, for progress. */
  bytes: number;
}

export interface BatchHandlers {
  /** Each record as one JSON line (no newline), in the contract's order. */
  onLine?: (json: string) => void | Promise<void>;
  /** Each record as an object (parsed from the line; costs time, prefer onLine). */
  onRecord?: (record: ArticleRecord) => void | Promise<void>;
  onError?: (error: BatchError) => void;
  onSkip?: (skipped: LoadError) => void;
  onArticle?: (event: ArticleEvent) => void;
  /** Called once the inputs are known, with the bytes of all input files. */
  onStart?: (totalBytes: number) => void;
}

export interface BatchResult {
  dataset: Dataset;
  records: number;
  errors: number;
  skipped: number;
  cached: number;
}

/** "path#index: reason" (or "path:line"), the one-line form of an error. */
export function formatError(e: BatchError): string {
  const where = e.line != null ? `${e.path}:${e.line}` : e.index != null ? `${e.path}#${e.index}` : e.path;
  return `${where}: ${e.reason}`;
}

/** Worker threads need the compiled worker.js beside this file; from TypeScript sources (tests) run in-thread. */
const CAN_USE_WORKERS = fileURLToPath(import.meta.url).endsWith('.js');

type Item =
  | { kind: 'error'; error: BatchError; bytes: number }
  | { kind: 'skip'; skipped: LoadError; bytes: number }
  | {
      kind: 'article';
      source: RawArticle['source'];
      chars: number;
      outcome: ArticleOutcome;
      cached: boolean;
      bytes: number;
    };

export async function runBatch(
  inputs: string[],
  options: BatchOptions = {},
  handlers: BatchHandlers = {},
): Promise<BatchResult> {
  const pipelines = new Map<string, PipelineDefinition>();
  const pipelineFor = (p: string): PipelineDefinition => {
    const name = options.pipeline ?? defaultPipelineFor(p);
    let def = pipelines.get(name);
    if (!def) {
      def = loadPipeline(name);
      pipelines.set(name, def);
    }
    return def;
  };
  if (options.pipeline) pipelineFor('');

  const jobs = CAN_USE_WORKERS ? (options.jobs ?? defaultJobs()) : 0;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pool = jobs > 0 ? new ArticlePool({ threads: jobs, timeoutMs }) : null;
  const cache = options.cacheDir ? new RecordCache(options.cacheDir) : null;

  const summaries: RecordSummary[] = [];
  const ids = new Set<string>();
  let errors = 0;
  let skipped = 0;

  const emit = async (item: Item): Promise<void> => {
    if (item.kind === 'error') {
      errors++;
      handlers.onError?.(item.error);
      handlers.onArticle?.({
        path: item.error.path,
        index: item.error.index,
        chars: 0,
        ms: 0,
        cached: false,
        failed: true,
        bytes: item.bytes,
      });
      return;
    }
    if (item.kind === 'skip') {
      skipped++;
      handlers.onSkip?.(item.skipped);
      handlers.onArticle?.({
        path: item.skipped.path,
        index: item.skipped.index,
        chars: 0,
        ms: 0,
        cached: false,
        failed: false,
        bytes: item.bytes,
      });
      return;
    }
    const { source, outcome } = item;
    handlers.onArticle?.({
      path: source.path,
      index: source.index,
      chars: item.chars,
      ms: outcome.ms,
      cached: item.cached,
      failed: !outcome.ok,
      bytes: item.bytes,
    });
    if (!outcome.ok) {
      errors++;
      handlers.onError?.({ path: source.path, index: source.index, reason: outcome.reason });
      return;
    }
    // Identical texts (exact syndicated copies) still need distinct record ids:
    // the first in output order keeps the plain one, whatever order workers finish in.
    const done = ids.has(outcome.id) ? withId(outcome, outcome.altId) : outcome;
    ids.add(done.id);
    summaries.push(done.summary);
    await handlers.onLine?.(done.json);
    if (handlers.onRecord) await handlers.onRecord(JSON.parse(done.json) as ArticleRecord);
  };

  const order = new InOrder<Item>(emit, Math.max(64, jobs * 32));
  let seq = 0;

  const runOne = async (article: RawArticle): Promise<{ outcome: ArticleOutcome; cached: boolean }> => {
    const pipeline = pipelineFor(article.source.path);
    const key = cache?.key(article, pipeline);
    if (cache && key) {
      const hit = await cache.get(key);
      if (hit) return { outcome: hit, cached: true };
    }
    const outcome = pool ? await pool.run(article, pipeline) : processArticle(article, pipeline);
    if (cache && key && outcome.ok) cache.put(key, outcome as ArticleDone);
    return { outcome, cached: false };
  };

  try {
    const { files, errors: walkErrors } = await walk(inputs);
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const sizes = await Promise.all(
      sorted.map((f) =>
        f.path === '-'
          ? 0
          : stat(f.path).then(
              (s) => s.size,
              () => 0,
            ),
      ),
    );
    handlers.onStart?.(sizes.reduce((a, b) => a + b, 0));
    for (const error of walkErrors) order.put(seq++, { kind: 'error', error, bytes: 0 });

    for (const [i, file] of sorted.entries()) {
      const results: ReadResult[] = await loadFile(file.path, { maxBytes: options.maxBytes });
      const share = (sizes[i] ?? 0) / Math.max(1, results.length);
      // Drop each article from the array once handed out, so only in-flight ones stay in memory.
      for (let r = 0; r < results.length; r++) {
        const item = results[r]!;
        results[r] = undefined as unknown as ReadResult;
        await order.room(seq);
        const n = seq++;
        if ('error' in item) order.put(n, { kind: 'error', error: item.error, bytes: share });
        else if ('skipped' in item) order.put(n, { kind: 'skip', skipped: item.skipped, bytes: share });
        else {
          const { source, content } = item.article;
          void runOne(item.article).then(
            ({ outcome, cached }) =>
              order.put(n, { kind: 'article', source, chars: content.length, outcome, cached, bytes: share }),
            (e: Error) =>
              order.put(n, {
                kind: 'article',
                source,
                chars: content.length,
                outcome: { ok: false, reason: `extraction failed: ${e.message.split('\n')[0]}`, ms: 0 },
                cached: false,
                bytes: share,
              }),
          );
        }
      }
    }
    await order.drain(seq);
    await cache?.flush();
  } finally {
    await pool?.close();
  }
  return {
    dataset: buildDataset(summaries),
    records: summaries.length,
    errors,
    skipped,
    cached: cache?.hits ?? 0,
  };
}
