// Headline of a plain-text article: the first short line that does not read as
// a sentence of the body, after any date lines and metadata lines (bylines,
// section labels, "FOR IMMEDIATE RELEASE"). A first paragraph of prose means
// the text has no headline.
import { isDateLine } from './published.js';

const METADATA =
  /^(?:by\s+\S.{0,60}|for immediate release.*|(?:press|news|media) release|contacts?:.*|updated:?.*|published:?.*|\d+ min(?:ute)?s?(?: read)?)$/i;

export function findHeadline(text: string, paragraphs = 6): { headline: string; start: number; end: number } | null {
  let pos = 0;
  for (let i = 0; i < paragraphs && pos < text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).trim();
    const words = line.split(/\s+/).length;
    const skip = !line || isDateLine(line) || METADATA.test(line) || words < 3;
    if (!skip) {
      // A closing period counts only after an abbreviation ("... Co., Ltd.").
      const sentenceEnd =
        /[:;,]$/.test(line) || (/\.$/.test(line) && !/\b(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}{1,4})\.$/u.test(line));
      const title = words <= 30 && line.length <= 220 && !sentenceEnd && end < text.length;
      if (!title) return null;
      const start = text.indexOf(line, pos);
      return { headline: line, start, end: start + line.length };
    }
    pos = end + 1;
  }
  return null;
}
