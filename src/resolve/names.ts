// Name normalization shared by the resolvers: what makes two surface forms of
// an organization or a person the same key.

const ORG_SUFFIXES = new Set(
  'inc incorporated corp corporation co cos company ltd limited plc llc lp llp gmbh ag sa nv bv spa se group holdings holding pte pty kk oyj ab asa'.split(
    ' ',
  ),
);
const HONORIFICS = new Set('mr mrs ms miss dr prof professor sir madam mx'.split(' '));
/** Generational suffixes: "Jr.", "III" (one person with or without them: "Mr. Grant" is "Harold Grant, Jr."). */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export const words = (s: string): string[] =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * `f` remembered: keys are asked for the same few names over and over within an article and across a
 * batch. A pure memo, emptied when it holds `most` names, so no result depends on what was asked before.
 */
export function remembered(f: (s: string) => string, most = 50000): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= most) seen.clear();
      v = f(s);
      seen.set(s, v);
    }
    return v;
  };
}

/** "The Kelvar Co." and "Kelvar" give "kelvar". */
export const orgKey = remembered((name) => {
  const t = words(name);
  if (t[0] === 'the' && t.length > 1) t.shift();
  while (t.length > 1 && ORG_SUFFIXES.has(t[t.length - 1] ?? '')) t.pop();
  return t.join(' ');
});

export const personKey = remembered((name) =>
  words(name)
    .filter((w) => !HONORIFICS.has(w) && !GENERATIONS.has(w))
    .join(' '),
);

// ---- within one article: is one written form a short form of another? ----

const CONNECTIVES = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'del', 'la', 'le', 'on']);
// Words that a short mention may drop from the full name without naming a different business.
const DROPPABLE = new Set(
  `motor motors auto automobile automotive health sciences technology technologies tech international global
  industries industrial holdings holding group groupe corporation company corp co inc ltd limited plc llc pvt
  pte pty ag sa nv bv se gmbh na financial services systems pharmaceuticals therapeutics investments
  capital partners resorts hotels worldwide groupe grupo enterprises brands retail stores electronics energy airlines
  distributor gases research communications media news agency network networks bank bancorp world`.split(/\s+/),
);

const NAME_WORDS = new Map<string, string[]>();
const nameWords = (s: string): string[] => {
  let w = NAME_WORDS.get(s);
  if (!w) {
    if (NAME_WORDS.size > 20000) NAME_WORDS.clear();
    w = words(s).filter((x) => !CONNECTIVES.has(x));
    NAME_WORDS.set(s, w);
  }
  return w;
};

/**
 * "Kelbrix" for "Kelbrix Group", "Elston Auto" for "Anhui Elston Automobile Co.",
 * "Harbor" for "Zephyr Harbor", "Vandelay" for
 * "Vandelay Corp of America"; not "Zorvane" for "Zorvane Brilliance Automotive Ltd."
 * nor "GM" for "Bluefin" (a regional unit is a business of its own).
 * `isOrg` says whether a dropped leading part is an organization named in the article (the parent).
 */
export function isShortOrgForm(short: string, long: string, isOrg: (s: string) => boolean = () => false): boolean {
  const s = nameWords(short);
  const l = nameWords(long);
  if (!s.length || s.length >= l.length) return false;

  // match every short word, in order, to a long word it equals or begins ("auto" in "automobile")
  const hit: number[] = [];
  let j = 0;
  for (const w of s) {
    while (j < l.length && !(l[j] === w || (w.length >= 3 && (l[j] ?? '').startsWith(w)))) j++;
    if (j >= l.length) return false;
    hit.push(j++);
  }
  const first = hit[0] ?? 0;
  const lead = l.slice(0, first);
  const rest = l.filter((_, i) => i > first && !hit.includes(i));
  const leadOk = lead.length === 0 || lead.every((w) => isPlaceWord(w) || DROPPABLE.has(w)) || isOrg(lead.join(' '));
  if (!leadOk) return false;
  if (!rest.length) return true;
  // "Bluefin", "Globex Asia Pacific" are regional units; "Delta" is the bank itself
  if (rest.every((w) => isPlaceWord(w)) && !words(long).includes('of')) return false;
  return rest.every((w) => DROPPABLE.has(w) || isPlaceWord(w));
}

let placeWord: (w: string) => boolean = () => false;
/** The extractors pass their gazetteer in, so that this module stays free of data. */
export function setPlaceWords(test: (w: string) => boolean): void {
  placeWord = test;
}
const isPlaceWord = (w: string): boolean => w === 'america' || placeWord(w);

/** "Selwyn" for "Delta", "Northam" for "Summit". */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^[\p{Lu}&]{2,8}$/u.test(short.replace(/[.\s]/g, ''))) return false;
  const acr = short.replace(/[.\s&]/g, '').toLowerCase();
  const longWords = words(long);
  const ws = longWords.filter((w) => !ORG_SUFFIXES.has(w) || w === 'group');
  const all = ws.map((w) => w[0]).join('');
  const content = ws
    .filter((w) => !CONNECTIVES.has(w))
    .map((w) => w[0])
    .join('');
  const full = longWords
    .filter((w) => !CONNECTIVES.has(w))
    .map((w) => w[0])
    .join('');
  if (acr === content || acr === all || acr === full || (acr.length >= 3 && content.startsWith(acr))) return true;
  // the capitals of the name as written: "VelaSpring", "Harlan-Quist Co" (the legal suffix left out)
  const caps = long
    .split(/\s+/)
    .filter((w) => !ORG_SUFFIXES.has(words(w)[0] ?? ''))
    .join(' ')
    .replace(/[^\p{Lu}]/gu, '')
    .toLowerCase();
  return caps.length >= 2 && acr === caps;
}

/** "Brightwell" for "Amberly Brightwell Co": the last distinctive word of a short name. */
export function isLastWordForm(short: string, long: string): boolean {
  const s = nameWords(short);
  if (s.length !== 1) return false;
  const core = nameWords(long).filter((w) => !ORG_SUFFIXES.has(w));
  if (core.length < 2 || core.length > 3 || s[0] !== core[core.length - 1]) return false;
  const w = s[0] ?? '';
  return !DROPPABLE.has(w) && !isPlaceWord(w) && w.length > 3;
}
