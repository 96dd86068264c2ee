// Runs a batch: load every input, run the pipeline on each article in worker
// threads (with a time limit each), and hand on the records in the contract's
// order as they are produced, without holding all articles or records in
// memory. The cross-article dataset is built from compact summaries as records are written.
// A bad input, a failing or a timed-out article becomes an error line; the rest
// of the batch goes on.

import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../document.js';
import type { LoadError } from '../load/index.js';
import { loadFileStream, walk } from '../load/index.js';
import { defaultPipelineFor, loadPipeline, type PipelineDefinition } from '../pipeline/definition.js';
import { DatasetBuilder, withFingerprint } from '../resolve/dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import type { ArticleOutcome } from './article.js';
import { RecordCache } from './cache.js';
import { withId } from './ids.js';
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
  /**
   * Runs articles elsewhere (e.g. on a job queue) instead of in local worker
   * threads; `jobs` and `timeoutMs` then do not apply here.
   */
  executor?: (article: RawArticle, pipeline: PipelineDefinition) => Promise<ArticleOutcome>;
  /** Articles in flight or waiting to be handed on (default: 256 per worker thread, at least 512). */
  window?: number;
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
}

export interface BatchHandlers {
  /** Each record as one JSON line (no newline), in the contract's order. */
  onLine?: (json: string) => void | Promise<void>;
  /** Each record as an object (parsed from the line; costs time, prefer onLine). */
  onRecord?: (record: ArticleRecord) => void | Promise<void>;
  onError?: (error: BatchError) => void;
  onSkip?: (skipped: LoadError) => void;
  onArticle?: (event: ArticleEvent) => void;
  /** Input bytes done since the last call (for a progress bar). */
  onProgress?: (bytes: number) => void;
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
  | { kind: 'progress'; bytes: number }
  | { kind: 'error'; error: BatchError; bytes?: undefined }
  | { kind: 'skip'; skipped: LoadError; bytes?: undefined }
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

  const executor = options.executor;
  const jobs = executor ? 0 : CAN_USE_WORKERS ? (options.jobs ?? defaultJobs()) : 0;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Workers start on the first article that is not in the cache, so a warm rerun
  // loads no pipeline at all.
  const workers: { pool: ArticlePool | null } = { pool: null };
  const poolNow = (): ArticlePool => {
    workers.pool ??= new ArticlePool({ threads: jobs, timeoutMs });
    return workers.pool;
  };
  // The pipeline's modules (extractors, gazetteers) load only where articles run:
  // in the workers, or here when there are none.
  const inThread = jobs > 0 || executor ? null : (await import('./article.js')).processArticle;
  const cache = options.cacheDir ? new RecordCache(options.cacheDir) : null;
  // Without a cache every article runs: the first worker loads its modules while the inputs are read.
  if (jobs > 0 && !cache) poolNow();

  // The dataset grows as records are written, so that little is left to do after the last article.
  const dataset = new DatasetBuilder();
  let records = 0;
  const ids = new Set<string>();
  let errors = 0;
  let skipped = 0;

  // Set once the batch is over (or failed): results still arriving are dropped.
  let over = false;
  const emit = async (item: Item): Promise<void> => {
    if (over) return;
    if (item.bytes) handlers.onProgress?.(item.bytes);
    if (item.kind === 'progress') return;
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
      });
      return;
    }
    if (item.kind === 'skip') {
      // A warning names a part that was still read (a feed item kept with its title only).
      if (!item.skipped.warning) skipped++;
      handlers.onSkip?.(item.skipped);
      handlers.onArticle?.({
        path: item.skipped.path,
        index: item.skipped.index,
        chars: 0,
        ms: 0,
        cached: false,
        failed: false,
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
    dataset.add(done.id, done.summary);
    records++;
    await handlers.onLine?.(done.json);
    if (handlers.onRecord) await handlers.onRecord(JSON.parse(done.json) as ArticleRecord);
  };

  const order = new InOrder<Item>(emit, options.window ?? Math.max(512, jobs * 256));
  let seq = 0;

  const runOne = async (article: RawArticle): Promise<{ outcome: ArticleOutcome; cached: boolean }> => {
    const pipeline = pipelineFor(article.source.path);
    const key = cache?.key(article, pipeline);
    if (cache && key) {
      const hit = await cache.get(key);
      if (hit) return { outcome: hit, cached: true };
    }
    const outcome = fingerprinted(
      executor
        ? await executor(article, pipeline)
        : inThread
          ? inThread(article, pipeline)
          : await poolNow().run(article, pipeline),
    );
    if (cache && key && outcome.ok) await cache.put(key, outcome);
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
    for (const error of walkErrors) order.put(seq++, { kind: 'error', error });

    for (const [i, file] of sorted.entries()) {
      // Progress counts each article's characters against its file's bytes, and the rest
      // (markup, skipped parts) when the file is done.
      let left = sizes[i] ?? 0;
      const share = (chars: number): number => {
        const bytes = Math.min(left, chars);
        left -= bytes;
        return bytes;
      };
      for await (const item of loadFileStream(file.path, { maxBytes: options.maxBytes })) {
        await order.room(seq);
        const n = seq++;
        if ('error' in item) order.put(n, { kind: 'error', error: item.error });
        else if ('skipped' in item) order.put(n, { kind: 'skip', skipped: item.skipped });
        else {
          const { source, content } = item.article;
          const bytes = share(content.length);
          void runOne(item.article).then(
            ({ outcome, cached }) =>
              order.put(n, { kind: 'article', source, chars: content.length, outcome, cached, bytes }),
            (e: Error) =>
              order.put(n, {
                kind: 'article',
                source,
                chars: content.length,
                outcome: { ok: false, reason: `extraction failed: ${e.message.split('\n')[0]}`, ms: 0 },
                cached: false,
                bytes,
              }),
          );
        }
      }
      await order.room(seq);
      order.put(seq++, { kind: 'progress', bytes: left });
    }
    await order.drain(seq);
  } finally {
    over = true;
    await workers.pool?.close();
    await cache?.close();
  }
  return {
    dataset: dataset.build(),
    records,
    errors,
    skipped,
    cached: cache?.hits ?? 0,
  };
}

/** The outcome with its summary's fingerprint, made here from the text the worker sent along. */
function fingerprinted(outcome: ArticleOutcome): ArticleOutcome {
  if (!outcome.ok || outcome.text === undefined) return outcome;
  const { text, ...done } = outcome;
  return { ...done, summary: withFingerprint(done.summary, text) };
}
