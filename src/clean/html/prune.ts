// Cuts markup that never holds article text out of the raw HTML before it is
// parsed. Pages are mostly scripts, styles, inline SVG and menus; dropping them
// with plain string scans makes the DOM several times smaller, which is where
// almost all of the parse and Readability time goes.

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
  'nav',
  'aside',
  'footer',
];

const DROP_RE = new RegExp(`<(${DROPPED.join('|')})(?=[\\s>/])[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');

export function pruneHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(DROP_RE, ' ');
}
