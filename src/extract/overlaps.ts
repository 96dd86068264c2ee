// Where candidate spans overlap, keep the longest; `tie` orders candidates of
// equal length (then the earlier one wins). Shared by the refiners of several
// extractors.
import type { Span } from '../document.js';

export function keepLongest<T extends Span>(textLength: number, found: T[], tie: (a: T, b: T) => number): T[] {
  const ranked = found
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || tie(a.c, b.c) || a.order - b.order);
  // Characters already taken by a kept span: linear in the text, where comparing pairs is quadratic.
  const taken = new Uint8Array(textLength + 1);
  const kept: T[] = [];
  const isFree = (c: T): boolean => {
    for (let i = c.start; i < c.end; i++) if (taken[i]) return false;
    return true;
  };
  for (const { c } of ranked) {
    if (!isFree(c)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
