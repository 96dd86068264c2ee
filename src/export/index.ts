// `press-extract export`: an output directory as CSV or JSON Lines files.
import path from 'node:path';
import { writeAtomic } from '../emit/write.js';
import { toCsv } from './csv.js';
import { readOutput } from './read.js';
import { dealsTable, entityStreams, organizationsTable, peopleTable } from './tables.js';

export { type Cell, csvField, toCsv } from './csv.js';
export { OutputError, readDataset, readOutput, readRecords } from './read.js';
export { dealsTable, entityStreams, organizationsTable, peopleTable, type Table } from './tables.js';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes the export files of the output directory `dir` into `to`; returns the paths written, in order. */
export async function exportOutput(dir: string, format: ExportFormat, to = dir): Promise<string[]> {
  const { records, dataset } = await readOutput(dir);
  const files: [string, string][] = [];
  if (format === 'csv') {
    for (const [name, table] of [
      ['deals.csv', dealsTable(records)],
      ['organizations.csv', organizationsTable(dataset)],
      ['people.csv', peopleTable(dataset)],
    ] as const)
      files.push([name, toCsv(table.header, table.rows)]);
  } else {
    for (const [name, entities] of Object.entries(entityStreams(records, dataset))) {
      let text = '';
      for (const e of entities) text += `${JSON.stringify(e)}\n`;
      files.push([`${name}.jsonl`, text]);
    }
  }
  const written: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(to, name);
    await writeAtomic(file, text);
    written.push(file);
  }
  return written;
}
