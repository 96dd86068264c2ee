// Markdown to plain text with paragraphs kept: markup goes, words stay. The first
// level-one heading is the headline.
import type { RawArticle, Source } from '../document.js';

// Every pattern below must stay linear on hostile input (a line of 100,000 "[" or
// "**a "): character classes exclude the opening character, so a failed match
// stops at the next candidate instead of rescanning to the end of the text, and
// the bold span is bounded.

/** "## Title ##" -> "Title", or null when the line is not an ATX heading. */
function headingOf(line: string): { level: number; text: string } | null {
  const m = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  if (!m) return null;
  let text = line.slice(m[0].length).trim();
  // A closing run of "#" counts only when white space stands before it ("C#" stays).
  const closing = /(?:^|[ \t])#+$/.exec(text);
  if (closing) text = text.slice(0, closing.index).trim();
  return { level: m[1]!.length, text };
}

export function markdownToText(md: string): { text: string; headline: string | null } {
  let headline: string | null = null;
  const text = md
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[^\n]*$/gm, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .map((line) => {
      const h = headingOf(line);
      if (h) {
        if (headline == null && h.level === 1 && h.text) headline = h.text;
        return `\n${h.text}\n`;
      }
      return line
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, '');
    })
    .join('\n')
    .replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/\[([^[\]\n]+)\]\([^()\n]*\)/g, '$1')
    .replace(/<[^<>\n]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([^\n]{0,2000}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  return { text, headline };
}

export function fromMarkdown(content: string, source: Source): RawArticle {
  const { text, headline } = markdownToText(content);
  return { source, format: 'markdown', content: text, meta: { headline } };
}
