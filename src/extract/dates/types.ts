// What every date parser gets and gives: the text, the publication day to resolve
// relative expressions against, and candidates that refiners later thin out.
import type { Span } from '../../document.js';

export interface DateContext {
  text: string;
  /** The publication date as a local calendar day, when known to the day. */
  ref: Date | null;
  /** Year and month of the publication date, when known at least that far. */
  refYear: number | null;
  refMonth: number | null;
}

export interface DateCandidate extends Span {
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null (quarters, fiscal years, unknown reference). */
  value: string | null;
  /** True when the value was resolved against the publication date. */
  relative: boolean;
}

export type DateParser = (ctx: DateContext) => DateCandidate[];
export type DateRefiner = (ctx: DateContext, found: DateCandidate[]) => DateCandidate[];
