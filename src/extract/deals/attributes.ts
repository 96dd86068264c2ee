// Status, instrument, location and terms of a deal, read from its sentence.
import type { Deal, Document, Span } from '../../document.js';
import { STATUS } from './lexicon.js';

export function dealStatus(sentence: string): Deal['status'] {
  for (const [status, re] of STATUS) if (re.test(sentence)) return status;
  return null;
}

export function dealInstrument(sentence: string): Deal['instrument'] {
  if (/\b(?:memorand(?:um|a)\s+of\s+understanding|MoU|MOU)\b/.test(sentence)) return 'mou';
  if (/\bletters?\s+of\s+intent\b/i.test(sentence)) return 'letter_of_intent';
  if (/\b(?:agreements?|accords?|pacts?|contracts?)\b/i.test(sentence)) return 'agreement';
  return null;
}

/**
 * Where it was signed: a place named after "in"/"at" close behind the signing words, in the same clause
 * ("signed a MoU for strategic partnership in Fjord", not "a maker of cars in China"), or the dateline's
 * place with "signed here".
 */
export function dealLocation(doc: Document, sentence: Span): string | null {
  const text = slice(doc, sentence);
  for (const sign of text.matchAll(SIGNING_AT)) {
    const from = sentence.start + sign.index + sign[0].length;
    const clause = doc.text.slice(from, Math.min(sentence.end, from + 100)).split(/[,;.]/)[0] ?? '';
    const to = from + clause.length;
    for (const loc of doc.locations)
      for (const m of loc.mentions)
        if (m.start >= from && m.end <= to && /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(from, m.start)))
          return loc.name;
    // No place tagged there: a capitalized name after "in" that is no organization or month.
    const m = /\b(?:in|at)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*$/u.exec(clause);
    const place = m?.[1];
    if (place && !MONTH.test(place) && !doc.organizations.some((o) => o.name === place || o.aliases.includes(place)))
      return place;
  }
  if (/\bsigned\s+here\b/i.test(text) && doc.dateline?.place) return doc.dateline.place;
  return null;
}

const SIGNING_AT = /\b(?:signed|inked|signing|sign|signs)\b/gi;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const slice = (doc: Document, s: Span): string => doc.text.slice(s.start, s.end);

// "cooperation in branding, marketing, channels, ... etc.", "collaborate on connectivity solutions and ...":
// the list after the cue, up to the clause that says what for ("to implement", "aiming to").
const AREAS =
  /\b(?:cooperation|co-operation|collaboration|collaborate|partnership|partner|work\s+together|areas?\s+(?:such\s+as|including|ranging\s+from|of))\s+(?:in|on|for|covering|around)\s+([^.;:]+)/i;
const AREAS_END = /\s(?:to|aiming|in\s+order|so|which|that|while|with|by|from|through|as\s+part)\s|[“”"(]/i;

export function dealTerms(doc: Document, sentences: Span[], location: string | null): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const m = AREAS.exec(slice(doc, s));
    if (!m?.[1]) continue;
    const list = m[1].split(AREAS_END)[0] ?? '';
    for (const part of list.split(/,?\s+(?:and|as\s+well\s+as)\s+|,\s*/)) {
      const t = part
        .replace(/\b(?:etc|the|its|their|our)\b\.?/gi, '')
        .replace(/\s+/g, ' ')
        .trim();
      // Places and names ("in Fjord") are not areas of a deal.
      if (!t || t === location || /^\p{Lu}\p{Ll}/u.test(t) || t.length < 3 || t.split(' ').length > 4) continue;
      if (!out.includes(t)) out.push(t);
    }
  }
  return out.slice(0, 12);
}
