// From a name as written to the speaker to report: the person the people
// extractor found there (surname-only mentions give the full name), else the
// written name stripped of titles, else nothing when it names an organization.
import type { Document, Person, Span } from '../../document.js';
import { HONORIFICS, LEGAL_SUFFIXES, TITLE_CORES, TITLE_MODIFIERS } from '../lexicon/words.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The person with a mention overlapping the span, the earliest such mention first. */
export function personAt(people: Person[], span: Span): Person | null {
  let best: { p: Person; at: number } | null = null;
  for (const p of people)
    for (const m of p.mentions) if (overlaps(m, span) && (!best || m.start < best.at)) best = { p, at: m.start };
  return best?.p ?? null;
}

/** The person mentioned last before `at` (for "he said"). */
export function personBefore(people: Person[], at: number, within = 1500): Person | null {
  let best: { p: Person; at: number } | null = null;
  for (const p of people)
    for (const m of p.mentions)
      if (m.end <= at && m.start >= at - within && (!best || m.start > best.at)) best = { p, at: m.start };
  return best?.p ?? null;
}

// Abbreviated titles written before names in news copy ("Sen. David Boren", "Gov. Cuomo").
const ABBREVIATED = new Set([
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'adm',
  'pres',
  'amb',
  'hon',
  'rev',
]);

const isTitleWord = (w: string): boolean => {
  const l = w.toLowerCase().replace(/[.,]$/, '');
  return (
    TITLE_CORES.has(l) || TITLE_MODIFIERS.has(l) || HONORIFICS.has(l) || ABBREVIATED.has(l) || l === 'and' || l === 'of'
  );
};

/** "Tarrant CEO Matt Barrow" -> "Matt Barrow"; "Dr. Radley Graves" -> "Radley Graves". */
export function stripTitles(written: string): string {
  const words = written.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (isTitleWord(w)) last = i;
  });
  return words
    .slice(last + 1)
    .join(' ')
    .replace(/^.*['’]s\s+/, '')
    .replace(/[.,]$/, '');
}

const surname = (name: string): string => name.split(/\s+/).pop() ?? name;

/** The person whose name or alias is the written name, or whose surname it is. */
export function personNamed(people: Person[], name: string): Person | null {
  const exact = people.find((p) => p.name === name || p.aliases.includes(name));
  if (exact) return exact;
  const last = surname(name);
  const bySurname = people.filter((p) => surname(p.name) === last);
  return bySurname.length === 1 ? bySurname[0]! : null;
}

const namesOrganization = (doc: Document, name: string, span: Span): boolean =>
  doc.organizations.some(
    (o) =>
      o.name === name || o.aliases.includes(name) || o.mentions.some((m) => m.start >= span.start && m.end <= span.end),
  ) || LEGAL_SUFFIXES.has((name.split(/\s+/).pop() ?? '').toLowerCase());

/**
 * "Boren said" after "Sen. David Boren" earlier, "Ye said" after "President Ye Delmont":
 * the fuller form written before, given name first or (after a title) surname first.
 */
function fullerName(text: string, last: string, before: number): string | null {
  const word = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The fuller form is written near the first mentions; a bounded window keeps long texts linear.
  const head = text.slice(Math.max(0, before - 20000), before);
  // Both patterns hold the name itself: most names are not written before, and scanning for the words around them is slow.
  if (!head.includes(last)) return null;
  const given = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,3})${word}\\b`, 'u').exec(head);
  if (given) {
    const full = stripTitles(`${given[1]!.trim()} ${last}`);
    if (full.includes(' ')) return full;
  }
  const surnameFirst = new RegExp(`([\\p{L}.]+)\\s+${word}\\s+(\\p{Lu}[\\p{L}'’-]+)\\b`, 'gu');
  for (let m = surnameFirst.exec(head); m; m = surnameFirst.exec(head))
    if (isTitleWord(m[1]!)) return `${last} ${m[2]}`;
  return null;
}

/** The speaker for a written name at `span` inside the attribution `cue`. */
export function speakerFor(
  doc: Document,
  name: string,
  span: Span,
  cue: Span | null,
  earlier: string[] = [],
): string | null {
  const atSpan = personAt(doc.people, span);
  if (atSpan) return atSpan.name;
  const stripped = stripTitles(name);
  if (stripped) {
    const named = personNamed(doc.people, stripped);
    if (named) return named.name;
  }
  // The regex may have taken the organization in "X, CEO of Acme Corp said": a known person in the clause wins.
  const inCue = cue ? personAt(doc.people, cue) : null;
  if (inCue) return inCue.name;
  if (!stripped || namesOrganization(doc, name, span)) return null;
  if (!/\s/.test(stripped)) {
    const said = earlier.find((e) => e.endsWith(` ${stripped}`));
    if (said) return said;
    const fuller = fullerName(doc.text, stripped, span.start);
    if (fuller) return fuller;
  }
  // A lone capitalized word with no person behind it is as likely a company ("Grove said"),
  // unless an honorific says it is a person ("Mr. Aldous").
  if (!/\s/.test(stripped) && !/^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\b/.test(name)) return null;
  return stripped;
}
