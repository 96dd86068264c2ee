import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const FORMATS: Record<string, 'text' | 'html' | 'markdown' | 'json' | 'jsonl' | 'sgml'> = {
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
 * skipped (they are not articles), but a file named outright is always read.
 * Symbolic links to directories are followed once (loops are reported, not followed).
 */
export async function walk(inputs: string[]): Promise<{ files: InputFile[]; errors: WalkError[] }> {
  const files: InputFile[] = [];
  const errors: WalkError[] = [];
  const seenDirs = new Set<string>();

  async function visitDir(dir: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      errors.push({ path: dir, reason: reasonOf(e) });
      return;
    }
    if (seenDirs.has(real)) {
      errors.push({ path: dir, reason: 'directory loop (symbolic link back to a parent), not followed' });
      return;
    }
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch (e) {
      errors.push({ path: dir, reason: reasonOf(e) });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      let st: Awaited<ReturnType<typeof stat>>;
      try {
        st = await stat(p);
      } catch (e) {
        errors.push({ path: p, reason: reasonOf(e) });
        continue;
      }
      if (st.isDirectory()) await visitDir(p);
      else if (st.isFile() && FORMATS[path.extname(name).toLowerCase()]) files.push({ path: p });
    }
  }

  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-' });
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(input);
    } catch (e) {
      errors.push({ path: input, reason: reasonOf(e) });
      continue;
    }
    if (st.isDirectory()) await visitDir(input);
    else files.push({ path: input });
  }
  return { files, errors };
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
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err?.message ?? String(e);
  }
}
