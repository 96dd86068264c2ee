// Attribution before the quote: X said, “...” / X said: “...” / X, CEO of Y, said: “...”
// / Acme managing director Pembury Long said: "..." / he said: “...”.
import { ADVERB, NAME, PRONOUN, VERB } from '../speech.js';
import type { QuoteCandidate } from '../types.js';

const NAME_VERB = new RegExp(
  `(${NAME})(?:\\s*,(?:(?![.!?]\\s+\\p{Lu})[^“”"\\n]){1,160}?,?)?,?${ADVERB}\\s+${VERB}(?:\\s+(?:that|reporters|journalists|analysts|Reuters|in a statement))?\\s*[,:]?\\s*$`,
  'u',
);
// Reported speech running into a partial quote: X said taking the stake "is a precursor".
const NAME_VERB_CLAUSE = new RegExp(
  `(${NAME})(?:\\s*,(?:(?![.!?]\\s+\\p{Lu})[^“”"\\n]){1,160}?,?)?,?${ADVERB}\\s+${VERB}\\s+(?:that\\s+)?[\\p{Ll}][^“”".!?\\n]{0,80}$`,
  'u',
);
const ACCORDING = new RegExp(`\\b[Aa]ccording to\\s+(${NAME})(?:\\s*,[^“”"\\n]{1,120}?)?\\s*[,:]?\\s*$`, 'u');
const UNNAMED = new RegExp(
  `\\b(?:the|a|an|one|its|his|her|their|another|other|some|several|many)\\b[^.;“”"\\n]{0,60}?\\s${VERB}\\s*[,:]?\\s*$`,
  'iu',
);
const PRONOUN_VERB = new RegExp(`\\b${PRONOUN}${ADVERB}\\s+${VERB}(?:\\s+\\w+)?\\s*[,:]?\\s*$`, 'u');

export function attributeBefore(text: string, q: QuoteCandidate): void {
  if (q.written || q.pronoun != null || q.unnamed) return;
  const lineStart = text.lastIndexOf('\n', q.open - 1) + 1;
  const from = Math.max(lineStart, q.open - 220);
  const head = text.slice(from, q.open);
  const m = NAME_VERB.exec(head) ?? ACCORDING.exec(head);
  if (m) {
    const at = from + m.index;
    q.written = { name: m[1]!, start: at, end: at + m[1]!.length };
    q.cue = { start: at, end: q.open };
    return;
  }
  if (PRONOUN_VERB.test(head)) {
    q.pronoun = q.open;
    return;
  }
  if (UNNAMED.test(head)) {
    q.unnamed = true;
    return;
  }
  const r = NAME_VERB_CLAUSE.exec(head);
  if (r) {
    const at = from + r.index;
    q.written = { name: r[1]!, start: at, end: at + r[1]!.length };
    q.cue = { start: at, end: q.open };
  }
}
