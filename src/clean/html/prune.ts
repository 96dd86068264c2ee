// Cuts markup that never holds article text out of the raw HTML before it is
// parsed. Pages are mostly scripts, styles, inline SVG, menus and attribute
// soup; dropping them with plain string scans makes the DOM several times
// smaller, which is where almost all of the parse and Readability time goes.

/** Elements whose whole subtree is dropped. Nested copies of the same tag leave
 * a stray close tag and some menu text behind, which Readability then scores low. */
const DROPPED = [
  'script',
  'style',
  'svg',
  'noscript',
  'template',
  'iframe',
  'select',
  'button',
  'textarea',
  'canvas',
  'video',
  'audio',
  'object',
  'picture',
  'nav',
  'aside',
  'footer',
  'figcaption',
];

const DROP_RE = new RegExp(`<(${DROPPED.join('|')})(?=[\\s>/])[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');

/** Void elements that carry no text, only attributes. */
const EMPTY_TAGS_RE = /<(?:img|source|link|input|wbr|track|embed|param|area)\b(?:"[^"]*"|'[^']*'|[^'">])*>/gi;

/** Attributes the cleaner reads (Readability: class, id, style, role, href...; us: itemprop, rel, content). */
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'style',
  'hidden',
  'role',
  'aria-hidden',
  'aria-modal',
  'href',
  'rel',
  'itemprop',
  'itemtype',
  'itemscope',
  'content',
  'property',
  'name',
  'datetime',
  'pubdate',
  'type',
  'lang',
  'dir',
  'colspan',
]);

const TAG_RE = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function keepAttributes(attrs: string): string {
  let kept = '';
  for (const m of attrs.matchAll(ATTR_RE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (KEPT_ATTRIBUTES.has(name)) kept += m[2] === undefined ? ` ${name}` : ` ${name}=${m[2]}`;
  }
  return kept;
}

// Block-level tags: whitespace next to them never reaches the text, so it need not become a DOM node.
const BLOCK_TAGS =
  'address|article|blockquote|body|dd|div|dl|dt|figure|form|h[1-6]|head|header|hr|html|li|main|meta|ol|p|section|table|tbody|td|tfoot|th|thead|title|tr|ul';
const BLOCK_SPACE_RE = new RegExp(
  `\\s+(?=</?(?:${BLOCK_TAGS})[\\s>/])|(<\\/?(?:${BLOCK_TAGS})(?:\\s[^>]*)?>)\\s+`,
  'gi',
);

export function pruneHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROP_RE, ' ')
    .replace(EMPTY_TAGS_RE, '')
    .replace(TAG_RE, (_, tag: string, attrs: string, selfClose: string) =>
      attrs ? `<${tag}${keepAttributes(attrs)}${selfClose ? ' /' : ''}>` : `<${tag}${selfClose ? ' /' : ''}>`,
    )
    .replace(BLOCK_SPACE_RE, '$1');
}
