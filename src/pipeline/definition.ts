// Pipeline definitions (pipelines/NAME.json): reading and checking them needs
// none of the stages, so the batch's main thread can do it without loading the
// extractors (only its worker threads run them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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

/** Picks the pipeline for an article when the user named none: newswire SGML gets "newswire". */
export function defaultPipelineFor(sourcePath: string): string {
  return /\.sgml?$/i.test(sourcePath) ? 'newswire' : 'news';
}
