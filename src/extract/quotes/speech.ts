// The words of attribution: speech verbs and the shape of a written name.

export const VERB =
  '(?:said|says|say|added|adds|commented|comments|stated|states|noted|notes|explained|explains|continued|continues|told|tells|remarked|declared|observed|stressed|emphasized|emphasised|concluded|wrote|writes|asked|asks|replied|insisted|argued|acknowledged|admitted|predicted|warned|recalled|confirmed|announced|responded|pointed out|went on)';

/** A person's name as written: capitalized words, initials, particles, a nickname in brackets. */
export const NAME =
  "(?<![\\p{L}'’])(?!(?:He|She|It|They|We|I|You|The|This|That|These|Those|But|And|Its|Their|His|Her|Our|A|An|In|On|At|For|With|As|If|When|While|Officials|Analysts|Sources|Traders|Dealers|Economists|However|Meanwhile|Also|Still|Yet|So|Now|Then|Earlier|Later|Separately|Moreover|Instead|Indeed|Last|Next|Since|After|Before|Although|Though|Asked|Speaking|Overall|Today|Yesterday)\\b)(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:\\p{Lu}\\.|\\(\\p{Lu}[\\p{L}]+\\)|(?:de|da|van|von|der|den|le|la|bin|al|di|du|dos|del)(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}'’-]*)){0,5}";

/** Adverbs that may stand between a speaker and the verb: "Mr. Aldous further commented". */
export const ADVERB =
  '(?:\\s+(?:further|also|then|later|again|recently|previously|separately|simply|once|had|has|have))?';

/**
 * Words before the name in an attribution after a quote: "Acme managing director",
 * "central bank president", "the company's chief executive,". Not across a relative
 * clause ("which Ironvale said") or a preposition ("an aide to Secretary Lyng said": the aide spoke).
 */
export const TITLE_PREFIX =
  "(?:(?!(?:which|that|who|whom|whose|where|when|while|as|if|because|to|at|from|with|in|on|said|says)\\b)[\\p{L}'’.&-]+[\\s,]+){1,8}?";

export const PRONOUN = '(?:he|she|He|She)';

/** Where the sentence holding `at` ends: the next full stop, question or exclamation mark, or paragraph break. */
export function sentenceEnd(text: string, at: number, limit = 240): number {
  // A full stop after a title or an initial ("Dr.", "A.") does not end the sentence.
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd|No|Gov|Gen|Sen|Rep|\p{Lu}))[.!?](?=\s|$)|\n|[“"]/gu;
  re.lastIndex = at;
  const m = re.exec(text);
  return Math.min(m ? m.index : text.length, at + limit);
}
