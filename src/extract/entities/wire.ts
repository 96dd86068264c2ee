// Parser 4: organizations that the text names in fixed formats rather than in
// sentences: the wire service in a dateline ("/Winslow/", "(NEWS WIRE)",
// "(Ingram) --") and a photo credit ("(Ingram/Li Lindell)").
export interface Found {
  start: number;
  end: number;
  kind: 'org' | 'person';
}

const SLASHED = /\/(\p{Lu}[\p{L}-]{2,}(?: \p{Lu}[\p{L}-]+)?)\/(?=\s|$|\p{P})/gu;
const CREDIT = /\((\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})\)\s*(?:--|—|–|-)/gu;
const PHOTO = /\((\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\/(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\)/gu;

export function wireCredits(text: string): Found[] {
  const out: Found[] = [];
  const head = text.slice(0, 1500);
  for (const m of head.matchAll(SLASHED)) {
    const s = (m.index ?? 0) + 1;
    out.push({ start: s, end: s + (m[1]?.length ?? 0), kind: 'org' });
  }
  for (const m of head.matchAll(CREDIT)) {
    const s = (m.index ?? 0) + 1;
    out.push({ start: s, end: s + (m[1]?.length ?? 0), kind: 'org' });
  }
  for (const m of text.matchAll(PHOTO)) {
    const s = (m.index ?? 0) + 1;
    const a = m[1] ?? '';
    out.push({ start: s, end: s + a.length, kind: 'org' });
    out.push({ start: s + a.length + 1, end: s + a.length + 1 + (m[2]?.length ?? 0), kind: 'person' });
  }
  return out;
}
