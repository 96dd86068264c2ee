// Start-up on Node versions without a compile cache of their own (Node 20):
// the command line's and the worker thread's bundles are also built as one
// script each (scripts/bundle.mjs), which this module compiles with V8's code
// cache. A run then skips parsing and compiling the functions an earlier run
// compiled: the bytecode is read back from a file instead.
//
// The cache can only cost speed, never a run:
// - it is looked for beside the script, then in a directory of the temporary
//   directory that only this user may write (a cache is code: nobody else's
//   file is ever read);
// - its name holds V8's version and flags (cachedDataVersionTag), its header
//   the hash of the script and of the cache itself: a cache of another Node
//   version, another build or a damaged file is never handed to V8, and one V8
//   rejects is only a slower start;
// - it is written once, when missing or stale, at exit (a worker thread: after
//   its first task), to a new file renamed into place; a directory that cannot
//   be written is skipped, and so is a run whose V8 flags changed meanwhile.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

const MAGIC = 'press-extract code cache 1\n';
const HASH_BYTES = 20;
const HEADER_BYTES = MAGIC.length + 2 * HASH_BYTES;

/** What a run of `runScript` did with the cache (for tests). */
export interface ScriptRun {
  /** The script's `module.exports`. */
  exports: unknown;
  /** The cache file that was read and accepted by V8, if any. */
  cacheUsed: string | null;
  /** Whether a new cache will be written (at exit, or by `save`). */
  willWrite: boolean;
  /** Writes the new cache now (once; nothing when the cache was used): for a thread that may never see its exit. */
  save: () => void;
}

const sha1 = (data: string | Uint8Array): Buffer => createHash('sha1').update(data).digest();

/**
 * The directory of the temporary directory for this user's caches (made when `create`), or null when it is
 * not there, or not a directory that this user owns and only this user may write.
 */
export function privateTempDir(create: boolean, base = tmpdir()): string | null {
  const uid = process.getuid?.();
  if (uid == null) return null;
  const dir = path.join(base, `press-extract-${uid}`);
  if (create)
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch {
      /* there already, or not possible: checked below */
    }
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.uid === uid && (st.mode & 0o022) === 0 ? dir : null;
  } catch {
    return null;
  }
}

const cacheName = (file: string): string =>
  `${path.basename(file, '.js')}.${cachedDataVersionTag()}.${process.arch}.cache`;

/** The cache of `file` beside it. */
const besideFile = (file: string): string => path.join(path.dirname(file), cacheName(file));

/** The cache of `file` in the private temporary directory `dir` (named after the script's path too). */
const tempFile = (file: string, dir: string): string =>
  path.join(dir, `${sha1(file).toString('hex').slice(0, 12)}-${cacheName(file)}`);

/** The cached data in `file` when it was made from a script of hash `sourceHash` and is whole, else null. */
function readCache(file: string, sourceHash: Buffer): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length <= HEADER_BYTES || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const data = bytes.subarray(HEADER_BYTES);
  if (!bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES).equals(sourceHash)) return null;
  if (!bytes.subarray(MAGIC.length + HASH_BYTES, HEADER_BYTES).equals(sha1(data))) return null;
  return data;
}

/** Writes `bytes` to a new file renamed to `target`; false when it could not. */
function writeNew(target: string, bytes: Buffer): boolean {
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(temp, bytes, { mode: 0o644 });
    renameSync(temp, target);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      /* nothing to clean */
    }
    return false;
  }
}

/** Writes the cache beside the script, or else in the private temporary directory; never throws. */
function writeCache(file: string, tempBase: string | null, sourceHash: Buffer, data: Buffer): void {
  const bytes = Buffer.concat([Buffer.from(MAGIC, 'latin1'), sourceHash, sha1(data), data]);
  if (writeNew(besideFile(file), bytes)) return;
  const dir = tempBase == null ? null : privateTempDir(true, tempBase);
  if (dir) writeNew(tempFile(file, dir), bytes);
}

/**
 * Runs the script `file` (a CommonJS bundle wrapped in a function of exports, require, module, __filename,
 * __dirname and the script's URL) with the code cache, looked for beside it, then in the private directory
 * of `tempBase` (the temporary directory; null: none). Returns null, having run nothing, when the script
 * cannot be read or compiled, or when this Node cannot `require` the ES modules it loads.
 */
export function runScript(
  file: string,
  tempBase: string | null = tmpdir(),
  saveAt: 'exit' | 'call' = 'exit',
): ScriptRun | null {
  if (!(process.features as { require_module?: boolean }).require_module) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const sourceHash = sha1(bytes);
  const source = bytes.toString('utf8');
  let cacheUsed: string | null = besideFile(file);
  let cachedData = readCache(cacheUsed, sourceHash);
  if (!cachedData) {
    const dir = tempBase == null ? null : privateTempDir(false, tempBase);
    cacheUsed = dir && tempFile(file, dir);
    cachedData = cacheUsed ? readCache(cacheUsed, sourceHash) : null;
  }
  if (!cachedData) cacheUsed = null;
  let script: Script;
  try {
    script = new Script(source, { filename: pathToFileURL(file).href, cachedData: cachedData ?? undefined });
  } catch {
    return null;
  }
  if (script.cachedDataRejected) cacheUsed = null;
  const willWrite = cacheUsed == null;
  // The cache holds every function compiled so far, not just the top level. Flags changed meanwhile
  // (v8.setFlagsFromString) would make it useless to the next run: then none is written.
  const tag = cachedDataVersionTag();
  let saved = !willWrite;
  const save = (): void => {
    if (saved) return;
    saved = true;
    if (cachedDataVersionTag() !== tag) return;
    try {
      writeCache(file, tempBase, sourceHash, script.createCachedData());
    } catch {
      /* only speed is lost */
    }
  };
  if (willWrite && saveAt === 'exit') process.once('exit', save);
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
    url: string,
  ) => void;
  const module = { exports: {} as unknown };
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
    pathToFileURL(file).href,
  );
  return { exports: module.exports, cacheUsed, willWrite, save };
}
