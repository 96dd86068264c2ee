// Turning a matched number, scale and currency into a candidate: exact value,
// and the "per share" / "a tonne" that follows a rate.
import { numberString, scaled, scalePower } from '../numbers.js';
import type { AmountCandidate } from '../types.js';

const PER_RE =
  /^\s*-?(?:a|an|per|\/)[\s-]*(share|shr|tonne|ton|barrel|bbl|pound|lb|ounce|oz|bushel|gallon|litre|liter|kilo|kg|unit|hour|day|week|month|year|head|bag|arroba|cwt|tonnes|tons)\b/i;

// Earnings tables state per-share figures up front: "Shr 39 cts vs 50 cts", "Qtly div 35 cts".
const SHARE_LEAD =
  /\b(?:[Ss]hr|[Dd]iv|[Dd]ividend|EPS)\b(?:\s+(?:loss|profit|primary|diluted|basic|oper|operating|net|of|vs|[\d.,]+|cts|dlrs|prior))*\s*$/;

/** The unit a rate is given per: from the text right after the amount, or a per-share lead before it. */
export function perUnit(text: string, end: number, start = end): string | null {
  const m = PER_RE.exec(text.slice(end, end + 20));
  if (m) return m[1]!.toLowerCase() === 'shr' ? 'share' : m[1]!.toLowerCase();
  return SHARE_LEAD.test(text.slice(Math.max(0, start - 45), start)) ? 'share' : null;
}

export interface Parts {
  start: number;
  end: number;
  number: string;
  scale?: string;
  kind: AmountCandidate['kind'];
  currency: string | null;
  /** Extra power of ten: -2 for cents and pence. */
  shift?: number;
  unit?: string | null;
}

export function candidate(text: string, p: Parts): AmountCandidate | null {
  const n = numberString(p.number);
  if (n == null) return null;
  const power = scalePower(p.scale);
  // "a" and number words count only with a scale: "a billion dlrs", not "a pound".
  if (power == null && /^[a-z]/i.test(p.number)) return null;
  const value = scaled(n, (power ?? 0) + (p.shift ?? 0));
  if (!Number.isFinite(value)) return null;
  return {
    text: text.slice(p.start, p.end),
    kind: p.kind,
    value,
    currency: p.currency,
    start: p.start,
    end: p.end,
    per: p.kind === 'money' ? perUnit(text, p.end, p.start) : null,
    unit: p.unit ?? null,
    number: n,
    scale: power,
    shift: p.shift ?? 0,
  };
}

export function collect(
  re: RegExp,
  text: string,
  build: (m: RegExpExecArray) => AmountCandidate | null,
): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = build(m);
    if (c) out.push(c);
  }
  return out;
}
