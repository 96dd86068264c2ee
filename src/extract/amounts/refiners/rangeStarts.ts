// Ranges and lists name the unit once, at the end: "5 to 10 mln dlrs",
// "51-60 pct", "1,870, 1,875 and 1,880 dlrs". The bare numbers before the found
// amount get its kind, currency and (when they have none) its scale.
import { NUMBER_RE, numberString, SCALE_RE, scaled, scalePower } from '../numbers.js';
import { perUnit } from '../parsers/build.js';
import type { AmountCandidate, AmountRefiner } from '../types.js';

const LINKED = new RegExp(`(${NUMBER_RE})(${SCALE_RE})?\\s*(?:to|-|–|—|and|or|through)\\s*(?:between\\s+)?$`);
const LISTED = new RegExp(`(${NUMBER_RE})(${SCALE_RE})?\\s*,\\s*$`);
const looksLikeYear = (n: string): boolean => /^(?:19|20)\d\d$/.test(n);

function before(text: string, next: AmountCandidate, re: RegExp): AmountCandidate | null {
  const from = Math.max(0, next.start - 40);
  const m = re.exec(text.slice(from, next.start));
  if (!m || /^a$/i.test(m[1]!) || !/\d/.test(m[1]!)) return null;
  const n = numberString(m[1]!);
  if (n == null) return null;
  if (looksLikeYear(m[1]!) && !looksLikeYear(next.number)) return null;
  const own = scalePower(m[2]);
  // "$5 to $10 million": the first end borrows "million" unless it is already larger.
  const power = own ?? (next.scale != null && Number(n) < Number(next.number) * 1000 ? next.scale : 0);
  const start = from + m.index;
  const end = start + m[1]!.length + (m[2]?.length ?? 0);
  return {
    ...next,
    text: text.slice(start, end),
    start,
    end,
    value: scaled(n, power + next.shift),
    number: n,
    scale: own ?? (power || null),
    per: next.per ?? perUnit(text, next.end),
  };
}

export const rangeStarts: AmountRefiner = (text, found) => {
  const occupied = new Uint8Array(text.length + 1);
  for (const f of found) occupied.fill(1, f.start, f.end);
  const taken = (s: number, e: number): boolean => occupied.subarray(s, e).includes(1);
  const added: AmountCandidate[] = [];
  for (const c of found) {
    let first = before(text, c, LINKED);
    while (first && !taken(first.start, first.end)) {
      added.push(first);
      first = before(text, first, LISTED);
    }
  }
  return [...found, ...added];
};
