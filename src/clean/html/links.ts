// Link-made boilerplate: related-story lists, hover cards inside paragraphs,
// paragraphs that are one promotional link.
import { leafBlocks, linkTextLength, normalizedText, removeAll, textLength } from './dom.js';

/** Lists that are mostly short links: related stories, tag clouds, "trending". */
export function removeLinkLists(root: Element): void {
  const lists = Array.from(root.querySelectorAll('ul, ol, dl')).filter((el) => {
    const len = textLength(el);
    const items = el.children.length || 1;
    return len > 0 && linkTextLength(el) / len > 0.6 && len / items < 120;
  });
  removeAll(root, lists);
}

/** Inline boxes of several links inside a paragraph: hover cards on names, inline "more" widgets.
 * Innermost first, so a name link that opens a card survives while the card goes. */
export function removeInlineLinkBoxes(root: Element): void {
  const spans = Array.from(root.querySelectorAll('p span')).reverse();
  for (const span of spans) {
    if (!root.contains(span) || span.getElementsByTagName('a').length < 2) continue;
    // Two linked names in a sentence ("<span><a>Alpha</a> and <a>Beta</a></span>") are short; cards are not.
    const len = textLength(span);
    if (len >= 40 && linkTextLength(span) / len > 0.8) span.remove();
  }
}

/** A paragraph that is one long link is a promotion ("Get access to ... for as little as ..."). */
export function removeLinkParagraphs(root: Element): void {
  const promos = leafBlocks(root).filter((el) => {
    if (el.tagName !== 'P') return false;
    const links = el.getElementsByTagName('a');
    const text = normalizedText(el);
    return links.length === 1 && text.length >= 60 && textLength(links[0] as Element) / text.length > 0.9;
  });
  removeAll(root, promos);
}
