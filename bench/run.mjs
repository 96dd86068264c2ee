// npm run bench: speed and memory of the batch on the whole Reuters-21578
// collection with 1 and 2 workers and the default (adaptive) number, cold and
// warm cache; start-up (one article through standard input against a bare
// `node -e 0`) and three Reuters files as a user runs them; against a day-one
// baseline (compromise + compromise-dates) on a fixed sample of the same
// articles; HTML cleaning speed on the html-dev pages; and a CPU profile of
// where the time goes. Prints the results and writes them to BENCHMARK.md.
// Options: --no-profile, --files N (only the first N files: a quick check, not a result),
// --sample-every N (baseline sample, default 100),
// --cap-ms N (baseline time cap per article, default 2000).
import { execFile, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Piscina } from 'piscina';
import { loadFile } from '../dist/load/index.js';
import { loadPipeline, runArticle } from '../dist/pipeline/index.js';
import { summarizeProfiles } from './profile.mjs';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const REUTERS = path.join(ROOT, '../shared/corpus/reuters21578');
const HTML_PAGES = path.join(ROOT, '../shared/corpus/html-dev/pages');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SAMPLE_EVERY = opt('--sample-every', 100);
const CAP_MS = opt('--cap-ms', 2000);
const PROFILE = !args.includes('--no-profile');
const NEW_ARTICLES = 10;

const tmp = mkdtempSync(path.join(tmpdir(), 'press-extract-bench-'));
const input = path.join(tmp, 'in');
const log = (s) => process.stderr.write(`${s}\n`);
const mb = (chars) => chars / 1e6;
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

