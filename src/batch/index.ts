// Runs a batch: load every input, run the pipeline on each article in worker
// threads (with a time limit each), and hand on the records in the contract's
// order as they are produced, without holding all articles or records in
// memory. The cross-article dataset is built from compact summaries as records are written.
// A bad input, a failing or a timed-out article becomes an error line; the rest
// of the batch goes on.

import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../document.js';
import type { LoadError, ReadResult } from '../load/index.js';
import { loadFileStream, walk } from '../load/index.js';
import { defaultPipelineFor, loadPipeline, type PipelineDefinition } from '../pipeline/definition.js';
import { DatasetBuilder, withFingerprint } from '../resolve/dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';
import type { ArticleOutcome } from './article.js';
import { RecordCache } from './cache.js';
import { withId } from './ids.js';
import { InOrder } from './order.js';
import type { ArticlePool } from './pool.js';

/** Default number of worker threads: the number of cores (the pool adds them only while they pay). */
export function defaultJobs(): number {
  return availableParallelism();
}

export const DEFAULT_TIMEOUT_MS = 2000;

export interface BatchOptions {
  /** Pipeline name or path; by default "newswire" for .sgm files and "news" for the rest. */
  pipeline?: string;
  maxBytes?: number;
  /**
   * Most worker threads (default: the number of cores, added one at a time while throughput rises).
   * 0 runs in this thread, without time limits. Small inputs run in this thread whatever the number.
   */
  jobs?: number;
  /**
   * Inputs of at most this many characters of article text (and 256 articles) run in this thread,
   * without starting workers (default SMALL_CHARS); 0 starts workers for any input.
   */
  inThreadUpTo?: number;
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
  /** Most worker threads that ran articles at once: 0 when every article ran in the calling thread (or elsewhere). */
  workers: number;
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

/**
 * Inputs up to this many characters of article text (and SMALL_ARTICLES articles) run in the calling
 * thread: starting a worker costs more than a thread would gain on them.
 */
export const SMALL_CHARS = 256 * 1024;
const SMALL_ARTICLES = 256;
/** Input files this large on disk start the pool at once, while they are read (no article is that much markup). */
const LARGE_FILE_BYTES = 8 * SMALL_CHARS;

/** One read result of the inputs, or the end of a file (its bytes not yet counted for progress). */
type Entry = { file: number; item: ReadResult } | { file: number; end: true };

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
  const smallChars = options.inThreadUpTo ?? SMALL_CHARS;
  // Workers start on the first article that is not in the cache, so a warm rerun
  // loads no pipeline at all; the pool's module (piscina) loads only then.
  const workers: { pool: Promise<ArticlePool> | null } = { pool: null };
  const poolNow = (): Promise<ArticlePool> => {
    workers.pool ??= import('./pool.js').then(
      ({ ArticlePool }) =>
        new ArticlePool({ threads: jobs, timeoutMs, adaptive: options.jobs === undefined, workLeft: () => unread }),
    );
    return workers.pool;
  };
  let peakWorkers = 0;
  // Input bytes not yet handed to the workers: what an adaptive pool weighs a trial worker against.
  let unread = 0;
  // Where articles run: decided once the input is known to be small or large (see below).
  let mode: 'thread' | 'pool' | null = executor ? 'thread' : jobs > 0 ? null : 'thread';
  let inThread: InThread | null = null;
  const cache = options.cacheDir ? new RecordCache(options.cacheDir) : null;

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
    let raw: ArticleOutcome;
    if (executor) raw = await executor(article, pipeline);
    else if (mode === 'pool') raw = await (await poolNow()).run(article, pipeline);
    else {
      inThread ??= await loadInThread();
      raw = inThread(article, pipeline, jobs > 0 ? timeoutMs : null);
    }
    const outcome = fingerprinted(raw);
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
    unread = sizes.reduce((a, b) => a + b, 0);
    handlers.onStart?.(unread);
    for (const error of walkErrors) order.put(seq++, { kind: 'error', error });

