import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const FORMATS: Record<string, 'text' | 'html' | 'markdown' | 'json' | 'jsonl' | 'sgml' | 'edgar' | 'feed'> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.sgm': 'sgml',
  '.sgml': 'sgml',
  // EDGAR: full submission files are .txt (told by content); .nc is the dissemination variant.
  '.nc': 'edgar',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.xml': 'feed',
};

export interface InputFile {
  /** The path as the user gave it, joined with the part found by walking. */
  path: string;
}

export interface WalkError {
  path: string;
  reason: string;
}

/**
 * Expands inputs into files. Directories are walked recursively in code-unit
 * order of their entries; files of unknown extension inside directories are
 * skipped (they are not articles); a FIFO, socket or device named like an
 * article is reported, never opened; a file named outright is always read. Symbolic links to directories are
 * followed, except one that leads back to a directory being walked (a loop,
 * reported) or to a directory already walked (skipped: its files were read).
 */
export async function walk(inputs: string[]): Promise<{ files: InputFile[]; errors: WalkError[] }> {
  const files: InputFile[] = [];
  const errors: WalkError[] = [];
  const seenDirs = new Set<string>();

  async function visitDir(dir: string, ancestors: string[]): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      errors.push({ path: dir, reason: await reasonFor(dir, e) });
      return;
    }
    if (ancestors.includes(real)) {
      errors.push({ path: dir, reason: 'symbolic link loop (leads back to a parent directory), not followed' });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch (e) {
      errors.push({ path: dir, reason: reasonOf(e) });
      return;
    }
    const inside = [...ancestors, real];
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      let st: Stats;
      try {
        st = await stat(p);
      } catch (e) {
        // A dangling link or loop among other files: only worth an error when it looks like an article.
        if (FORMATS[path.extname(name).toLowerCase()]) errors.push({ path: p, reason: await reasonFor(p, e) });
        continue;
      }
      if (st.isDirectory()) await visitDir(p, inside);
      else if (!FORMATS[path.extname(name).toLowerCase()]) continue;
      else if (st.isFile()) files.push({ path: p });
      // A FIFO named like an article would block the read forever: report it instead.
      else errors.push({ path: p, reason: `not a regular file (${kindOf(st)})` });
    }
  }

  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-' });
      continue;
    }
    let st: Stats;
    try {
      st = await stat(input);
    } catch (e) {
      errors.push({ path: input, reason: await reasonFor(input, e) });
      continue;
    }
    if (st.isDirectory()) await visitDir(input, []);
    else files.push({ path: input });
  }
  return { files, errors };
}

/** What a non-regular file is, for messages. */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a file';
}

/** reasonOf, telling a dangling symbolic link from a path that is not there at all. */
async function reasonFor(p: string, e: unknown): Promise<string> {
  if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') {
    const link = await lstat(p).catch(() => null);
    if (link?.isSymbolicLink()) return 'symbolic link to a missing file';
  }
  return reasonOf(e);
}

export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err?.message ?? String(e);
  }
}
