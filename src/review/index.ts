// `press-extract review`: the review page of an output directory.

import { writeAtomic } from '../emit/write.js';
import { readOutput } from '../export/read.js';
import { type ReviewOptions, reviewHtml } from './page.js';

export { type ReviewOptions, reviewHtml } from './page.js';

/** Reads the output directory `dir` and writes its review page to `htmlFile`; returns the article count. */
export async function writeReview(dir: string, htmlFile: string, options: ReviewOptions = {}): Promise<number> {
  const { records, dataset } = await readOutput(dir);
  await writeAtomic(htmlFile, reviewHtml(records, dataset, options));
  return records.length;
}
