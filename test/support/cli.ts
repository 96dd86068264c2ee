// Runs the BUILT command line as a user would (npm test builds first).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CLI = `${ROOT}dist/cli/main.js`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { input?: string; cwd?: string } = {}): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like cli(), without blocking, so that several runs can go at once. */
export function cliAsync(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Extracts seeds/ with the built CLI into `dir` (the committed seeds output). */
export function extractSeeds(dir: string): void {
  // A generous time limit: these tests are about what is done with the output, and a
  // loaded machine must not turn a slow article into a missing record.
  const r = cli(['extract', 'seeds', '--out', dir, '--quiet', '--timeout-ms', '60000']);
  if (r.status !== 0) throw new Error(`extract seeds failed (${r.status}): ${r.stderr}`);
}
