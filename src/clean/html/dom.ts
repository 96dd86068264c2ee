// Small DOM measures shared by the boilerplate filters.

/** Visible text length with whitespace runs counted as one space. */
export const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

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

/** Blocks with no block inside them: the paragraphs a reader sees. A span inside a paragraph
 * is part of its sentence ("<b>12:00 PM</b> -- Deputies were ..."), not a line of its own.
 * One walk of the tree: per-element selector queries are slow on linkedom. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Returns whether el holds a block; collects leaves in document order.
  const visit = (el: Element, inParagraph: boolean): boolean => {
    const tag = el.tagName;
    const at = out.length;
    let holdsBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (visit(c, inParagraph || tag === 'P')) holdsBlock = true;
    }
    if (LEAF_TAGS.has(tag) && !holdsBlock && !(tag === 'SPAN' && inParagraph)) out.splice(at, 0, el);
    return holdsBlock || INNER_BLOCKS.has(tag);
  };
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) visit(c, root.tagName === 'P');
  return out;
}

/** Every element under root, in document order. A plain walk: cheaper than a selector query,
 * and linkedom's getElementsByTagName('*') matches nothing. */
export function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** Removes each element still attached under root (an earlier removal may have taken it already). */
export function removeAll(
  root: Element,
  elements: Iterable<Element>,
  keep: (el: Element) => boolean = () => false,
): void {
  for (const el of elements) if (el !== root && root.contains(el) && !keep(el)) el.remove();
}
