// The deal's value: the money amount stated for it in its own sentence, not a
// per-share price, a ceiling ("up to"), deposits, sales or a hypothetical bid.
import type { Amount, Document, Span } from '../../document.js';

const NOT_THE_PRICE_BEFORE =
  /\b(?:deposits?|sales|revenues?|turnover|profits?|loss(?:es)?|earnings|debt|assets\s+of|(?<!(?:transaction|deal|merger|acquisition|agreement|offer|purchase|sale|investment|contract)s?,?\s+(?:is\s+|was\s+)?)valued\s+at|value\s+the\s+company\s+at|would\s+value|additional|an\s+additional|price\s+tag\s+of|market\s+(?:value|capitali[sz]ation)\s+of|retire|capital\s+of)\s+(?:(?:of|to)\s+)?(?:about\s+|approximately\s+|some\s+|around\s+|nearly\s+|over\s+)?$/i;
const UP_TO_BEFORE = /\bup\s+to\s+$/i;
const PER_SHARE_AFTER =
  /^\s*(?:a|per|each)\s+(?:share|unit|ADS)\b|^\s*per[- ]share\b|^\s*(?:each|apiece)\b|^[^.;,]{0,25}?\b(?:a|per)\s+(?:share|unit)\b/i;
// "its 1.375 dlr convertible preferred stock": the par or dividend of a security names no price.
const NOT_THE_PRICE_AFTER =
  /^\s*(?:in|of)\s+(?:deposits|sales|revenues?|assets|debt|annual\s+sales)\b|^\s*(?:cumulative\s+)?(?:convertible|exchangeable|preferred|preference|redeemable)\b/i;

export function isDealPrice(text: string, a: Amount): boolean {
  if (a.kind !== 'money' || !a.currency || !(a.value > 0) || a.per) return false;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  const after = text.slice(a.end, a.end + 30);
  return !NOT_THE_PRICE_BEFORE.test(before) && !PER_SHARE_AFTER.test(after) && !NOT_THE_PRICE_AFTER.test(after);
}

/** The amount in `span` nearest to the trigger (after it first), or null. */
export function dealValue(doc: Document, span: Span, trigger: Span): { amount: number; currency: string } | null {
  const inside = doc.amounts.filter((a) => a.start >= span.start && a.end <= span.end && isDealPrice(doc.text, a));
  if (!inside.length) return null;
  // A ceiling ("up to $75 million in milestones") is the value only when the sentence states no other amount.
  const ceiling = (a: Amount): number =>
    UP_TO_BEFORE.test(doc.text.slice(Math.max(0, a.start - 12), a.start)) ? 1e6 : 0;
  const distance = (a: Amount): number =>
    ceiling(a) + (a.start >= trigger.end ? a.start - trigger.end : (trigger.start - a.end) * 1.5 + 1);
  const best = [...inside].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0]!;
  // "in the amount of US$604 million and US$259 million, respectively": the deal is worth their sum.
  const respective = inside.filter((a) => a.start >= trigger.end && a.currency === best.currency && !ceiling(a));
  if (
    respective.length >= 2 &&
    /^[^.;]{0,40}\brespectively\b/.test(doc.text.slice(respective[respective.length - 1]!.end, span.end)) &&
    respective.every(
      (a, i) =>
        i === 0 ||
        /^[\s,]*(?:and\s+)?(?:(?:about|approximately|some|around|nearly)\s+)?$/.test(
          doc.text.slice(respective[i - 1]!.end, a.start),
        ),
    )
  )
    return { amount: respective.reduce((t, a) => t + a.value, 0), currency: best.currency! };
  return { amount: best.value, currency: best.currency! };
}

/** Per-share prices as terms: "per-share price $26". */
export function perSharePrices(doc: Document, span: Span): string[] {
  return doc.amounts
    .filter((a) => a.start >= span.start && a.end <= span.end && a.kind === 'money')
    .filter((a) => PER_SHARE_AFTER.test(doc.text.slice(a.end, a.end + 20)))
    .map((a) => `per-share price ${a.text}`);
}
