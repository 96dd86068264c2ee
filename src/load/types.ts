import type { RawArticle } from '../document.js';

export interface LoadError {
  path: string;
  /** Article index (or line number for JSON Lines) inside the file, when known. */
  index?: number;
  line?: number;
  reason: string;
}

/** A reader yields articles, errors for parts it could not read, and parts it skips on purpose. */
export type ReadResult = { article: RawArticle } | { error: LoadError } | { skipped: LoadError };
