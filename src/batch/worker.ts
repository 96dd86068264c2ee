// The worker thread (run by piscina): stamps the start time of each task into
// shared memory so the main thread can time it out, then does the work.
import { workerData } from 'node:worker_threads';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import { type ArticleOutcome, processArticle } from './article.js';
import { warmUp } from './warm-up.js';

export interface WorkerTask {
  article: RawArticle;
  pipeline: PipelineDefinition;
  /** Which cell of the shared start-time array belongs to this task. */
  slot: number;
}

const started = new BigInt64Array((workerData as { started: SharedArrayBuffer }).started);

warmUp();

export default function run(task: WorkerTask): ArticleOutcome {
  Atomics.store(started, task.slot, BigInt(Date.now()));
  return processArticle(task.article, task.pipeline);
}
