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

/** "Headline - Section | Site" to "Headline" and the segments cut off ("Section", "Site"). */
export function splitSiteSuffix(title: string, siteNames: string[]): { headline: string; cut: string[] } {
  const sites = siteNames.map(tokens).filter((t) => t.length > 0);
  const isSite = (segment: string): boolean => sites.some((s) => jaccard(s, tokens(segment)) >= 0.5);
  let parts = title.split(SUFFIX_SEP);
  const cut: string[] = [];
  while (parts.length > 1) {
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (isSite(first)) {
      cut.push(first);
      parts = parts.slice(1);
    } else if (isSite(last) || tokens(last).length <= 4) {
      cut.push(last);
      parts = parts.slice(0, -1);
    } else break;
  }
  return { headline: parts.join(' - ').trim(), cut };
}

export const stripSiteSuffix = (title: string, siteNames: string[]): string =>
  splitSiteSuffix(title, siteNames).headline;

const clean = (s: string): string =>
  s
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function chooseHeadline(src: TitleSources): string | null {
  const h1s = src.h1s.map(clean).filter((h) => h.length > 0 && h.length <= 300);
  const siteTokens = src.siteNames.map(tokens).filter((t) => t.length > 0);
  // A title that is only the site's name ("Quanta Magazine") says nothing about the story.
  const metas = src.metaTitles
    .map(clean)
    .filter((m) => m !== '' && !siteTokens.some((s) => jaccard(s, tokens(m)) >= 0.8));
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
