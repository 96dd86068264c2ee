// The preamble of a press release filed as an exhibit (EDGAR EX-99) or sent with
// its contacts first: exhibit labels ("EX-99.1", "Exhibit 99.1"), "News Release"
// labels, logo placeholders, table marks ("|") and contact blocks (names, titles,
// phone numbers, e-mail addresses) come before the headline. Labels are dropped;
// date lines stay on top; the headline comes next (a headline set over two lines
// is joined), then the contact block, then the release. So the headline, date line
// and dateline are where the headline and date finders look, and the contacts
// (people the release names) stay near the top. A release flattened onto one line
// is split the same way, at its dateline.
import { findDateline } from '../dateline.js';
import { isDateLine } from '../published.js';

/** "EX-99.1", "EX-99.1 2 d12345dex991.htm", "Exhibit 99.01", "EXHIBIT 99(a)". */
const EXHIBIT = String.raw`(?:EX-\d{1,3}(?:\.[\dA-Z]{1,4})*(?:\s+\d{1,3}\s+\S+\.(?:html?|txt))?|exhibit\s+(?:no\.\s*)?\d{1,3}(?:\.\d{1,4})*(?:\s*\([a-z0-9]{1,3}\))*)`;
const EXHIBIT_LINE = new RegExp(String.raw`^${EXHIBIT}(?:\s+(?:press|news)\s+release)?[.:]?$`, 'i');
/** "News", "— NEWS RELEASE —", "For Immediate Release", "NYSE: MYE", "[LOGO OF AMD]". */
const LABEL_LINE =
  /^(?:[-–—\s]*(?:news|(?:press|news|media|earnings)\s*releases?|for immediate (?:release|distribution)[.:]?)[-–—\s]*|(?:NYSE|NASDAQ|Nasdaq|AMEX|NYSE American|TSX|OTCQX|OTC)\s*:\s*[A-Z.]{1,6}|\[[^\]]{0,60}\blogo\b[^\]]{0,60}\])$/i;
/** A contact block opens with a label: "Media Contact:", "Contact(s):", "For more information, contact:", "From:". */
const CONTACT_START =
  /^(?:for (?:more|further|additional|editorial|media|investor) information\b.{0,30}:|.{0,40}\bcontacts?(?:\(s\))?\s*:|(?:(?:media|press|investors?|analysts?|editorial|public)\s+)?(?:contacts?|relations|inquiries|enquiries)\b\s*:?|(?:media|press|investors?|analysts?|from)\s*:)/i;
