// The extractors' view of a sentence: doc.tokens with glued pieces joined back
// ("22" + "nd" -> "22nd", "3" + "D" -> "3D") and possessive endings split off
// ("Kelbrix's" -> "Kelbrix" + "'s"), so that names are whole tokens.
import type { Document, Token } from '../../document.js';
import { isCapsSentence } from './shape.js';

export interface SentenceView {
  index: number;
  story: number;
  start: number;
  end: number;
  tokens: Token[];
  /** The sentence is mostly upper case (headline, banner): names in it are not parsed from case. */
  caps: boolean;
}

function glue(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    // only words are glued or split
    if (t.kind !== 'word') {
      out.push(t);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && prev.kind === 'number' && /^\p{N}+$/u.test(prev.text)) {
      out[out.length - 1] = { start: prev.start, end: t.end, text: prev.text + t.text, kind: 'word' };
      continue;
    }
    // "Brightwater-owned", "UK-based": the name and the relation as two tokens
    const rel = t.text.includes('-')
      ? /^(\p{Lu}.*?)(-(?:based|owned|listed|backed|controlled|led|run|funded))$/u.exec(t.text)
      : null;
    if (rel?.[1] && rel[2]) {
      const cut = t.start + rel[1].length;
      out.push({ start: t.start, end: cut, text: rel[1], kind: 'word' });
      out.push({ start: cut, end: t.end, text: rel[2], kind: 'word' });
      continue;
    }
    const m = t.text.endsWith("'s") || t.text.endsWith('’s') ? /^(.+?)(['’]s)$/u.exec(t.text) : null;
    if (m?.[1] && m[2]) {
      const cut = t.start + m[1].length;
      out.push({ start: t.start, end: cut, text: m[1], kind: 'word' });
      out.push({ start: cut, end: t.end, text: m[2], kind: 'punct' });
      continue;
    }
    out.push(t);
  }
  return out;
}

export function sentenceViews(doc: Document): SentenceView[] {
  const out: SentenceView[] = [];
  const all = doc.tokens;
  let k = 0;
  doc.sentences.forEach((s, index) => {
    while (k < all.length && (all[k]?.start ?? 0) < s.start) k++;
    const from = k;
    while (k < all.length && (all[k]?.end ?? 0) <= s.end) k++;
    const tokens = glue(all.slice(from, k));
    out.push({ index, story: s.story, start: s.start, end: s.end, tokens, caps: isCapsSentence(tokens) });
  });
  return out;
}
