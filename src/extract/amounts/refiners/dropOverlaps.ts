// Where parsers overlap ("$5 dollars", "20 mln pounds of"), keep the longest;
// on a tie money beats percent beats quantity, then the earlier parser.
import type { AmountRefiner } from '../types.js';

const RANK = { money: 0, percent: 1, quantity: 2 } as const;

export const dropOverlaps: AmountRefiner = (_text, found) => {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || RANK[a.c.kind] - RANK[b.c.kind] || a.order - b.order,
    );
  const kept: typeof found = [];
  for (const { c } of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
};
