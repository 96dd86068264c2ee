// Reads an output directory written by `press-extract extract --out DIR`, for
// the commands that work on one (review, export). Problems become one
// OutputError with a message naming the file and line.
import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DATASET_FILE, RECORDS_FILE } from '../emit/write.js';
import { type Dataset, datasetSchema } from '../schema/dataset.js';
import { type ArticleRecord, recordSchema } from '../schema/record.js';

export class OutputError extends Error {}

export interface Output {
  records: ArticleRecord[];
  dataset: Dataset;
}

async function mustExist(file: string, dir: string): Promise<void> {
  try {
    await access(file);
  } catch {
    throw new OutputError(
      `${file}: no such file (is ${dir} an output directory? write one with: press-extract extract <input> --out ${dir})`,
    );
  }
}

const firstIssue = (issues: { path: PropertyKey[]; message: string }[]): string => {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || '(top)'}: ${i.message}` : 'invalid';
};

/** Every record of DIR/records.jsonl, checked against the schema, in file order. */
export async function* readRecords(dir: string): AsyncGenerator<ArticleRecord> {
  const file = path.join(dir, RECORDS_FILE);
  await mustExist(file, dir);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new OutputError(`${file}:${n}: invalid JSON (${(e as Error).message})`);
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success)
      throw new OutputError(`${file}:${n}: not a press-extract record (${firstIssue(parsed.error.issues)})`);
    yield parsed.data;
  }
}

export async function readDataset(dir: string): Promise<Dataset> {
  const file = path.join(dir, DATASET_FILE);
  await mustExist(file, dir);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new OutputError(`${file}: invalid JSON (${(e as Error).message})`);
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success)
    throw new OutputError(`${file}: not a press-extract dataset (${firstIssue(parsed.error.issues)})`);
  return parsed.data;
}

/** The records and the dataset of an output directory. */
export async function readOutput(dir: string): Promise<Output> {
  const dataset = await readDataset(dir);
  const records: ArticleRecord[] = [];
  for await (const r of readRecords(dir)) records.push(r);
  return { records, dataset };
}
