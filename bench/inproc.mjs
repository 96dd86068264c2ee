// Quick in-thread timing of the whole per-article work (pipeline, validation,
// serialization, summary) over Reuters-21578, for profiling work:
// node [--cpu-prof] bench/inproc.mjs [every-nth]
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { processArticle } from '../dist/batch/article.js';
import { warmUp } from '../dist/batch/warm-up.js';
import { loadFile } from '../dist/load/index.js';
import { loadPipeline } from '../dist/pipeline/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const REUTERS = path.join(ROOT, '../shared/corpus/reuters21578');
const every = Number(process.argv[2] ?? 1);
const t0 = performance.now();
warmUp();
const tWarm = performance.now() - t0;
const articles = [];
for (const f of readdirSync(REUTERS)
  .filter((f) => f.endsWith('.sgm'))
  .sort())
  for (const r of await loadFile(path.join(REUTERS, f))) if ('article' in r) articles.push(r.article);
const pick = articles.filter((_, i) => i % every === 0);
const pipe = loadPipeline('newswire');
let chars = 0;
const t1 = performance.now();
for (const a of pick) {
  processArticle(a, pipe);
  chars += a.content.length;
}
const ms = performance.now() - t1;
console.log(
  JSON.stringify({
    warmMs: Math.round(tWarm),
    articles: pick.length,
    ms: Math.round(ms),
    msPerArticle: +(ms / pick.length).toFixed(3),
    mbps: +(chars / 1e6 / (ms / 1000)).toFixed(2),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
