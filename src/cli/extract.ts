import path from 'node:path';
import { formatError, runBatch } from '../batch/index.js';
import { checkOutput, DATASET_FILE, RECORDS_FILE, serializeDataset, writeAtomic } from '../emit/write.js';

export interface ExtractFlags {
  out?: string;
  stdout?: boolean;
  pipeline?: string;
  check?: boolean;
  maxBytes?: number;
  quiet?: boolean;
}

export async function extractCommand(inputs: string[], flags: ExtractFlags): Promise<void> {
  if (!flags.out && !flags.stdout) {
    process.stderr.write('press-extract: extract needs --out <dir> or --stdout\n');
    process.exitCode = 2;
    return;
  }
  const lines: string[] = [];
  const result = await runBatch(
    inputs,
    { pipeline: flags.pipeline, maxBytes: flags.maxBytes },
    {
      onRecord: (record) => {
        const line = `${JSON.stringify(record)}\n`;
        if (flags.stdout && !flags.check) process.stdout.write(line);
        else lines.push(line);
      },
      onError: (e) => process.stderr.write(`press-extract: ${formatError(e)}\n`),
    },
  );
  const datasetJson = serializeDataset(result.dataset);
  let failed = result.errors > 0;
  if (flags.out && flags.check) {
    const check = await checkOutput(flags.out, lines.join(''), datasetJson);
    for (const d of check.differences) process.stderr.write(`press-extract: check: ${d}\n`);
    if (!check.ok) failed = true;
    else if (!flags.quiet) process.stderr.write(`press-extract: check: ${flags.out} is up to date\n`);
  } else if (flags.out && !flags.stdout) {
    await writeAtomic(path.join(flags.out, RECORDS_FILE), lines.join(''));
    await writeAtomic(path.join(flags.out, DATASET_FILE), datasetJson);
  }
  if (!flags.quiet) {
    process.stderr.write(
      `press-extract: ${result.records} records, ${result.errors} errors${result.skipped ? `, ${result.skipped} skipped (no body)` : ''}\n`,
    );
  }
  if (failed) process.exitCode = 1;
}
