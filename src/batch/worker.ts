// The worker thread (run by piscina): runs a batch of articles one after the
// other, stamping into shared memory which thread it is, which article of the
// batch it is on and when that one started, so the main thread can stop it at
// the time limit and tell which article it was.
import { threadId, workerData } from 'node:worker_threads';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import { type ArticleOutcome, processArticle } from './article.js';
import { warmUp } from './warm-up.js';

export interface WorkerTask {
  /** Each article with the index of its pipeline in `pipelines`. */
  articles: { article: RawArticle; pipeline: number }[];
  pipelines: PipelineDefinition[];
  /** Which cells of the shared arrays belong to this task. */
  slot: number;
}

export interface SharedClock {
  started: SharedArrayBuffer;
  current: SharedArrayBuffer;
  threadIds: SharedArrayBuffer;
}

const shared = workerData as SharedClock;
const started = new BigInt64Array(shared.started);
const current = new Int32Array(shared.current);
const threadIds = new Int32Array(shared.threadIds);

warmUp();

export default function run(task: WorkerTask): ArticleOutcome[] {
  Atomics.store(threadIds, task.slot, threadId);
  const outcomes = task.articles.map(({ article, pipeline }, i) => {
    Atomics.store(current, task.slot, i);
    Atomics.store(started, task.slot, BigInt(Date.now()));
    return processArticle(article, task.pipelines[pipeline]!);
  });
  // Done: piscina may post the answer only after the next batch of this thread, and this one
  // must not look late meanwhile.
  Atomics.store(started, task.slot, 0n);
  return outcomes;
}
