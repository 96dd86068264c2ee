#!/usr/bin/env node
// Error analysis as a habit: runs the built CLI on the dev set and the seeds,
// prints the scorer's figures and the false positives and negatives per field.
//
//   npm run eval [-- --field org] [-- --quiet] [-- --cv] [-- --no-model]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const args = process.argv.slice(2);
const field = args.includes('--field') ? args[args.indexOf('--field') + 1] : null;
const quiet = args.includes('--quiet');

const sets = [
  { name: 'dev', docs: path.join(shared, 'corpus/dev/docs'), gold: path.join(shared, 'corpus/dev/gold') },
  { name: 'seeds', docs: path.join(root, 'seeds'), gold: path.join(shared, 'gold/seeds') },
];
if (!existsSync(shared)) {
  console.error(`eval: ${shared} not found (the shared corpus sits beside the project)`);
  process.exit(2);
}

for (const set of sets) {
  const out = mkdtempSync(path.join(tmpdir(), `pe-eval-${set.name}-`));
  const started = Date.now();
  spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'extract', set.docs, '--out', out, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ms = Date.now() - started;
  const report = execFileSync(
    process.execPath,
    [path.join(shared, 'eval/score.mjs'), '--gold', set.gold, '--out', out, '--verbose'],
    {
      encoding: 'utf8',
    },
  ).split('\n');
  rmSync(out, { recursive: true, force: true });
  const errors = report.filter((l) =>
    /^(\S+: (org|person|role|deal) (FP|FN)|\S+: published|\S+: deal (date|value)|dataset:)/.test(l),
  );
  const table = report.filter((l) => !errors.includes(l) && l.trim());
  console.log(`\n== ${set.name} (${ms} ms)`);
  if (!quiet) {
    const groups = new Map();
    for (const e of errors) {
      const kind =
        /: (org|person|role|deal) (FP|FN)/.exec(e)?.slice(1).join(' ') ??
        (/published/.test(e) ? 'published' : /deal (date|value)/.test(e) ? 'deal date/value' : 'dataset');
      if (field && !kind.startsWith(field)) continue;
      if (!groups.has(kind)) groups.set(kind, []);
      groups.get(kind).push(e);
    }
    for (const [kind, list] of [...groups].sort()) {
      console.log(`-- ${kind} (${list.length})`);
      for (const e of list) console.log(`   ${e}`);
    }
  }
  for (const l of table) console.log(l);
}

// The figures to watch: none of them is on articles the model was trained on.
if (!args.includes('--no-model')) {
  console.log('\n== CoNLL-2003 development set (eng.testa), exact mention spans, documents that are not sports');
  spawnSync(process.execPath, [path.join(root, 'scripts/conll-eval.mjs')], { stdio: 'inherit' });
  if (args.includes('--cv')) {
    console.log(
      '\n== 5-fold cross-validation over the press-release gold (train on four folds and CoNLL, score the fifth)',
    );
    spawnSync(process.execPath, [path.join(root, 'scripts/cv-entities.mjs')], { stdio: 'inherit' });
  } else
    console.log('\n(npm run eval -- --cv adds the 5-fold cross-validated scores and calibration, about 3 minutes)');
}
