import path from 'node:path';
import { OutputError } from '../export/read.js';
import { writeReview } from '../review/index.js';

export interface ReviewFlags {
  html?: string;
  title?: string;
  quiet?: boolean;
}

export async function reviewCommand(dir: string, flags: ReviewFlags): Promise<void> {
  const html = flags.html ?? path.join(dir, 'review.html');
  try {
    const n = await writeReview(dir, html, { title: flags.title });
    if (!flags.quiet) process.stderr.write(`press-extract: wrote ${html} (${n} articles)\n`);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    process.stderr.write(`press-extract: ${e.message}\n`);
    process.exitCode = 2;
  }
}
