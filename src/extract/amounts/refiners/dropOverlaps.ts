// Where parsers overlap ("$5 dollars", "20 mln pounds of"), keep the longest;
// on a tie money beats percent beats quantity, then the earlier parser.
import type { AmountRefiner } from '../types.js';

const RANK = { money: 0, percent: 1, quantity: 2 } as const;

export const dropOverlaps: AmountRefiner = (text, found) => {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || RANK[a.c.kind] - RANK[b.c.kind] || a.order - b.order,
    );
  // Characters already taken by a kept amount: linear in the text, where comparing pairs is quadratic.
  const taken = new Uint8Array(text.length + 1);
  const kept: typeof found = [];
  for (const { c } of ranked) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
