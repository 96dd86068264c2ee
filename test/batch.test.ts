// The batch runner through the built CLI, on real files: output identical for
// any number of workers and with a warm cache, records streamed in the
// contract's order, and an article over the time limit reported while the
// others are still written.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
// PRESS_EXTRACT_CLI: another build of the CLI to test (default: this package's dist/).
const CLI = process.env.PRESS_EXTRACT_CLI ?? path.join(ROOT, 'dist/cli/main.js');
const SHARED = path.join(ROOT, '../shared');
const REUTERS = path.join(SHARED, 'corpus/reuters21578/reut2-000.sgm');
const BIG_PAGE = path.join(SHARED, 'corpus/html-dev/pages/msn.html');

interface Run {
  code: number;
  stderr: string;
  records: string;
  dataset: string;
}

let dir: string;
let inputs: string;

async function extract(out: string, ...flags: string[]): Promise<Run> {
  const outDir = path.join(dir, out);
  let code = 0;
  let stderr = '';
  try {
    // A generous time limit: a busy machine must not turn a slow article into an error here
    // (the time-limit test passes its own, which comes later and wins).
    ({ stderr } = await run('node', [CLI, 'extract', inputs, '--out', outDir, '--timeout-ms', '60000', ...flags]));
  } catch (e) {
    const err = e as { code: number; stderr: string };
    code = err.code;
    stderr = err.stderr;
  }
  const read = (f: string) => readFileSync(path.join(outDir, f), 'utf8');
  return { code, stderr, records: read('records.jsonl'), dataset: read('dataset.json') };
}

const sources = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { source: { path: string; index: number } }).source);

