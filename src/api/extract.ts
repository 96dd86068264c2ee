// extract(): one article in memory to its record, the library twin of
// `press-extract extract - --stdout`.
import type { RawArticle } from '../document.js';
import { textId, toRecord } from '../emit/record.js';
import { fromObject } from '../load/json.js';
import { defaultPipelineFor, loadPipeline, type PipelineDefinition, runArticle } from '../pipeline/index.js';
import { type ArticleRecord, recordSchema } from '../schema/record.js';

/** An article as the JSON Lines input takes it: `text` or `html`, and what the container knows. */
export interface ArticleInput {
  text?: string;
  html?: string;
  id?: string | number | null;
  url?: string | null;
  published?: string | null;
  headline?: string | null;
}

export interface ExtractOptions {
  /** Pipeline name from pipelines/ or a path to a pipeline JSON file (default: "news"). */
  pipeline?: string;
  /** What `source.path` says in the record (default "-", as for standard input). */
  source?: string;
}

// Tag-like openings or closing tags of common block elements: enough to tell a
// page or fragment from prose that happens to contain a "<".
const HTML_START = /^\s*<(!doctype|html|head|body|article|main|section|div|p|h[1-6]|span|table|ul|ol|br|meta|title)\b/i;
const HTML_CLOSE = /<\/(p|div|article|body|html|span|li|h[1-6]|td|a|b|i|em|strong)>/i;

/** True when a string reads as HTML rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return HTML_START.test(s) || HTML_CLOSE.test(s);
}

const pipelines = new Map<string, PipelineDefinition>();
function pipelineNamed(name: string): PipelineDefinition {
  let def = pipelines.get(name);
  if (!def) {
    def = loadPipeline(name);
    pipelines.set(name, def);
  }
  return def;
}

function toRaw(input: string | ArticleInput, sourcePath: string): RawArticle {
  const obj = typeof input === 'string' ? (looksLikeHtml(input) ? { html: input } : { text: input }) : input;
  const read = fromObject(obj, sourcePath, 0);
  if ('error' in read) throw new TypeError(`press-extract: ${read.error.reason}`);
  if ('skipped' in read) throw new TypeError(`press-extract: ${read.skipped.reason}`);
  return read.article;
}

/**
 * Extracts the record of one article: a string of text, a string of HTML, or an
 * object with `text` or `html` (and optionally `id`, `url`, `published`,
 * `headline`). Throws a TypeError when there is no text to read.
 */
export function extract(input: string | ArticleInput, options: ExtractOptions = {}): ArticleRecord {
  const sourcePath = options.source ?? '-';
  const raw = toRaw(input, sourcePath);
  const doc = runArticle(raw, pipelineNamed(options.pipeline ?? defaultPipelineFor(sourcePath)));
  return recordSchema.parse(toRecord(doc, textId(doc.text)));
}
