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
    ({ stderr } = await run('node', [CLI, 'extract', inputs, '--out', outDir, '--quiet', ...flags]));
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
  writeFileSync(path.join(inputs, 'reuters.sgm'), reutersSlice(60));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch', () => {
  let one: Run;

  beforeAll(async () => {
    one = await extract('jobs1', '--jobs', '1');
  });

  it('streams records in source.path code-unit order, then source.index', () => {
    expect(one.code).toBe(0);
    const got = sources(one.records);
    expect(got.length).toBeGreaterThan(50);
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
    expect(two.code).toBe(0);
    expect(two.records).toBe(one.records);
    expect(two.dataset).toBe(one.dataset);
  });

  it('serves unchanged articles from the cache and still writes the same bytes', async () => {
    const cache = path.join(dir, 'cache');
    const cold = await extract('cold', '--jobs', '2', '--cache', cache);
    expect(cold.records).toBe(one.records);
    const warm = await extract('warm', '--jobs', '2', '--cache', cache);
    expect(warm.code).toBe(0);
    expect(warm.records).toBe(one.records);
    expect(warm.dataset).toBe(one.dataset);
    const records = sources(one.records).length;
    const warmQuiet = await run('node', [CLI, 'extract', inputs, '--out', path.join(dir, 'warm'), '--cache', cache]);
    expect(warmQuiet.stderr).toMatch(new RegExp(`${records} records, 0 errors, .*${records} from cache`));
    // One new article: only it runs, and the output is what a run without the cache writes.
    copyFileSync(path.join(SHARED, 'corpus/dev/docs/a01.txt'), path.join(inputs, 'new.txt'));
    try {
      const plain = await extract('plain', '--jobs', '1');
      const more = await run('node', [CLI, 'extract', inputs, '--out', path.join(dir, 'more'), '--cache', cache]);
      expect(more.stderr).toMatch(new RegExp(`${records + 1} records, 0 errors, .*${records} from cache`));
      expect(readFileSync(path.join(dir, 'more/records.jsonl'), 'utf8')).toBe(plain.records);
      expect(readFileSync(path.join(dir, 'more/dataset.json'), 'utf8')).toBe(plain.dataset);
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

  it('compares without writing under --check', async () => {
    const out = path.join(dir, 'jobs1');
    const same = await run('node', [CLI, 'extract', inputs, '--out', out, '--check']);
    expect(same.stderr).toContain('is up to date');
    writeFileSync(path.join(out, 'records.jsonl'), one.records.split('\n').slice(1).join('\n'));
    await expect(run('node', [CLI, 'extract', inputs, '--out', out, '--check'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Upper.txt#0'),
    });
    expect(readdirSync(out).sort()).toEqual(['dataset.json', 'records.jsonl']);
  });
});
