// HTML page to the article's headline and body. Readability (Mozilla's reader
// view) on a linkedom DOM finds the main content; paragraphs become blank-line
// separated text. Scripts are never run: linkedom does not execute them.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface CleanedHtml {
  headline: string | null;
  text: string;
  published: string | null;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
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
]);

/** Text of a DOM subtree with a paragraph break after each block element. */
export function blockText(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node): void => {
    if (n.nodeType === 3) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (const c of Array.from(n.childNodes)) visit(c);
    if (block) parts.push('\n\n');
  };
  visit(node);
  return parts
    .join('')
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const META_DATE = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

function metaPublished(document: Document): string | null {
  for (const sel of META_DATE) {
    const v = document.querySelector(sel)?.getAttribute('content');
    const m = v && /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
    if (m?.[1]) return m[1];
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const m = time && /^(\d{4}-\d{2}-\d{2})/.exec(time.trim());
  return m?.[1] ?? null;
}

export function cleanHtml(html: string): CleanedHtml {
  const { document } = parseHTML(html);
  const published = metaPublished(document as unknown as Document);
  const h1 = document.querySelector('h1')?.textContent?.trim() || null;
  const article = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    return { headline: h1 ?? article.title?.trim() ?? null, text: blockText(body.body as unknown as Node), published };
  }
  const title = document.querySelector('title')?.textContent?.trim() || null;
  const root = document.body ?? document.documentElement;
  return { headline: h1 ?? title, text: root ? blockText(root as unknown as Node) : '', published };
}