    async function* entries(): AsyncGenerator<Entry> {
      for (const [file, f] of sorted.entries()) {
        for await (const item of loadFileStream(f.path, { maxBytes: options.maxBytes })) yield { file, item };
        yield { file, end: true };
      }
    }
    const source = entries();

    // Small or large? Large files on disk say so at once, and the first worker then loads its modules
    // while the inputs are read (without a cache every article runs). Otherwise the articles are read
    // ahead until they add up to more than a small input, or the input ends first: then they all run
    // here, in this thread, and no pool starts.
    const ahead: Entry[] = [];
    if (mode === null) {
      if (sizes.some((n) => n > LARGE_FILE_BYTES)) mode = 'pool';
      else {
        let chars = 0;
        let articles = 0;
        for (;;) {
          const next = await source.next();
          if (next.done) {
            mode = 'thread';
            break;
          }
          ahead.push(next.value);
          if ('item' in next.value && 'article' in next.value.item) {
            chars += next.value.item.article.content.length;
            articles++;
            if (chars > smallChars || articles > SMALL_ARTICLES) {
              mode = 'pool';
              break;
            }
          }
        }
      }
      if (mode === 'pool' && !cache) void poolNow();
    }

    // Progress counts each article's characters against its file's bytes, and the rest
    // (markup, skipped parts) when the file is done.
    const left = [...sizes];
    const share = (file: number, chars: number): number => {
      const bytes = Math.min(left[file] ?? 0, chars);
      left[file] = (left[file] ?? 0) - bytes;
      unread -= bytes;
      return bytes;
    };
    const take = async (entry: Entry): Promise<void> => {
      await order.room(seq);
      const n = seq++;
      if ('end' in entry) {
        order.put(n, { kind: 'progress', bytes: left[entry.file] ?? 0 });
        unread -= left[entry.file] ?? 0;
        left[entry.file] = 0;
        return;
      }
      const { item } = entry;
      if ('error' in item) order.put(n, { kind: 'error', error: item.error });
      else if ('skipped' in item) order.put(n, { kind: 'skip', skipped: item.skipped });
      else {
        const { source, content } = item.article;
        const bytes = share(entry.file, content.length);
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
    };
    for (const entry of ahead) await take(entry);
    ahead.length = 0;
    for await (const entry of source) await take(entry);
    await order.drain(seq);
  } finally {
    over = true;
    const done = await workers.pool;
    peakWorkers = done?.peakWorkers ?? 0;
    await done?.close();
    await cache?.close();
  }
  return {
    dataset: dataset.build(),
    records,
    errors,
    skipped,
    cached: cache?.hits ?? 0,
    workers: peakWorkers,
  };
}

type InThread = (article: RawArticle, pipeline: PipelineDefinition, timeoutMs: number | null) => ArticleOutcome;

/**
 * Articles run in this thread load the pipeline's modules on first use (here, not at import).
 * An article cannot be stopped here, so the time limit is applied once it is done, with the
 * same outcome a worker gives; the first article of each pipeline and format also pays for
 * loading word lists, which a worker does before it starts the clock, so when that one is over
 * the limit it is timed again.
 */
async function loadInThread(): Promise<InThread> {
  const { processArticle } = await import('./article.js');
  const warm = new Set<string>();
  return (article, pipeline, timeoutMs) => {
    const kind = `${pipeline.name}\u0000${article.format}`;
    let outcome = processArticle(article, pipeline);
    if (timeoutMs === null) return outcome;
    if (outcome.ms > timeoutMs && !warm.has(kind)) outcome = processArticle(article, pipeline);
    warm.add(kind);
    return outcome.ms > timeoutMs ? { ok: false, reason: `timed out after ${timeoutMs} ms`, ms: outcome.ms } : outcome;
  };
}

/** The outcome with its summary's fingerprint, made here from the text the worker sent along. */
function fingerprinted(outcome: ArticleOutcome): ArticleOutcome {
  if (!outcome.ok || outcome.text === undefined) return outcome;
  const { text, ...done } = outcome;
  return { ...done, summary: withFingerprint(done.summary, text) };
}
