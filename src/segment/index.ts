// segment: paragraphs, sentences and tokens, all as offsets into the cleaned text.
import type { Document, Sentence, Token } from '../document.js';
import { paragraphs } from './paragraphs.js';
import { sentences } from './sentences.js';
import { tokens } from './tokens.js';

export function segment(doc: Document): Document {
  const paras = paragraphs(doc.text);
  const sents: Sentence[] = [];
  paras.forEach((p, i) => {
    for (const s of sentences(doc.text, p)) {
      const story = doc.stories.findIndex((st) => s.start >= st.start && s.start < st.end);
      sents.push({ start: s.start, end: s.end, paragraph: i, story: Math.max(0, story) });
    }
  });
  // A plain loop: flatMap over thousands of tokens costs more than the tokenizer itself.
  const toks: Token[] = [];
  for (const s of sents) for (const t of tokens(doc.text, s)) toks.push(t);
  return { ...doc, paragraphs: paras, sentences: sents, tokens: toks };
}

export { paragraphs, sentences, tokens };
