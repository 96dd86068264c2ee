// Distributed batches on a real Redis (started here on a free port): records
// made by queue workers, one of them killed mid-job and the collector killed
// and restarted, are byte-identical to a local run; a poison article ends as
// one error line after a bounded number of attempts. Runs the BUILT command
// line (`npm run build` first), copied aside so that a rebuild meanwhile cannot
// mix two builds (workers and collector must share one, or they use other queues).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from '../src/document.js';
import { loadFile } from '../src/load/index.js';
import { loadPipeline } from '../src/pipeline/definition.js';
import { parseQueueUrl } from '../src/queue/connection.js';
import { jobId } from '../src/queue/jobs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REUTERS = path.resolve(ROOT, '../shared/corpus/reuters21578');
const GOOD = path.join(ROOT, 'fixtures/bad-input/good.txt');
/** Reuters articles in the distributed run: enough to kill things mid-run, few enough for tens of seconds. */
const REUTERS_ARTICLES = 200;

let dir = '';
let cli = '';
let port = 0;
let redis: ChildProcess | null = null;
const children: ChildProcess[] = [];

interface Proc {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the first match of `re` in standard error. */
  waitFor: (re: RegExp) => Promise<RegExpMatchArray>;
  exit: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[]): Proc {
  const child = spawn(process.execPath, [cli, ...args], { cwd: dir });
  children.push(child);
  let stderr = '';
  const watchers: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  child.stdout!.resume();
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    for (const w of [...watchers]) {
      const m = stderr.match(w.re);
      if (m) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  const exit = once(child, 'close').then(([status, signal]) => ({
    status: status as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return {
    child,
    stderr: () => stderr,
    waitFor: (re) => {
      const m = stderr.match(re);
      if (m) return Promise.resolve(m);
      return Promise.race([
        new Promise<RegExpMatchArray>((resolve) => watchers.push({ re, resolve })),
        exit.then(() => {
          throw new Error(`process ended before printing ${re}: ${stderr}`);
        }),
      ]);
    },
    exit,
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port: p } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return p;
}

/** A worker on `url`; resolves once it listens, with its queue name and the name it stamps on jobs. */
async function startWorker(url: string, extra: string[]): Promise<Proc & { queue: string; name: string }> {
  const p = run(['worker', '--queue', url, ...extra]);
  const m = await p.waitFor(/\(queue ([\w-]+)\)/);
  return { ...p, queue: m[1]!, name: `${hostname()}:${p.child.pid}` };
}

async function until(test: () => Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const read = (p: string) => readFileSync(path.join(dir, p));

/** Null when the two files are byte-identical, else their first differing line (a readable failure). */
function difference(a: string, b: string): string | null {
  const x = read(a);
  const y = read(b);
  if (x.equals(y)) return null;
  const xs = x.toString('utf8').split('\n');
  const ys = y.toString('utf8').split('\n');
  const i = xs.findIndex((line, n) => line !== ys[n]);
  return `${a} and ${b} differ at line ${i + 1} (${xs.length} and ${ys.length} lines):\n${xs[i]?.slice(0, 2000)}\n${ys[i]?.slice(0, 2000)}`;
}

beforeAll(async () => {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(
      'redis-server is not installed; the queue tests need it: apt-get install -y redis-server (Debian/Ubuntu)',
    );
  const built = path.join(ROOT, 'dist/cli/main.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);

  dir = mkdtempSync(path.join(tmpdir(), 'press-extract-queue-'));
  const app = path.join(dir, 'app');
  mkdirSync(app);
  for (const f of ['dist', 'pipelines', 'package.json', 'package-lock.json'])
    cpSync(path.join(ROOT, f), path.join(app, f), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'));
  cli = path.join(app, 'dist/cli/main.js');

  // Real inputs: the seeds and the first Reuters articles, cut at an article's end.
  const sgm = readFileSync(path.join(REUTERS, 'reut2-000.sgm'), 'latin1').split('</REUTERS>');
  writeFileSync(
    path.join(dir, 'part.sgm'),
    `${sgm.slice(0, REUTERS_ARTICLES).join('</REUTERS>')}</REUTERS>\n`,
    'latin1',
  );
  cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  // The poison: two Reuters files' text as one article, far over any worker's time limit.
  const text = ['reut2-001.sgm', 'reut2-002.sgm']
    .map((f) => readFileSync(path.join(REUTERS, f), 'latin1').replace(/<[^>]+>/g, ''))
    .join('\n');
  writeFileSync(path.join(dir, 'poison.txt'), text);
  cpSync(GOOD, path.join(dir, 'good.txt'));

  port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    cwd: dir,
  });
  let out = '';
  redis.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  await until(async () => out.includes('Ready to accept connections'), 'redis-server to start', 20_000);
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (redis && redis.exitCode === null) {
    redis.kill('SIGTERM');
    await once(redis, 'close');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('extract --queue', () => {
  it('gives the records of a local run when a worker and the collector are killed mid-run', async () => {
    const local = run(['extract', 'seeds', 'part.sgm', '--out', 'local', '--quiet', '--timeout-ms', '60000']);
    expect((await local.exit).status).toBe(0);
    const records = read('local/records.jsonl').toString().trim().split('\n').length;
    expect(records).toBeGreaterThan(150);

    const url = `redis://127.0.0.1:${port}`;
    // One thread each and short locks: jobs of the killed worker come back within seconds.
    const flags = ['--concurrency', '1', '--timeout-ms', '60000', '--lock-ms', '2000'];
    const a = await startWorker(url, flags);
    const b = await startWorker(url, flags);
    expect(a.queue).toBe(b.queue);
    const queue = new Queue(a.queue, { connection: { host: '127.0.0.1', port } });
    try {
      const first = run(['extract', 'seeds', 'part.sgm', '--out', 'queued', '--queue', url]);

      // Kill worker A while it holds jobs; those jobs must be finished by B.
      await until(
        async () => (await queue.getJobs(['active'])).some((j) => j.processedBy === a.name),
        'worker A to take a job',
      );
      a.child.kill('SIGKILL');
      await a.exit;
      const lost = (await queue.getJobs(['active'])).filter((j) => j.processedBy === a.name).map((j) => j.id!);
      expect(lost.length).toBeGreaterThan(0);

      // Kill the collector part-way, then start it again: finished jobs are read back.
      await until(async () => (await queue.getCompletedCount()) >= records * 0.3, 'a third of the jobs');
      first.child.kill('SIGKILL');
      expect((await first.exit).signal).toBe('SIGKILL');
      const before = new Map((await queue.getJobs(['completed'])).map((j) => [j.id!, j.finishedOn] as const));
      expect(before.size).toBeLessThan(records);

      const second = run(['extract', 'seeds', 'part.sgm', '--out', 'queued', '--queue', url]);
      const { status } = await second.exit;
      expect(second.stderr()).toMatch(new RegExp(`${records} records, 0 errors`));
      expect(status).toBe(0);
      const readBack = Number(second.stderr().match(/(\d+) read back from the queue/)?.[1]);
      expect(readBack).toBeGreaterThanOrEqual(before.size);

      expect(difference('queued/records.jsonl', 'local/records.jsonl')).toBeNull();
      expect(difference('queued/dataset.json', 'local/dataset.json')).toBeNull();

      // Nothing finished before the restart was run again.
      for (const [id, finishedOn] of before) expect((await queue.getJob(id))?.finishedOn).toBe(finishedOn);
      // The jobs lost with worker A were put back and finished by B.
      for (const id of lost) {
        const job = await queue.getJob(id);
        expect(await job?.getState()).toBe('completed');
        expect(job?.processedBy).toBe(b.name);
        expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
      }
      b.child.kill('SIGTERM');
      expect((await b.exit).status).toBe(0);
    } finally {
      await queue.close();
    }
  }, 180_000);

  it('ends a poison article as one error line after a bounded number of attempts; the rest goes on', async () => {
    const local = run(['extract', 'good.txt', '--out', 'good-local', '--quiet', '--timeout-ms', '60000']);
    expect((await local.exit).status).toBe(0);

    // Another database: other job ids' history stays out of this test.
    const url = `redis://127.0.0.1:${port}/1`;
    const worker = await startWorker(url, ['--concurrency', '1', '--timeout-ms', '4000']);
    const collector = run(['extract', 'poison.txt', 'good.txt', '--out', 'poisoned', '--queue', url]);
    const { status } = await collector.exit;
    expect(status).toBe(1);
    const errors = collector
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('press-extract: ') && l.includes('.txt'));
    expect(errors).toEqual(['press-extract: poison.txt#0: failed after 3 attempts: timed out after 4000 ms']);
    expect(collector.stderr()).toMatch(/1 records, 1 errors/);
    expect(difference('poisoned/records.jsonl', 'good-local/records.jsonl')).toBeNull();
    // Each attempt was stopped at the time limit, and the worker lived on.
    expect(worker.stderr().match(/poison\.txt#0: timed out after 4000 ms/g)).toHaveLength(3);
    expect(worker.child.exitCode).toBeNull();
    worker.child.kill('SIGTERM');
    expect((await worker.exit).status).toBe(0);
  }, 120_000);
});

describe('queue addresses and job ids', () => {
  it('reads redis:// URLs, hiding the password in messages', () => {
    const t = parseQueueUrl('redis://worker:p%40ss@10.0.0.5:6380/2');
    expect(t.connection).toMatchObject({ host: '10.0.0.5', port: 6380, db: 2, username: 'worker', password: 'p@ss' });
    expect(t.label).toBe('redis://worker:***@10.0.0.5:6380/2');
    expect(parseQueueUrl('rediss://queue.example').connection).toMatchObject({ port: 6379, db: 0, tls: {} });
    expect(() => parseQueueUrl('http://10.0.0.5:6379')).toThrow(/redis:\/\//);
    expect(() => parseQueueUrl('redis://host/queue')).toThrow(/database number/);
  });

  it('names a job by its article, source, pipeline and build', async () => {
    const articles = (await loadFile(path.join(REUTERS, 'reut2-000.sgm')))
      .flatMap((r) => ('article' in r ? [r.article] : []))
      .slice(0, 3) as RawArticle[];
    const [a, b] = articles as [RawArticle, RawArticle];
    const newswire = loadPipeline('newswire');
    const id = jobId(a, newswire, 'build-1');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(jobId(structuredClone(a), loadPipeline('newswire'), 'build-1')).toBe(id);
    expect(jobId(b, newswire, 'build-1')).not.toBe(id);
    expect(jobId(a, loadPipeline('news'), 'build-1')).not.toBe(id);
    expect(jobId(a, newswire, 'build-2')).not.toBe(id);
    // The same text at another place in the input is another job (its record id may differ).
    expect(jobId({ ...a, source: { ...a.source, index: 99 } }, newswire, 'build-1')).not.toBe(id);
  });
});
