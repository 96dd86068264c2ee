// Sentence boundaries inside a paragraph: a terminal mark followed by space and
// an upper-case letter, digit or opening quote, unless the word before is a
// known abbreviation or an initial ("Mr.", "Corp.", "U.S.", "J.").
import type { Span } from '../document.js';

export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt rev gov sen rep hon pres messrs mme mlle ' +
    'inc corp co ltd llc plc bros dept univ assn est no nos vol fig approx ca vs etc al ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
    'ave blvd rd ste p pp ph pvt bhd no'
  ).split(' '),
);

const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

export function sentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  const para = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
    const mark = m[1] ?? '';
    const before = /([\p{L}\p{N}.&-]+)$/u.exec(para.slice(Math.max(start, m.index - 20), m.index))?.[1] ?? '';
    if (mark === '.' && isAbbreviation(before) && !endsCompanyName(before, para.slice(end0(m), end0(m) + 12))) continue;
    const end = m.index + mark.length + (m[2]?.length ?? 0);
    if (end > start) out.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = end + (m[3]?.length ?? 0);
  }
  if (start < para.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return true; // "U.S", "N.J", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const COMPANY_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'pvt', 'bhd']);
const SENTENCE_STARTERS =
  /^["“]?(?:The|It|Its|He|She|They|We|This|That|These|In|On|At|As|For|But|And|Under|After|According|Shares|A|An)\s/;

/** "... Quorvex Holdings Ltd. The company ...": a company suffix that also ends the sentence. */
function endsCompanyName(word: string, next: string): boolean {
  return COMPANY_ABBREVIATIONS.has(word.toLowerCase()) && SENTENCE_STARTERS.test(next);
}

const end0 = (m: RegExpExecArray): number => m.index + m[0].length;
