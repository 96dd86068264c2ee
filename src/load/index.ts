// load: inputs (files, directories, stdin) to raw articles. One file may hold many
// articles; every problem becomes an error naming the file (and article index),
// never an exception that stops the batch.
import { isAscii } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawArticle } from '../document.js';
import { decode, looksBinary } from './decode.js';
import { isEdgar, readEdgar } from './edgar.js';
import { isFeed, readFeed } from './feed.js';
import { parseJsonLine, readJson, readJsonLines } from './json.js';
import { DEFAULT_MAX_BYTES, limitSize, overLimit } from './limit.js';
import { readLines } from './lines.js';
import { fromMarkdown } from './markdown.js';
import { readSgml } from './sgml.js';
import type { LoadError, ReadResult } from './types.js';
import { FORMATS, kindOf, reasonOf, walk } from './walk.js';

export type { LoadError, ReadResult } from './types.js';
export { walk } from './walk.js';

export interface LoadOptions {
  /** Largest article accepted, in UTF-16 code units of decoded text. */
  maxBytes?: number;
}

export { DEFAULT_MAX_BYTES } from './limit.js';

/**
 * Files of multi-article formats are read whole (JSON Lines excepted, which is
 * streamed); past this size the text would not fit in one JavaScript string.
 */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024;

type Format = (typeof FORMATS)[string];

/** Formats whose file is one article, so the file's size bounds the article's. */
const SINGLE_ARTICLE = new Set<Format>(['text', 'html', 'markdown']);

/** Tells a format from the extension, or from the content when the extension says nothing. */
export function detectFormat(file: string, text: string): Format {
  const byExt = FORMATS[path.extname(file).toLowerCase()];
  // EDGAR submissions and feeds are told by content under the extensions they come with (or none).
  if (!byExt || byExt === 'text' || byExt === 'edgar' || byExt === 'feed' || byExt === 'sgml') {
    if (isEdgar(text)) return 'edgar';
    if (byExt !== 'sgml' && isFeed(text)) return 'feed';
  }
  if (byExt) return byExt;
  const head = text.trimStart().slice(0, 200);
  if (/^<REUTERS\b/i.test(head)) return 'sgml';
  if (/^(<!doctype html|<html|<head|<body|<article|<div|<p\b)/i.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('['))
    return /\n[ \t\r]*\{/.test(text.slice(0, 100000)) && head.startsWith('{') ? 'jsonl' : 'json';
  return 'text';
}

const maxOf = (options: LoadOptions): number => options.maxBytes ?? DEFAULT_MAX_BYTES;

/** Reads already-decoded content as the given file's format. Never throws. */
export function readContent(content: string, file: string, options: LoadOptions = {}): ReadResult[] {
  try {
    return readContentUnsafe(content, file, options);
  } catch (e) {
    return [{ error: { path: file, reason: `could not be read (${firstLine(e)})` } }];
  }
}

function readContentUnsafe(content: string, file: string, options: LoadOptions): ReadResult[] {
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
    case 'edgar':
      results = isEdgar(text)
        ? readEdgar(text, file)
        : [{ error: { path: file, reason: 'not an EDGAR submission (no <SEC-DOCUMENT> or <SEC-HEADER>)' } }];
      break;
    case 'feed':
      // Other XML (XBRL instances, sitemaps) lies beside feeds and filings in downloaded folders: named, not failed.
      results = isFeed(text)
        ? readFeed(text, file)
        : [
            {
              skipped: {
                path: file,
                warning: true,
                reason: 'XML that is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root): not read',
              },
            },
          ];
      break;
    case 'json':
      results = readJson(text, file, maxOf(options));
      break;
    case 'jsonl':
      results = readJsonLines(text, file, maxOf(options));
      break;
    case 'markdown':
      results = [{ article: fromMarkdown(text, source) }];
      break;
    case 'html':
      // An .html file holding plain prose (no tag at all) is still an article: read it as text.
      // [^<>]* rather than [^>]* keeps the test linear on text full of "<" and no ">".
      results = [
        { article: { source, format: /<[a-z!][^<>]*>/i.test(text) ? 'html' : 'text', content: text, meta: {} } },
      ];
      break;
    default:
      results = [{ article: { source, format: 'text', content: text, meta: {} } }];
  }
  const max = maxOf(options);
  const single = SINGLE_ARTICLE.has(format);
  return results.map((r) => limitSize(r, max, { single }));
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** Most bytes an article of `max` characters can take: 3 bytes of UTF-8 per UTF-16 code unit, plus a BOM. */
const singleArticleBytes = (max: number): number => 3 * max + 4;

/** Standard input, up to `limit` bytes; null when there was more (the rest is not read). */
export async function readStdin(limit = Number.POSITIVE_INFINITY): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      return null;
    }
  }
  return Buffer.concat(chunks);
}

/**
 * Checks what `file` is before reading it: a regular file (a FIFO or device
 * would block or never end) of a size that can be read. Returns an error, or
 * null when the file can be read.
 */
