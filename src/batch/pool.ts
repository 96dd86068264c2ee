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
import { availableParallelism, cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import type { ArticleOutcome } from './article.js';
import { type ScaleOptions, Scaler } from './scale.js';
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
  /**
   * Start with one worker and add more (up to `threads`) only while they raise the throughput
   * (see Scaler). Otherwise workers start as soon as tasks queue up, up to `threads`.
   */
  adaptive?: boolean;
  /** The adaptive pool's measuring settings (tests). */
  scale?: Omit<ScaleOptions, 'max'>;
  /** Characters of article text still to come (an estimate): an adaptive pool tries a worker only when much is left. */
  workLeft?: () => number;
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

/** One worker thread: a piscina pool of one thread (piscina replaces it when it is stopped). */
interface Lane {
  pool: Piscina<WorkerTask, ArticleOutcome[]>;
  /** Tasks sent and not yet answered. */
  inFlight: number;
  /** Tasks answered (the first one also paid for loading the modules). */
  answered: number;
  /** No more tasks go to a retired lane; it closes once its tasks are answered. */
  retired: boolean;
}

/** Tasks queued inside each worker, so that it starts the next batch at once instead of waiting for the main thread. */
const TASKS_PER_WORKER = 8;

export class ArticlePool {
  readonly threads: number;
  private readonly lanes: Lane[] = [];
  private readonly shared: SharedClock;
  private readonly maxHeapMb: number;
  private readonly scaler: Scaler | null;
  private readonly workLeft: () => number;
  private readonly started: BigInt64Array;
  private readonly current: Int32Array;
  private readonly threadIds: Int32Array;
  private readonly freeSlots: number[];
  private readonly laneWaiters: (() => void)[] = [];
  private readonly running = new Set<Running>();
  private readonly watchdog: NodeJS.Timeout;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  private pending: Job[] = [];
  private flushScheduled = false;
  /** Characters of article text sent to workers and not yet answered. */
  private queuedChars = 0;

  constructor(options: PoolOptions) {
    this.threads = Math.max(1, options.threads);
    this.timeoutMs = options.timeoutMs;
    this.batchSize = Math.max(1, options.batchSize ?? 16);
    this.maxHeapMb = options.maxHeapMb ?? 4096;
    this.workLeft = options.workLeft ?? (() => Number.POSITIVE_INFINITY);
    this.scaler =
      options.adaptive && this.threads > 1
        ? new Scaler({ max: this.threads, machine: machineCpu, ...options.scale })
        : null;
    const slots = this.threads * TASKS_PER_WORKER * 4;
    this.freeSlots = Array.from({ length: slots }, (_, i) => slots - 1 - i);
    this.shared = {
      started: new SharedArrayBuffer(slots * BigInt64Array.BYTES_PER_ELEMENT),
      current: new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT),
      threadIds: new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT),
    };
    this.started = new BigInt64Array(this.shared.started);
    this.current = new Int32Array(this.shared.current);
    this.threadIds = new Int32Array(this.shared.threadIds);
    // V8 lets a heap grow to several times its live size before a full collection. A worker's live
    // heap is small and steady (word lists) and the rest is garbage of finished articles: with several
    // workers, growing by 30% at most keeps two of them near 400 MB over the benchmark instead of
    // 450-600 MB, for about 2% of speed. The flag is the process's; it is set before more than one
    // worker starts (an adaptive pool sets it when it adds the second).
    if (this.threads > 1 && !this.scaler) setFlagsFromString('--heap-growing-percent=30');
    // One worker to begin with (a fixed pool adds the others as soon as tasks queue up).
    this.addLane();
    const tick = Math.max(5, Math.min(100, Math.floor(this.timeoutMs / 4)));
    this.watchdog = setInterval(() => this.stopLate(), tick);
    this.watchdog.unref();
  }

  /** Most worker threads that took articles at once. */
  peakWorkers = 0;

  /** Worker threads taking articles now (a retired one is not). */
  get workers(): number {
    return this.lanes.filter((l) => !l.retired).length;
  }

  private addLane(): Lane {
    // Nearly everything an article allocates dies with it, and a larger young generation collects it in
    // fewer, cheaper pauses: 64 MB is about 4% faster than 16 MB and 9% faster than 8 MB on the benchmark,
    // for about 50 MB more per worker. A lone worker (and the first of an adaptive pool) takes 64; the
    // others take 16 each, which keeps a 2-worker batch well under 512 MB.
    const young = this.threads === 1 || (this.scaler && this.lanes.length === 0) ? 64 : 16;
    if (this.scaler && this.lanes.length === 1) setFlagsFromString('--heap-growing-percent=30');
    const pool = new Piscina<WorkerTask, ArticleOutcome[]>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: 1,
      maxThreads: 1,
      idleTimeout: 60_000,
      // The tasks are not abortable (no signal): piscina never queues an abortable task behind
      // another, which left each worker waiting on the main thread between batches.
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      workerData: this.shared,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: young },
    });
    // A worker that dies (stopped for a time limit, out of memory) must not kill the batch: piscina replaces it.
    pool.on('error', () => {});
    const lane: Lane = { pool, inFlight: 0, answered: 0, retired: false };
    this.lanes.push(lane);
    this.peakWorkers = Math.max(this.peakWorkers, this.lanes.filter((l) => !l.retired).length);
    // Tasks waiting for room may go to the new worker at once.
    for (const wake of this.laneWaiters.splice(0)) wake();
    return lane;
  }

  /**
   * The least busy lane with room for a task, adding one when a fixed pool may; waits when none has
   * room. The task is counted in the lane before this returns, so that tasks woken together spread.
   */
  private async takeLane(): Promise<Lane> {
    for (;;) {
      let best: Lane | null = null;
      for (const lane of this.lanes)
        if (!lane.retired && lane.inFlight < TASKS_PER_WORKER && (!best || lane.inFlight < best.inFlight)) best = lane;
      if (!(best && best.inFlight === 0) && !this.scaler && this.lanes.length < this.threads) best = this.addLane();
      if (best) {
        best.inFlight++;
        return best;
      }
      await new Promise<void>((resolve) => this.laneWaiters.push(resolve));
    }
  }

  /** A task of `chars` characters came back from `lane`, done (`ok`) or lost with its worker. */
  private answered(lane: Lane, chars: number, ok: boolean): void {
    lane.inFlight--;
    lane.answered++;
    this.queuedChars -= chars;
    if (lane.retired && lane.inFlight === 0) void lane.pool.destroy();
    if (this.scaler) {
      const newest = this.lanes.filter((l) => !l.retired).at(-1)!;
      const action = this.scaler.done(
        performance.now(),
        ok ? chars : 0,
        newest.answered > 1,
        this.queuedChars + this.workLeft(),
      );
      if (action === 'add') this.addLane();
      else if (action === 'retire') {
        newest.retired = true;
        if (newest.inFlight === 0) void newest.pool.destroy();
      }
    }
    this.laneWaiters.shift()?.();
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
    await Promise.all(this.lanes.map((l) => l.pool.destroy()));
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
    const lane = await this.takeLane();
    const chars = jobs.reduce((n, j) => n + j.article.content.length, 0);
    this.queuedChars += chars;
    const slot = this.freeSlots.pop()!;
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
      outcomes = await lane.pool.run(task);
    } catch (e) {
      error = e as Error;
    } finally {
      this.running.delete(entry);
      this.freeSlots.push(slot);
      this.answered(lane, chars, outcomes !== null);
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

  private stopLate(): void {
    const now = BigInt(Date.now());
    const limit = BigInt(this.timeoutMs);
    for (const entry of this.running) {
      const since = Atomics.load(this.started, entry.slot);
      if (entry.timedOut || since === 0n || now - since <= limit) continue;
      entry.timedOut = true;
      const id = Atomics.load(this.threadIds, entry.slot);
      for (const lane of this.lanes) void lane.pool.threads.find((t) => t.threadId === id)?.terminate();
    }
  }
}

/** The machine's CPU time so far, summed over its cores (ms): idle and in all. */
function machineCpu(): { idle: number; total: number; cores: number } {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total, cores: all.length };
}

export function defaultJobs(): number {
  return availableParallelism();
}
