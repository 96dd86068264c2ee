// Small DOM measures shared by the boilerplate filters.

/** Text length. Pruning has already dropped the whitespace between blocks, so the raw length
 * is close to what a reader sees, and far cheaper than collapsing spaces on every call. */
export const textLength = (el: Element): number => (el.textContent ?? '').length;

/** Text length inside links. */
export function linkTextLength(el: Element): number {
  let n = 0;
  // getElementsByTagName walks the tree; querySelectorAll compiles a selector on every call in linkedom.
  for (const a of Array.from(el.getElementsByTagName('a'))) n += textLength(a);
  return n;
}

export const normalizedText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const LEAF_TAGS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'BLOCKQUOTE', 'DT', 'DD']);
const INNER_BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'TABLE']);

/** Every element under root, in document order. On linkedom one '*' query is several times
 * faster than walking firstElementChild/nextElementSibling, and getElementsByTagName('*') matches nothing. */
export const allElements = (root: Element): Element[] => Array.from(root.querySelectorAll('*'));

/** Blocks with no block inside them: the paragraphs a reader sees. A span inside a paragraph
 * is part of its sentence ("<b>12:00 PM</b> -- Deputies were ..."), not a line of its own. */
export function leafBlocks(root: Element): Element[] {
  const elements = allElements(root);
  // Children come after their parents in document order: walking backwards, each element
  // knows whether it holds a block before its parent is reached.
  const holdsBlock = new Set<Element>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as Element;
    const parent = el.parentElement;
    if (parent && (holdsBlock.has(el) || INNER_BLOCKS.has(el.tagName))) holdsBlock.add(parent);
  }
  return elements.filter(
    (el) =>
      LEAF_TAGS.has(el.tagName) && !holdsBlock.has(el) && !(el.tagName === 'SPAN' && el.parentElement?.closest('p')),
  );
}

/** Removes each element still attached under root (an earlier removal may have taken it already). */
export function removeAll(
  root: Element,
  elements: Iterable<Element>,
  keep: (el: Element) => boolean = () => false,
): void {
  for (const el of elements) if (el !== root && root.contains(el) && !keep(el)) el.remove();
}
