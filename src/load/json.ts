// JSON and JSON Lines: objects with `text` or `html`, and optionally `id`, `url`,
// `published`, `headline`. A JSON file may hold one object or an array of them.
import type { RawArticle } from '../document.js';
import { limitSize } from './limit.js';
import type { ReadResult } from './types.js';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

export function fromObject(obj: unknown, path: string, index: number, line?: number): ReadResult {
  const where = { path, index, ...(line != null ? { line } : {}) };
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { error: { ...where, reason: 'not a JSON object' } };
  }
  const o = obj as Record<string, unknown>;
  const html = typeof o.html === 'string' ? o.html : null;
  const text = typeof o.text === 'string' ? o.text : null;
  const content = text ?? html;
  if (content == null) {
    const key = 'text' in o ? 'text' : 'html' in o ? 'html' : null;
    const reason = key
      ? `"${key}" is ${o[key] === null ? 'null' : Array.isArray(o[key]) ? 'an array' : `a ${typeof o[key]}`}, not a string`
      : 'object has no "text" or "html" string';
    return { error: { ...where, reason } };
  }
  if (!content.trim()) return { error: { ...where, reason: `empty "${text != null ? 'text' : 'html'}"` } };
  const article: RawArticle = {
    source: { path, index, id: str(o.id), url: str(o.url) },
    format: text != null ? 'text' : 'html',
    content,
    meta: { headline: str(o.headline) ?? str(o.title), published: str(o.published) ?? str(o.date) },
  };
  return { article };
}

/** One line of a JSON Lines file (`lineNo` from 1) to an article or an error; blank lines give null. */
export function parseJsonLine(line: string, path: string, index: number, lineNo: number): ReadResult | null {
  if (!line.trim()) return null;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { error: { path, index, line: lineNo, reason: `invalid JSON (${(e as Error).message})` } };
  }
  return fromObject(obj, path, index, lineNo);
}

/** A JSON Lines text, whole; articles over `max` characters become errors naming their line. */
export function readJsonLines(content: string, path: string, max = Number.POSITIVE_INFINITY): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = content.split('\n');
  let index = 0;
  lines.forEach((line, i) => {
    const r = parseJsonLine(line, path, index, i + 1);
    if (!r) return;
    out.push(limitSize(r, max, { line: i + 1 }));
    index++;
  });
  if (!out.length) out.push({ error: { path, reason: 'no JSON objects' } });
  return out;
}

export function readJson(content: string, path: string, max = Number.POSITIVE_INFINITY): ReadResult[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    // A .json file holding JSON Lines is common enough to accept; a broken
    // pretty-printed file is not one (its first line is no JSON value alone).
    if (firstLineIsJson(content)) return readJsonLines(content, path, max);
    return [{ error: { path, reason: `invalid JSON (${(e as Error).message})` } }];
  }
  if (Array.isArray(data)) {
    if (!data.length) return [{ error: { path, reason: 'empty JSON array' } }];
    return data.map((o, i) => fromObject(o, path, i));
  }
  if (data !== null && typeof data === 'object') return [fromObject(data, path, 0)];
  return [{ error: { path, reason: 'JSON is neither an object nor an array of objects' } }];
}

function firstLineIsJson(content: string): boolean {
  const lines = content.trim().split('\n', 2);
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}
