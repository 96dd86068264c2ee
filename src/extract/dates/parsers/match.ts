// The loop every regex parser shares: run one global pattern over the text and
// turn each match into a candidate (or none).
import { WEEKDAY_RE } from '../calendar.js';
import type { DateCandidate, DateContext } from '../types.js';

const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY_RE},?\\s+$`);

/** Where a date starts when a weekday leads it ("Monday, Nov. 16"): kept out of the main pattern for speed. */
export function weekdayBefore(text: string, start: number): number {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[0].length : start;
}

export function matchAll(
  ctx: DateContext,
  re: RegExp,
  build: (m: RegExpExecArray, ctx: DateContext) => DateCandidate | null,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const c = build(m, ctx);
    if (c) out.push(c);
  }
  return out;
}

/** The span of capture group `i`, found by searching inside the whole match (no `d` flag cost). */
export function groupSpan(m: RegExpExecArray, i: number, from = 0): { start: number; end: number } {
  const g = m[i] ?? '';
  const at = m[0].indexOf(g, from);
  return { start: m.index + at, end: m.index + at + g.length };
}
