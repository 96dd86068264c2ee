// One measured run of the batch (the same code path as `press-extract extract
// --out`): prints a JSON line with wall time, article sizes and times, errors
// and the peak resident memory of the whole process (worker threads included).
// Usage: node bench/child.mjs <outDir> <jobs|default> [--cache DIR] <input>...
// ("default": no jobs option, as the command line without --jobs: an adaptive pool.)
import { runBatch } from '../dist/batch/index.js';
import { DirectorySink } from '../dist/batch/sink.js';
import { serializeDataset } from '../dist/emit/write.js';

const [outDir, jobsArg, ...rest] = process.argv.slice(2);
let cacheDir;
if (rest[0] === '--cache') {
  cacheDir = rest[1];
  rest.splice(0, 2);
}
const sink = new DirectorySink(outDir);
const times = [];
let chars = 0;
let slowest = { ms: 0, where: '' };
const errors = [];
const t0 = performance.now();
// When the first and the last article were handed on: before the first, start-up (modules, the first
// worker, reading); after the last, the run's tail (dataset, writing the output).
let firstAt = 0;
let lastAt = 0;
const result = await runBatch(
  rest,
  { jobs: jobsArg === 'default' ? undefined : Number(jobsArg), cacheDir },
  {
    onLine: (line) => {
      lastAt = performance.now();
      firstAt ||= lastAt;
      return sink.write(line);
    },
    onError: (e) => errors.push(`${e.path}#${e.index ?? ''}: ${e.reason}`),
    onArticle: (e) => {
      if (!e.chars) return;
      chars += e.chars;
      if (!e.cached) times.push(e.ms);
      if (e.ms > slowest.ms) slowest = { ms: e.ms, where: `${e.path}#${e.index}` };
    },
  },
);
await sink.finish(serializeDataset(result.dataset));
const wallMs = performance.now() - t0;
times.sort((a, b) => a - b);
const at = (q) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : 0);
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    startMs: firstAt - t0,
    tailMs: t0 + wallMs - lastAt,
    workers: result.workers,
    records: result.records,
    processed: times.length,
    cached: result.cached,
    chars,
    p50: at(0.5),
    p99: at(0.99),
    max: times.at(-1) ?? 0,
    // Time the workers spent inside articles, summed.
    busyMs: times.reduce((a, b) => a + b, 0),
    slowest: slowest.where,
    errors,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    // CPU time of every thread of the process: unlike wall time, hardly changed by other work on the machine.
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  })}\n`,
);
