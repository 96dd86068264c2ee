// The incremental-run cache: the finished record line and summary of every
// article, keyed by a hash of everything the record depends on (the raw
// article, its source fields, the pipeline definition, the package version and
// its code). A rerun reads the stored result instead of running the pipeline.
//
// Storage: append-only pack files, one per run that added something, each line
// "<key>\t<id>\t<altId>\t<summary>\t<record JSON>\n" (JSON never holds a
// raw tab or newline, nor does a summary, so the fields need no escaping). Opening the cache scans the packs for keys and offsets
// (a line cut short by a killed run has no newline and is ignored); a hit is
// one positioned read. Delete the directory to reclaim space from old entries.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { type FileHandle, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../document.js';
import type { PipelineDefinition } from '../pipeline/definition.js';
import type { ArticleDone } from './article.js';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KEY_LENGTH = 64;

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
  try {
    hash.update(readFileSync(path.join(PACKAGE_ROOT, 'package-lock.json')));
  } catch {
    /* installed as a dependency: no lock file of its own */
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

interface Entry {
  pack: number;
  /** Byte offset of the JSON after the key and tab, and its length. */
  offset: number;
  length: number;
}

export class RecordCache {
  hits = 0;
  private readonly index = new Map<string, Entry>();
  private readonly packs: FileHandle[] = [];
  private out: WriteStream | null = null;
  private draining: Promise<void> | null = null;
  private failed = false;
  private readonly pipelines = new WeakMap<PipelineDefinition, string>();
  private opened: Promise<void> | null = null;

  constructor(
    private readonly dir: string,
    private readonly version = fingerprint(),
  ) {}

  key(article: RawArticle, pipeline: PipelineDefinition): string {
    let pipelineJson = this.pipelines.get(pipeline);
    if (!pipelineJson) {
      pipelineJson = JSON.stringify(pipeline);
      this.pipelines.set(pipeline, pipelineJson);
    }
    return createHash('sha256')
      .update(this.version)
      .update('\u0000')
      .update(pipelineJson)
      .update('\u0000')
      .update(JSON.stringify([article.source, article.format, article.meta]))
      .update('\u0000')
      .update(article.content)
      .digest('hex');
  }

  /** The stored outcome, or null when absent or unreadable (then the article is simply run again). */
  async get(key: string): Promise<ArticleDone | null> {
    await this.ready();
    const entry = this.index.get(key);
    if (!entry) return null;
    try {
      const buffer = Buffer.alloc(entry.length);
      await this.packs[entry.pack]!.read(buffer, 0, entry.length, entry.offset);
      const [id, altId, summary, json] = buffer.toString('utf8').split('\t');
      if (!id || !altId || !summary || !json) return null;
      const done: ArticleDone = { ok: true, json, summary, id, altId, ms: 0 };
      this.hits++;
      return done;
    } catch {
      return null;
    }
  }

  /** Appends to this run's pack; `close` finishes it. A cache that cannot be written only costs time next run. */
  async put(key: string, done: ArticleDone): Promise<void> {
    await this.ready();
    const out = this.out ?? this.startPack();
    if (!out) return;
    const line = `${key}\t${done.id}\t${done.altId}\t${done.summary}\t${done.json}\n`;
    if (!out.write(line) && !this.failed) {
      this.draining ??= new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('error', done);
          resolve();
        };
        out.on('drain', done);
        out.on('error', done);
      }).finally(() => {
        this.draining = null;
      });
      await this.draining;
    }
  }

  /** Opens this run's pack (synchronously, so that puts running side by side share one). */
  private startPack(): WriteStream | null {
    if (this.failed) return null;
    try {
      mkdirSync(this.dir, { recursive: true });
      const name = `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.pack`;
      this.out = createWriteStream(path.join(this.dir, name));
      this.out.on('error', () => {
        this.failed = true;
      });
      return this.out;
    } catch {
      this.failed = true;
      return null;
    }
  }

  async close(): Promise<void> {
    const out = this.out;
    if (out && !this.failed)
      await new Promise<void>((resolve) => {
        out.once('error', () => resolve());
        out.end(resolve);
      });
    await Promise.all(this.packs.map((p) => p.close()));
  }

  private ready(): Promise<void> {
    if (!this.opened) this.opened = this.open();
    return this.opened;
  }

  private async open(): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => n.endsWith('.pack')).sort();
    for (const name of names) {
      const file = path.join(this.dir, name);
      const pack = this.packs.length;
      try {
        this.packs.push(await open(file, 'r'));
        await this.scan(file, pack);
      } catch {
        /* an unreadable pack only means misses */
      }
    }
  }

  /** Records the key, offset and length of every complete line of a pack. */
  private async scan(file: string, pack: number): Promise<void> {
    let lineStart = 0;
    let position = 0;
    let head: Buffer[] = [];
    let headLength = 0;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      let from = 0;
      for (;;) {
        // Keep the first bytes of the current line: its key.
        if (headLength < KEY_LENGTH + 1) {
          const take = chunk.subarray(from, from + KEY_LENGTH + 1 - headLength);
          head.push(take);
          headLength += take.length;
        }
        const nl = chunk.indexOf(10, from);
        if (nl < 0) break;
        const lineEnd = position + nl;
        const key = Buffer.concat(head).toString('latin1', 0, KEY_LENGTH);
        const offset = lineStart + KEY_LENGTH + 1;
        if (headLength >= KEY_LENGTH + 1 && lineEnd > offset)
          this.index.set(key, { pack, offset, length: lineEnd - offset });
        lineStart = lineEnd + 1;
        from = nl + 1;
        head = [];
        headLength = 0;
      }
      position += chunk.length;
    }
  }
}
