// The submitting side of a distributed batch: each article becomes a BullMQ job
// and its outcome comes back from whichever worker ran it. runBatch keeps doing
// the ordering, record ids, cache and dataset, so the output is the same as a
// local run's.
//
// Outcomes arrive as "completed"/"failed" events, read from the event stream's
// position at start-up, so none is missed between submitting a job and waiting
// for it. A job that already finished (a restarted collector) is read back from
// Redis instead of being run again; a slow sweep re-reads jobs whose event has
// not come (a trimmed stream, a reconnect).
import { Queue, QueueEvents } from 'bullmq';
import { type RedisOptions as ClientOptions, Redis } from 'ioredis';
import type { ArticleOutcome } from '../batch/article.js';
import { fingerprint } from '../batch/cache.js';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/definition.js';
import { checkReachable, parseQueueUrl, type QueueTarget } from './connection.js';
import { type ArticleJob, BACKOFF_MS, JOB_ATTEMPTS, JOB_NAME, jobId, queueName } from './jobs.js';

/** Finished jobs stay this long, so a collector restarted within it reads them back. */
const KEEP_SECONDS = 7 * 24 * 3600;
const SWEEP_MS = 5000;
/** Events kept in the stream: enough for a collector that falls behind briefly. */
const EVENTS_MAX_LEN = 100_000;

interface Waiter {
  promise: Promise<ArticleOutcome>;
  resolve: (outcome: ArticleOutcome) => void;
  since: number;
  /** Adds the job (again: a Redis restarted without persistence has lost it). */
  submit: () => Promise<unknown>;
}

export interface QueueExecutorOptions {
  /** The code fingerprint naming the queue and the jobs (default: this build's). */
  fingerprint?: string;
  /** Connection trouble (BullMQ reconnects by itself); without it such errors are dropped. */
  onError?: (error: Error) => void;
}

export class QueueExecutor {
  readonly label: string;
  readonly name: string;
  /** Jobs found already finished at submission (read back, not run again). */
  readBack = 0;
  private readonly waiters = new Map<string, Waiter>();
  /** Ids submitted by this run: a failure among them is final, not retried on a second submission. */
  private readonly submitted = new Set<string>();
  private readonly sweeper: NodeJS.Timeout;

  private constructor(
    target: QueueTarget,
    private readonly version: string,
    private readonly queue: Queue<ArticleJob, ArticleOutcome>,
    private readonly events: QueueEvents,
  ) {
    this.label = target.label;
    this.name = queue.name;
    events.on('completed', ({ jobId: id, returnvalue }) => this.settle(id, asOutcome(returnvalue)));
    events.on('failed', ({ jobId: id }) => {
      if (this.waiters.has(id)) void this.check(id, false);
    });
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  static async open(url: string, options: QueueExecutorOptions = {}): Promise<QueueExecutor> {
    const target = parseQueueUrl(url);
    await checkReachable(target);
    const version = options.fingerprint ?? fingerprint();
    const name = queueName(version);
    const queue = new Queue<ArticleJob, ArticleOutcome>(name, {
      connection: target.connection,
      streams: { events: { maxLen: EVENTS_MAX_LEN } },
    });
    const client = new Redis(target.connection as ClientOptions);
    let lastEventId = '0-0';
    try {
      const last = await client.xrevrange(queue.keys.events!, '+', '-', 'COUNT', 1);
      lastEventId = last[0]?.[0] ?? '0-0';
    } finally {
      client.disconnect();
    }
    const events = new QueueEvents(name, { connection: target.connection, lastEventId });
    // Without listeners, the errors of a lost connection would be printed with their stacks.
    const onError = (e: Error) => options.onError?.(e);
    queue.on('error', onError);
    events.on('error', onError);
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    return new QueueExecutor(target, version, queue, events);
  }

  /** Workers currently connected to this queue. */
  workers(): Promise<number> {
    return this.queue.getWorkersCount();
  }

  /** Runs one article on the queue; never rejects (queue trouble becomes a failed outcome). */
  run = (article: RawArticle, pipeline: PipelineDefinition): Promise<ArticleOutcome> => {
    const id = jobId(article, pipeline, this.version);
    const known = this.waiters.get(id);
    if (known) return known.promise;
    let resolve!: (outcome: ArticleOutcome) => void;
    const promise = new Promise<ArticleOutcome>((r) => {
      resolve = r;
    });
    const submit = () =>
      this.queue.add(
        JOB_NAME,
        { article, pipeline },
        {
          jobId: id,
          attempts: JOB_ATTEMPTS,
          backoff: { type: 'exponential', delay: BACKOFF_MS },
          removeOnComplete: { age: KEEP_SECONDS },
          removeOnFail: { age: KEEP_SECONDS },
        },
      );
    this.waiters.set(id, { promise, resolve, since: Date.now(), submit });
    const fresh = !this.submitted.has(id);
    this.submitted.add(id);
    submit()
      // Adding an id that exists changes nothing; its state says whether it is already done.
      .then(() => this.check(id, fresh))
      .catch((e: Error) => this.settle(id, { ok: false, reason: `queue failed: ${e.message}`, ms: 0 }));
    return promise;
  };

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.allSettled([this.events.close(), this.queue.close()]);
  }

  /**
   * Settles a job that is already finished. A failure left over from an earlier
   * run is retried once more when submitted again (a cache does not keep
   * failures either); a failure of this run is final.
   */
  private async check(id: string, fresh: boolean): Promise<void> {
    const state = await this.queue.getJobState(id);
    if (state === 'unknown' && !fresh) {
      await this.waiters.get(id)?.submit();
      return;
    }
    if (state !== 'completed' && state !== 'failed') return;
    const job = await this.queue.getJob(id);
    if (!job || !this.waiters.has(id)) return;
    if (state === 'completed') {
      if (fresh) this.readBack++;
      this.settle(id, asOutcome(job.returnvalue));
      return;
    }
    if (fresh) {
      try {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        return;
      } catch {
        /* it changed state meanwhile: report what it ended as */
      }
    }
    const attempts = Math.max(1, job.attemptsMade);
    this.settle(id, {
      ok: false,
      reason: `failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${job.failedReason}`,
      ms: 0,
    });
  }

  private settle(id: string, outcome: ArticleOutcome): void {
    const waiter = this.waiters.get(id);
    if (!waiter) return;
    this.waiters.delete(id);
    waiter.resolve(outcome);
  }

  private sweep(): void {
    const due = Date.now() - SWEEP_MS;
    for (const [id, waiter] of this.waiters) if (waiter.since < due) void this.check(id, false).catch(() => {});
  }
}

/** A job's return value as an outcome; anything else (another program on the queue) is a failure. */
function asOutcome(value: unknown): ArticleOutcome {
  const v = value as Partial<ArticleOutcome> | null;
  if (v && v.ok === true && typeof v.json === 'string' && typeof v.summary === 'string') return v as ArticleOutcome;
  if (v && v.ok === false && typeof v.reason === 'string') return v as ArticleOutcome;
  return { ok: false, reason: 'the job returned no record', ms: 0 };
}
