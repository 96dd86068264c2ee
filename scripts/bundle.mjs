// Start-up: bundles the command line and the worker thread, after tsc, into a
// few files in dist/bundle/ (`npm run build` runs this last). Node 20 has no
// compile cache, and resolving, reading and linking some 180 small ES modules
// (ours and zod's) cost more than running one article. The bundle is made
// from the compiled dist/ files themselves, so it runs the same code:
// - dist/cli/main.js and dist/batch/worker.js become one-line modules that
//   load their bundle (the `press-extract` command and piscina's worker file
//   keep their paths); the library API (dist/index.js) stays as tsc wrote it.
// - Each module's `import.meta.url` is rewritten to the URL its dist/ file
//   has, so the files it reads beside itself (word lists, models, pipelines)
//   are found where they were.
// - A module loaded on demand (`await import(...)`: other commands, the
//   queue, the progress bar, the pool) becomes its own chunk, loaded on demand.
// - Packages stay outside (they are loaded lazily, or are CommonJS), but for
//   zod and date-fns: small ES modules, many files, loaded on every run. Of
//   zod's 50 locales (z.locales) only English, its default, is kept: this
//   package sets no other.
// - The command line is also built as one CommonJS script, main.script.js,
//   wrapped in a function: dist/cli/main.js runs it with V8's code cache
//   (src/cli/code-cache.ts), and falls back to the ES modules when it cannot.
//   Then a cache is made by running one article, so that even the first run
//   starts from it.
// Without esbuild (installed as a dependency of vitest), the unbundled files
// stay in place and run as before.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'bundle');
const BUNDLED_PACKAGES = /^(?:zod|date-fns)(?:\/|$)/;

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle: esbuild is not installed; the command line runs unbundled');
  process.exit(0);
}

const ENTRIES = { main: 'cli/main.js', worker: 'batch/worker.js' };

/** Each dist module's import.meta.url, as the URL of its own file seen from the bundle's directory. */
const metaUrl = (base) => ({
  name: 'meta-url',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('node:') || BUNDLED_PACKAGES.test(args.path) ? undefined : { external: true },
    );
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(`${DIST}${path.sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const rel = path.relative(OUT, args.path).split(path.sep).join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, ${base}).href`),
        loader: 'js',
      };
    });
  },
});

for (const file of Object.values(ENTRIES))
  if (readFileSync(path.join(DIST, file), 'utf8').includes('// Bundled by scripts/bundle.mjs'))
    throw new Error(`bundle: dist/${file} is already bundled; run tsc first (npm run build)`);
rmSync(OUT, { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(DIST, file)])),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  chunkNames: 'chunk-[hash]',
  plugins: [metaUrl('import.meta.url')],
  logLevel: 'warning',
  metafile: true,
  // source maps for profiles (bench/profile.mjs reads them), without a reference from the code
  sourcemap: 'external',
});

// Each entry as one script: a function of exports, require, module, __filename, __dirname and the
// script's own URL (for the import.meta.url of each module).
for (const [name, file] of Object.entries(ENTRIES)) {
  const outfile = path.join(OUT, `${name}.script.js`);
  const script = await esbuild.build({
    entryPoints: [path.join(DIST, file)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    outfile,
    plugins: [metaUrl('__scriptUrl')],
    logLevel: 'warning',
    sourcemap: 'external',
  });
  const out = (ext) => script.outputFiles.find((f) => f.path.endsWith(ext));
  // The wrapper takes the shebang's line, or opens the first line: the source map's lines still hold.
  const head = '(function (exports, require, module, __filename, __dirname, __scriptUrl) {';
  const code = out('.js').text;
  writeFileSync(outfile, `${code.startsWith('#!') ? code.replace(/^#!.*\n/, `${head}\n`) : head + code}\n})`);
  writeFileSync(`${outfile}.map`, out('.js.map').contents);
}

// The entry files load their bundle (a shebang for the command).
for (const [name, file] of Object.entries(ENTRIES)) {
  const target = path.join(DIST, file);
  const rel = path
    .relative(path.dirname(target), path.join(OUT, `${name}.js`))
    .split(path.sep)
    .join('/');
  const original = readFileSync(target, 'utf8');
  const shebang = original.startsWith('#!') ? `${original.split('\n')[0]}\n` : '';
  const marker = `${shebang}// Bundled by scripts/bundle.mjs: the code is in ${rel}`;
  const script = rel.replace(/\.js$/, '.script.js');
  const loader = path.relative(path.dirname(target), path.join(DIST, 'cli/code-cache.js')).split(path.sep).join('/');
  const head = `${marker}, and in ${script} run with V8's code cache.
import { fileURLToPath } from 'node:url';
import { runScript } from '${loader.startsWith('.') ? loader : `./${loader}`}';
`;
  writeFileSync(
    target,
    name === 'main'
      ? `${head}
if (!runScript(fileURLToPath(new URL('${script}', import.meta.url)))) await import('${rel}');
`
      : // A worker thread may be stopped without an exit event: its cache is written after its first task.
        `${head}
const script = runScript(fileURLToPath(new URL('${script}', import.meta.url)), undefined, 'call');
const run = script ? script.exports.default : (await import('${rel}')).default;

export default function (task) {
  const result = run(task);
  script?.save();
  return result;
}
`,
  );
}

// A first cache, from one article through standard input (as a shell pipeline runs it).
const seeds = path.join(ROOT, 'seeds');
const article = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()[0];
if (article)
  try {
    execFileSync(process.execPath, [path.join(DIST, ENTRIES.main), 'extract', '-', '--stdout', '--quiet'], {
      input: readFileSync(path.join(seeds, article)),
      stdio: ['pipe', 'ignore', 'inherit'],
    });
  } catch (e) {
    console.warn(`bundle: no code cache made (${e.message})`);
  }
const code = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const bytes = code.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundle: ${code.length} files, ${(bytes / 1e6).toFixed(2)} MB of code in dist/bundle/`);
