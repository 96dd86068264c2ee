// "$5-$10 million", "$5 to $10 billion": two found amounts in a row where only the
// second wrote its scale; the first takes it when it is smaller without it.
import { scaled } from '../numbers.js';
import type { AmountRefiner } from '../types.js';

const JOIN = /^\s*(?:to|-|–|—|and|or|through)\s*$/;

export const shareScale: AmountRefiner = (text, found) =>
  found.map((c, i) => {
    const next = found[i + 1];
    if (!next || c.scale != null || next.scale == null || c.kind !== next.kind || c.currency !== next.currency)
      return c;
    if (!JOIN.test(text.slice(c.end, next.start))) return c;
    if (Number(c.number) >= Number(next.number) * 1000) return c;
    return { ...c, scale: next.scale, value: scaled(c.number, next.scale + c.shift) };
  });
