// Whether the words leading up to a date say it lies ahead of the publication
// date ("will meet on Monday", "payable April 10", "next week"). Relative and
// year-less dates default to the past: news mostly reports what happened.
const FUTURE_CUE =
  /\b(?:will|shall|won't|should|must|may|might|next|upcoming|coming|expected|expects?|scheduled|due|(?:plans?|planned|planning|intends?|set|is|are) to|to be|set for|payable|of record|record date|effective|deadline|expires?|expiring|resumes?)\b|'ll\b/i;

// Words that make a date a limit ahead only when they stand right before it: "by April 11".
const FUTURE_LEAD =
  /\b(?:by|until|till|before|starting|beginning)\s+(?:[^,.;:]{0,30}?\s(?:or|and)\s+)?(?:(?:on|from|the|an?|early|mid|late)[-\s]+)?$/i;
/\b(?:by|until|till|through|before|from|starting|beginning)\s+(?:(?:on|the|early|mid|late)[-\s]+)?$/i;

/** The clause before `start`: back to the nearest punctuation, at most 70 characters. */
function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - 70);
  const window = text.slice(from, start);
  const cut = Math.max(
    window.lastIndexOf('.'),
    window.lastIndexOf(','),
    window.lastIndexOf(';'),
    window.lastIndexOf(':'),
    window.lastIndexOf('\n'),
    window.lastIndexOf('?'),
    window.lastIndexOf('!'),
  );
  return window.slice(cut + 1);
}

/** True when the text around a date says it is in the future of publication. */
export function saysFuture(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  if (FUTURE_CUE.test(before) || FUTURE_LEAD.test(before)) return true;
  // "On Monday the board will ...", "Monday's meeting will": only when the date leads its
  // clause; in "said on Monday it will buy" the saying is what Monday dates.
  if (!/^\s*(?:on\s+)?$/i.test(before)) return false;
  return /^(?:'s)?[^.;:!?\n]{0,30}?\b(?:will|is expected to|is scheduled to|are expected to)\b/i.test(
    text.slice(end, end + 45),
  );
}

const FUTURE_AFTER =
  /^[^.,;:!?\n]{0,60}?\b(?:will|shall|(?:is|are) (?:expected|scheduled|due|set) to|to be (?:held|published|released|signed|paid))\b/i;

/** How far the text around a year-less date looks ahead: said outright, or only somewhere in its sentence. */
export function futureSense(text: string, start: number, end: number): 'clause' | 'sentence' | null {
  if (saysFuture(text, start, end) || FUTURE_AFTER.test(text.slice(end, end + 80))) return 'clause';
  return sentenceSaysFuture(text, start, end) ? 'sentence' : null;
}

const FUTURE_IN_SENTENCE =
  /\b(?:will|shall|would|should|must|may|might|to be|expected|expects?|plans?|planned|scheduled|upcoming|coming|intends?)\b|'ll\b/i;

/**
 * Whether the sentence holding a date speaks of what is ahead anywhere in it: enough to keep
 * a year-less month after publication in the same year ("will ... starting with the Grand Prix in April")
 * rather than move it nearly a year back.
 */
export function sentenceSaysFuture(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 200);
  const head = text.slice(from, start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  const tailEnd = text.slice(end, end + 200).search(/[.!?](?:\s|$)|\n/);
  const sentence = head.slice(cut + 1) + text.slice(end, tailEnd < 0 ? end + 200 : end + tailEnd);
  return FUTURE_IN_SENTENCE.test(sentence);
}
