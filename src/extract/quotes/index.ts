// quotes: quoted speech with its span and speaker. Marks give the candidates,
// attribution parsers look after and before each one for who said it, refiners
// carry speakers over to continued quotes and drop marks that only set off a term.
import type { Document, Quote } from '../../document.js';
import { attributeAfter } from './parsers/after.js';
import { attributeBefore } from './parsers/before.js';
import { findQuoteMarks, paragraphSpans } from './parsers/marks.js';
import { dropScareQuotes } from './refiners/dropScareQuotes.js';
import { previousSpeaker } from './refiners/previousSpeaker.js';
import { personBefore, speakerFor } from './speaker.js';

/** More quotations than any article holds: beyond this the text is not prose. */
const MAX_QUOTES = 1000;

export function findQuotes(doc: Document): Quote[] {
  const { text } = doc;
  // One-word stretches between marks are terms or stray marks, never kept: skip them before the
  // costlier attribution, and bound the work on pathological texts full of quote marks.
  const found = findQuoteMarks(text, paragraphSpans(text, doc.paragraphs))
    .filter((q) => /\s/.test(q.text))
    .slice(0, MAX_QUOTES);
  for (const q of found) {
    attributeAfter(text, q);
    attributeBefore(text, q);
  }
  const kept = dropScareQuotes(text, found);
  let lastSpeaker: string | null = null;
  const speakers: string[] = [];
  for (const [i, q] of kept.entries()) {
    previousSpeaker(text, kept, i);
    if (q.written) q.speaker = speakerFor(doc, q.written.name, q.written, q.cue, speakers);
    else if (q.pronoun != null) q.speaker = personBefore(doc.people, q.open)?.name ?? lastSpeaker;
    if (q.speaker) {
      lastSpeaker = q.speaker;
      if (!speakers.includes(q.speaker)) speakers.push(q.speaker);
    }
  }
  return kept.map((q) => ({ speaker: q.speaker, text: q.text, start: q.start, end: q.end }));
}

export function extractQuotes(doc: Document): Document {
  return { ...doc, quotes: findQuotes(doc) };
}
