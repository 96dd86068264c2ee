// Markdown to plain text with paragraphs kept: markup goes, words stay. The first
// level-one heading is the headline.
import type { RawArticle, Source } from '../document.js';

export function markdownToText(md: string): { text: string; headline: string | null } {
  let headline: string | null = null;
  const text = md
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[^\n]*$/gm, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .map((line) => {
      const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (h) {
        if (headline == null && line.trimStart().startsWith('# ')) headline = h[1] ?? null;
        return `\n${h[1]}\n`;
      }
      return line
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, '');
    })
    .join('\n')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  return { text, headline };
}

export function fromMarkdown(content: string, source: Source): RawArticle {
  const { text, headline } = markdownToText(content);
  return { source, format: 'markdown', content: text, meta: { headline } };
}
