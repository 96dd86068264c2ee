// A quotation found in the text before and after its speaker is decided.
import type { Span } from '../../document.js';

export interface QuoteCandidate extends Span {
  /** Offsets of the opening and closing marks (close = end of paragraph when the mark is missing). */
  open: number;
  close: number;
  /** The quoted words, with the marks that reopen a continued paragraph left out. */
  text: string;
  /** The speaker as written, where the text names one, and where. */
  written: (Span & { name: string }) | null;
  /** The attribution clause ("Dr Jan Prescott, Merrow’s managing director, said:"), to look for known people in. */
  cue: Span | null;
  /** "he said" / "she said": to be resolved to the last named person. */
  pronoun: number | null;
  /** Attributed to someone the text does not name ("the company said"): the speaker stays null. */
  unnamed?: boolean;
  /** True when the opening mark is missing and the quote was taken from the paragraph start. */
  orphan: boolean;
  /** Speaker as finally decided (canonical). */
  speaker: string | null;
}
