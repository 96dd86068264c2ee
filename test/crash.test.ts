// Crash safety, run against the built CLI (`npm run build` first): a run killed
// mid-batch leaves the previous records.jsonl and dataset.json whole (files are
// written under a temporary name and renamed), and --check never writes.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist/cli/main.js');
const REUTERS = path.resolve(ROOT, '../shared/corpus/reuters21578');
const GOOD = path.join(ROOT, 'fixtures/bad-input/good.txt');
const FINAL = ['dataset.json', 'records.jsonl'];

let dir = '';

interface Exit {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

// A loaded machine must not turn the good article into a time-out.
const LIMIT = spawnSync(process.execPath, [CLI, 'extract', '--help'], { encoding: 'utf8' }).stdout.includes(
  '--timeout-ms',
)
  ? ['--timeout-ms', '60000']
  : [];

/**
 * Starts `press-extract extract ...args`; `kill` sends SIGKILL after a delay in
 * milliseconds, or once `kill.whenFileIn` holds a non-empty temporary file (records being written).
 */
async function extract(args: string[], kill?: number | { whenFileIn: string }): Promise<Exit> {
  const child = spawn(process.execPath, [CLI, 'extract', ...args, ...LIMIT], { cwd: dir });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  child.stdout.resume();
  const writing = (out: string) =>
    existsSync(out) && readdirSync(out).some((f) => f.includes('.tmp') && statSync(path.join(out, f)).size > 0);
  const timer =
    typeof kill === 'number'
      ? setTimeout(() => child.kill('SIGKILL'), kill)
      : kill
        ? setInterval(() => {
            if (writing(kill.whenFileIn)) child.kill('SIGKILL');
          }, 20)
        : null;
  const [status, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (timer) clearInterval(timer);
  return { status, signal, stderr };
}

/** Name, bytes and modification time of every file in `out`. */
function snapshot(out: string): Map<string, { content: string; mtimeMs: number }> {
  const files = new Map<string, { content: string; mtimeMs: number }>();
  for (const f of readdirSync(out).sort())
    files.set(f, { content: readFileSync(path.join(out, f), 'utf8'), mtimeMs: statSync(path.join(out, f)).mtimeMs });
  return files;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'press-extract-crash-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a killed run', { timeout: 120_000 }, () => {
  for (const when of ['early', 'while writing records'] as const) {
    it(`SIGKILL ${when} on the Reuters collection leaves the previous output whole`, async () => {
      const out = path.join(dir, `out-kill-${when.replace(/ /g, '-')}`);
      const first = await extract([GOOD, '--out', out, '-q']);
      expect(first.status, first.stderr).toBe(0);
      const before = snapshot(out);
      expect([...before.keys()]).toEqual(FINAL);
      expect(before.get('records.jsonl')?.content).toContain('Harbor Lane Robotics');

      const killed = await extract([REUTERS, '--out', out, '-q'], when === 'early' ? 800 : { whenFileIn: out });
      // The test means something only if the run was still going when killed.
      expect(killed.signal).toBe('SIGKILL');

      const after = snapshot(out);
      for (const f of FINAL) expect(after.get(f), f).toEqual(before.get(f));
      // Anything else left behind is a temporary file, never a half-written final name.
      const others = [...after.keys()].filter((f) => !FINAL.includes(f));
      for (const f of others) expect(f).toMatch(/^(records\.jsonl|dataset\.json)\.tmp-\d+$/);

      // The next run over the same directory works despite leftovers, and replaces the output whole.
      const again = await extract([GOOD, GOOD.replace('good.txt', 'windows-1252.txt'), '--out', out, '-q']);
      expect(again.status, again.stderr).toBe(0);
      const records = readFileSync(path.join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
      expect(records).toHaveLength(2);
      for (const line of records) expect(() => JSON.parse(line)).not.toThrow();
      expect(() => JSON.parse(readFileSync(path.join(out, 'dataset.json'), 'utf8'))).not.toThrow();
      // ... and clears the temporary files the killed run left.
      expect(readdirSync(out).sort()).toEqual(FINAL);
    });
  }
});

describe('--check', { timeout: 60_000 }, () => {
  it('never writes: same bytes and mtimes whether the output is up to date or not, and no new file', async () => {
    const out = path.join(dir, 'out-check');
    const first = await extract([GOOD, '--out', out, '-q']);
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(out);
    // Let a write, if any happened, show in the mtimes.
    await new Promise((r) => setTimeout(r, 50));

    const same = await extract([GOOD, '--out', out, '--check']);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stderr).toContain('is up to date');

    const other = GOOD.replace('good.txt', 'utf16-bom.txt');
    const differs = await extract([GOOD, other, '--out', out, '--check']);
    expect(differs.status, differs.stderr).toBe(1);
    expect(differs.stderr).toMatch(/check: records\.jsonl: new record .*utf16-bom\.txt#0/);

    expect(snapshot(out)).toEqual(before);
  });

  it("finds the committed seeds' dataset (out/) up to date with this build, as CI checks it", () => {
    // (as npm start writes it: from the checkout, with the paths relative to it)
    const r = spawnSync(process.execPath, [CLI, 'extract', 'seeds', '--out', 'out', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, `${r.stderr}\nout/ is stale: run npm start and commit it`).toBe(0);
    expect(r.stderr).toContain('out is up to date');
  });

  it('does not create a missing output directory', async () => {
    const out = path.join(dir, 'never-made');
    const r = await extract([GOOD, '--out', out, '--check']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('records.jsonl: missing');
    expect(existsSync(out)).toBe(false);
  });
});
