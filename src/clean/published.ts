// The article's own publication date, as the text states it: a date header,
// a wire dateline ("NEW YORK, Jan. 16, 2025 /PRNewswire/ --"), a date line at the
// top, an update stamp ("3.8.18:"). Event dates inside sentences are not it.
import { isValid } from 'date-fns';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const iso = (y: number, m: number, d: number): string | null => {
  if (!isValid(new Date(Date.UTC(y, m - 1, d))) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const monthNumber = (name: string): number =>
  MONTHS[
    name
      .toLowerCase()
      .replace('.', '')
      .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
  ] ?? 0;

interface Pattern {
  re: RegExp;
  value: (m: RegExpExecArray) => string | null;
}

const PATTERNS: Pattern[] = [
  // "date 2020-10-26", "Published: 2020-10-26"
  {
    re: /^\s*(?:date|published|posted|updated)?:?\s*(\d{4})-(\d{2})-(\d{2})\b/i,
    value: (m) => iso(+m[1]!, +m[2]!, +m[3]!),
  },
  // Dateline: "CITY, Month D, YYYY /PRNewswire/ --", "ATLANTA, GA – May 2, 2006 –", or a date line of its own.
  {
    re: new RegExp(`^(?:[^\\n]{0,120}?[,(–—-]\\s*|\\s*)${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'im'),
    value: (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!),
  },
  // "30 October 2020"
  {
    re: new RegExp(`^(?:[^\\n]{0,120}?[,(–—-]\\s*|\\s*)(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'im'),
    value: (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!),
  },
  // Update stamp at the start of a paragraph, US order: "3.8.18: This story was updated"
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{2}):/m, value: (m) => iso(2000 + +m[3]!, +m[1]!, +m[2]!) },
];

/** Looks for the publication date in the first lines of the text. */
export function findPublished(text: string, head = 400): { value: string; start: number; end: number } | null {
  const top = text.slice(0, head);
  for (const { re, value } of PATTERNS) {
    const m = re.exec(top);
    if (!m) continue;
    // A dateline date sits in the first line of its paragraph, not deep in a sentence.
    const lineStart = top.lastIndexOf('\n', m.index) + 1;
    if (m.index + m[0].length - lineStart > 160) continue;
    const v = value(m);
    if (v) return { value: v, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Normalizes a date given by the container (JSON `published`, HTML meta) to YYYY[-MM[-DD]]. */
export function normalizePublished(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (m) return m[3] ? iso(+m[1]!, +m[2]!, +m[3]!) : m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return findPublished(s)?.value ?? null;
}
