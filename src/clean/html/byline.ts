// Is a line a byline ("By Justine Coleman - 11/18/19 11:04 PM EST", "By Robert Burns,
// AP National Security Writer")? "By" then capitalized names, and after a separator only
// more names or a date stamp, so "By Monday, the company had ..." is not one.
import { isDateStamp } from './stamp.js';

const LINKING = new Set(['and', 'of', 'the', 'at', 'for', 'de', 'da', 'van', 'von', 'der', 'la', 'le']);

const isNames = (part: string): boolean => {
  const words = part.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || LINKING.has(w) || /^@\w+$/.test(w))
  );
};

export function isByline(text: string): boolean {
  if (text.length > 120) return false;
  const m = /^by\s+(.+)$/i.exec(text.trim());
  if (!m?.[1]) return false;
  const [names, ...rest] = m[1].split(/\s*(?:[-–—|•,;]|\band\b)\s*/);
  if (!names || !isNames(names) || names.trim().split(/\s+/).length < 2) return false;
  return rest.every((part) => part === '' || isNames(part) || isDateStamp(part));
}
