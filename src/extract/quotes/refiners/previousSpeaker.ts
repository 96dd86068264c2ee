// A quote with no attribution of its own continues the speaker of the sentence
// before: the previous quote when it is close by (same or the previous paragraph),
// or a "X said ..." sentence right before it.
import { NAME, VERB } from '../speech.js';
import type { QuoteCandidate } from '../types.js';

const SAID_BY = new RegExp(`(${NAME})\\s+${VERB}\\b|\\b${VERB}\\s+(${NAME})`, 'gu');

/** Paragraph breaks between two offsets. */
const breaks = (text: string, from: number, to: number): number => text.slice(from, to).split(/\n\s*\n/).length - 1;

/** Gives `found[i]` the speaker of what came just before it, when it has none of its own. */
export function previousSpeaker(text: string, found: QuoteCandidate[], i: number): void {
  const q = found[i];
  if (!q || q.written || q.pronoun != null || q.unnamed) return;
  {
    const prev = found[i - 1];
    if (prev && q.open - prev.close < 400 && breaks(text, prev.close, q.open) <= 1) {
      q.written = prev.written;
      q.cue = prev.cue;
      q.pronoun = prev.pronoun;
      q.speaker = prev.speaker;
      return;
    }
    // "X said the talks were going well." then the quote.
    const from = Math.max(prev ? prev.close + 1 : 0, q.open - 300);
    const head = text.slice(from, q.open);
    if (breaks(text, from, q.open) > 1) return;
    let last: RegExpExecArray | null = null;
    SAID_BY.lastIndex = 0;
    for (let m = SAID_BY.exec(head); m; m = SAID_BY.exec(head)) last = m;
    if (!last) return;
    const name = last[1] ?? last[2]!;
    const at = from + last.index + last[0].indexOf(name);
    q.written = { name, start: at, end: at + name.length };
    q.cue = { start: from + last.index, end: from + last.index + last[0].length };
  }
}
