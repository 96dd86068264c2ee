// Organization mentions as deal-party candidates: one flat, sorted list of
// the mentions the organizations extractor found, with the ones that cannot be
// a party (tickers in parentheses, asides between dashes, wire credits) removed.
import type { Document, Span } from '../../document.js';

export interface OrgMention extends Span {
  name: string;
}

/** A Reuters stock symbol right after a name: "British Widget Plc <BWID.L>". */
const SYMBOL_AFTER = /^\s?<[A-Z0-9.]{1,10}>/;

/**
 * Every organization mention in text order; nested mentions give way to the longest. A stock symbol written
 * right after a name is part of its mention, so that what follows it reads as following the name ("an offer
 * from Widget Plc <WID.L> to buy ...").
 */
export function orgMentions(doc: Document): OrgMention[] {
  const all: OrgMention[] = [];
  for (const o of doc.organizations)
    for (const m of o.mentions) {
      const symbol = SYMBOL_AFTER.exec(doc.text.slice(m.end, m.end + 14));
      all.push({ start: m.start, end: m.end + (symbol ? symbol[0].length : 0), name: o.name });
    }
  all.sort((a, b) => a.start - b.start || b.end - a.end || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: OrgMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

const ASIDE = /\([^()]*\)|[—–]\s?[^—–]{3,200}?\s?[—–]|\s--\s[^-]{3,200}?\s--\s|\/[A-Za-z ]{2,30}\//g;

// Spans of a sentence that hold side remarks: "(LARKSPUR: SERO)", "—a joint venture between A and B—".
// (exec from 0 to the end, not matchAll, which copies the regex on each of the many calls)
export function asides(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  const out: Span[] = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(s); m; m = ASIDE.exec(s))
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}

const COMPANY_END = /\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LP|L\.P|AG|SA|NV|SpA|Limited|Corporation|Company)\.?$/;

// Organizations named only as a source or an agent are not parties.
const NOT_A_PARTY_BEFORE =
  /\b(?:according\s+to|reported\s+by|told|via|photo:?|source:?|published\s+on|listed\s+on)\s+(?:the\s+)?[^,.;]{0,40}$/i;
const NOT_A_PARTY_AFTER =
  /^[^.;]{0,40}\b(?:placement\s+agents?|underwriters?|financial\s+advis[eo]rs?|legal\s+(?:advis[eo]rs?|counsel)|book-?runners?)\b/i;

/** The mentions inside a sentence that may be parties to a deal. */
export function partyMentions(doc: Document, sentence: Span, mentions: OrgMention[]): OrgMention[] {
  const skip = asides(doc.text, sentence);
  return mentions.filter((m) => {
    if (m.start < sentence.start || m.end > sentence.end) return false;
    // "(Warrington Inc) said": Reuters brackets unlisted companies; a bracket that holds only the name is no aside.
    const bracketed = (a: Span) =>
      m.start === a.start + 1 && m.end === a.end - 1 && COMPANY_END.test(doc.text.slice(m.start, m.end));
    if (skip.some((a) => m.start > a.start && m.end <= a.end && !bracketed(a))) return false;
    if (NOT_A_PARTY_BEFORE.test(doc.text.slice(sentence.start, m.start))) return false;
    if (NOT_A_PARTY_AFTER.test(doc.text.slice(m.end, sentence.end))) return false;
    return true;
  });
}

/** A subject that points back to an organization named earlier: "It said", "The company has". */
export const PRONOUN_SUBJECT =
  /\b(?:[Ii]ts?|[Tt]he\s+(?:[Cc]ompany|firm|group|bank|brewer|winemaker|automaker|carmaker|buyer|startup|lender|insurer|[Ii]ssuer))\b/;
