// Where parsers found overlapping dates ("Monday, Nov. 16, 2017" as a weekday and a
// month-day), keep the longest; on a tie the one with a value, then the earlier parser.
import type { DateRefiner } from '../types.js';

export const dropOverlaps: DateRefiner = (ctx, found) => {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        b.c.end - b.c.start - (a.c.end - a.c.start) ||
        Number(b.c.value != null) - Number(a.c.value != null) ||
        a.order - b.order,
    );
  // Characters already taken by a kept date: linear in the text, where comparing pairs is quadratic.
  const taken = new Uint8Array(ctx.text.length + 1);
  const kept: typeof found = [];
  for (const { c } of ranked) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