async function child(out, jobs, extra = [], nodeFlags = []) {
  const { stdout } = await run(
    'node',
    [...nodeFlags, path.join(ROOT, 'bench/child.mjs'), path.join(tmp, out), String(jobs), ...extra, input],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const CLI = path.join(ROOT, 'dist/cli/main.js');

/** Wall milliseconds of one process, from spawn to exit (standard input from `stdinFile`, output dropped). */
function timed(cmd, argv, stdinFile) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { stdio: [stdinFile ? openSync(stdinFile, 'r') : 'ignore', 'ignore', 'ignore'] });
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${argv.join(' ')}: exit ${code}`)),
    );
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const same = (a, b) =>
  ['records.jsonl', 'dataset.json'].every((f) =>
    readFileSync(path.join(tmp, a, f)).equals(readFileSync(path.join(tmp, b, f))),
  );

/** The last file cut just before its NEW_ARTICLES last articles with a body, for the incremental run. */
async function cutLastFile(file) {
  const items = await loadFile(file);
  const bodied = items.filter((r) => 'article' in r).map((r) => r.article.source.index);
  const first = bodied[bodied.length - NEW_ARTICLES];
  const bytes = readFileSync(file);
  let at = -1;
  for (let i = 0; i <= first; i++) at = bytes.indexOf('<REUTERS', at + 1);
  return bytes.subarray(0, at);
}

async function baseline(sample) {
  const pool = new Piscina({
    filename: new URL('./baseline-worker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
  });
  await pool.run('Warm up.');
  let ms = 0;
  let chars = 0;
  let capped = 0;
  const times = [];
  for (const text of sample) {
    const ac = new AbortController();
    const t0 = performance.now();
    const timer = setTimeout(() => ac.abort(), CAP_MS);
    try {
      await pool.run(text, { signal: ac.signal });
    } catch {
      capped++;
    }
    clearTimeout(timer);
    const took = Math.min(performance.now() - t0, CAP_MS);
    times.push(took);
    ms += took;
    chars += text.length;
  }
  await pool.destroy();
  times.sort((a, b) => a - b);
  return { articles: sample.length, ms, chars, capped, p50: times[Math.floor(times.length / 2)], max: times.at(-1) };
}

// A second reference the issue names: wink-nlp's tokenizer alone (no extraction at all) on the same
// sample, and this package's own segmenter (paragraphs, sentences, tokens), in this thread.
async function tokenizers(sample) {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const { segment } = await import('../dist/segment/index.js');
  const chars = sample.reduce((n, t) => n + t.length, 0);
  const rate = (run) => {
    for (const t of sample.slice(0, 20)) run(t);
    const t0 = performance.now();
    let rounds = 0;
    while (performance.now() - t0 < 2000) {
      for (const t of sample) run(t);
      rounds++;
    }
    return mb(chars * rounds) / ((performance.now() - t0) / 1000);
  };
  return {
    wink: rate((t) => nlp.readDoc(t).tokens().out()),
    segment: rate((t) => segment({ text: t, stories: [], paragraphs: [], sentences: [], tokens: [] })),
  };
}

// What two threads can give on this machine, whatever the batch design: the bare pipeline (no pool,
// no messages, no main thread) in one thread, then in two at once on the same articles; and, for
// contrast, an arithmetic loop that touches no memory.
async function scaling(articles) {
  const { Worker } = await import('node:worker_threads');
  const url = new URL('./scaling-worker.mjs', import.meta.url);
  const run = (n, data) =>
    Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise((resolve, reject) =>
            new Worker(url, { workerData: data }).on('message', resolve).on('error', reject),
          ),
      ),
    );
  const one = (await run(1, { articles }))[0];
  const two = await run(2, { articles });
  const spinOne = (await run(1, { spinMs: 2000 }))[0];
  const spinTwo = await run(2, { spinMs: 2000 });
  return {
    articles: articles.length,
    pipeline: (2 * one) / Math.max(...two),
    arithmetic: (spinTwo[0] + spinTwo[1]) / spinOne,
  };
}

function htmlCleaning() {
  const news = loadPipeline('news');
  const cleanOnly = { name: 'clean-only', stages: news.stages.filter((s) => s.stage === 'clean') };
  return Promise.all(
    readdirSync(HTML_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => loadFile(path.join(HTML_PAGES, f))),
  ).then((loaded) => {
    const pages = loaded.flat().flatMap((r) => ('article' in r ? [r.article] : []));
    for (const p of pages) runArticle(p, cleanOnly);
    let n = 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    while (performance.now() - t0 < 3000) {
      for (const p of pages) runArticle(p, cleanOnly);
      n += pages.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return {
      pages: pages.length,
      bytes: pages.reduce((s, p) => s + p.content.length, 0),
      rate: n / seconds,
      perCpuSecond: n / ((cpu.user + cpu.system) / 1e6),
    };
  });
}

// The collection, linked into a scratch folder (so that one file can be swapped for the incremental run).
mkdirSync(input);
const files = readdirSync(REUTERS)
  .filter((f) => f.endsWith('.sgm'))
  .sort()
  .slice(0, opt('--files', Number.POSITIVE_INFINITY));
for (const f of files) symlinkSync(path.join(REUTERS, f), path.join(input, f));
const lastFile = path.join(input, files.at(-1));

log(`press-extract bench: ${files.length} files of ${REUTERS}, ${cpus().length} cores, node ${process.version}`);
const [load1] = (await import('node:os')).loadavg();
// Each configuration runs twice, interleaved (1, 2, 1, 2 workers), and the faster run of each counts:
// other work on a shared machine only ever slows a run down. Peak memory is the larger of the two.
const runs = { 1: [], default: [], 2: [] };
for (const round of [1, 2])
  for (const jobs of [1, 'default', 2]) {
    log(`${jobs === 'default' ? 'default workers' : `${jobs} worker${jobs > 1 ? 's' : ''}`}, round ${round} ...`);
    runs[jobs].push(await child(`jobs${jobs}-${round}`, jobs));
  }
const fastest = (rs) => ({
  ...rs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a)),
  maxRssMb: Math.max(...rs.map((r) => r.maxRssMb)),
});
const one = fastest(runs[1]);
const two = fastest(runs[2]);
const auto = fastest(runs.default);
const identical = ['jobs1-2', 'jobs2-1', 'jobs2-2', 'jobsdefault-1', 'jobsdefault-2'].every((d) => same('jobs1-1', d));

// Start-up as a shell pipeline sees it: one article through standard input, against a bare node,
// five of each, interleaved; the median counts.
log('start-up: one article through standard input, and a bare node, 5 times each ...');
const oneArticle = path.join(
  ROOT,
  'seeds',
  readdirSync(path.join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()[0],
);
const bare = [];
const stdin = [];
for (let i = 0; i < 5; i++) {
  bare.push(await timed('node', ['-e', '0']));
  stdin.push(await timed('node', [CLI, 'extract', '-', '--stdout', '--quiet'], oneArticle));
}
const startup = { bare: median(bare), stdin: median(stdin), chars: readFileSync(oneArticle, 'utf8').length };

// Three files of the collection as a user runs them (the command line, its start-up included),
// with default flags and with --jobs 1, twice each, interleaved; the faster counts.
log('three Reuters files through the command line, default flags and --jobs 1 ...');
const three = path.join(tmp, 'three');
mkdirSync(three);
for (const f of files.slice(0, 3)) symlinkSync(path.join(REUTERS, f), path.join(three, f));
const threeRuns = { default: [], 1: [] };
for (let i = 0; i < 2; i++)
  for (const jobs of ['default', 1])
    threeRuns[jobs].push(
      await timed('node', [
        CLI,
        'extract',
        three,
        '--out',
        path.join(tmp, `three-${jobs}-${i}`),
        '--quiet',
        ...(jobs === 1 ? ['--jobs', '1'] : []),
      ]),
    );
const threeSame = same('three-default-0', 'three-1-0');

log('cache: cold run without the last articles, then a warm run with them ...');
const cache = path.join(tmp, 'cache');
const cut = await cutLastFile(lastFile);
rmSync(lastFile);
writeFileSync(lastFile, cut);
const cold = await child('cold', 2, ['--cache', cache]);
rmSync(lastFile);
symlinkSync(path.join(REUTERS, files.at(-1)), lastFile);
const warm = await child('warm', 2, ['--cache', cache]);
const warmSame = same('warm', 'jobs1-1');

log(`baseline: compromise + compromise-dates on every ${SAMPLE_EVERY}th article (cap ${CAP_MS} ms each) ...`);
const sample = [];
let k = 0;
for (const f of files)
  for (const r of await loadFile(path.join(input, f)))
    if ('article' in r && k++ % SAMPLE_EVERY === 0) sample.push(r.article.content);
const base = await baseline(sample);
const tokenRates = await tokenizers(sample);

log('scaling of the bare pipeline and of arithmetic, 1 and 2 threads ...');
const scalingSample = [];
for (const f of files.slice(0, 3))
  for (const r of await loadFile(path.join(input, f))) if ('article' in r) scalingSample.push(r.article);
const scale = await scaling(scalingSample);
const threeChars = scalingSample.reduce((n, a) => n + a.content.length, 0);

log('HTML cleaning ...');
const html = await htmlCleaning();

let profile = null;
if (PROFILE) {
  log('profile (1 worker, node --cpu-prof) ...');
  const dir = path.join(tmp, 'prof');
  await child('prof-out', 1, [], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const profiles = readdirSync(dir).map((f) => path.join(dir, f));
  // The worker thread's profile is the one with the pipeline in it: the largest.
  const sizes = profiles.map((f) => [f, readFileSync(f).length]).sort((a, b) => b[1] - a[1]);
  profile = summarizeProfiles([sizes[0][0]]);
}

const rate = (r) => ({
  aps: r.records / (r.wallMs / 1000),
  mbps: mb(r.chars) / (r.wallMs / 1000),
});
const r1 = rate(one);
const r2 = rate(two);
const rd = rate(auto);
const [loadEnd] = (await import('node:os')).loadavg();
const threeBest = { default: Math.min(...threeRuns.default), 1: Math.min(...threeRuns[1]) };
const threeMbps = (ms) => mb(threeChars) / (ms / 1000);
const baseMbps = mb(base.chars) / (base.ms / 1000);
const pct = (part, whole) => `${fmt((100 * part) / whole, 1)}%`;
const row = (name, r, x) =>
  `| ${name} | ${r.workers} | ${fmt(x.aps, 0)} | ${fmt(x.mbps, 2)} | ${fmt(x.mbps / baseMbps, 0)}x | ${fmt(mb(r.chars) / (r.cpuMs / 1000), 2)} | ${fmt(r.maxRssMb, 0)} | ${fmt(r.p50, 2)} / ${fmt(r.p99, 1)} / ${fmt(r.max, 0)} | ${fmt(r.busyMs / 1000)} | ${fmt(r.startMs / 1000, 2)} (${pct(r.startMs, r.wallMs)}) | ${fmt(r.tailMs / 1000, 2)} (${pct(r.tailMs, r.wallMs)}) | ${fmt(r.wallMs / 1000)} |`;
const check = (ok) => (ok ? 'yes' : '**no**');

const lines = [
  '# Benchmark',
  '',
  'Written by `npm run bench` (bench/run.mjs) on the machine named below. Each of the 1-worker, default and 2-worker runs is made twice, interleaved; the faster of the two counts (peak memory: the larger). On a shared machine other work slows every figure: compare the ratios, which are measured in the same run.',
  `Input: all of Reuters-21578 (${files.length} SGML files, ${one.records} articles with a body, ${fmt(mb(one.chars))} MB of article text).`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}; load average ${fmt(load1, 1)} at the start and ${fmt(loadEnd, 1)} at the end (other work on the machine slows every figure).`,
  '',
  '## Throughput and memory',
  '',
  '| run | workers | articles/s | MB/s of text | vs baseline | MB per CPU-second | peak RSS MiB | per article p50 / p99 / max ms | in articles s | start s (share) | tail s (share) | wall s |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  row('1 worker (--jobs 1)', one, r1),
  row('default (adaptive, up to one per core)', auto, rd),
  row('2 workers (--jobs 2)', two, r2),
  `| baseline, 1 thread (sample of ${base.articles}) | | ${fmt(base.articles / (base.ms / 1000), 1)} | ${fmt(baseMbps, 3)} | 1x | | | ${fmt(base.p50, 0)} / - / ${fmt(base.max, 0)} | | | | ${fmt(base.ms / 1000)} |`,
  '',
  'Workers: the most worker threads at once (the default starts one and keeps a second only when it raised the measured throughput). MB per CPU-second: article text over the CPU time of all threads of the process (main thread and workers). In articles: the time workers spent inside articles, summed over workers. Start: until the first record is written (modules, the first worker, reading). Tail: after the last record is written (the cross-article dataset, then writing and renaming the output files).',
  `Baseline: compromise + compromise-dates (people, organizations, places, dates, money per article), what a user would write on day one, on every ${SAMPLE_EVERY}th article of the same collection, ${CAP_MS} ms cap per article (${base.capped} capped, counted at the cap).`,
  `For scale, on the same sample in one thread: wink-nlp's tokenizer alone ${fmt(tokenRates.wink, 2)} MB/s; this package's segmenter (paragraphs, sentences, tokens) ${fmt(tokenRates.segment, 2)} MB/s.`,
  `The slowest article of the 1-worker run: ${one.slowest.replace(tmp, '…')} (${fmt(one.max, 0)} ms).`,
  '',
  '| target | measured | met |',
  '| --- | --- | --- |',
  `| 1 worker >= 1.5 MB/s | ${fmt(r1.mbps, 2)} MB/s | ${check(r1.mbps >= 1.5)} |`,
  `| 1 worker >= 20x the baseline | ${fmt(r1.mbps / baseMbps, 1)}x | ${check(r1.mbps / baseMbps >= 20)} |`,
  `| default no slower than 1 worker (whole collection) | ${fmt(rd.mbps / r1.mbps, 2)}x | ${check(rd.mbps >= r1.mbps * 0.98)} |`,
  `| 2 workers >= 1.7x one worker | ${fmt(r2.mbps / r1.mbps, 2)}x | ${check(r2.mbps / r1.mbps >= 1.7)} |`,
  `| peak RSS < 512 MiB | ${fmt(Math.max(one.maxRssMb, two.maxRssMb, auto.maxRssMb), 0)} MiB | ${check(Math.max(one.maxRssMb, two.maxRssMb, auto.maxRssMb) < 512)} |`,
  `| no article over 1 s | max ${fmt(Math.max(one.max, two.max, auto.max), 0)} ms | ${check(Math.max(one.max, two.max, auto.max) <= 1000)} |`,
  `| one article through standard input: median <= 0.5 s | ${fmt(startup.stdin / 1000, 2)} s | ${check(startup.stdin <= 500)} |`,
  `| ... and <= 8x a bare node | ${fmt(startup.stdin / startup.bare, 1)}x | ${check(startup.stdin <= 8 * startup.bare)} |`,
  `| three Reuters files, default flags: >= 20x the baseline | ${fmt(threeMbps(threeBest.default) / baseMbps, 1)}x | ${check(threeMbps(threeBest.default) / baseMbps >= 20)} |`,
  `| HTML cleaning >= 50 pages/s | ${fmt(html.rate, 0)} pages/s | ${check(html.rate >= 50)} |`,
  `| same bytes with 1 worker, 2 and the default | | ${check(identical && threeSame)} |`,
  '',
  'The "no slower" target allows 2% for the noise of a shared machine.',
  '',
  '## Start-up and small inputs',
  '',
  `One article through standard input (\`press-extract extract - --stdout\`, ${startup.chars} characters), as a shell pipeline or a CI step runs it: median of 5 ${fmt(startup.stdin / 1000, 2)} s, against ${fmt(startup.bare / 1000, 2)} s for a bare \`node -e 0\` in the same run (${fmt(startup.stdin / startup.bare, 1)}x; all runs: ${stdin.map((x) => fmt(x / 1000, 2)).join(', ')} s and ${bare.map((x) => fmt(x / 1000, 2)).join(', ')} s). A small input runs in the calling thread: no worker starts.`,
  '',
  `Three files of the collection (${fmt(mb(threeChars), 1)} MB of article text) through the command line, start-up included, the faster of two runs each:`,
  '',
  '| run | wall s | MB/s of text | vs baseline |',
  '| --- | ---: | ---: | ---: |',
  `| default flags | ${fmt(threeBest.default / 1000, 2)} | ${fmt(threeMbps(threeBest.default), 2)} | ${fmt(threeMbps(threeBest.default) / baseMbps, 1)}x |`,
  `| --jobs 1 | ${fmt(threeBest[1] / 1000, 2)} | ${fmt(threeMbps(threeBest[1]), 2)} | ${fmt(threeMbps(threeBest[1]) / baseMbps, 1)}x |`,
  '',
  `What two threads give on this machine, measured in the same run: the bare pipeline (no pool, no messages, no main thread) on ${scale.articles} articles in two threads at once does ${fmt(scale.pipeline, 2)}x the work of one thread; an arithmetic loop that touches no memory, ${fmt(scale.arithmetic, 2)}x. The 2-worker ratio above cannot exceed the first figure by much: it is the machine's ceiling for this memory-heavy work, not the batch's.`,
  '',
  '## Incremental runs (--cache)',
  '',
  `| run | articles run | from cache | wall s |`,
  '| --- | ---: | ---: | ---: |',
  `| cold cache, 2 workers (collection less ${NEW_ARTICLES} articles) | ${cold.processed} | ${cold.cached} | ${fmt(cold.wallMs / 1000)} |`,
  `| warm cache, 2 workers (${NEW_ARTICLES} new articles) | ${warm.processed} | ${warm.cached} | ${fmt(warm.wallMs / 1000)} |`,
  '',
  `Warm run writes the same bytes as a run without cache: ${check(warmSame)}.`,
  '',
  '## HTML cleaning',
  '',
  `Clean stage only (pipeline "news"), one thread, the ${html.pages} pages of html-dev (${fmt(html.bytes / 1e6, 2)} MB): ${fmt(html.rate, 0)} pages/s (${fmt(html.perCpuSecond, 0)} pages per CPU-second).`,
];
if (profile) {
  lines.push(
    '',
    '## Where the time goes (1 worker, node --cpu-prof, worker thread)',
    '',
    'Each sample is charged to the innermost frame in dist/ (library time goes to the stage that called the library).',
    '',
    '| stage | ms | share |',
    '| --- | ---: | ---: |',
    ...profile.byStage
      .filter(([, ms]) => ms / profile.total >= 0.005)
      .map(([s, ms]) => `| ${s} | ${fmt(ms, 0)} | ${fmt((100 * ms) / profile.total)}% |`),
    '',
    'Hottest functions (self time):',
    '',
    '| function | ms | share |',
    '| --- | ---: | ---: |',
    ...profile.byFunction
      .slice(0, 20)
      .map(([f, ms]) => `| \`${f}\` | ${fmt(ms, 0)} | ${fmt((100 * ms) / profile.total)}% |`),
  );
}
if (one.errors.length || two.errors.length)
  lines.push(
    '',
    `Errors: ${[...new Set([...one.errors, ...two.errors])].slice(0, 10).join('; ').replaceAll(tmp, '…')}`,
  );
const report = `${lines.join('\n')}\n`;
writeFileSync(path.join(ROOT, 'BENCHMARK.md'), report);
process.stdout.write(report);
rmSync(tmp, { recursive: true, force: true });
