// Small DOM measures shared by the boilerplate filters.

/** Visible text length with whitespace runs counted as one space. */
export const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Text length inside links. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textLength(a);
  return n;
}

export const normalizedText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Blocks with no block inside them: the paragraphs a reader sees. */
export function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, span, blockquote, dt, dd')).filter(
    // A span inside a paragraph is part of its sentence ("<b>12:00 PM</b> -- Deputies were ..."), not a line of its own.
    (el) => !el.querySelector('p, div, li, blockquote, table') && !(el.tagName === 'SPAN' && el.closest('p')),
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
