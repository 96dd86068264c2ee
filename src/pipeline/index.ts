// A pipeline is a declared, ordered list of stages with options (after spaCy's
// pipelines and chrono's configurations): pipelines/NAME.json. load runs before
// it and emit after it; the stages in between each take and return a Document.
import { clean } from '../clean/index.js';
import { createDocument, type Document, type RawArticle } from '../document.js';
import { extract } from '../extract/index.js';
import { resolveArticle } from '../resolve/article.js';
import { segment } from '../segment/index.js';
import type { PipelineDefinition } from './definition.js';

export {
  defaultPipelineFor,
  loadPipeline,
  PIPELINES_DIR,
  type PipelineDefinition,
} from './definition.js';

const STAGES: Record<PipelineDefinition['stages'][number]['stage'], (doc: Document, options: never) => Document> = {
  clean,
  segment,
  extract,
  resolve: resolveArticle,
};

/** Runs every stage of the pipeline on one raw article. */
export function runArticle(raw: RawArticle, pipeline: PipelineDefinition): Document {
  let doc = createDocument(raw);
  for (const { stage, options } of pipeline.stages) doc = STAGES[stage](doc, (options ?? {}) as never);
  return doc;
}
