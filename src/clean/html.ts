// HTML page to the article's headline, body and publication date. Readability
// (Mozilla's reader view) on a linkedom DOM finds the main content; small
// filters then drop the boilerplate it lets through, and paragraphs become
// blank-line separated text. Scripts are never run: linkedom does not execute them.
import { createRequire } from 'node:module';
import { removeBoilerplate, removePageFurniture } from './html/boilerplate.js';
import { flattenDeepNesting } from './html/depth.js';
import { setAsideExhibitPreamble } from './html/exhibit.js';
import { chooseHeadline, isFileTitle } from './html/headline.js';
import { readJsonLd } from './html/jsonld.js';
import { pruneHtml } from './html/prune.js';
import { findPublishedDate } from './html/published.js';
import { blockText } from './html/text.js';
import { normalizeText } from './normalize.js';
import { findPublished } from './published.js';

export { blockText } from './html/text.js';

// The DOM and Readability load on the first HTML article (their CommonJS builds, which load
// synchronously), not at start-up: a text or newswire batch never pays for them.
const require = createRequire(import.meta.url);
let dom: {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
} | null = null;
function htmlModules(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return dom;
}

export interface CleanedHtml {
  headline: string | null;
  text: string;
  published: string | null;
  /** Characters of visible text in the page's body (scripts, styles and hidden parts left out). */
  visibleChars: number;
}

const metaContent = (document: Document, selector: string): string | null =>
  document.querySelector(selector)?.getAttribute('content')?.trim() || null;

function titleSources(document: Document, jsonLdHeadline: string | null) {
  const metaTitles = [
    metaContent(document, 'meta[property="og:title"]'),
    metaContent(document, 'meta[name="twitter:title"]'),
    jsonLdHeadline,
    document.querySelector('title')?.textContent?.trim() || null,
  ].filter((t): t is string => !!t);
  // og:site_name only: application-name is sometimes the page's own title.
  const siteNames = [metaContent(document, 'meta[property="og:site_name"]')].filter((t): t is string => !!t);
  const h1s = Array.from(document.querySelectorAll('h1'))
    .filter((h) => !h.closest('[hidden], [aria-hidden="true"]'))
    .map((h) => h.textContent ?? '');
  return { h1s, metaTitles, siteNames };
}

/** Readability's article element, or null when it finds none (or trips over an odd DOM). */
function readArticle(document: Document): { content: Element; title: string | null } | null {
  try {
    const { Readability } = htmlModules();
    const article = new Readability<Element>(document, {
      charThreshold: 300,
      keepClasses: true,
      disableJSONLD: true,
      serializer: (el) => el as Element,
    }).parse();
    return article?.content ? { content: article.content, title: article.title ?? null } : null;
  } catch {
    return null;
  }
}

/** linkedom needs an <html> element to build a document; fragments and plain text get one. */
const asPage = (html: string): string =>
  /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;

/** Elements that only a page around an article has: navigation, sections, forms, frames. */
const PAGE_MARKUP =
  'article, main, nav, header, footer, aside, form, iframe, menu, [role="main"], [role="navigation"], [role="banner"], [itemprop="articleBody"]';

/**
 * A body without any page markup, few links and no script-built layout: a document,
 * not a web page. Its whole text is the article.
 */
function isBarePage(body: Element): boolean {
  if (body.querySelector(PAGE_MARKUP)) return false;
  if (body.querySelectorAll('a[href]').length > 10) return false;
  return body.querySelectorAll('p, td, div, font').length > 0;
}

export function cleanHtml(html: string): CleanedHtml {
  const jsonLd = readJsonLd(html);
  const { document: page } = htmlModules().parseHTML(asPage(pruneHtml(html)));
  const document = page as unknown as Document;
  const published = findPublishedDate(document, jsonLd.datePublished);
  // Read the titles before Readability, which rewrites the DOM in place.
  const headline = chooseHeadline(titleSources(document, jsonLd.headline));
  const body = document.body ?? document.documentElement;
  if (!body) return { headline, text: '', published, visibleChars: 0 };
  flattenDeepNesting(body);
  removePageFurniture(body);
  // Short pages and notices may have no article for Readability to find: their whole text is
  // the body, read before Readability rewrites it. Long pages always yield an article.
  const visibleChars = (body.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  // A document laid out with tables, divs and paragraphs alone (EDGAR exhibits, filings saved
  // as HTML) has no page around its text: when Readability keeps less than half of it, it cut the
  // release (table layouts score low), and the whole text is kept instead.
  const bare = isBarePage(body) ? blockText(body) : null;
  const whole = (body.textContent ?? '').length < 5000 ? blockText(body) : null;
  const article = readArticle(document);
  let text = '';
  if (article) {
    removeBoilerplate(article.content, headline);
    text = blockText(article.content);
  }
  if (bare && text.length < bare.length / 2) text = bare;
  return {
    headline: headline ?? (article?.title?.trim() && !isFileTitle(article.title) ? article.title.trim() : null),
    text: text || (whole ?? blockText(body)),
    // A document states its date in its text (a date line above the headline), which the
    // boilerplate filters take for a page stamp: it is read from the whole text.
    published:
      published ?? (bare ? (findPublished(setAsideExhibitPreamble(normalizeText(bare)))?.value ?? null) : null),
    visibleChars,
  };
}
