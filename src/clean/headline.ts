// Headline of a plain-text article: a short first paragraph that does not read as
// a sentence of the body (no closing period), skipping a leading date line.

const DATE_LINE =
  /^(?:date:?\s*)?(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;

export function findHeadline(text: string): { headline: string; start: number; end: number } | null {
  let pos = 0;
  for (let i = 0; i < 3; i++) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end).trim();
    if (!line) return null;
    if (DATE_LINE.test(line)) {
      pos = text.indexOf('\n', pos) < 0 ? text.length : skipBlank(text, end);
      continue;
    }
    const words = line.split(/\s+/).length;
    const nextBlank = end < 0 || text[end + 1] === '\n';
    if (words >= 3 && words <= 30 && line.length <= 220 && !/[.:;,]$/.test(line) && nextBlank) {
      const start = text.indexOf(line, pos);
      return { headline: line, start, end: start + line.length };
    }
    return null;
  }
  return null;
}

function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] === '\n') i++;
  return i;
}
