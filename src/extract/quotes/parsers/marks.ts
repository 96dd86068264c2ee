// Quoted stretches of text: curly pairs, straight pairs within a paragraph, and
// quotes that run over paragraphs, where a paragraph ends with the quote still
// open and the next one starts with a fresh opening mark (wire and press style).
import type { Span } from '../../../document.js';
import type { QuoteCandidate } from '../types.js';

/** Longest stretch taken as a quote whose opening mark is missing. */
const MAX_ORPHAN = 1500;

const MARKS = /[“”"„«»]/g;
const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** Paragraph spans: from the document when segmented, else blank-line separated blocks. */
export function paragraphSpans(text: string, given: Span[]): Span[] {
  if (given.length) return given;
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A straight quote glued to the word before and followed by space or punctuation closes: `future," said`. */
const looksClosing = (text: string, at: number): boolean =>
  text[at] === '"' && /[\p{L}\p{N}.,!?]/u.test(text[at - 1] ?? ' ') && /[\s,.;:)]|^$/.test(text[at + 1] ?? '');

function candidate(text: string, open: number, close: number, reopen: number[]): QuoteCandidate {
  // The words inside, without the marks that reopen continued paragraphs.
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  let words = text.slice(start, end);
  for (const at of [...reopen].reverse()) {
    if (at < start || at >= end) continue;
    words = words.slice(0, at - start) + words.slice(at - start + 1);
  }
  return {
    start,
    end,
    open,
    close,
    text: words,
    written: null,
    cue: null,
    pronoun: null,
    orphan: false,
    speaker: null,
  };
}

export function findQuoteMarks(text: string, paragraphs: Span[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let open: number | null = null;
  let reopen: number[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let skipFirst = open != null; // the mark that reopens a continued quote
    let firstMark = true;
    MARKS.lastIndex = para.start;
    for (let m = MARKS.exec(text); m && m.index < para.end; m = MARKS.exec(text)) {
      const mark = m[0];
      const wasFirst = firstMark;
      firstMark = false;
      if (skipFirst) {
        skipFirst = false;
        if (!CLOSERS.has(mark)) {
          reopen.push(m.index);
          continue;
        }
      }
      if (open == null) {
        if (CLOSERS.has(mark) || looksClosing(text, m.index)) {
          // A closing mark with nothing open: the opener was lost; the quote may run from the paragraph
          // start, when it is the paragraph's first mark and the paragraph is of prose length.
          if (wasFirst && m.index - para.start < MAX_ORPHAN)
            out.push({ ...candidate(text, para.start - 1, m.index, []), orphan: true });
        } else open = m.index;
      } else if (OPENERS.has(mark) && text[open] !== '"') {
        // An opener while one is open: the earlier one was never closed; start over here.
        open = m.index;
        reopen = [];
      } else if (!OPENERS.has(mark)) {
        out.push(candidate(text, open, m.index, reopen));
        open = null;
        reopen = [];
      }
    }
    if (open == null) continue;
    const next = paragraphs[p + 1];
    const continues = next && /^\s*[“"„«]/.test(text.slice(next.start, next.start + 3));
    if (!continues) {
      // No closing mark in the paragraph and none coming: the quote ends with the paragraph.
      out.push(candidate(text, open, para.end, reopen));
      open = null;
      reopen = [];
    }
  }
  if (open != null) out.push(candidate(text, open, text.length, reopen));
  return out.filter((q) => q.end > q.start);
}
