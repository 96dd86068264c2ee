// What every amount parser gives: a candidate with the parts refiners need
// (the bare number and its scale) besides what the record keeps.
import type { Amount } from '../../document.js';

export interface AmountCandidate extends Amount {
  /** The number as written, before the scale word ("1.2" in "$1.2bn"). */
  number: string;
  /** Power of ten of the scale word, or null when none was written. */
  scale: number | null;
  /** Extra power of ten of the currency word: -2 for cents and pence. */
  shift: number;
  /** A currency noun several countries use, written with no country ("francs"): the family, else null. */
  family?: 'franc' | 'crown' | 'peso' | 'rupee' | 'dollar' | null;
}

export type AmountParser = (text: string) => AmountCandidate[];
export type AmountRefiner = (text: string, found: AmountCandidate[]) => AmountCandidate[];
