// clean: raw article to cleaned text, headline, dateline, publication date and
// story boundaries. Everything after this stage points into `doc.text`.
import type { Document } from '../document.js';
import { findHeadline } from './headline.js';
import { cleanHtml } from './html.js';
import { normalizeText } from './normalize.js';
import { findPublished, normalizePublished } from './published.js';
import { REPAIRS } from './repairs/index.js';
import { findStories } from './stories.js';

export interface CleanOptions {
  /** Named repairs from ./repairs.ts, applied in order before normalization. */
  repairs?: string[];
}

export function clean(doc: Document, options: CleanOptions = {}): Document {
  let text = doc.raw;
  let headline = doc.meta.headline?.trim() || null;
  let published = normalizePublished(doc.meta.published);
  const messages = [...doc.messages];

  if (doc.format === 'html') {
    const page = cleanHtml(doc.raw);
    text = page.text;
    headline ??= page.headline;
    published ??= page.published;
  }
  if (doc.meta.dateline) text = `${doc.meta.dateline.trim()} ${text.trimStart()}`;
  for (const name of options.repairs ?? []) {
    const repair = REPAIRS[name];
    if (!repair) throw new Error(`unknown repair "${name}" in pipeline`);
    text = repair(text);
  }
  text = normalizeText(text);
  if (!text)
    messages.push({ reason: 'no article text left after cleaning', ruleId: 'clean:empty', severity: 'warning' });

  if (headline == null && doc.format !== 'html') headline = findHeadline(text)?.headline ?? null;
  published ??= findPublished(text)?.value ?? null;

  return { ...doc, text, headline, published, stories: findStories(text), messages };
}
