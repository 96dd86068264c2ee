// The worker thread (run by piscina): runs a batch of articles one after the
// other, stamping into shared memory which thread it is, which article of the
// batch it is on and when that one started, so the main thread can stop it at
// the time limit and tell which article it was.
import { threadId, workerData } from 'node:worker_threads';
import { enableCompileCache } from '../cli/startup.js';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import { type ArticleOutcome, processArticle } from './article.js';
import { warmUpFor } from './warm-up.js';

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

enableCompileCache();

/** The pipelines and formats this thread has run once already (see warmUpFor). */
const warm = new Set<string>();

export default function run(task: WorkerTask): ArticleOutcome[] {
  Atomics.store(threadIds, task.slot, threadId);
  const outcomes = task.articles.map(({ article, pipeline }, i) => {
    const def = task.pipelines[pipeline]!;
    const kind = `${def.name}\u0000${article.format === 'html' ? 'html' : 'text'}`;
    if (!warm.has(kind)) {
      // Off the clock: the first article of a kind loads the modules and word lists it needs.
      Atomics.store(started, task.slot, 0n);
      warmUpFor(def, article.format);
      warm.add(kind);
    }
    Atomics.store(current, task.slot, i);
    Atomics.store(started, task.slot, BigInt(Date.now()));
    return processArticle(article, def);
  });
  // Done: piscina may post the answer only after the next batch of this thread, and this one
  // must not look late meanwhile.
  Atomics.store(started, task.slot, 0n);
  return outcomes;
}
