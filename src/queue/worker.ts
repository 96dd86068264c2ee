// The working side of a distributed batch: takes article jobs from the queue
// and runs them in local worker threads (ArticlePool), each with a time limit,
// so that a hanging article is killed while this thread keeps renewing the
// locks of the other jobs. A job whose worker dies stops having its lock
// renewed; another worker's stalled check then puts it back in the queue.
import { hostname } from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import type { ArticleOutcome } from '../batch/article.js';
import { fingerprint } from '../batch/cache.js';
import { ArticlePool } from '../batch/pool.js';
import { checkReachable, parseQueueUrl } from './connection.js';
import { type ArticleJob, isRetryable, JOB_NAME, queueName } from './jobs.js';

export interface QueueWorkerOptions {
  /** Articles run at once (worker threads). */
  concurrency: number;
  /** Time limit of one article, in milliseconds. */
  timeoutMs: number;
  /**
   * How long a job stays claimed without a sign of life from its worker; a
   * killed worker's jobs go back to the queue after about this long.
   */
  lockMs?: number;
  /** The code fingerprint naming the queue (default: this build's). */
  fingerprint?: string;
}

export interface JobEvent {
  id: string;
  path: string;
  index?: number;
  ok: boolean;
  /** Why the attempt failed (also when it will be retried). */
  reason?: string;
  ms: number;
}

export interface QueueWorkerHandlers {
  onJob?: (event: JobEvent) => void;
  onError?: (error: Error) => void;
}

export const DEFAULT_LOCK_MS = 15_000;

export interface RunningWorker {
  label: string;
  name: string;
  /** Finishes the jobs in hand, then disconnects. */
  close(): Promise<void>;
}

export async function startWorker(
  url: string,
  options: QueueWorkerOptions,
  handlers: QueueWorkerHandlers = {},
): Promise<RunningWorker> {
  const target = parseQueueUrl(url);
  await checkReachable(target);
  const name = queueName(options.fingerprint ?? fingerprint());
  const threads = Math.max(1, options.concurrency);
  const pool = new ArticlePool({ threads, timeoutMs: options.timeoutMs });
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;

  const processor = async (job: { id?: string; name: string; data: ArticleJob }): Promise<ArticleOutcome> => {
    if (job.name !== JOB_NAME) throw new UnrecoverableError(`not an article job: ${job.name}`);
    const { article, pipeline } = job.data;
    const outcome = await pool.run(article, pipeline);
    handlers.onJob?.({
      id: job.id ?? '',
      path: article.source.path,
      index: article.source.index,
      ok: outcome.ok,
      reason: outcome.ok ? undefined : outcome.reason,
      ms: outcome.ms,
    });
    // Throwing makes BullMQ retry (up to the job's attempts); a deterministic failure is the result.
    if (!outcome.ok && isRetryable(outcome)) throw new Error(outcome.reason);
    return outcome;
  };

  const worker = new Worker<ArticleJob, ArticleOutcome>(name, processor, {
    connection: target.connection,
    // Stored on each job it runs ("processedBy"): which machine and process did what.
    name: `${hostname()}:${process.pid}`,
    // A job or two more than threads, so a thread never waits on Redis for its next article.
    concurrency: threads * 2,
    lockDuration: lockMs,
    stalledInterval: Math.max(1000, Math.floor(lockMs / 3)),
    // A job that keeps killing its worker (not only a time-out) still ends.
    maxStalledCount: 2,
  });
  worker.on('error', (e) => handlers.onError?.(e));
  await worker.waitUntilReady();
  return {
    label: target.label,
    name,
    close: async () => {
      await worker.close();
      await pool.close();
    },
  };
}