/** The first `n` articles of a Reuters-21578 file, cut at an article boundary. */
function reutersSlice(n: number): Buffer {
  const bytes = readFileSync(REUTERS);
  let end = 0;
  for (let i = 0; i < n; i++) end = bytes.indexOf('</REUTERS>', end) + '</REUTERS>'.length;
  return bytes.subarray(0, end);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'press-extract-batch-'));
  inputs = path.join(dir, 'in');
  const seeds = path.join(ROOT, 'seeds');
  const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  mkdirSync(path.join(inputs, 'seeds'), { recursive: true });
  for (const f of seedFiles) copyFileSync(path.join(seeds, f), path.join(inputs, 'seeds', f));
  // An exact copy under a name that sorts first in code-unit order (but last in locale order).
  copyFileSync(path.join(seeds, seedFiles[0]!), path.join(inputs, 'Upper.txt'));
  writeFileSync(path.join(inputs, 'reuters.sgm'), reutersSlice(30));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch', () => {
  let one: Run;

  beforeAll(async () => {
    one = await extract('jobs1', '--jobs', '1');
  });

  it('streams records in source.path code-unit order, then source.index', () => {
    expect(one.stderr).toMatch(/ 0 errors/);
    expect(one.code).toBe(0);
    const got = sources(one.records);
    expect(got.length).toBeGreaterThan(30);
    const rel = got.map((s) => path.relative(inputs, s.path));
    expect(rel[0]).toBe('Upper.txt');
    expect(rel[1]).toBe('reuters.sgm');
    expect(rel.at(-1)).toMatch(/^seeds\/004_/);
    const sorted = [...got].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index));
    expect(got).toEqual(sorted);
    // The copy of a seed keeps its own id, distinct from the original's.
    const ids = one.records
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes the same bytes with two workers as with one', async () => {
    const two = await extract('jobs2', '--jobs', '2');
    expect(two.stderr).toMatch(/ 0 errors/);
    expect(two.code).toBe(0);
    expect(two.records).toBe(one.records);
    expect(two.dataset).toBe(one.dataset);
  });

  it('serves unchanged articles from the cache and still writes the same bytes', async () => {
    const cache = path.join(dir, 'cache');
    const cold = await extract('cold', '--jobs', '2', '--cache', cache);
    expect(cold.records).toBe(one.records);
    const warm = await extract('warm', '--jobs', '2', '--cache', cache);
    expect(warm.stderr).toMatch(/ 0 errors/);
    expect(warm.code).toBe(0);
    expect(warm.records).toBe(one.records);
    expect(warm.dataset).toBe(one.dataset);
    const records = sources(one.records).length;
    expect(warm.stderr).toMatch(new RegExp(`${records} records, 0 errors, .*${records} from cache`));
    // A pack cut short by a killed run: the cut entry runs again, the rest still come from the cache.
    const pack = path.join(cache, readdirSync(cache).find((f) => f.endsWith('.pack'))!);
    const packBytes = readFileSync(pack);
    writeFileSync(pack, packBytes.subarray(0, packBytes.length - 10));
    const cut = await extract('cut', '--cache', cache);
    expect(cut.stderr).toMatch(new RegExp(`${records} records, 0 errors, .*${records - 1} from cache`));
    expect(cut.records).toBe(one.records);
    // One new article: only it runs, and the output is what a run without the cache writes.
    copyFileSync(path.join(SHARED, 'corpus/dev/docs/a01.txt'), path.join(inputs, 'new.txt'));
    try {
      const plain = await extract('plain', '--jobs', '1');
      const more = await extract('more', '--cache', cache);
      expect(more.stderr).toMatch(new RegExp(`${records + 1} records, 0 errors, .*${records} from cache`));
      expect(more.records).toBe(plain.records);
      expect(more.dataset).toBe(plain.dataset);
    } finally {
      rmSync(path.join(inputs, 'new.txt'));
    }
  });

  it('reports an article over the time limit as an error line and writes the others', async () => {
    // Warm the cache without the big page, then add it and allow 1 ms per article:
    // the cached articles need no time, the big page cannot finish in 1 ms.
    const cache = path.join(dir, 'cache-timeout');
    await extract('before-timeout', '--cache', cache);
    copyFileSync(BIG_PAGE, path.join(inputs, 'big.html'));
    try {
      const late = await extract('timeout', '--cache', cache, '--timeout-ms', '1');
      expect(late.code).toBe(1);
      expect(late.stderr).toContain(`${path.join(inputs, 'big.html')}#0: timed out after 1 ms`);
      expect(late.records).toBe(one.records);
    } finally {
      rmSync(path.join(inputs, 'big.html'));
    }
  });

  it('writes the same bytes in the calling thread as with workers, whatever their number', async () => {
    // A small input runs in the calling thread (the CLI runs above did); the library forces the pool
    // with inThreadUpTo: 0, with one worker, two, and the default adaptive number.
    const viaLibrary = async (out: string, options: Record<string, unknown>) => {
      const outDir = path.join(dir, out);
      const script = `
        import { runBatch } from ${JSON.stringify(path.join(ROOT, 'dist/batch/index.js'))};
        import { DirectorySink } from ${JSON.stringify(path.join(ROOT, 'dist/batch/sink.js'))};
        import { serializeDataset } from ${JSON.stringify(path.join(ROOT, 'dist/emit/write.js'))};
        const sink = new DirectorySink(${JSON.stringify(outDir)});
        const r = await runBatch([${JSON.stringify(inputs)}], ${JSON.stringify({ timeoutMs: 60_000, ...options })}, {
          onLine: (l) => sink.write(l),
        });
        await sink.finish(serializeDataset(r.dataset));
        console.log(JSON.stringify({ workers: r.workers, records: r.records }));`;
      const { stdout } = await run('node', ['--input-type=module', '-e', script]);
      const read = (f: string) => readFileSync(path.join(outDir, f), 'utf8');
      return {
        ...(JSON.parse(stdout) as { workers: number }),
        records: read('records.jsonl'),
        dataset: read('dataset.json'),
      };
    };
    const inThread = await viaLibrary('lib-thread', { jobs: 1 });
    expect(inThread.workers).toBe(0);
    for (const [out, options] of [
      ['lib-pool1', { jobs: 1, inThreadUpTo: 0 }],
      ['lib-pool2', { jobs: 2, inThreadUpTo: 0 }],
      ['lib-adaptive', { inThreadUpTo: 0 }],
      ['lib-zero', { jobs: 0 }],
    ] as const) {
      const r = await viaLibrary(out, options);
      if ('inThreadUpTo' in options) expect(r.workers).toBeGreaterThan(0);
      else expect(r.workers).toBe(0);
      expect(r.records).toBe(one.records);
      expect(r.dataset).toBe(one.dataset);
    }
    expect(inThread.records).toBe(one.records);
    expect(inThread.dataset).toBe(one.dataset);
    // One article through standard input: the same record as in a batch run through the pool.
    // (Not the first seed: Upper.txt, an exact copy of it, takes the plain id in the batch.)
    const seed = readdirSync(path.join(inputs, 'seeds')).sort().at(-1)!;
    const viaStdin = await new Promise<string>((resolve, reject) => {
      const child = execFile('node', [CLI, 'extract', '-', '--stdout', '--quiet'], (e, stdout) =>
        e ? reject(e) : resolve(stdout),
      );
      child.stdin!.end(readFileSync(path.join(inputs, 'seeds', seed)));
    });
    const pooled = one.records
      .split('\n')
      .find((l) => l.includes(`"path":${JSON.stringify(path.join(inputs, 'seeds', seed))}`))!;
    const strip = (l: string) => l.trim().replace(/"source":\{[^}]*\}/, '');
    expect(strip(viaStdin)).toBe(strip(pooled));
  });

  it('compares without writing under --check', async () => {
    const out = path.join(dir, 'jobs1');
    const same = await extract('jobs1', '--check');
    expect(same.stderr).toContain('is up to date');
    const edited = one.records.split('\n').slice(1).join('\n');
    writeFileSync(path.join(out, 'records.jsonl'), edited);
    const changed = await extract('jobs1', '--check');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('Upper.txt#0');
    expect(changed.records).toBe(edited);
    expect(readdirSync(out).sort()).toEqual(['dataset.json', 'records.jsonl']);
  });
});
