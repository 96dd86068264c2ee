// A pipeline is a declared, ordered list of stages with options (after spaCy's
// pipelines and chrono's configurations): pipelines/NAME.json. load runs before
// it and emit after it; the stages in between each take and return a Document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { clean } from '../clean/index.js';
import { createDocument, type Document, type RawArticle } from '../document.js';
import { extract } from '../extract/index.js';
import { resolveArticle } from '../resolve/article.js';
import { segment } from '../segment/index.js';

const definitionSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  stages: z
    .array(
      z.object({
        stage: z.enum(['clean', 'segment', 'extract', 'resolve']),
        options: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .min(1),
});

export type PipelineDefinition = z.infer<typeof definitionSchema>;

export const PIPELINES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../pipelines');

/** Reads a pipeline by name (from pipelines/) or by path to a JSON file. */
export function loadPipeline(nameOrPath = 'news'): PipelineDefinition {
  const file = /[/\\]|\.json$/.test(nameOrPath) ? nameOrPath : path.join(PIPELINES_DIR, `${nameOrPath}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `cannot read pipeline "${nameOrPath}" (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such pipeline' : (e as Error).message})`,
    );
  }
  const parsed = definitionSchema.safeParse(json);
  if (!parsed.success) throw new Error(`pipeline "${nameOrPath}" is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

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

/** Picks the pipeline for an article when the user named none: newswire SGML gets "newswire". */
export function defaultPipelineFor(sourcePath: string): string {
  return /\.sgml?$/i.test(sourcePath) ? 'newswire' : 'news';
}
