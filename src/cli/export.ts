import { type ExportFormat, exportOutput } from '../export/index.js';
import { OutputError } from '../export/read.js';

export interface ExportFlags {
  format: ExportFormat;
  to?: string;
  quiet?: boolean;
}

export async function exportCommand(dir: string, flags: ExportFlags): Promise<void> {
  try {
    const files = await exportOutput(dir, flags.format, flags.to ?? dir);
    if (!flags.quiet) process.stderr.write(`press-extract: wrote ${files.join(', ')}\n`);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    process.stderr.write(`press-extract: ${e.message}\n`);
    process.exitCode = 2;
  }
}
