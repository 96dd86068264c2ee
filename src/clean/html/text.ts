// DOM subtree to plain text, one paragraph per block element, paragraphs
// separated by a blank line.

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'DL',
  'DT',
  'DD',
  'BR',
  'HR',
  'ADDRESS',
]);

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

// Invisible characters that split words for every later stage: soft hyphen, zero-width space,
// word joiner, byte-order mark.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** Text of a DOM subtree with a paragraph break around each block element. */
export function blockText(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node, inPre: boolean): void => {
    if (n.nodeType === 3) {
      // Line breaks in the page source are spaces to a reader, except inside <pre>.
      const text = n.textContent ?? '';
      parts.push(inPre ? text : text.replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName;
    if (SKIPPED.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    // Table cells on one row stay on one line, separated by a space.
    else if (tag === 'TD' || tag === 'TH') parts.push(' ');
    const pre = inPre || tag === 'PRE';
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c, pre);
    if (block) parts.push('\n\n');
  };
  visit(node, node.nodeType === 1 && (node as Element).closest('pre') !== null);
  return parts
    .join('')
    .replace(INVISIBLE, '')
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
