// Clause boundaries inside a sentence: where a trigger's subject may start
// (after a relative pronoun or a comma) and where its object ends (before the
// next clause's own subject), and which organization a sentence is about.
import type { Span } from '../../document.js';
import type { OrgMention } from './mentions.js';

// Parenthesized text blanked out, so that a ";" inside "(“Vesper” or the “Company”; LARKSPUR: TYHT)" cuts nothing.
const unbracketed = (text: string, from: number, to: number): string =>
  text.slice(from, to).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));

// Two regexes, not one: matchAll starts from the lastIndex a shared /g regex was left at by exec,
// which made a sentence's reading depend on the article read before it in the same thread.
const RELATIVE = /(?:,\s*(?:who|which|whose|where)\b|;|\bwho\b)/;
const RELATIVE_ALL = new RegExp(RELATIVE.source, 'g');

export function lastRelative(text: string, from: number, to: number): number {
  let cut = from;
  for (const m of unbracketed(text, from, to).matchAll(RELATIVE_ALL)) cut = from + m.index + m[0].length;
  return cut;
}

export function firstRelative(text: string, from: number, to: number): number {
  const m = RELATIVE.exec(unbracketed(text, from, to));
  return m ? from + m.index : to;
}

/** The comma of "Harlow Management, Inc.": inside a company's name, no clause boundary. */
const SUFFIX_COMMA = /,(?=\s*(?:Inc|Ltd|LLC|L\.L\.C|LLP|L\.?P|Corp|Co|N\.V|S\.A|plc|PLC|GmbH|AG|Limited)\b)/g;

export function lastComma(text: string, from: number, to: number): number {
  const s = unbracketed(text, from, to).replace(SUFFIX_COMMA, ' ');
  const i = s.lastIndexOf(',');
  return i < 0 ? from : from + i + 1;
}

// "A purchased X shares ... and B purchased Y shares": B opens the next trigger's clause, not this one's object.
export function nextSubject(text: string, parties: OrgMention[], from: number, nextStart: number): number {
  const gap = text.slice(from, nextStart);
  let cut = -1;
  for (const m of gap.matchAll(/\b(?:and|but|while|whereas)\s+/g)) cut = m.index;
  if (cut < 0) return nextStart;
  const at = from + cut;
  const subject = parties.find((m) => m.start >= at && m.end <= nextStart);
  if (
    !subject ||
    /\S/.test(text.slice(subject.end, nextStart).replace(/\b(?:also|will|has|have|had|then|to)\b|[,\s]/g, ''))
  )
    return nextStart;
  return at;
}

// Words between a trigger and the previous one that make them share a subject: "will sell X to B and will acquire".
export const COORDINATION =
  /\b(?:and|but)\s+(?:(?:will|would|also|has|have|had|is|are|was|to|then|plans\s+to|agreed\s+to)\s+)*$/i;

export interface SubjectState {
  /** The organization the story is currently about, for "it" and "the company". */
  subject: string | null;
}

const PLACE_PREPOSITION = /\b(?:with|from|to|for|in|at|on|into)\s+(?:the\s+)?<?$/i;

/** The organization a sentence is about: its first one, when it comes early in the sentence. */
export function sentenceSubject(text: string, sentence: Span, parties: OrgMention[]): OrgMention | null {
  // "In a filing with the SEC, the group said": a name after a preposition is not what the sentence is about.
  const first = parties.find(
    (m) => !PLACE_PREPOSITION.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)),
  );
  if (!first) return null;
  const before = text.slice(sentence.start, first.start);
  if (before.split(/\s+/).length > 12) return null;
  return first;
}
