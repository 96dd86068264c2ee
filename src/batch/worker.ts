// The worker thread (run by piscina): runs a batch of articles one after the
// other, stamping into shared memory which article of the batch it is on and
// when that one started, so the main thread can time it out and tell which
// article it was.
import { workerData } from 'node:worker_threads';
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
}

const shared = workerData as SharedClock;
const started = new BigInt64Array(shared.started);
const current = new Int32Array(shared.current);

warmUp();

export default function run(task: WorkerTask): ArticleOutcome[] {
  return task.articles.map(({ article, pipeline }, i) => {
    Atomics.store(current, task.slot, i);
    Atomics.store(started, task.slot, BigInt(Date.now()));
    return processArticle(article, task.pipelines[pipeline]!);
  });
}
