// The --max-bytes limit: an article longer than it becomes an error that says
// how long it is and how to read it anyway.
import type { LoadError, ReadResult } from './types.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const overLimit = (chars: string, max: number): string =>
  `article is ${chars} characters, over the --max-bytes limit of ${max} (raise --max-bytes to read it)`;

/**
 * An article longer than `max` becomes an error naming where it is: the line of
 * a JSON Lines file, the index in a file of many articles, the file alone otherwise.
 */
export function limitSize(r: ReadResult, max: number, where: { single?: boolean; line?: number } = {}): ReadResult {
  if (!('article' in r) || r.article.content.length <= max) return r;
  const error: LoadError = { path: r.article.source.path, reason: overLimit(String(r.article.content.length), max) };
  if (!where.single) error.index = r.article.source.index;
  if (where.line != null) error.line = where.line;
  return { error };
}
