// Worker threads (piscina) that run articles with a time limit each. Articles
// travel in small batches (one message per article would cost more than a
// short wire story takes to read), and several batches wait inside each worker
// so that it never idles while the main thread is busy. The worker stamps into
// shared memory which thread it is, which article of its batch it is on and
// when that one started; a watchdog terminates the thread of an article that
// runs past the limit (a busy loop included), and piscina starts a fresh one.
// That article is reported as timed out; the rest of its batch, and the
// batches that waited in the same thread, run again. Time spent waiting in the
// queue or while a new worker loads does not count against an article.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import type { ArticleOutcome } from './article.js';
import type { SharedClock, WorkerTask } from './worker.js';

export interface PoolOptions {
  threads: number;
  timeoutMs: number;
  /**
   * Heap limit of one worker (default 4096): an article that needs more becomes an error. Generous, because
   * V8 cannot always stop a worker cleanly at its limit (one large allocation past it aborts the process);
   * an article big enough to come near it runs into its time limit first.
   */
  maxHeapMb?: number;
  /** Most articles sent to a worker in one message (default 16). */
  batchSize?: number;
}

interface Job {
  article: RawArticle;
  pipeline: PipelineDefinition;
  resolve: (outcome: ArticleOutcome) => void;
}

interface Running {
  slot: number;
  /** Set by the watchdog before it stops the thread. */
  timedOut: boolean;
}

/** Tasks queued inside each worker, so that it starts the next batch at once instead of waiting for the main thread. */
const TASKS_PER_WORKER = 8;

export class ArticlePool {
  readonly threads: number;
  private readonly pool: Piscina<WorkerTask, ArticleOutcome[]>;
  private readonly started: BigInt64Array;
  private readonly current: Int32Array;
  private readonly threadIds: Int32Array;
  private readonly freeSlots: number[];
  private readonly slotWaiters: (() => void)[] = [];
  private readonly running = new Set<Running>();
  private readonly watchdog: NodeJS.Timeout;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  private pending: Job[] = [];
  private flushScheduled = false;

  constructor(options: PoolOptions) {
    this.threads = Math.max(1, options.threads);
    this.timeoutMs = options.timeoutMs;
    this.batchSize = Math.max(1, options.batchSize ?? 16);
    const slots = this.threads * TASKS_PER_WORKER * 4;
    this.freeSlots = Array.from({ length: slots }, (_, i) => slots - 1 - i);
    const started = new SharedArrayBuffer(slots * BigInt64Array.BYTES_PER_ELEMENT);
    const current = new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT);
    const threadIds = new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT);
    this.started = new BigInt64Array(started);
    this.current = new Int32Array(current);
    this.threadIds = new Int32Array(threadIds);
    // V8 lets a heap grow to several times its live size before a full collection. A worker's live
    // heap is small and steady (word lists) and the rest is garbage of finished articles: with several
    // workers, growing by 30% at most keeps two of them near 400 MB over the benchmark instead of
    // 450-600 MB, for about 2% of speed. The flag is the process's; it is set before the workers start.
    if (this.threads > 1) setFlagsFromString('--heap-growing-percent=30');
    this.pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      // One worker to begin with, more as soon as tasks queue up: a one-article run starts one.
      minThreads: 1,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      // The tasks are not abortable (no signal): piscina never queues an abortable task behind
      // another, which left each worker waiting on the main thread between batches.
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      workerData: { started, current, threadIds } satisfies SharedClock,
      // Nearly everything an article allocates dies with it, and a larger young generation collects it in
      // fewer, cheaper pauses: 64 MB is about 4% faster than 16 MB and 9% faster than 8 MB on the benchmark,
      // for about 50 MB more per worker. A lone worker takes 64; several take 16 each, which keeps a
      // 2-worker batch well under 512 MB.
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxHeapMb ?? 4096,
        maxYoungGenerationSizeMb: this.threads === 1 ? 64 : 16,
      },
    });
    // A worker that dies (stopped for a time limit, out of memory) must not kill the batch: piscina replaces it.
    this.pool.on('error', () => {});
    const tick = Math.max(5, Math.min(100, Math.floor(this.timeoutMs / 4)));
    this.watchdog = setInterval(() => this.stopLate(), tick);
    this.watchdog.unref();
  }

  /** Runs one article; never rejects (time-outs and crashed workers become failed outcomes). */
  run(article: RawArticle, pipeline: PipelineDefinition): Promise<ArticleOutcome> {
    return new Promise((resolve) => {
      this.pending.push({ article, pipeline, resolve });
      if (this.pending.length >= this.batchSize) this.flush();
      else if (!this.flushScheduled) {
        // Whatever arrives in the same turn of the event loop shares the batch.
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    await this.pool.destroy();
  }

  private flush(): void {
    if (!this.pending.length) return;
    const jobs = this.pending;
    this.pending = [];
    void this.runJobs(jobs, true);
  }

  /**
   * Runs a batch. The article over the time limit is reported as such and the others run again.
   * Articles lost with a worker that failed otherwise (stopped for another batch's time limit, out
   * of memory) run again one by one, once, so that only the one that brings a worker down fails.
   */
  private async runJobs(jobs: Job[], retry: boolean): Promise<void> {
    const slot = await this.takeSlot();
    const pipelines: PipelineDefinition[] = [];
    const task: WorkerTask = {
      articles: jobs.map((j) => {
        let p = pipelines.indexOf(j.pipeline);
        if (p < 0) p = pipelines.push(j.pipeline) - 1;
        return { article: j.article, pipeline: p };
      }),
      pipelines,
      slot,
    };
    Atomics.store(this.started, slot, 0n);
    const entry: Running = { slot, timedOut: false };
    this.running.add(entry);
    const t0 = performance.now();
    let outcomes: ArticleOutcome[] | null = null;
    let error: Error | null = null;
    try {
      outcomes = await this.pool.run(task);
    } catch (e) {
      error = e as Error;
    } finally {
      this.running.delete(entry);
      this.freeSlots.push(slot);
      this.slotWaiters.shift()?.();
    }
    if (outcomes) {
      for (const [i, j] of jobs.entries()) j.resolve(outcomes[i]!);
      return;
    }
    const ms = performance.now() - t0;
    if (entry.timedOut) {
      const late = Atomics.load(this.current, slot);
      jobs[late]?.resolve({ ok: false, reason: `timed out after ${this.timeoutMs} ms`, ms });
      const others = jobs.filter((_, i) => i !== late);
      if (others.length) await this.runJobs(others, retry);
      return;
    }
    if (retry) {
      await Promise.all(jobs.map((j) => this.runJobs([j], false)));
      return;
    }
    const reason = `worker failed: ${(error?.message ?? 'unknown error').split('\n')[0]}`;
    for (const j of jobs) j.resolve({ ok: false, reason, ms });
  }

  private async takeSlot(): Promise<number> {
    for (;;) {
      const slot = this.freeSlots.pop();
      if (slot !== undefined) return slot;
      await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    }
  }

  private stopLate(): void {
    const now = BigInt(Date.now());
    const limit = BigInt(this.timeoutMs);
    for (const entry of this.running) {
      const since = Atomics.load(this.started, entry.slot);
      if (entry.timedOut || since === 0n || now - since <= limit) continue;
      entry.timedOut = true;
      const id = Atomics.load(this.threadIds, entry.slot);
      void this.pool.threads.find((t) => t.threadId === id)?.terminate();
    }
  }
}

export function defaultJobs(): number {
  return availableParallelism();
}
