// Where parsers found overlapping dates ("Monday, Nov. 16, 2017" as a weekday and a
// month-day), keep the longest; on a tie the one with a value, then the earlier parser.
import { keepLongest } from '../../overlaps.js';
import type { DateRefiner } from '../types.js';

export const dropOverlaps: DateRefiner = (ctx, found) =>
  keepLongest(ctx.text.length, found, (a, b) => Number(b.value != null) - Number(a.value != null));
