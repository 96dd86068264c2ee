// clean: raw article to cleaned text, headline, dateline, publication date and
// story boundaries. Everything after this stage points into `doc.text`.
import type { Document } from '../document.js';
import { findDateline } from './dateline.js';
import { findHeadline } from './headline.js';
import { setAsideExhibitPreamble, withoutPageMarks } from './html/exhibit.js';
import { cleanHtml } from './html.js';
import { normalizeText } from './normalize.js';
import { findPublished, normalizePublished } from './published.js';
import { REPAIRS } from './repairs/index.js';
import { findStories } from './stories.js';

export interface CleanOptions {
  /** Named repairs from ./repairs/, applied in order before normalization. */
  repairs?: string[];
}

export function clean(doc: Document, options: CleanOptions = {}): Document {
  let text = doc.raw;
  let headline = doc.meta.headline?.trim() || null;
  let published = normalizePublished(doc.meta.published);
  const messages = [...doc.messages];

  // The characters of readable text the input holds: the page's visible text for HTML.
  let inputChars = doc.raw.length;
  if (doc.format === 'html') {
    const page = cleanHtml(doc.raw);
    text = page.text;
    inputChars = page.visibleChars;
    headline ??= page.headline;
    published ??= page.published;
  }
  // A dateline the container states (Reuters DATELINE) opens the text, as in print.
  const metaDateline = doc.meta.dateline ? normalizeText(doc.meta.dateline) : '';
  if (metaDateline) text = `${metaDateline} ${text.trimStart()}`;
  // Repairs see one kind of line break.
  text = withoutPageMarks(text.replace(/\r\n?/g, '\n'));
  const unrepaired = text;
  for (const name of options.repairs ?? []) {
    const repair = REPAIRS[name];
    if (!repair) throw new Error(`unknown repair "${name}" in pipeline`);
    text = repair(text);
  }
  text = setAsideExhibitPreamble(normalizeText(text));
  const lost = lostText(text, inputChars);
  if (lost) messages.push({ reason: lost, ruleId: 'clean:empty', severity: 'error' });

  // A page with no title, og:title or h1 (EDGAR exhibits) has its headline in its text, as plain text does.
  if (headline == null) headline = findHeadline(text)?.headline ?? null;
  // A repair may take the line that dated the release with it ("For Immediate Release: May 2, 2024").
  published ??=
    findPublished(text)?.value ??
    (unrepaired === text ? null : (findPublished(setAsideExhibitPreamble(normalizeText(unrepaired)))?.value ?? null));
  const found = findDateline(text);
  const dateline = found
    ? { start: found.start, end: found.end, place: found.place }
    : metaDateline && text.startsWith(metaDateline)
      ? { start: 0, end: metaDateline.length, place: placeOf(metaDateline) }
      : null;

  return { ...doc, text, headline, published, dateline, stories: findStories(text), messages };
}

/** Inputs at least this long (characters of readable text) must keep at least LOST_SHARE of it. */
const LOST_MIN_INPUT = 10 * 1024;
const LOST_SHARE = 0.01;

/**
 * Why the cleaned text cannot stand for the input, or null when it can: an empty
 * text, or a sliver of a large input (the cleaner dropped the article). Such an
 * article is an error line, never an empty record in silence.
 */
export function lostText(text: string, inputChars: number): string | null {
  if (!text.trim()) return 'no article text left after cleaning';
  if (inputChars >= LOST_MIN_INPUT && text.length < inputChars * LOST_SHARE)
    return `cleaning kept ${text.length} characters of ${inputChars} (under 1%): the article's text was lost`;
  return null;
}

/** The place of a dateline the dateline pattern did not read: what comes before its date or dash. */
function placeOf(dateline: string): string | null {
  const place = dateline.split(/,?\s+(?=\p{Lu}\p{Ll}{2,}\.? \d)|\s+[-–—]/u)[0]?.replace(/[\s,-]+$/, '');
  return place || null;
}
