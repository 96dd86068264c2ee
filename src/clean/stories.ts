// Story boundaries inside one article's text (normalized: one paragraph a line,
// single spaces). Most articles are one story.
// Two kinds of text hold more:
// - a roundup: several short title lines, each between paragraphs of prose,
//   each opening a piece about other names than the pieces before it;
// - a page that runs on into the next article: a second date line after the
//   body, usually followed by that article's title, or a line announcing other
//   articles ("Related articles", "Read more:", "Next article").
// Text before the first title (a roundup's intro) is a story of its own with no
// title. A trailing unrelated article is KEPT as its own story rather than cut:
// its offsets stay valid, and the segment stage gives each sentence its story
// index so that deals, roles and quotes never join names across stories.
import type { Span, Story } from '../document.js';
import { isDateLine } from './published.js';

interface Paragraph extends Span {
  text: string;
  words: number;
}

// Section heads of one release ("About Acme", "Forward-Looking Statements")
// continue the same story.
const SECTION_HEAD =
  /^(?:about\b|forward[- ]looking|safe harbor|(?:media |investor |press )?contacts?\b|notes? to editors|background|transaction details|advisors|source\b|for more information|conference call|webcast)/i;
// Capitalized words that say nothing about a story's topic.
const FUNCTION_WORDS = new Set(
  'The This That These Those A An In On At For From To Of And But Or As By With It Its He She They We Our Their His Her Also After Before During When While Now Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (end > pos) {
      const t = text.slice(pos, end);
      out.push({ start: pos, end, text: t, words: wordCount(t) });
    }
    pos = end + 1;
  }
  return out;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

const isProse = (p: Paragraph | undefined): boolean => p != null && p.words >= 12 && /[.!?…"”’)]$/.test(p.text);

/** A short line in title style: few words, no closing punctuation, most words capitalized. */
function isTitle(p: Paragraph | undefined): boolean {
  if (!p || p.words < 3 || p.words > 16 || p.text.length > 120 || /[.,;:!]$/.test(p.text)) return false;
  if (SECTION_HEAD.test(p.text) || isDateLine(p.text)) return false;
  const long = p.text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalized = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length > 0 && capitalized / long.length >= 0.6;
}

/** Capitalized words of a paragraph: the names that say what a piece is about. */
function namesOf(p: Paragraph): string[] {
  const out: string[] = [];
  for (const m of p.text.matchAll(/\b\p{Lu}[\p{L}-]{2,}/gu)) if (!FUNCTION_WORDS.has(m[0])) out.push(m[0]);
  return out;
}

// Frequent words that do not tell one story from another.
const COMMON = new Set(
  'that this with from have has had were been will would their they them which what when where about also more most said says into over than then there these those such some other after before while being just like only very much many because could should your year years time first last make made does company companies people percent million billion'.split(
    ' ',
  ),
);

const wordsOf = (p: Paragraph): string[] =>
  (p.text.toLowerCase().match(/\p{Ll}{4,}/gu) ?? []).filter((w) => !COMMON.has(w));

/**
 * Roundup title lines that open a piece on new names; none unless there are at
 * least two. A piece is new when fewer than half of its names were used
 * before it. A feature article's section heads also bring new names, but its
 * sections are long and keep the article's vocabulary: a piece of more than
 * four paragraphs must also share almost no words (fewer than 10%) with the
 * text before it. The text before grows title by title, so this stays linear.
 */
function roundupStarts(paras: Paragraph[]): number[] {
  const titles = paras
    .map((_, i) => i)
    .filter((i) => isTitle(paras[i]) && isProse(paras[i - 1]) && isProse(paras[i + 1]));
  if (titles.length < 2) return [];
  const namesBefore = new Set<string>();
  const wordsBefore = new Map<string, number>();
  let seen = 0;
  const starts = titles.filter((t, k) => {
    for (; seen < t; seen++) {
      for (const n of namesOf(paras[seen]!)) namesBefore.add(n);
      for (const w of wordsOf(paras[seen]!)) wordsBefore.set(w, (wordsBefore.get(w) ?? 0) + 1);
    }
    const piece = paras.slice(t, titles[k + 1] ?? paras.length);
    const names = new Set(piece.flatMap(namesOf));
    const sharedNames = [...names].filter((n) => namesBefore.has(n)).length / Math.max(1, names.size);
    if (names.size === 0 || sharedNames >= 0.5) return false;
    if (piece.length <= 4) return true;
    const words = piece.flatMap(wordsOf);
    return words.filter((w) => (wordsBefore.get(w) ?? 0) >= 2).length < 0.1 * words.length;
  });
  return starts.length >= 2 ? starts : [];
}

/** A date line after the body has begun starts the next article of the page. */
function nextArticleStarts(paras: Paragraph[]): number[] {
  const firstProse = paras.findIndex(isProse);
  if (firstProse < 0) return [];
  const starts: number[] = [];
  let prose = 0;
  for (let i = firstProse; i < paras.length; i++) {
    if (prose >= 2 && isDateLine(paras[i]!.text)) starts.push(i);
    if (isProse(paras[i])) prose++;
  }
  return starts;
}

// A line that announces other articles; what follows it is not this story.
const NEXT_ARTICLE =
  /^(?:related(?: articles?| stories| news| content| posts| coverage| reading)?|read (?:more|next|also)|also read|more (?:stories|news|from [\p{L} ]{2,30})|you (?:may|might) also like|recommended(?: for you| stories)?|(?:up )?next(?: article| story| post)?|previous (?:article|story|post)|trending(?: now| stories)?|latest (?:news|stories))\s*[:.!>»›]*$/iu;

/** A line announcing other articles, after the body has begun, starts another story. */
function separatorStarts(paras: Paragraph[]): number[] {
  const firstProse = paras.findIndex(isProse);
  if (firstProse < 0) return [];
  return paras
    .map((_, i) => i)
    .filter((i) => i > firstProse && i + 1 < paras.length && paras[i]!.words <= 8 && NEXT_ARTICLE.test(paras[i]!.text));
}

function titleAfter(paras: Paragraph[], i: number): string | null {
  if (isTitle(paras[i])) return paras[i]!.text;
  for (let k = i + 1; k <= i + 3 && k < paras.length; k++) {
    const p = paras[k]!;
    if (isProse(p)) break;
    if (p.words >= 3 && p.words <= 25 && !/[.,;:]$/.test(p.text)) return p.text;
  }
  return null;
}

export function findStories(text: string): Story[] {
  const paras = paragraphsOf(text);
  const cues = [...roundupStarts(paras), ...nextArticleStarts(paras), ...separatorStarts(paras)];
  const starts = [...new Set(cues)].sort((a, b) => a - b);
  if (starts.length === 0) return [{ start: 0, end: text.length, title: null }];
  const stories: Story[] = [];
  const first = paras[starts[0]!]!.start;
  if (first > 0) stories.push({ start: 0, end: first, title: null });
  starts.forEach((i, k) => {
    const next = starts[k + 1];
    stories.push({
      start: paras[i]!.start,
      end: next === undefined ? text.length : paras[next]!.start,
      title: titleAfter(paras, i),
    });
  });
  return stories;
}
