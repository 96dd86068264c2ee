// Runs the BUILT command line as a user would (npm test builds first).
import { spawnSync } from 'node:child_process';
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

/** Extracts seeds/ with the built CLI into `dir` (the committed seeds output). */
export function extractSeeds(dir: string): void {
  const r = cli(['extract', 'seeds', '--out', dir, '--quiet']);
  if (r.status !== 0) throw new Error(`extract seeds failed (${r.status}): ${r.stderr}`);
}