async function refuse(file: string, options: LoadOptions): Promise<LoadError | null> {
  const st = await stat(file);
  if (!st.isFile()) return { path: file, reason: `not a regular file (${kindOf(st)})` };
  const format = FORMATS[path.extname(file).toLowerCase()];
  const max = maxOf(options);
  if (format && SINGLE_ARTICLE.has(format) && st.size > singleArticleBytes(max) && !(await edgarFile(file, format)))
    return { path: file, reason: overLimit(`at least ${Math.floor((st.size - 4) / 3)}`, max) };
  if (format !== 'jsonl' && st.size > MAX_WHOLE_FILE_BYTES)
    return {
      path: file,
      reason: `file is ${st.size} bytes, over the ${MAX_WHOLE_FILE_BYTES} bytes a ${format ?? 'file of this'} format can be read in (split it, or use JSON Lines)`,
    };
  return null;
}

/** A .txt file that is an EDGAR submission: many parts, read whole like other multi-article files. */
async function edgarFile(file: string, format: Format): Promise<boolean> {
  if (format !== 'text') return false;
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return isEdgar(head.subarray(0, bytesRead).toString('latin1'));
  } finally {
    await handle.close();
  }
}

/** Reads one file (or "-" for stdin) into raw articles and errors. Never throws. */
export async function loadFile(file: string, options: LoadOptions = {}): Promise<ReadResult[]> {
  let bytes: Uint8Array;
  try {
    if (file === '-') {
      const limit = singleArticleBytes(maxOf(options));
      const read = await readStdin(limit);
      if (!read)
        return [{ error: { path: '-', reason: overLimit(`at least ${Math.floor((limit - 4) / 3)}`, maxOf(options)) } }];
      bytes = read;
    } else {
      const refused = await refuse(file, options);
      if (refused) return [{ error: refused }];
      bytes = await readFile(file);
    }
  } catch (e) {
    return [{ error: { path: file, reason: reasonOf(e) } }];
  }
  try {
    return readContent(decode(bytes).text, file, options);
  } catch (e) {
    // decode itself can fail on a file too large for one string.
    return [{ error: { path: file, reason: `could not be read (${firstLine(e)})` } }];
  }
}

/**
 * One file's articles and errors, one at a time. JSON Lines files (.jsonl,
 * .ndjson) are streamed line by line, so memory stays bounded by the longest
 * line, not the file; other formats are read whole. Never throws.
 */
export async function* loadFileStream(file: string, options: LoadOptions = {}): AsyncGenerator<ReadResult> {
  if (file === '-' || FORMATS[path.extname(file).toLowerCase()] !== 'jsonl') {
    yield* await loadFile(file, options);
    return;
  }
  try {
    const refused = await refuse(file, options);
    if (refused) {
      yield { error: refused };
      return;
    }
  } catch (e) {
    yield { error: { path: file, reason: reasonOf(e) } };
    return;
  }
  yield* streamJsonLines(file, options);
}

async function* streamJsonLines(file: string, options: LoadOptions): AsyncGenerator<ReadResult> {
  const max = maxOf(options);
  // JSON escapes ("\u00e9") can take 6 bytes per character of text: a longer line cannot hold an
  // article within the limit (unless beside other big fields), so it is dropped as it is read.
  const maxLineBytes = 6 * max + 64 * 1024;
  let index = 0;
  let lines = 0;
  try {
    for await (const line of readLines(file, maxLineBytes)) {
      lines++;
      if ('tooLong' in line) {
        yield {
          error: {
            path: file,
            index: index++,
            line: line.lineNo,
            reason: `line is ${line.tooLong} bytes, too long for the --max-bytes limit of ${max} (raise --max-bytes to read it)`,
          },
        };
        continue;
      }
      let bytes = line.bytes;
      if (line.lineNo === 1) {
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
          // UTF-16 (with a BOM, or zero bytes that say so) cannot be split on the byte 0x0A: read the
          // file whole, where it is decoded as such, or named as binary data.
          yield* await loadFile(file, options);
          return;
        }
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      if (!bytes.length) continue;
      // ASCII (most JSON Lines) becomes a one-byte string directly: half the memory of a decoded one.
      const text = isAscii(bytes) ? bytes.toString('latin1') : decode(bytes).text;
      if (!text.trim()) continue;
      // Binary from the first line on is no JSON Lines file; a binary line later is one bad line (invalid JSON).
      if (line.lineNo === 1 && looksBinary(text)) {
        yield { error: { path: file, reason: 'binary data, not text' } };
        return;
      }
      const r = parseJsonLine(text, file, index, line.lineNo);
      if (!r) continue;
      index++;
      yield limitSize(r, max, { line: line.lineNo });
    }
  } catch (e) {
    yield { error: { path: file, ...(lines ? { line: lines } : {}), reason: reasonOf(e) } };
    return;
  }
  // Every non-blank line gave a result, so none means the file held nothing but white space.
  if (index === 0) yield { error: { path: file, reason: lines === 0 ? 'empty file' : 'only white space, no text' } };
}

/** Every input expanded and read, in a stable order: files by path, articles by index. Never throws. */
export async function* load(inputs: string[], options: LoadOptions = {}): AsyncGenerator<ReadResult> {
  const { files, errors } = await walk(inputs);
  for (const error of errors) yield { error };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) yield* loadFileStream(f.path, options);
}

export type { RawArticle };
