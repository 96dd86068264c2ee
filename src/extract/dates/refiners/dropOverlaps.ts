// Where parsers found overlapping dates ("Monday, Nov. 16, 2017" as a weekday and a
// month-day), keep the longest; on a tie the one with a value, then the earlier parser.
import type { DateRefiner } from '../types.js';

export const dropOverlaps: DateRefiner = (_ctx, found) => {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        b.c.end - b.c.start - (a.c.end - a.c.start) ||
        Number(b.c.value != null) - Number(a.c.value != null) ||
        a.order - b.order,
    );
  const kept: typeof found = [];
  for (const { c } of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
