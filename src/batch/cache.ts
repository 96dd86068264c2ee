// The incremental-run cache: one file per finished article, keyed by a hash of
// everything the record depends on (the raw article, its source fields, the
// pipeline definition, the package version and its code). A rerun reads the
// stored record line and summary instead of running the pipeline again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/index.js';
import type { ArticleDone } from './article.js';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let codeFingerprint: string | undefined;

/**
 * The package version plus a hash of the package's own code, so that a
 * rebuilt extractor never serves records made by the old one even when
 * nobody bumped the version.
 */
export function fingerprint(): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash('sha256');
  const pkg = readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8');
  hash.update((JSON.parse(pkg) as { version: string }).version);
  const codeDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = (readdirSync(codeDir, { recursive: true }) as string[])
    .filter((f) => /\.(js|ts|json)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(path.join(codeDir, f)));
  // Installed dependency versions (gazetteers, NLP models) change output too.
  for (const lock of ['package-lock.json']) {
    try {
      hash.update(readFileSync(path.join(PACKAGE_ROOT, lock)));
    } catch {
      /* installed as a dependency: no lock file of its own */
    }
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

type Stored = Pick<ArticleDone, 'json' | 'summary' | 'id' | 'altId'>;

export class RecordCache {
  hits = 0;
  private readonly writes = new Set<Promise<void>>();
  private readonly dirs = new Map<string, Promise<unknown>>();

  constructor(
    private readonly dir: string,
    private readonly version = fingerprint(),
  ) {}

  key(article: RawArticle, pipeline: PipelineDefinition): string {
    return createHash('sha256')
      .update(this.version)
      .update('\u0000')
      .update(JSON.stringify(pipeline))
      .update('\u0000')
      .update(JSON.stringify([article.source, article.format, article.meta]))
      .update('\u0000')
      .update(article.content)
      .digest('hex');
  }

  /** The stored outcome, or null when absent or unreadable (then the article is simply run again). */
  async get(key: string): Promise<ArticleDone | null> {
    try {
      const stored = JSON.parse(await readFile(this.file(key), 'utf8')) as Stored;
      if (typeof stored.json !== 'string' || typeof stored.id !== 'string' || !stored.summary) return null;
      this.hits++;
      return { ok: true, json: stored.json, summary: stored.summary, id: stored.id, altId: stored.altId, ms: 0 };
    } catch {
      return null;
    }
  }

  /** Stores in the background; `flush` waits for every pending write. */
  put(key: string, done: ArticleDone): void {
    const stored: Stored = { json: done.json, summary: done.summary, id: done.id, altId: done.altId };
    const file = this.file(key);
    // Written in place: a run killed mid-write leaves a truncated file, which
    // fails to parse and so reads as a miss.
    const write = this.ensureDir(path.dirname(file))
      .then(() => writeFile(file, JSON.stringify(stored)))
      .catch(() => {
        /* a cache that cannot be written only costs time on the next run */
      })
      .finally(() => this.writes.delete(write));
    this.writes.add(write);
  }

  get pending(): number {
    return this.writes.size;
  }

  async flush(): Promise<void> {
    await Promise.all([...this.writes]);
  }

  private ensureDir(dir: string): Promise<unknown> {
    let made = this.dirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.dirs.set(dir, made);
    }
    return made;
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
