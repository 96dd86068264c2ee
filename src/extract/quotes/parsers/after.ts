// Attribution after the quote: “...,” said X / “...,” X said / “...,” he said /
// “...,” X, CEO of Y, said / “...,” according to X.
import { ADVERB, NAME, PRONOUN, sentenceEnd, TITLE_PREFIX, VERB } from '../speech.js';
import type { QuoteCandidate } from '../types.js';

const VERB_NAME = new RegExp(`^[\\s,.;:—–-]*${VERB}\\s+(${NAME})`, 'u');
// A title may come first: “...,” Acme managing director Pembury Long said.
const NAME_VERB = new RegExp(
  `^[\\s,.;:—–-]*(?:${TITLE_PREFIX})??(${NAME})(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s*,[^,“”"]{1,120},)?,?${ADVERB}\\s+${VERB}\\b`,
  'u',
);
// Said by someone the text does not name: “...,” the company said / one analyst said.
const UNNAMED = new RegExp(
  `^[\\s,.;:—–-]*(?:the|a|an|one|its|his|her|their|another|other|some|several|many)\\b[^.;“”"\\n]{0,60}?\\s${VERB}\\b`,
  'iu',
);
const PRONOUN_VERB = new RegExp(`^[\\s,.;:—–-]*(?:${PRONOUN}${ADVERB}\\s+${VERB}|${VERB}\\s+${PRONOUN})\\b`, 'u');
const ACCORDING = new RegExp(`^[\\s,.;:—–-]*according to\\s+(${NAME})`, 'u');

export function attributeAfter(text: string, q: QuoteCandidate): void {
  const from = Math.min(text.length, q.close + 1);
  const stop = sentenceEnd(text, from);
  const tail = text.slice(from, stop);
  // "... .” A spokesman said: “...”: the words introduce the next quote, not this one.
  if (/:\s*$/.test(tail) && /[“"]/.test(text[stop] ?? '')) return;
  if (PRONOUN_VERB.test(tail)) {
    q.pronoun = from;
    return;
  }
  const m = VERB_NAME.exec(tail) ?? NAME_VERB.exec(tail) ?? ACCORDING.exec(tail);
  if (!m) {
    if (UNNAMED.test(tail)) q.unnamed = true;
    return;
  }
  const at = from + m.index + m[0].indexOf(m[1]!);
  q.written = { name: m[1]!, start: at, end: at + m[1]!.length };
  q.cue = { start: from, end: from + m[0].length };
}
