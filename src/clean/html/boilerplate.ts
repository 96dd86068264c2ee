// Boilerplate removal around Readability. Before it runs, furniture named by
// markup goes (Readability rewraps small blocks into bare <p>s and loses their
// class names); after it, the same rules run again on the article it returns,
// plus the link and text rules that need the article's own proportions.
import { allElements } from './dom.js';
import { keepEmbeddedPosts, removeBareFigures, removeFurniture, removeHidden, removeStamps } from './furniture.js';
import { removeInlineLinkBoxes, removeLinkLists, removeLinkParagraphs } from './links.js';
import { removeHeadlineCopy, removePromptParagraphs } from './prompts.js';

/** Before Readability, on the page body. */
export function removePageFurniture(body: Element): void {
  // One walk serves both element scans; elements removed in between are skipped by removeAll.
  const elements = allElements(body);
  removeHidden(body, elements);
  removeStamps(body);
  keepEmbeddedPosts(body);
  removeFurniture(body, { bylines: false }, elements);
}

/** After Readability, on the article element it returns. */
export function removeBoilerplate(article: Element, headline: string | null): void {
  removeFurniture(article, { bylines: true });
  removeBareFigures(article);
  removeLinkLists(article);
  removeInlineLinkBoxes(article);
  removeLinkParagraphs(article);
  removePromptParagraphs(article);
  removeHeadlineCopy(article, headline);
}
