// Article facts from a page's JSON-LD blocks (schema.org NewsArticle and kin).
// Read from the raw HTML because the script elements are pruned before parsing.

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
}

const BLOCK_RE = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const ARTICLE_TYPE = /Article|BlogPosting|Report|Review|WebPage/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in a JSON-LD value, depth first, including @graph members. */
function objects(value: Json, out: Record<string, Json>[] = []): Record<string, Json>[] {
  if (Array.isArray(value)) for (const v of value) objects(v, out);
  else if (value && typeof value === 'object') {
    out.push(value);
    const graph = value['@graph'];
    if (graph) objects(graph, out);
  }
  return out;
}

const typeOf = (o: Record<string, Json>): string => {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
};

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function readJsonLd(html: string): JsonLdArticle {
  const found: JsonLdArticle = { headline: null, datePublished: null };
  for (const m of html.matchAll(BLOCK_RE)) {
    let parsed: Json;
    try {
      // CDATA wrappers and stray control characters are common in the wild.
      parsed = JSON.parse((m[1] ?? '').replace(/^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)|(?:\/\/\s*)?\]\]>\s*$/g, ''));
    } catch {
      // a block that is not valid JSON (raw line breaks in strings, trailing commas) still states its date
      const stated = /"datePublished"\s*:\s*"([^"\n]{6,40})"/.exec(m[1] ?? '');
      found.datePublished ??= stated?.[1]?.trim() || null;
      continue;
    }
    // Article types first: a WebPage or Organization name is not the headline.
    const all = objects(parsed).filter((o) => ARTICLE_TYPE.test(typeOf(o)));
    all.sort((a, b) => Number(/WebPage/.test(typeOf(a))) - Number(/WebPage/.test(typeOf(b))));
    for (const o of all) {
      found.headline ??= str(o.headline);
      found.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
    }
  }
  return found;
}
