// Runs a pipeline once on a made-up article before a worker's first real article
// of that pipeline and format. Gazetteers, word lists and the HTML modules load
// lazily on first use; paid here, off the clock, that time is not charged to
// whichever real article happens to come first, nor to its time limit. Only the
// pipelines and formats a batch uses are warmed (a Reuters batch never loads the
// HTML modules).
import type { RawArticle } from '../document.js';
import { loadPipeline, type PipelineDefinition, runArticle } from '../pipeline/index.js';

const TEXT = [
  'SPRINGFIELD, March 3, 2021 - Acme Holdings Inc said on Tuesday it agreed to buy a 40 pct stake in',
  'Northwind Parts Co, a maker of pumps based in Denver, for 12 mln dlrs ($12 million).',
  '',
  '"We are pleased to join hands with Northwind," said John Example, president and chief executive',
  'officer of Acme Holdings. The companies signed a memorandum of understanding last week.',
].join('\n');

const ARTICLES: RawArticle[] = [
  { source: { path: 'warm-up.txt', index: 0, id: null, url: null }, format: 'text', content: TEXT, meta: {} },
  {
    source: { path: 'warm-up.html', index: 0, id: null, url: null },
    format: 'html',
    content: `<html><head><title>Acme to buy stake</title></head><body><article><h1>Acme to buy stake</h1>${TEXT.split(
      '\n\n',
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`,
    meta: {},
  },
];

export function warmUp(pipelines = ['news', 'newswire']): void {
  for (const name of pipelines)
    for (const article of ARTICLES) {
      try {
        runArticle(article, loadPipeline(name));
      } catch {
        /* a pipeline that fails here fails on real articles too, where it is reported */
      }
    }
}

/** Runs `pipeline` once on the made-up article of `format` (HTML, or plain text for any other format). */
export function warmUpFor(pipeline: PipelineDefinition, format: RawArticle['format']): void {
  const article = ARTICLES[format === 'html' ? 1 : 0]!;
  try {
    runArticle(article, pipeline);
  } catch {
    /* a pipeline that fails here fails on real articles too, where it is reported */
  }
}
