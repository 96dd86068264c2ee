// When the deal was signed or announced: a day stated in its sentence ("on
// October 26", "on Monday" resolved by the dates extractor), else the
// publication date when a dated release announces it ("today announced").
import type { Document, Span } from '../../document.js';

// A date that tells when something else happens: closing, expiry, a deadline.
const NOT_THE_SIGNING =
  /\b(?:expected|expects|before|by|until|through|effective|close|closing|closes|from|since|ended|ending|due|starting|beginning|deadline|later|after|than)\s+(?:on\s+or\s+about\s+|on\s+|in\s+)?$/i;

const APPROVAL_BEFORE =
  /\b(?:approv(?:ed|al)\s+(?:at|by|of)|(?:special|annual|general)\s+meeting|vot(?:ed|e)\s+(?:on|at)|record\s+date)\b[^.;]{0,80}$/i;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A full date in the span that dates the deal itself, or null. */
export function statedDate(doc: Document, span: Span): string | null {
  for (const d of doc.dates) {
    if (d.start < span.start || d.end > span.end || !d.value || !FULL_DAY.test(d.value)) continue;
    const released = releaseDay(doc);
    if (released && d.value > released) continue;
    const before = doc.text.slice(Math.max(span.start, d.start - 30), d.start);
    if (NOT_THE_SIGNING.test(before)) continue;
    // "approved at a special meeting of stockholders on June 9": the vote, not the signing or the closing.
    if (APPROVAL_BEFORE.test(doc.text.slice(span.start, d.start))) continue;
    // The dateline's own date ("November 6, 2017 – Corvane ..."): the release, not the deal.
    if (/^\s*(?:[–—:]|--?\s|\/|\()/.test(doc.text.slice(d.end, d.end + 4))) continue;
    return d.value;
  }
  return null;
}

// Wire datelines: "NEW YORK, Sept. 27, 2012 /Winslow/ --", "--(NEWS WIRE)--", "ATLANTA, GA – May 2, 2006 –".
const WIRE =
  /\b(?:PR\s?Newswire|BUSINESS\s+WIRE|Business\s+Wire|GLOBE\s*NEWSWIRE|GlobeNewswire|ACCESSWIRE|Marketwired|EQS|Cision)\b|^[^\n]{0,80}\b\d{4}\s*[–—-]{1,2}\s/m;

/**
 * The release's own day: its publication date, or else (when that was not found) the full date of its
 * dateline, "TOLEDO, Ohio, September 13, 2000 - ...", "(September 5, 2023) –", in the opening lines.
 */
export function releaseDay(doc: Document): string | null {
  if (doc.published) return doc.published;
  for (const d of doc.dates) {
    if (d.start > 1500) break;
    if (!d.value || !FULL_DAY.test(d.value)) continue;
    const after = doc.text.slice(d.end, d.end + 6);
    const before = doc.text.slice(Math.max(0, d.start - 3), d.start);
    // or a date on a line of its own: "|October 10, 2019" above the body
    const alone = /(?:^|\n)[|\s]*$/.test(doc.text.slice(Math.max(0, d.start - 4), d.start)) && /^[|\s]*\n/.test(after);
    if (/^\)?\s*(?:[–—:]|--?\s|\/|\(|—)/.test(after) || /[–—(]\s*$/.test(before) || alone) return d.value;
  }
  return null;
}

/** A release dated by its own text, whose "today" is its publication date. */
export function isDatedRelease(doc: Document): boolean {
  const day = releaseDay(doc);
  if (!day || !FULL_DAY.test(day)) return false;
  const head = doc.text.slice(0, 1500);
  return WIRE.test(head) || /\btoday\b/i.test(head);
}