const PHONE = /\+?\(?\d{1,4}\)?[\s./-]?\d{2,4}[\s./-]\d{3,4}(?:[\s.-]\d{2,4})?/;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const URL_TEXT = /(?:https?:\/\/|www\.)\S+/i;
const ADDRESS = /\bP\.?\s?O\.? Box\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b/;
/** A headline line that stops on a word that cannot end one: its next line continues it. */
const OPEN_END = /\b(?:by|of|to|for|and|or|in|with|the|a|an|on|as|at|from|its|their|into|over|after|amid)$|[,&–—-]$/i;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const isSentence = (s: string): boolean => /[.!?]["”’)]?$/.test(s) && words(s) > 6;
const hasDetail = (s: string): boolean => PHONE.test(s) || EMAIL.test(s) || URL_TEXT.test(s) || ADDRESS.test(s);
const allCaps = (s: string): boolean => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
/** A line without its table marks: "|Dana R. Whitlow" -> "Dana R. Whitlow". */
const bare = (s: string): string => s.replace(/^[|\s]+|[|\s]+$/g, '');

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** "<PAGE>   2" on a line of its own, with the page's number on the line above: EDGAR's page breaks. */
const PAGE_MARK = /(?:^[ \t]*\d{1,3}[ \t]*\n)?^[ \t]*<PAGE>[ \t]*\d{0,3}[ \t]*(?:\n|$)/gim;

/** The text without the page marks of an exhibit filed as plain text (a page break is no text). */
export const withoutPageMarks = (text: string): string =>
  text.includes('<PAGE>') ? text.replace(PAGE_MARK, '') : text;

/**
 * The text with an exhibit's preamble set aside; the same string when it has none.
 * The rest of the text keeps its own line breaks.
 */
export function setAsideExhibitPreamble(text: string): string {
  const flat = splitFlattened(text);
  if (flat !== null) return flat;
  const lines = linesOf(text);
  const kept: string[] = [];
  const contacts: string[] = [];
  let labels = 0;
  let inContact = false;
  let i = 0;
  for (; i < lines.length && i < 40; i++) {
    const p = bare(lines[i]?.text ?? '');
    if (!p) {
      labels++;
      continue;
    }
    if (EXHIBIT_LINE.test(p) || LABEL_LINE.test(p)) {
      labels++;
      inContact = false;
      continue;
    }
    if (isDateLine(p)) {
      kept.push(p);
      continue;
    }
    if (CONTACT_START.test(p) && words(p) <= 24) {
      inContact = true;
      contacts.push(p);
      continue;
    }
    if (hasDetail(p) && words(p) <= 24) {
      contacts.push(p);
      continue;
    }
    // A name, title or company in a contact block: short, and a phone or address follows soon.
    if (inContact && words(p) <= 8 && !isSentence(p) && detailAhead(lines, i + 1)) {
      contacts.push(p);
      continue;
    }
    break;
  }
  // Only a text that opens with an exhibit label or a contact block has a preamble.
  if ((!labels && !contacts.length) || i >= lines.length) return text;
  const sep = text.includes('\n\n') ? '\n\n' : '\n';
  const rest = lines.slice(i);
  const head = headlineOf(rest, sep);
  const after = rest[head.lines]?.start ?? text.length;
  // the contact block stays one block: a name or title its lines break stays whole (see segment/paragraphs.ts)
  const parts = [...kept, ...(head.text ? [head.text] : []), contacts.join('\n'), text.slice(after).trim()];
  return parts.filter((x) => x.trim()).join(sep);
}

/** True when one of the next lines of a contact block (short ones; table marks skipped) holds a phone number, e-mail or address. */
function detailAhead(lines: Line[], from: number): boolean {
  let seen = 0;
  for (let k = from; k < lines.length && seen < 8; k++) {
    const p = bare(lines[k]?.text ?? '');
    if (!p) continue;
    seen++;
    if (hasDetail(p)) return true;
    if (words(p) > 8 || isSentence(p)) return false;
  }
  return false;
}

/** A line where the release's body starts: a dateline, a sentence, a long paragraph. */
const opensBody = (p: string): boolean => isSentence(p) || words(p) > 30 || findDateline(p, 1) != null;

/**
 * The headline block at the top of what follows the preamble, and how many lines it
 * takes: up to three short lines before the body (a headline and its subheads). The
 * headline's own line is joined with the next when it stops on an open word
 * ("... Agreement to" / "Sell its ...") or both are in capitals.
 */
function headlineOf(rest: Line[], sep: string): { text: string | null; lines: number } {
  const block: string[] = [];
  for (const line of rest.slice(0, 3)) {
    const p = bare(line.text);
    if (!p || opensBody(p) || isDateLine(p)) break;
    block.push(p);
  }
  if (!block.length || block.length === rest.length) return { text: null, lines: 0 };
  const lines = block.length;
  const [a, b] = block;
  if (a && b && words(b) <= 16 && (OPEN_END.test(a) || (allCaps(a) && allCaps(b)))) block.splice(0, 2, `${a} ${b}`);
  return { text: block.join(sep), lines };
}

const LEADING_LABELS = new RegExp(
  String.raw`^(?:\s*(?:EX-\d{1,3}(?:\.[\dA-Z]{1,4})*\s+\d{1,3}\s+\S+\.(?:html?|txt)\b[^\n]{0,160}?(?=\bexhibit\s+\d)|${EXHIBIT}|(?:press|news) release|for immediate release|\[[^\]]{0,60}\blogo\b[^\]]{0,60}\])[.:]?)+\s*`,
  'i',
);

/** The first dateline of a long line, searched at each capitalized word after `from`. */
function datelineIn(line: string, from: number): number {
  const limit = Math.min(line.length, from + 900);
  for (let i = from + 1; i < limit; i++) {
    if (line[i - 1] !== ' ' || !/[A-Z]/.test(line[i] ?? '')) continue;
    const d = findDateline(line.slice(i, i + 300), 1);
    if (!d?.date) continue;
    // "… East Coast Financial Services Company CHARLOTTE and WINSTON-SALEM, N.C., April 16":
    // the place starts where the words turn to capitals.
    const span = line.slice(i, i + d.end);
    const turn = /(?<=\p{Ll}[\p{L}.]*\s)(?=\p{Lu}{2,}[\s,])/u.exec(span);
    if (turn && !/\b\p{Lu}{2,}\b/u.test(span.slice(0, turn.index))) {
      const j = i + turn.index;
      if (findDateline(line.slice(j, j + 300), 1)?.date) return j;
    }
    return i;
  }
  return -1;
}

/**
 * A release that arrives as one long line ("EX-99.1 … Exhibit 99.1 Contacts: … Headline
 * CITY, Month D, YYYY -- Body"): labels dropped, then the headline, the contacts and the
 * body from the dateline on. Null when the text is not such a line.
 */
function splitFlattened(text: string): string | null {
  const nl = text.indexOf('\n');
  const firstLine = nl < 0 ? text : text.slice(0, nl);
  if (firstLine.length < 400) return null;
  const labels = LEADING_LABELS.exec(firstLine);
  if (!labels) return null;
  const from = labels[0].length;
  const at = datelineIn(firstLine, from);
  if (at < 0) return null;
  const preface = firstLine.slice(from, at).trim();
  if (!preface || words(preface) > 100) return null;
  // The headline follows the last contact detail (phone, e-mail, web address) of the preface.
  let cut = 0;
  for (const re of [new RegExp(PHONE.source, 'g'), new RegExp(EMAIL.source, 'g'), new RegExp(URL_TEXT.source, 'gi')]) {
    for (let m = re.exec(preface); m; m = re.exec(preface)) cut = Math.max(cut, m.index + m[0].length);
  }
  // The contacts end as a sentence does: a run of names and numbers with no stop reads as a heading.
  const contacts = preface
    .slice(0, cut)
    .trim()
    .replace(/([^.!?])$/, '$1.');
  const headline = preface
    .slice(cut)
    .replace(/^[\s,;:|]+/, '')
    .replace(/\s+-{3,}\s+/g, ' - ')
    .trim();
  const parts = [headline, contacts, firstLine.slice(at).trim(), ...(nl < 0 ? [] : [text.slice(nl + 1)])];
  return parts.filter((p) => p?.trim()).join('\n\n');
}
