// Quote marks around a term are not quotations: defined terms in brackets
// ("Sefton", the “Company”), titles and scare quotes of a few words with no speaker.
import type { QuoteCandidate } from '../types.js';

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Inside brackets that open before the quote and are not closed before it. */
function inBrackets(text: string, q: QuoteCandidate): boolean {
  const head = text.slice(Math.max(0, q.open - 80), q.open);
  return head.lastIndexOf('(') > head.lastIndexOf(')');
}

const titleCase = (s: string): boolean => s.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&'’-]/u.test(w) || w.length <= 3);

export function dropScareQuotes(text: string, found: QuoteCandidate[]): QuoteCandidate[] {
  return found.filter((q) => {
    const n = words(q.text);
    if (n <= 4 && inBrackets(text, q)) return false;
    const attributed = q.written != null || q.pronoun != null || q.unnamed === true;
    if (q.orphan) return attributed && n >= 5;
    if (attributed) return n >= 2;
    return n >= 5 && !titleCase(q.text);
  });
}
