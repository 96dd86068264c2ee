// Where parsers overlap ("$5 dollars", "20 mln pounds of"), keep the longest;
// on a tie money beats percent beats quantity, then the earlier parser.
import { keepLongest } from '../../overlaps.js';
import type { AmountRefiner } from '../types.js';

const RANK = { money: 0, percent: 1, quantity: 2 } as const;

export const dropOverlaps: AmountRefiner = (text, found) =>
  keepLongest(text.length, found, (a, b) => RANK[a.kind] - RANK[b.kind]);
