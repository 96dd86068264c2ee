// News feeds: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0. Each <item> or
// <entry> is an article: its title the headline, pubDate / dc:date / published /
// updated the publication date (the calendar date in the date's own offset),
// link the source URL, guid / id / rdf:about the source id, and content:encoded,
// content or description the body (HTML, in CDATA or escaped, goes through the
// HTML cleaner). Feeds are flat enough that a careful scanner reads them without
// a DOM: elements are matched by local name, namespace prefixes ignored.
import type { RawArticle } from '../document.js';
import type { ReadResult } from './types.js';

/** The root of a feed, after the XML declaration, comments, processing instructions and a doctype. */
const FEED_ROOT = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(rss|(?:[\w-]+:)?RDF|feed)\b/i;

/** True when the text is an RSS or Atom feed. */
export function isFeed(text: string): boolean {
  return FEED_ROOT.test(text.replace(/^\uFEFF/, '').slice(0, 4000));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities and character references decoded (HTML's named entities are left to the HTML cleaner). */
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

/** An element's text: CDATA sections kept as they are, the rest entity-decoded. */
function textOf(inner: string): string {
  let out = '';
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let at = 0;
  for (let m = cdata.exec(inner); m; m = cdata.exec(inner)) {
    out += decodeXml(inner.slice(at, m.index)) + (m[1] ?? '');
    at = m.index + m[0].length;
  }
  return out + decodeXml(inner.slice(at));
}

interface Element {
  attrs: string;
  inner: string;
}

/**
 * Every element of `block` named `name`: with the given namespace prefix, with none
 * (or the feed's own: atom:, rss:) when `prefix` is '', with any when it is undefined.
 */
function elements(block: string, name: string, prefix?: string): Element[] {
  const p = prefix ? `${prefix}:` : prefix === '' ? '(?:(?:atom|rss|a):)?' : '(?:[\\w-]+:)?';
  const re = new RegExp(`<${p}${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${p}${name}\\s*>)`, 'gi');
  const out: Element[] = [];
  for (let m = re.exec(block); m; m = re.exec(block)) out.push({ attrs: m[1] ?? '', inner: m[2] ?? '' });
  return out;
}

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`(?:^|\\s)(?:[\\w-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : null;
};

/** The text of the first element of that name that has any. */
const first = (block: string, name: string, prefix?: string): string | null => {
  for (const e of elements(block, name, prefix)) {
    const text = textOf(e.inner).trim();
    if (text) return text;
  }
  return null;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

const validDate = (y: number, m: number, d: number): string | null => {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
};

/**
 * A feed's date as the calendar date it names, in the date's own offset:
 * RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT", "Wed, 2 Oct 2002 08:00:00 -0500",
 * two-digit years) and RFC 3339 / W3C-DTF ("2003-12-13T18:30:02Z",
 * "2005-07-31T12:29:29+02:00", "2003-12"). Null when it is neither.
 */
export function feedDate(s: string | null): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(t);
  if (iso) {
    const y = Number(iso[1]);
    if (!iso[2]) return String(y);
    if (!iso[3]) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? `${iso[1]}-${iso[2]}` : null;
    return validDate(y, Number(iso[2]), Number(iso[3]));
  }
  const rfc = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\b/.exec(t);
  if (rfc) {
    const month = MONTHS[(rfc[2] ?? '').toLowerCase()];
    let y = Number(rfc[3]);
    if ((rfc[3] ?? '').length === 2) y += y < 50 ? 2000 : 1900;
    return month ? validDate(y, month, Number(rfc[1])) : null;
  }
  return null;
}

/** The link of an Atom entry: rel="alternate" (or no rel) first, then any href. */
function atomLink(block: string): string | null {
  const links = elements(block, 'link', '').filter((l) => !/^\s*$/.test(l.attrs));
  const alt = links.find((l) => {
    const rel = attr(l.attrs, 'rel');
    return rel == null || rel === 'alternate';
  });
  return attr((alt ?? links[0])?.attrs ?? '', 'href');
}

/** An element whose body is HTML: CDATA or escaped HTML as it is, inline XHTML (Atom type="xhtml") as markup. */
function body(block: string): { html: string; isHtml: boolean } | null {
  for (const [name, prefix] of [
    ['encoded', 'content'],
    ['content', ''],
    ['description', ''],
    ['summary', ''],
  ] as const) {
    const e = elements(block, name, prefix)[0];
    if (!e) continue;
    const type = (attr(e.attrs, 'type') ?? '').toLowerCase();
    const src = attr(e.attrs, 'src');
    if (src && !e.inner.trim()) continue;
    const text = type === 'xhtml' ? e.inner : textOf(e.inner);
    if (!text.trim()) continue;
    // Atom says type="text" is plain text; RSS says nothing, and its bodies are HTML more often than not.
    const isHtml =
      type === 'text' ? false : type === 'html' || type === 'xhtml' || /<[a-z][^<>]*>|&[a-z]+;/i.test(text);
    return { html: text, isHtml };
  }
  return null;
}

/** Each item or entry of a feed as an article; an item with a title and no body is kept with a warning. */
export function readFeed(content: string, path: string): ReadResult[] {
  const root = FEED_ROOT.exec(content.slice(0, 4000))?.[1]?.toLowerCase() ?? '';
  const atom = root === 'feed';
  // Items are matched non-greedily to their own close tag; nested items do not occur in feeds.
  const items = atom ? elements(content, 'entry') : elements(content, 'item');
  // Relative item links ("/releases/tag/v1") resolve against the feed's own link (or xml:base).
  const head = content.slice(
    0,
    Math.max(0, content.search(atom ? /<(?:[\w-]+:)?entry[\s>]/i : /<(?:[\w-]+:)?item[\s>]/i)),
  );
  const base =
    attr(/<(?:[\w-]+:)?feed\b([^>]*)>/i.exec(head)?.[1] ?? '', 'base') ?? (atom ? atomLink(head) : first(head, 'link'));
  const absolute = (u: string | null): string | null => {
    if (!u || /^[a-z][a-z0-9+.-]*:/i.test(u) || !base) return u;
    try {
      return new URL(u, base).href;
    } catch {
      return u;
    }
  };
  const out: ReadResult[] = [];
  if (!items.length) {
    out.push({ error: { path, reason: `${atom ? 'Atom feed' : 'RSS feed'} with no ${atom ? '<entry>' : '<item>'}` } });
    return out;
  }
  items.forEach((item, index) => {
    const block = item.inner;
    const title = first(block, 'title', '') ?? first(block, 'title');
    const headline = title ? decodeHtmlTitle(title) : null;
    const published =
      feedDate(first(block, 'pubDate')) ??
      feedDate(first(block, 'date', 'dc')) ??
      feedDate(first(block, 'published')) ??
      feedDate(first(block, 'issued')) ??
      feedDate(first(block, 'updated')) ??
      feedDate(first(block, 'modified'));
    const url = absolute(atom ? atomLink(block) : (first(block, 'link', '') ?? attr(item.attrs, 'about')));
    const guid = atom ? first(block, 'id', '') : (first(block, 'guid', '') ?? attr(item.attrs, 'about'));
    const source = { path, index, id: guid ?? url ?? null, url: url ?? null };
    const meta = { headline, published };
    const main = body(block);
    if (main) {
      out.push({ article: { source, format: main.isHtml ? 'html' : 'text', content: main.html, meta } });
      return;
    }
    if (headline) {
      out.push({
        skipped: { path, index, warning: true, reason: 'feed item has no body: its record holds the title only' },
      });
      const article: RawArticle = { source, format: 'text', content: headline, meta };
      out.push({ article });
      return;
    }
    out.push({ error: { path, index, reason: 'feed item has neither title nor body' } });
  });
  return out;
}

/** A title given as escaped HTML ("AT&amp;amp;T", "<b>...</b>") as plain text. */
function decodeHtmlTitle(s: string): string {
  return decodeXml(s.replace(/<[^<>]*>/g, ''))
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
