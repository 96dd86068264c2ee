// Name normalization shared by the resolvers: what makes two surface forms of
// an organization or a person the same key.

const ORG_SUFFIXES = new Set(
  'inc incorporated corp corporation co cos company ltd limited plc llc lp llp gmbh ag sa nv bv spa se group holdings holding pte pty kk oyj ab asa'.split(
    ' ',
  ),
);
const HONORIFICS = new Set('mr mrs ms miss dr prof professor sir madam mx'.split(' '));

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

/** "The Boeing Co." and "Boeing" give "boeing". */
export function orgKey(name: string): string {
  const t = words(name);
  if (t[0] === 'the' && t.length > 1) t.shift();
  while (t.length > 1 && ORG_SUFFIXES.has(t[t.length - 1] ?? '')) t.pop();
  return t.join(' ');
}

export function personKey(name: string): string {
  return words(name)
    .filter((w) => !HONORIFICS.has(w))
    .join(' ');
}
