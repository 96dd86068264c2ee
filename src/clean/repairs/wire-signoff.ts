// Newswire sign-offs at the very end ("Reuter", "REUTER...", "REUTER^M",
// "REUTER E", "MORE"), sometimes twice, are transmission marks, not article
// text. "...told Reuters." ends a sentence and stays: a sign-off has no period
// of its own, and a plural "Reuters" counts only on a line of its own or after
// a sentence.
import type { Repair } from './types.js';

const TAIL = String.raw`(?:\.\.\.)?(?:\^M)?(?:\d\d:\d\d\/\w+|\d+|\s[A-Z]{1,3})?[ \t\r\n]*$`;
const SIGNOFF = [
  new RegExp(String.raw`(\s)(?:REUTER|Reuter|reuter|REUTE)${TAIL}`),
  new RegExp(String.raw`(^|\n|[.!?"”]\s+|\s{2,})(?:reuters|more)${TAIL}`, 'i'),
];

export const dropWireSignoff: Repair = (text) => {
  // Only the tail can hold a sign-off; matching an end-anchored pattern on the
  // whole text would cost a scan from every white space.
  const cut = Math.max(0, text.length - 400);
  let out = text.slice(cut);
  for (let i = 0; i < 3; i++) {
    const before = out;
    for (const re of SIGNOFF) out = out.replace(re, '$1');
    if (out === before) break;
  }
  return (text.slice(0, cut) + out).trimEnd();
};
