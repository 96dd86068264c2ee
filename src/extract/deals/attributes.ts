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

/** Where it was signed: a location named after "in"/"at" in the sentence, or the dateline's place with "here". */
export function dealLocation(doc: Document, sentence: Span): string | null {
  for (const loc of doc.locations)
    for (const m of loc.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      const before = doc.text.slice(Math.max(sentence.start, m.start - 12), m.start);
      if (/\b(?:in|at)\s+(?:the\s+)?$/i.test(before) && /\bsign|\bink|\bagree|\bMoU\b/i.test(slice(doc, sentence)))
        return loc.name;
    }
  if (/\bsigned\s+here\b/i.test(slice(doc, sentence)) && doc.dateline?.place) return doc.dateline.place;
  return null;
}

const slice = (doc: Document, s: Span): string => doc.text.slice(s.start, s.end);

// "cooperation in branding, marketing, channels, ... etc." or "collaboration on connectivity solutions and ..."
const AREAS =
  /\b(?:cooperation|co-operation|collaboration|collaborate|partnership|partner|work\s+together|areas?\s+(?:such\s+as|including|ranging\s+from|of))\s+(?:in|on|for|covering|around)\s+((?:[\w’'&/-]+(?:\s+[\w’'&/-]+){0,4}(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+|\s+to\s+)?){1,12})/i;

export function dealTerms(doc: Document, sentences: Span[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const m = AREAS.exec(slice(doc, s));
    if (!m?.[1]) continue;
    for (const part of m[1].split(/,\s*|\s+and\s+|\s+as\s+well\s+as\s+|\s+to\s+/)) {
      const t = part
        .replace(/\b(?:etc|the|its|their|our)\b\.?/gi, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (t.length > 2 && t.split(' ').length <= 5 && !out.includes(t)) out.push(t);
    }
  }
  return out.slice(0, 12);
}
