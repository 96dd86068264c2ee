// Writes records.jsonl and dataset.json. Files are written under a temporary
// name and renamed, so a killed run leaves the previous output whole; in check
// mode nothing is written and the differences are reported instead.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Dataset, datasetSchema } from '../schema/dataset.js';
import type { ArticleRecord } from '../schema/record.js';

export const RECORDS_FILE = 'records.jsonl';
export const DATASET_FILE = 'dataset.json';

export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(datasetSchema.parse(dataset), null, 2)}\n`;
}

export async function writeAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

// Which top-level fields of two serialized records differ ("deals, organizations"), so a check says what changed.
function changedFields(a: string, b: string): string {
  try {
    const x = JSON.parse(a) as Record<string, unknown>;
    const y = JSON.parse(b) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    const changed = keys.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
    return changed.length ? changed.join(', ') : 'key order';
  } catch {
    return 'content';
  }
}

export interface CheckResult {
  ok: boolean;
  differences: string[];
}

/** Compares what would be written with what is in `dir`, naming records and dataset entries that differ. */
export async function checkOutput(dir: string, recordsJsonl: string, datasetJson: string): Promise<CheckResult> {
  const differences: string[] = [];
  const read = async (f: string) => readFile(path.join(dir, f), 'utf8').catch(() => null);
  const oldRecords = await read(RECORDS_FILE);
  if (oldRecords == null) differences.push(`${RECORDS_FILE}: missing`);
  else if (oldRecords !== recordsJsonl) {
    const key = (r: ArticleRecord) => `${r.source.path}#${r.source.index}`;
    const parse = (s: string) =>
      new Map(
        s
          .split('\n')
          .filter(Boolean)
          .map((l) => {
            const r = JSON.parse(l) as ArticleRecord;
            return [key(r), l] as const;
          }),
      );
    const before = parse(oldRecords);
    const after = parse(recordsJsonl);
    for (const [k, line] of after) {
      if (!before.has(k)) differences.push(`${RECORDS_FILE}: new record ${k}`);
      else if (before.get(k) !== line)
        differences.push(`${RECORDS_FILE}: record ${k} differs in ${changedFields(before.get(k)!, line)}`);
    }
    for (const k of before.keys()) if (!after.has(k)) differences.push(`${RECORDS_FILE}: record ${k} is gone`);
    if (!differences.length) differences.push(`${RECORDS_FILE}: order or formatting differs`);
  }
  const oldDataset = await read(DATASET_FILE);
  if (oldDataset == null) differences.push(`${DATASET_FILE}: missing`);
  else if (oldDataset !== datasetJson) {
    let reported = false;
    try {
      const a = JSON.parse(oldDataset) as Dataset;
      const b = JSON.parse(datasetJson) as Dataset;
      for (const key of ['organizations', 'people', 'deals', 'duplicates'] as const) {
        const ids = (d: Dataset) =>
          new Map(
            (d[key] as { id?: string; records: string[] }[]).map((e) => [
              e.id ?? e.records.join('+'),
              JSON.stringify(e),
            ]),
          );
        const x = ids(a);
        const y = ids(b);
        for (const [id, v] of y)
          if (x.get(id) !== v) {
            differences.push(`${DATASET_FILE}: ${key} ${id} ${x.has(id) ? 'differs' : 'is new'}`);
            reported = true;
          }
        for (const id of x.keys())
          if (!y.has(id)) {
            differences.push(`${DATASET_FILE}: ${key} ${id} is gone`);
            reported = true;
          }
      }
    } catch {
      /* unreadable old dataset: reported below */
    }
    if (!reported) differences.push(`${DATASET_FILE}: differs`);
  }
  return { ok: differences.length === 0, differences };
}
