// Story boundaries inside one article's text. Most articles are one story; a
// roundup holds several, and pages often end with an unrelated piece.
import type { Story } from '../document.js';

export function findStories(text: string): Story[] {
  return [{ start: 0, end: text.length, title: null }];
}
