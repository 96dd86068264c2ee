// Where record lines go while a batch runs: a temporary file renamed into place
// at the end (a killed run leaves the previous output whole), a comparison with
// what is already there (--check: writes nothing under the output directory),
// or standard output. Lines are streamed, never gathered into one string.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { checkOutput, DATASET_FILE, RECORDS_FILE } from '../emit/write.js';

export interface RecordSink {
  write(line: string): Promise<void> | void;
  /** Completes the output with the dataset; returns the differences found in check mode. */
  finish(datasetJson: string): Promise<string[]>;
  /** Removes whatever temporary file the sink made (after a failure). */
  discard(): Promise<void>;
}

async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

// Lines gathered into chunks of about 256 KB before they go to a file: one write of many lines
// costs a fraction of many writes of one (the stream's bookkeeping per chunk, not the bytes).
const CHUNK = 256 * 1024;

class LineChunks {
  private lines: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  async write(line: string): Promise<void> {
    this.lines.push(line);
    this.size += line.length + 1;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.lines.length) return;
    const chunk = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

/** Writes records.jsonl under a temporary name in `dir`, renamed over the old file at the end. */
export class DirectorySink implements RecordSink {
  private stream: WriteStream | null = null;
  private chunks: LineChunks | null = null;
  private readonly tmp: string;

  constructor(private readonly dir: string) {
    this.tmp = path.join(dir, `${RECORDS_FILE}.tmp-${process.pid}`);
  }

  async write(line: string): Promise<void> {
    if (!this.stream) {
      await mkdir(this.dir, { recursive: true });
      await removeStaleTemporaries(this.dir);
      this.stream = createWriteStream(this.tmp);
      this.chunks = new LineChunks(this.stream);
    }
    await this.chunks?.write(line);
  }

  /**
   * Both files are complete under temporary names before either is renamed, so a
   * kill leaves either the old pair or the new one (but for the instant between
   * two renames), never new records beside an old dataset for the whole dataset write.
   */
  async finish(datasetJson: string): Promise<string[]> {
    if (!this.stream) {
      await mkdir(this.dir, { recursive: true });
      await removeStaleTemporaries(this.dir);
      this.stream = createWriteStream(this.tmp);
    }
    await this.chunks?.flush();
    await close(this.stream);
    const datasetTmp = path.join(this.dir, `${DATASET_FILE}.tmp-${process.pid}`);
    await writeFile(datasetTmp, datasetJson);
    await rename(this.tmp, path.join(this.dir, RECORDS_FILE));
    await rename(datasetTmp, path.join(this.dir, DATASET_FILE));
    return [];
  }

  async discard(): Promise<void> {
    if (this.stream) await close(this.stream).catch(() => {});
    await rm(this.tmp, { force: true });
  }
}

const TEMPORARY = /^(?:records\.jsonl|dataset\.json)\.tmp-(\d+)$/;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Temporary files of runs that were killed (their process is gone) are removed by the next run. */
async function removeStaleTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * --check: streams the lines into a hash and a scratch file outside the output
 * directory; only when the hashes differ are the two read to name the differences.
 */
export class CheckSink implements RecordSink {
  private stream: WriteStream | null = null;
  private chunks: LineChunks | null = null;
  private scratch: string | null = null;
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly dir: string) {}

  async write(line: string): Promise<void> {
    if (!this.stream) {
      this.scratch = await mkdtemp(path.join(tmpdir(), 'press-extract-check-'));
      this.stream = createWriteStream(path.join(this.scratch, RECORDS_FILE));
      this.chunks = new LineChunks(this.stream);
    }
    this.hash.update(`${line}\n`);
    await this.chunks?.write(line);
  }

  async finish(datasetJson: string): Promise<string[]> {
    await this.chunks?.flush();
    if (this.stream) await close(this.stream);
    const produced = this.hash.digest('hex');
    const existing = await hashFile(path.join(this.dir, RECORDS_FILE));
    const oldDataset = await readFile(path.join(this.dir, DATASET_FILE), 'utf8').catch(() => null);
    if (existing === produced && oldDataset === datasetJson) {
      await this.discard();
      return [];
    }
    const lines = this.scratch ? await readFile(path.join(this.scratch, RECORDS_FILE), 'utf8') : '';
    await this.discard();
    const check = await checkOutput(this.dir, lines, datasetJson);
    return check.ok ? [] : check.differences;
  }

  async discard(): Promise<void> {
    if (this.stream && !this.stream.closed) await close(this.stream).catch(() => {});
    if (this.scratch) await rm(this.scratch, { recursive: true, force: true });
    this.scratch = null;
  }
}

async function hashFile(file: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** --stdout: each record line as soon as it is ready, waiting when the reader is slow. */
export class StdoutSink implements RecordSink {
  write(line: string): Promise<void> {
    return writeLine(process.stdout, line);
  }

  async finish(): Promise<string[]> {
    return [];
  }

  async discard(): Promise<void> {}
}
