// Boilerplate that Readability lets through inside the article container:
// share bars, related links, author boxes, captions and credits, tag lists,
// newsletter prompts, comment headers. Each filter is one rule; they run in
// order on the article element Readability returns (classes kept).

/** class/id words of page furniture. Matched as whole dash/underscore-separated words. */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|sharebar|social|related|newsletter|subscribe|subscription|signup|cookie|consent|comments?|promo|advert|advertisement|ads?|sponsored|outbrain|taboola|recommended|recommendations|readmore|read-more|more-stories|tags?|taglist|tag-list|breadcrumbs?|byline|author|authors|bio|caption|credit|copyright|disclaimer|disclosure|trending|popular|rollover|tooltip|popover|hovercard|modal|toolbar|timestamp|dateline-time|published|pubdate|print|donate|paywall|widget|sidebar|skip-link|jump-link)(?:$|[\s_-])/i;

/** Words that make a class name content even when a furniture word is present. */
const CONTENT_CLASS =
  /(?:^|[\s_-])(?:article-?body|story-?body|entry-content|post-content|main-content|content-body)(?:$|[\s_-])/i;

const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textLength(a);
  return n;
}

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

/** Elements named as page furniture, unless they hold much of the article. */
function removeFurniture(root: Element, total: number): void {
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el === root || !root.contains(el)) continue;
    const names = classAndId(el);
    if (!names || !FURNITURE.test(names) || CONTENT_CLASS.test(names)) continue;
    // A wrapper named "has-comments" or "share-enabled" can hold the story itself.
    if (textLength(el) > Math.max(0.25 * total, 400)) continue;
    el.remove();
  }
}

// Class names that hide an element from sighted readers (ad slots, screen-reader labels).
const HIDDEN_CLASS = new Set([
  'hidden',
  'hide',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'offscreen',
  'off-screen',
]);

/** Elements the reader never sees: inline display:none, the hidden attribute, hiding classes. */
function removeHidden(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[style], [hidden], [class]'))) {
    if (!root.contains(el)) continue;
    const style = el.getAttribute('style');
    const hidden =
      el.hasAttribute('hidden') ||
      (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) ||
      (el.getAttribute('class') ?? '').split(/\s+/).some((c) => HIDDEN_CLASS.has(c.toLowerCase()));
    if (hidden) el.remove();
  }
}

// Microdata that marks a stamp or a name outside the prose: the date line, the byline.
const STAMP_ITEMPROPS = '[itemprop="datePublished"], [itemprop="dateModified"], [itemprop="author"]';

/** Date and author stamps marked with microdata, and tag lists (rel="tag" links). */
function removeStamps(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(STAMP_ITEMPROPS))) {
    if (root.contains(el) && el.tagName !== 'META' && textLength(el) < 200) el.remove();
  }
  for (const a of Array.from(root.querySelectorAll('a[rel~="tag"]'))) {
    const list = a.parentElement;
    if (!list || list === root || !root.contains(list)) continue;
    // The tag links' container, when it holds little besides them ("Tags: a, b, c").
    if (textLength(list) - linkTextLength(list) < 40) list.remove();
  }
}

/** Figure captions and photo credits: the annotated bodies leave them out. */
function removeCaptions(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('figcaption'))) el.remove();
}

/** Lists and blocks that are mostly links: related stories, tag clouds, "trending". */
function removeLinkLists(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('ul, ol, dl'))) {
    if (!root.contains(el)) continue;
    const len = textLength(el);
    if (len === 0) continue;
    const items = el.children.length || 1;
    if (linkTextLength(el) / len > 0.6 && len / items < 120) el.remove();
  }
}

// A short paragraph opening with one of these is a prompt or a pointer, not reporting.
const PROMPT =
  /^(?:\[?related\b|see also\b|also on\b|also read\b|read (?:more|also|next)\b|more:|\(?(?:leggi|leia|lea) (?:anche|também|también)\b|click here\b|click to tweet\b|subscribe\b|sign up\b|get the latest\b|follow (?:us|him|her|me)\b|like this (?:story|article)\b|share (?:this|it)\b|comments?$|tags?:?$|advertisement$|image (?:copyright|caption)\b|media (?:playback|caption)\b|photo:|copyright\b|©|ⓒ|this post may contain affiliate|have a tip\?|skip to content$|about the author$)/i;

// A paragraph that is only a date, time or "Updated ..." stamp.
const STAMP =
  /^(?:(?:posted|published|updated|last updated|modified)\b[^.!?]{0,60}|[\w.,: ]{0,20}\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?[\w ,.]{0,30}|(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|today|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*\|?$/i;

function blockElements(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, span, blockquote, dt, dd')).filter(
    (el) => !el.querySelector('p, div, li, blockquote, table'),
  );
}

/** Short leaf blocks that read as prompts, stamps or sign-in links. */
function removePromptParagraphs(root: Element): void {
  for (const el of blockElements(root)) {
    if (!root.contains(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 300) continue;
    if (PROMPT.test(text) || STAMP.test(text)) el.remove();
  }
}

/** Before Readability: it rewraps small blocks into bare <p>s and loses their class names. */
export function removePageFurniture(body: Element): void {
  removeHidden(body);
  removeStamps(body);
  removeFurniture(body, textLength(body));
}

/** After Readability, on the article element it returns. */
export function removeBoilerplate(root: Element): void {
  const total = textLength(root);
  removeFurniture(root, total);
  removeCaptions(root);
  removeLinkLists(root);
  removePromptParagraphs(root);
}
