// One thread of the scaling check (bench/run.mjs): runs the pipeline on the
// articles it is given, with no pool, no messages and no main-thread work, and
// reports how long that took; or, given no articles, spins on arithmetic for
// the same time and reports how many rounds it did.
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle } from '../dist/batch/article.js';
import { warmUp } from '../dist/batch/warm-up.js';
import { loadPipeline } from '../dist/pipeline/index.js';

const { articles, spinMs } = workerData;
if (articles) {
  warmUp();
  const pipeline = loadPipeline('newswire');
  for (const a of articles.slice(0, 200)) processArticle(a, pipeline);
  const t0 = performance.now();
  for (const a of articles) processArticle(a, pipeline);
  parentPort.postMessage(performance.now() - t0);
} else {
  let x = 0;
  let rounds = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < spinMs) {
    for (let i = 1; i < 100_000; i++) x = (x + ((i * i) % 7)) | 0;
    rounds++;
  }
  parentPort.postMessage(rounds + (x & 0));
}
