// The library API, from the sources and as a user gets it: the BUILT package
// imported by name from another directory (npm test builds first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, extractBatch } from '../src/api/index.js';
import { datasetSchema } from '../src/schema/dataset.js';
import { recordSchema } from '../src/schema/record.js';
import { cli, cliAsync, ROOT } from './support/cli.js';

const SEEDS = path.join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const HTML_DIR = path.join(ROOT, '../shared/corpus/html-dev');

/** A directory where `import 'press-extract'` resolves to this package, as after `npm install press-extract`. */
let userDir: string;
beforeAll(() => {
  userDir = mkdtempSync(path.join(tmpdir(), 'pe-user-'));
  mkdirSync(path.join(userDir, 'node_modules'));
  symlinkSync(ROOT, path.join(userDir, 'node_modules/press-extract'), 'dir');
});

function runAsUser(code: string, cwd = userDir) {
  const file = path.join(userDir, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('extract()', () => {
  it('gives the record the command line gives for the same article on standard input', () => {
    const text = readFileSync(path.join(SEEDS, seedFiles[1]!), 'utf8');
    const record = extract(text);
    expect(recordSchema.parse(record)).toEqual(record);
    expect(record.source).toEqual({ path: '-', index: 0, id: null, url: null });
    const r = cli(['extract', '-', '--stdout', '--quiet', '--timeout-ms', '60000'], { input: text });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(record);
  });

  it('tells HTML from text, and reads the fields of an object', () => {
    const dir = path.join(HTML_DIR, 'pages');
    const file = readdirSync(dir).sort()[0]!;
    const html = readFileSync(path.join(dir, file), 'utf8');
    const fromString = extract(html, { source: file });
    expect(fromString.text).not.toMatch(/<\/?(p|div|html|body)\b/i);
    expect(fromString).toEqual(extract({ html }, { source: file }));
    expect(fromString.text.length).toBeGreaterThan(100);

    const text = readFileSync(path.join(SEEDS, seedFiles[3]!), 'utf8');
    const record = extract(
      { text, id: 42, url: 'https://example.com/a', headline: 'A headline' },
      { source: 'feed.jsonl' },
    );
    expect(record.source).toEqual({ path: 'feed.jsonl', index: 0, id: '42', url: 'https://example.com/a' });
    expect(record.headline).toBe('A headline');
  });

  it('throws a TypeError when there is nothing to read', () => {
    expect(() => extract('   ')).toThrow(TypeError);
    expect(() => extract({ headline: 'no body' })).toThrow(/no "text" or "html"/);
    expect(() => extract('Some text.', { pipeline: 'no-such-pipeline' })).toThrow(/no-such-pipeline/);
  });
});

describe('extractBatch()', () => {
  it('streams the records in order, then gives the dataset', async () => {
    const batch = extractBatch([SEEDS]);
    const paths: string[] = [];
    for await (const r of batch) paths.push(path.basename(r.source.path));
    expect(paths).toEqual(seedFiles);
    const result = await batch.result;
    expect(result.records).toBe(seedFiles.length);
    expect(result.errors).toBe(0);
    expect(datasetSchema.parse(result.dataset)).toEqual(result.dataset);
  });

  it('reports bad inputs to onError and goes on; a reader that stops early still gets the result', async () => {
    const errors: string[] = [];
    const batch = extractBatch([path.join(SEEDS, seedFiles[0]!), path.join(ROOT, 'no-such-file.txt'), SEEDS], {
      onError: (e) => errors.push(e.path),
    });
    let n = 0;
    for await (const _ of batch) if (++n === 2) break;
    const result = await batch.result;
    expect(errors).toEqual([path.join(ROOT, 'no-such-file.txt')]);
    expect(result.errors).toBe(1);
    expect(result.records).toBe(seedFiles.length + 1);
  });
});

describe('extractBatch() with a pipeline that does not exist', () => {
  it('rejects both the loop and the result with the reason', async () => {
    const batch = extractBatch([SEEDS], { pipeline: 'no-such-pipeline' });
    await expect(
      (async () => {
        for await (const _ of batch);
      })(),
    ).rejects.toThrow(/no-such-pipeline/);
    await expect(batch.result).rejects.toThrow(/no-such-pipeline/);
  });
});

describe('the built package, imported by name', () => {
  it('exports extract, extractBatch, schema and the JSON Schema file', () => {
    const r = runAsUser(`
      import { extract, extractBatch, schema } from 'press-extract';
      import json from 'press-extract/schema.json' with { type: 'json' };
      const record = extract('<p>Acme Corp. signed an <b>agreement</b>.</p>', { source: 'a.html' });
      const batch = extractBatch([${JSON.stringify(path.join(SEEDS, seedFiles[0]!))}], { jobs: 0 });
      const ids = [];
      for await (const r of batch) ids.push(r.id);
      const { dataset } = await batch.result;
      console.log(JSON.stringify({
        text: record.text, valid: schema.recordSchema.safeParse(record).success,
        ids: ids.length, datasetValid: schema.datasetSchema.safeParse(dataset).success,
        defs: Object.keys(json.$defs),
      }));
    `);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      text: 'Acme Corp. signed an agreement.',
      valid: true,
      ids: 1,
      datasetValid: true,
      defs: ['record', 'dataset'],
    });
  });

  it('comes with types a TypeScript user compiles against', () => {
    writeFileSync(
      path.join(userDir, 'use.ts'),
      `import { type ArticleRecord, type Deal, extract, extractBatch } from 'press-extract';
const r: ArticleRecord = extract({ text: 'x', headline: null });
const deals: Deal[] = r.deals;
const parties: string[] = deals.flatMap((d) => d.parties.map((p) => p.name));
export async function n(): Promise<number> {
  const b = extractBatch(['x'], { jobs: 1 });
  for await (const rec of b) parties.push(rec.id);
  return (await b.result).dataset.deals.length;
}
// @ts-expect-error: a record has no such field
r.nonsense;
`,
    );
    writeFileSync(
      path.join(userDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', userDir], {
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs the library example of the README as written', () => {
    const usage = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = usage.slice(usage.indexOf('## Library API'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toContain("from 'press-extract'");
    const r = runAsUser(code!, ROOT);
    expect(r.status, r.stderr).toBe(0);
    // Every seed is accounted for: a record line on standard output, or (on a machine so
    // loaded that an article hits the batch's time limit) an onError line on standard error.
    const summary = /^(\d+) records, (\d+) errors, \d+ deals across articles$/m.exec(r.stdout);
    expect(summary, r.stdout + r.stderr).not.toBeNull();
    expect(Number(summary![1]) + Number(summary![2])).toBe(seedFiles.length);
    for (const f of seedFiles)
      expect(`${r.stdout}\n${r.stderr}`).toMatch(new RegExp(`^seeds/${f}( \\d+ organizations| )`, 'm'));
  });
});

describe('command line usage', () => {
  it('has --help with examples for every command', async () => {
    const commands = ['extract', 'review', 'export', 'schema'];
    const runs = await Promise.all(commands.map((c) => cliAsync([c, '--help'])));
    for (const [i, command] of commands.entries()) {
      const r = runs[i]!;
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: press-extract ${command}`);
      expect(r.stdout).toContain('Examples:');
    }
  });

  it('answers an unknown flag, a missing argument or a missing output with one line and exit 2', async () => {
    const missing = path.join(tmpdir(), 'pe-no-such-output');
    const cases = [
      ['extract', 'seeds', '--out', 'x', '--bogus'],
      ['review', 'out', '--bogus'],
      ['export', 'out', '--bogus'],
      ['schema', '--bogus'],
      ['review'],
      ['export'],
      ['review', missing],
      ['export', missing],
      ['no-such-command'],
    ];
    const runs = await Promise.all(cases.map((args) => cliAsync(args)));
    for (const [i, args] of cases.entries()) {
      const r = runs[i]!;
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^press-extract: /);
    }
  });
});
