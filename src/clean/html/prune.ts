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

const OPEN_RE = new RegExp(`<(${DROPPED.join('|')})(?=[\\s>/])|<!--`, 'gi');
const CLOSE_RE = new Map(DROPPED.map((tag) => [tag, new RegExp(`</${tag}\\s*>`, 'gi')]));

/** Cuts comments and the DROPPED elements. A scan rather than one lazy regex, so a page full of
 * unclosed tags stays linear: once a tag has no close after some point, later opens skip the search. */
function dropElements(html: string): string {
  const unclosedFrom = new Map<string, number>();
  let out = '';
  let kept = 0;
  OPEN_RE.lastIndex = 0;
  for (let m = OPEN_RE.exec(html); m; m = OPEN_RE.exec(html)) {
    const tag = m[1]?.toLowerCase() ?? '--';
    if ((unclosedFrom.get(tag) ?? Number.POSITIVE_INFINITY) <= m.index) continue;
    let end = -1;
    if (tag === '--') {
      const close = html.indexOf('-->', OPEN_RE.lastIndex);
      end = close < 0 ? -1 : close + 3;
    } else {
      const close = CLOSE_RE.get(tag) as RegExp;
      close.lastIndex = OPEN_RE.lastIndex;
      const found = close.exec(html);
      end = found ? found.index + found[0].length : -1;
    }
    if (end < 0) {
      unclosedFrom.set(tag, m.index);
      continue;
    }
    out += `${html.slice(kept, m.index)} `;
    kept = end;
    OPEN_RE.lastIndex = end;
  }
  return out + html.slice(kept);
}

/** Void elements that carry no text, only attributes. */
const EMPTY_TAGS_RE = /<(?:img|source|link|input|wbr|track|embed|param|area)\b(?:"[^"]*"|'[^']*'|[^'"<>])*>/gi;

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

// Names and unquoted values stop at "<", so an unterminated tag ends the match at the next tag.
const TAG_RE = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*(\/?)>/g;
const ATTR_RE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]+))?/g;

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
  `\\s+(?=</?(?:${BLOCK_TAGS})[\\s>/])|(<\\/?(?:${BLOCK_TAGS})(?:\\s[^<>]*)?>)\\s+`,
  'gi',
);

export function pruneHtml(html: string): string {
  return dropElements(html)
    .replace(EMPTY_TAGS_RE, '')
    .replace(TAG_RE, (_, tag: string, attrs: string, selfClose: string) =>
      attrs ? `<${tag}${keepAttributes(attrs)}${selfClose ? ' /' : ''}>` : `<${tag}${selfClose ? ' /' : ''}>`,
    )
    .replace(BLOCK_SPACE_RE, '$1');
}
