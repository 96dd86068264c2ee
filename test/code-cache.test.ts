// The command line's code cache (src/cli/code-cache.ts), run against the build
// (`npm run build` first): a cache is written at the first run and used by the
// next; a damaged, stale or foreign cache, or a place where none can be written,
// only costs the cache, never the run. And the command line run from its script
// writes what its ES modules write.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachedDataVersionTag } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADER = pathToFileURL(path.join(ROOT, 'dist/cli/code-cache.js')).href;
const MAGIC = 'press-extract code cache 1\n';

let dir = '';
let script = '';
let temp = '';
let cacheName = '';

interface Run {
  value: unknown;
  cacheUsed: string | null;
  willWrite: boolean;
  fellBack: boolean;
}

/** Runs the script in a new process as the command line does; its cache is written when that process exits. */
function run(): Run {
  const driver = path.join(dir, 'driver.mjs');
  writeFileSync(
    driver,
    `import { runScript } from ${JSON.stringify(LOADER)};
const r = runScript(${JSON.stringify(script)}, ${JSON.stringify(temp)});
console.log(JSON.stringify(r ? { value: r.exports.value, cacheUsed: r.cacheUsed, willWrite: r.willWrite, fellBack: false } : { fellBack: true }));
`,
  );
  const p = spawnSync(process.execPath, [driver], { encoding: 'utf8' });
  expect(p.stderr).toBe('');
  expect(p.status).toBe(0);
  return JSON.parse(p.stdout) as Run;
}

const writeScript = (body: string) =>
  writeFileSync(
    script,
    `(function (exports, require, module, __filename, __dirname, __scriptUrl) {${body}\nmodule.exports.value = compute(20) + ':' + require('node:path').basename(__filename) + ':' + __scriptUrl.endsWith('/app.script.js');\n})`,
  );

const beside = () => path.join(dir, cacheName);
const tempDir = () => path.join(temp, `press-extract-${process.getuid?.()}`);
const tempCaches = () => (existsSync(tempDir()) ? readdirSync(tempDir()).filter((f) => f.endsWith('.cache')) : []);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'press-extract-code-cache-'));
  temp = path.join(dir, 'tmp');
  mkdirSync(temp);
  script = path.join(dir, 'app.script.js');
  cacheName = `app.script.${cachedDataVersionTag()}.${process.arch}.cache`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('code cache', () => {
  it('is written at the first run beside the script and used by the next', () => {
    writeScript('function compute(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }');
    const first = run();
    expect(first).toEqual({ value: '190:app.script.js:true', cacheUsed: null, willWrite: true, fellBack: false });
    expect(readFileSync(beside()).toString('latin1', 0, MAGIC.length)).toBe(MAGIC);
    const second = run();
    expect(second).toEqual({ value: '190:app.script.js:true', cacheUsed: beside(), willWrite: false, fellBack: false });
  });

  it('is never used for another script, and is replaced', () => {
    writeScript('function compute(n) { return n * 2; }');
    const before = readFileSync(beside());
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: null, willWrite: true });
    expect(readFileSync(beside()).equals(before)).toBe(false);
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: beside() });
  });

  it('is never handed to V8 when damaged: the run goes on and writes a whole one', () => {
    const bytes = readFileSync(beside());
    for (const damage of [
      (b: Buffer) => b.subarray(0, b.length - 100), // cut short
      (b: Buffer) => {
        const c = Buffer.from(b);
        c[c.length - 50]! ^= 0xff; // one byte changed
        return c;
      },
      () => Buffer.from('not a cache at all'),
      () => Buffer.alloc(0),
    ]) {
      writeFileSync(beside(), damage(bytes));
      expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: null, willWrite: true });
      expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: beside() });
    }
  });

  it('rejected by V8 (another Node, other flags) costs only the cache', () => {
    // A whole file for this script whose data V8 does not take.
    const source = readFileSync(script, 'utf8');
    const data = Buffer.from('data from some other version of V8'.repeat(20));
    const sha1 = (x: string | Buffer) => createHash('sha1').update(x).digest();
    writeFileSync(beside(), Buffer.concat([Buffer.from(MAGIC, 'latin1'), sha1(source), sha1(data), data]));
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: null, willWrite: true });
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: beside() });
  });

  it('goes to a private temporary directory when the script directory takes none', () => {
    rmSync(beside());
    mkdirSync(beside()); // neither readable nor replaceable as a file (a read-only directory, even for root)
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: null, willWrite: true });
    expect(tempCaches()).toHaveLength(1);
    expect(statSync(tempDir()).mode & 0o777).toBe(0o700);
    const second = run();
    expect(second.cacheUsed).toBe(path.join(tempDir(), tempCaches()[0]!));
    expect(second.value).toBe('40:app.script.js:true');
  });

  it("never reads another user's or a shared temporary directory; runs without a cache", () => {
    rmSync(tempDir(), { recursive: true });
    mkdirSync(tempDir(), { mode: 0o777 });
    // chmod: mkdir's mode is masked by the umask
    spawnSync('chmod', ['777', tempDir()]);
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: null, willWrite: true });
    expect(tempCaches()).toHaveLength(0);
    expect(run()).toMatchObject({ value: '40:app.script.js:true', cacheUsed: null, willWrite: true });
  });

  it('falls back to the ES modules when there is no script', () => {
    rmSync(script);
    expect(run()).toEqual({ fellBack: true });
  });
});

describe('the command line from its script', () => {
  it('writes what its ES modules write', () => {
    const article = readFileSync(path.join(ROOT, 'fixtures/bad-input/good.txt'));
    const viaScript = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'extract', '-', '--stdout'], {
      input: article,
    });
    const viaModules = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist/bundle/main.js'), 'extract', '-', '--stdout'],
      { input: article },
    );
    expect(viaScript.status).toBe(0);
    expect(viaScript.stdout.length).toBeGreaterThan(100);
    expect(viaScript.stdout.equals(viaModules.stdout)).toBe(true);
  });
});
