// Page furniture named by its markup: class/id words (share bars, related
// stories, newsletter boxes, captions, galleries), hidden elements, date and
// author microdata, tag lists.
import { allElements, linkTextLength, removeAll, textLength } from './dom.js';

/** class/id words of page furniture, matched as whole dash/underscore-separated words. */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|sharebar|social|related|newsletter|subscribe|subscription|signup|cookie|consent|comments?|promo|advert|advertisement|ads?|sponsored|outbrain|taboola|recommended|recommendations|readmore|read-more|more-stories|tags?|taglist|tag-list|breadcrumbs?|byline|author|authors|bio|caption|credit|credits|copyright|disclaimer|disclosure|trending|popular|tooltip|popover|hovercard|modal|toolbar|timestamp|published|pubdate|print|donate|paywall|sidebar|skip-link|jump-link|button|btn|cta|gallery|slideshow|carousel|lightbox)(?:$|[\s_-])/i;

/** Byline words. Before Readability runs they stay: it removes the first byline it meets, and
 * with the real one gone it would take the dateline ("CAIRO —") for it. */
const BYLINE = /(?:^|[\s_-])(?:byline|author|authors)(?:$|[\s_-])/i;

/** Words that make a class name content even when a furniture word is present. */
const CONTENT_CLASS =
  /(?:^|[\s_-])(?:article-?body|story-?body|entry-content|post-content|main-content|content-body)(?:$|[\s_-])/i;

// State classes name a feature by its absence or presence ("hasnt-bio", "no-sidebar", "with-comments"):
// they describe the element, they do not make it furniture.
const STATE_CLASS = /(?:^|\s)(?:has|hasnt|has-no|no|with|without|show|hide|is|is-not|not)[-_][\w-]+/gi;

/** An element's class and id words when they name furniture, else ''. */
function furnitureNames(el: Element): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Most elements name no furniture at all: test before the costlier state-class strip.
  if (!FURNITURE.test(raw)) return '';
  const names = raw.replace(STATE_CLASS, ' ').trim();
  return FURNITURE.test(names) ? names : '';
}

/** Characters of prose each element holds: long paragraphs with few links. */
function proseLength(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    const len = textLength(p);
    if (len >= 150 && linkTextLength(p) < 0.2 * len) n += len;
  }
  return n;
}

/** Elements that hold a byline (so Readability can still find it), as a set of ancestors. */
function bylineHolders(elements: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const el of elements) {
    if (!/byline|author/i.test(el.getAttribute('class') ?? '')) continue;
    for (let up = el.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

/** Elements named as page furniture, unless they hold a large share of the text.
 * `elements` is every element under root, when the caller has walked the tree already. */
export function removeFurniture(
  root: Element,
  options: { bylines: boolean },
  elements: Element[] = allElements(root),
): void {
  const holders = options.bylines ? new Set<Element>() : bylineHolders(elements);
  const named = elements.filter((el) => {
    const n = furnitureNames(el);
    if (n === '' || CONTENT_CLASS.test(n)) return false;
    return options.bylines || !(BYLINE.test(n) || holders.has(el));
  });
  if (named.length === 0) return;
  // A wrapper named "content-sidebar" or "share-enabled" can hold the story itself:
  // keep what holds a large share of the text or most of the page's prose.
  const total = textLength(root);
  let prose = -1;
  removeAll(root, named, (el) => {
    const len = textLength(el);
    if (len > Math.max(0.25 * total, 400)) return true;
    // An element's prose is part of its text (paragraphs of 150+ characters), so a small
    // element cannot hold most of the prose: measure it only for the larger ones.
    if (len < 300) return false;
    if (prose < 0) prose = proseLength(root);
    return prose > 0 && len > 0.5 * prose && proseLength(el) > 0.5 * prose;
  });
}

/** Embedded posts (a quoted tweet in a "social-media-embed" box) are quoted content, and the
 * annotated bodies keep them. The box's furniture name goes, and the post's links become
 * plain text, so neither our filters nor Readability's link-density pass drop it. */
export function keepEmbeddedPosts(root: Element): void {
  for (const quote of Array.from(root.querySelectorAll('blockquote[class]'))) {
    const size = textLength(quote);
    if (size < 20 || !/tweet|instagram|tiktok|facebook|social|embed/i.test(quote.getAttribute('class') ?? '')) continue;
    for (const a of Array.from(quote.getElementsByTagName('a'))) a.replaceWith(...Array.from(a.childNodes));
    for (let box = quote.parentElement; box && box !== root; box = box.parentElement) {
      if (textLength(box) > size + 100) break;
      if (furnitureNames(box) !== '') {
        box.removeAttribute('class');
        box.removeAttribute('id');
      }
    }
  }
}

/** Figures that hold no prose (a picture and its credit line once the caption is gone). */
export function removeBareFigures(root: Element): void {
  removeAll(
    root,
    Array.from(root.querySelectorAll('figure')).filter((f) => !f.querySelector('p, blockquote, table, pre, ul, ol')),
  );
}

// Class names that hide an element from sighted readers (ad slots, screen-reader labels).
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|sr-only|visually-hidden|visuallyhidden|screen-reader-text|offscreen|off-screen)(?:\s|$)/i;

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const hiddenByClass = (el: Element): boolean => HIDDEN_CLASS.test(el.getAttribute('class') ?? '');

/** Elements the reader never sees: inline display:none, the hidden attribute, hiding classes.
 * A "hidden" class on most of the page's prose is a story that scripts reveal: it stays. */
export function removeHidden(root: Element, elements: Element[] = allElements(root)): void {
  let prose = -1;
  const revealed = (el: Element): boolean => {
    if (prose < 0) prose = proseLength(root);
    // An element's prose is part of its text: measure prose only when the text is large enough.
    return prose > 0 && textLength(el) > 0.5 * prose && proseLength(el) > 0.5 * prose;
  };
  removeAll(
    root,
    elements.filter((el) => hiddenByMarkup(el) || (hiddenByClass(el) && !revealed(el))),
  );
}

// Microdata that marks a stamp or a name outside the prose: the date line, the byline.
const STAMP_ITEMPROPS = '[itemprop="datePublished"], [itemprop="dateModified"], [itemprop="author"]';

/** Date and author stamps marked with microdata, and tag lists (rel="tag" links). */
export function removeStamps(root: Element): void {
  removeAll(
    root,
    Array.from(root.querySelectorAll(STAMP_ITEMPROPS)),
    (el) => el.tagName === 'META' || textLength(el) >= 200,
  );
  // The tag links' container, when it holds little besides them ("Tags: a, b, c").
  const lists: Element[] = [];
  for (const a of Array.from(root.querySelectorAll('a[rel~="tag"]'))) if (a.parentElement) lists.push(a.parentElement);
  removeAll(root, lists, (el) => textLength(el) - linkTextLength(el) >= 40);
}
