// Whole lines that are page furniture or release markers, never article text:
// "FOR IMMEDIATE RELEASE", "Share this article", "Click here to ...", "###".
// Only lines that are nothing but such a phrase go; a sentence that merely
// contains "share" or "click" stays. Lines that announce other articles
// ("Related articles", "Read more", "Next article") stay: the story finder
// splits there.
import type { Repair } from './types.js';

const LINES = [
  /^(?:for immediate release|for release immediately|immediate release)\b[\s:.,-]*(?:\S+\s*){0,6}$/i,
  /^(?:share|share (?:this|the)? ?(?:article|story|post|page|news)|share (?:on|via) \w+|tweet|print|print this (?:article|page|story)|e-?mail this (?:article|page|story)|advertisement|read full (?:article|story)|continue reading|subscribe|sign up|back to top)\s*[:.!>»›]*$/i,
  /^(?:to \w+ [^.!?]{0,60}, )?(?:please )?click here\b[^.!?]{0,80}[.!]?$/i,
  /^(?:#{3,}|-+\s*(?:#{3,}|ends?)\s*-+|\*{3,})$/i,
];

export const dropBoilerplateLines: Repair = (text) => {
  if (!/click|share|release|###|\*\*\*|ends|read|print|tweet|subscribe|sign up|advert|top|article/i.test(text))
    return text;
  return text
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      return t.length > 160 || !LINES.some((re) => re.test(t));
    })
    .join('\n');
};
