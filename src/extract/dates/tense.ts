// Whether the words leading up to a date say it lies ahead of the publication
// date ("will meet on Monday", "payable April 10", "next week"). Relative and
// year-less dates default to the past: news mostly reports what happened.
const FUTURE_CUE =
  /\b(?:will|shall|won't|next|upcoming|coming|expected|expects?|scheduled|due|(?:plans?|planned|planning|intends?|set|is|are) to|to be held|set for|payable|of record|record date|effective|deadline|expires?|expiring|resumes?)\b|'ll\b/i;

// Words that make a date a limit ahead only when they stand right before it: "by April 11".
const FUTURE_LEAD =
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

/** Like saysFuture, and also "by February 28 are expected to be published": the rest of the clause. */
export function saysFutureAround(text: string, start: number, end: number): boolean {
  return saysFuture(text, start, end) || FUTURE_AFTER.test(text.slice(end, end + 80));
}
