// load: inputs (files, directories, stdin) to raw articles. One file may hold many
// articles; every problem becomes an error naming the file (and article index),
// never an exception that stops the batch.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RawArticle } from '../document.js';
import { decode, looksBinary } from './decode.js';
import { readJson, readJsonLines } from './json.js';
import { fromMarkdown } from './markdown.js';
import { readSgml } from './sgml.js';
import type { ReadResult } from './types.js';
import { FORMATS, reasonOf, walk } from './walk.js';

export type { LoadError, ReadResult } from './types.js';
export { walk } from './walk.js';

export interface LoadOptions {
  /** Largest article accepted, in UTF-16 code units of decoded text. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Tells a format from the extension, or from the content when the extension says nothing. */
export function detectFormat(file: string, text: string): (typeof FORMATS)[string] {
  const byExt = FORMATS[path.extname(file).toLowerCase()];
  if (byExt) return byExt;
  const head = text.trimStart().slice(0, 200);
  if (/^<REUTERS\b/i.test(head)) return 'sgml';
  if (/^(<!doctype html|<html|<head|<body|<article|<div|<p\b)/i.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('['))
    return /\n\s*\{/.test(text.slice(0, 100000)) && head.startsWith('{') ? 'jsonl' : 'json';
  return 'text';
}

/** Reads already-decoded content as the given file's format. */
export function readContent(content: string, file: string, options: LoadOptions = {}): ReadResult[] {
  const text = content.replace(/^\uFEFF/, '');
  if (!text.length) return [{ error: { path: file, reason: 'empty file' } }];
  if (!text.trim()) return [{ error: { path: file, reason: 'only white space, no text' } }];
  if (looksBinary(text)) return [{ error: { path: file, reason: 'binary data, not text' } }];
  const format = detectFormat(file, text);
  const source = { path: file, index: 0, id: null, url: null };
  let results: ReadResult[];
  switch (format) {
    case 'sgml':
      results = readSgml(text, file);
      break;
    case 'json':
      results = readJson(text, file);
      break;
    case 'jsonl':
      results = readJsonLines(text, file);
      break;
    case 'markdown':
      results = [{ article: fromMarkdown(text, source) }];
      break;
    case 'html':
      if (!/<[a-z!][^>]*>/i.test(text)) return [{ error: { path: file, reason: 'no HTML markup in an .html file' } }];
      results = [{ article: { source, format: 'html', content: text, meta: {} } }];
      break;
    default:
      results = [{ article: { source, format: 'text', content: text, meta: {} } }];
  }
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return results.map((r) =>
    'article' in r && r.article.content.length > max
      ? {
          error: {
            path: file,
            index: r.article.source.index,
            reason: `article is ${r.article.content.length} characters, over the --max-bytes limit of ${max}`,
          },
        }
      : r,
  );
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads one file (or "-" for stdin) into raw articles and errors. */
export async function loadFile(file: string, options: LoadOptions = {}): Promise<ReadResult[]> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (e) {
    return [{ error: { path: file, reason: reasonOf(e) } }];
  }
  return readContent(decode(bytes).text, file === '-' ? '-' : file, options);
}

/** Every input expanded and read, in a stable order: files by path, articles by index. */
export async function* load(inputs: string[], options: LoadOptions = {}): AsyncGenerator<ReadResult> {
  const { files, errors } = await walk(inputs);
  for (const error of errors) yield { error };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) yield* await loadFile(f.path, options);
}

export type { RawArticle };
