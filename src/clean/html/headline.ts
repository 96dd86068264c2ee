// The headline a reader sees. Pages carry several titles: visible <h1>s (some
// are the site logo, a section name or a hidden copy), og:title, twitter:title,
// JSON-LD headline and <title> (usually with a " | Site Name" suffix). The
// visible <h1> that agrees with the page's own metadata wins; when none agrees,
// an <h1> that shares words with it still does (editors retitle for social
// media), and otherwise the metadata title with its site suffix stripped.

export interface TitleSources {
  h1s: string[];
  /** og:title, twitter:title, JSON-LD headline, <title>, in order of trust. */
  metaTitles: string[];
  siteNames: string[];
}

const tokens = (s: string): string[] =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let both = 0;
  for (const t of A) if (B.has(t)) both++;
  const union = A.size + B.size - both;
  return union ? both / union : 0;
}

// Separators between a headline and the site name in <title>.
const SUFFIX_SEP = /\s+(?:[|•·:»]|[-–—]{1,2}|::)\s+/;

/** "Headline - Section | Site" to "Headline" and the segments cut off ("Section", "Site").
 * The kept part is a slice of the title, so its own punctuation stays as written. */
export function splitSiteSuffix(title: string, siteNames: string[]): { headline: string; cut: string[] } {
  const sites = siteNames.map(tokens).filter((t) => t.length > 0);
  const isSite = (segment: string): boolean => sites.some((s) => jaccard(s, tokens(segment)) >= 0.5);
  // Segments as [start, end) offsets between separators.
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const m of title.matchAll(new RegExp(SUFFIX_SEP.source, 'g'))) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  bounds.push([from, title.length]);
  const text = ([start, end]: [number, number]): string => title.slice(start, end);
  let first = 0;
  let last = bounds.length - 1;
  const cut: string[] = [];
  while (first < last) {
    const head = bounds[first] as [number, number];
    const tail = bounds[last] as [number, number];
    if (isSite(text(head))) {
      cut.push(text(head));
      first++;
    } else if (isSite(text(tail)) || tokens(text(tail)).length <= 4) {
      cut.push(text(tail));
      last--;
    } else break;
  }
  const start = (bounds[first] as [number, number])[0];
  const end = (bounds[last] as [number, number])[1];
  return { headline: title.slice(start, end).trim(), cut };
}

export const stripSiteSuffix = (title: string, siteNames: string[]): string =>
  splitSiteSuffix(title, siteNames).headline;

const clean = (s: string): string =>
  s
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Titles that name a file or a filing part, not the story: "Document", "ex99-1.htm",
 * "EX-99.1", "Exhibit 99.1", "d123456dex991.htm", "8-K", "Press Release" (EDGAR exhibits saved by
 * filing tools).
 */
const FILE_TITLE =
  /^(?:document|untitled(?: document)?|[\w.-]+\.(?:html?|txt)|ex-?\d{1,3}(?:[._-]\w{1,4})*|exhibit\s*\d{1,3}(?:\.\d{1,4})*|(?:ex-?\d{1,3}(?:[._-]\w{1,4})*\s+)?(?:press|news)\s+release|(?:form\s+)?(?:8-k|6-k|10-[kq]|40-f)(?:\/a)?)$/i;

/** True when a title names a file or filing part rather than the story. */
export const isFileTitle = (title: string): boolean => FILE_TITLE.test(clean(title));

export function chooseHeadline(src: TitleSources): string | null {
  const h1s = src.h1s.map(clean).filter((h) => h.length > 0 && h.length <= 300);
  const siteTokens = src.siteNames.map(tokens).filter((t) => t.length > 0);
  // A title that is only the site's name ("Quanta Magazine") says nothing about the story.
  const metas = src.metaTitles
    .map(clean)
    .filter((m) => m !== '' && !FILE_TITLE.test(m) && !siteTokens.some((s) => jaccard(s, tokens(m)) >= 0.8));
  const splits = metas.map((m) => splitSiteSuffix(m, src.siteNames));
  const stripped = splits.map((s) => s.headline).filter(Boolean);
  // Segments cut from titles name the site or section: an <h1> that is one of them is a logo.
  const sites = [...src.siteNames, ...splits.flatMap((s) => s.cut)].map(tokens).filter((t) => t.length > 0);
  const metaTokens = [...metas, ...stripped].map(tokens);

  const agreement = (h: string): number => Math.max(0, ...metaTokens.map((m) => jaccard(tokens(h), m)));
  const isSiteName = (h: string): boolean => sites.some((s) => jaccard(s, tokens(h)) >= 0.5);
  const candidates = h1s.filter((h) => !isSiteName(h));
  if (metaTokens.length === 0) return candidates[0] ?? h1s[0] ?? null;

  const agreeing = candidates.find((h) => agreement(h) >= 0.5);
  if (agreeing) return agreeing;
  // A retitled headline still shares a content word with its social title.
  const related = candidates.find((h) => {
    // Section names ("Business News", "Allergies Health Center") are short; headlines are not.
    const words = tokens(h).filter((t) => t.length >= 4);
    return tokens(h).length >= 4 && words.length >= 2 && metaTokens.some((m) => words.some((w) => m.includes(w)));
  });
  if (related) return related;
  return stripped[0] ?? metas[0] ?? candidates[0] ?? null;
}
