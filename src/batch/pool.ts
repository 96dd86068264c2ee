// Worker threads (piscina) that run articles with a time limit. Each task stamps
// its start time into shared memory; a watchdog aborts tasks that run past the
// limit, and piscina then terminates that worker (a busy loop included) and
// starts a fresh one. Time spent waiting in the queue or while a new worker
// loads its modules does not count against an article.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import type { ArticleOutcome } from './article.js';
import type { WorkerTask } from './worker.js';

export interface PoolOptions {
  threads: number;
  timeoutMs: number;
  /** Heap limit of one worker; an article that needs more becomes an error. */
  maxHeapMb?: number;
}

interface Running {
  controller: AbortController;
  slot: number;
}

export class ArticlePool {
  readonly threads: number;
  private readonly pool: Piscina<WorkerTask, ArticleOutcome>;
  private readonly started: BigInt64Array;
  private readonly freeSlots: number[];
  private readonly slotWaiters: (() => void)[] = [];
  private readonly running = new Set<Running>();
  private readonly watchdog: NodeJS.Timeout;
  private readonly timeoutMs: number;

  constructor(options: PoolOptions) {
    this.threads = Math.max(1, options.threads);
    this.timeoutMs = options.timeoutMs;
    // Enough tasks queued to keep every worker fed while the main thread reads, writes or is descheduled.
    const slots = this.threads * 32;
    this.freeSlots = Array.from({ length: slots }, (_, i) => slots - 1 - i);
    const shared = new SharedArrayBuffer(slots * BigInt64Array.BYTES_PER_ELEMENT);
    this.started = new BigInt64Array(shared);
    this.pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      // One worker to begin with, more as soon as tasks queue up: a one-article run starts one.
      minThreads: 1,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      // A few tasks wait inside each worker, so that it starts the next article at once
      // instead of idling until the main thread has taken the last result and sent more.
      concurrentTasksPerWorker: 4,
      workerData: { started: shared },
      // A small young generation: workers keep ~100 MB of models live, the rest is short-lived garbage.
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024, maxYoungGenerationSizeMb: 8 },
    });
    // A worker that dies outside a task (out of memory after its task timed out) must not kill the batch: piscina replaces it.
    this.pool.on('error', () => {});
    const tick = Math.max(5, Math.min(100, Math.floor(this.timeoutMs / 4)));
    this.watchdog = setInterval(() => this.abortLate(), tick);
    this.watchdog.unref();
  }

  /**
   * Runs one article; never rejects (time-outs and crashed workers become failed outcomes).
   * An article lost with a worker that was stopped for another one's time limit runs again.
   */
  async run(article: RawArticle, pipeline: PipelineDefinition): Promise<ArticleOutcome> {
    const first = await this.runOnce(article, pipeline);
    return first.ok || first.timedOut ? first.outcome : (await this.runOnce(article, pipeline)).outcome;
  }

  private async runOnce(
    article: RawArticle,
    pipeline: PipelineDefinition,
  ): Promise<{ ok: boolean; timedOut: boolean; outcome: ArticleOutcome }> {
    const slot = await this.takeSlot();
    Atomics.store(this.started, slot, 0n);
    const entry: Running = { controller: new AbortController(), slot };
    this.running.add(entry);
    const t0 = performance.now();
    try {
      const outcome = await this.pool.run({ article, pipeline, slot }, { signal: entry.controller.signal });
      return { ok: true, timedOut: false, outcome };
    } catch (e) {
      const ms = performance.now() - t0;
      if (entry.controller.signal.aborted)
        return {
          ok: false,
          timedOut: true,
          outcome: { ok: false, reason: `timed out after ${this.timeoutMs} ms`, ms },
        };
      const reason = `worker failed: ${(e as Error).message.split('\n')[0]}`;
      return { ok: false, timedOut: false, outcome: { ok: false, reason, ms } };
    } finally {
      this.running.delete(entry);
      this.freeSlots.push(slot);
      this.slotWaiters.shift()?.();
    }
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    await this.pool.destroy();
  }

  private async takeSlot(): Promise<number> {
    for (;;) {
      const slot = this.freeSlots.pop();
      if (slot !== undefined) return slot;
      await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    }
  }

  private abortLate(): void {
    const now = BigInt(Date.now());
    const limit = BigInt(this.timeoutMs);
    for (const entry of this.running) {
      const since = Atomics.load(this.started, entry.slot);
      if (since > 0n && now - since > limit) entry.controller.abort();
    }
  }
}

export function defaultJobs(): number {
  return availableParallelism();
}
