import type { RawArticle } from '../document.js';

export interface LoadError {
  path: string;
  /** Article index (or line number for JSON Lines) inside the file, when known. */
  index?: number;
  line?: number;
  reason: string;
  /**
   * A notice about a part that is still read (a feed item kept with its title only, a
   * submission with no document): shown as a warning, not counted as skipped.
   */
  warning?: boolean;
}

/** A reader yields articles, errors for parts it could not read, and parts it skips on purpose. */
export type ReadResult = { article: RawArticle } | { error: LoadError } | { skipped: LoadError };
