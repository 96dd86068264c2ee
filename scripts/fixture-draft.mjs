#!/usr/bin/env node
// Drafts fixtures/<case>/expected.json from what the current build extracts, for a
// person to read against the article and correct by hand (test/golden.test.ts
// then holds the pipeline to the corrected file). Never overwrites a fixture.
//
//   node scripts/fixture-draft.mjs fixtures/<case>/input.<ext>
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2];
if (!input) {
  console.error('usage: fixture-draft.mjs fixtures/<case>/input.<ext>');
  process.exit(2);
}
const target = path.join(path.dirname(input), 'expected.json');
if (existsSync(target)) {
  console.error(`fixture-draft: ${target} exists; edit it by hand`);
  process.exit(2);
}
const line = execFileSync(
  process.execPath,
  [
    path.join(root, 'dist/cli/main.js'),
    'extract',
    input,
    '--stdout',
    '--quiet',
    '--jobs',
    '1',
    '--timeout-ms',
    '60000',
  ],
  { encoding: 'utf8' },
);
const { project } = await import(path.join(root, 'test/support/golden.mjs'));
writeFileSync(target, `${JSON.stringify({ ...project(JSON.parse(line)), known: [] }, null, 2)}\n`);
console.log(`wrote ${target}: read it against the article and correct it`);
