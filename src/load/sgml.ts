// Reuters-21578 style SGML: many <REUTERS> elements per file, each with DATE,
// TITLE, DATELINE and BODY, text escaped with SGML entities.
import type { RawArticle } from '../document.js';
import type { ReadResult } from './types.js';

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => {
      const code = Number(n);
      // Control characters (&#2; &#3; &#5; ...) are transmission codes, not text.
      return code < 32 && code !== 9 && code !== 10 && code !== 13 ? '' : String.fromCharCode(code);
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const element = (block: string, name: string): string | null => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(block);
  return m ? decodeEntities(m[1] ?? '') : null;
};

/** " 6-MAR-1987 12:50:38.11" -> "1987-03-06". */
export function reutersDate(s: string | null): string | null {
  const m = s && /(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(s);
  if (!m) return null;
  const month = MONTHS[(m[2] ?? '').toUpperCase()];
  return month ? `${m[3]}-${month}-${(m[1] ?? '').padStart(2, '0')}` : null;
}

export function readSgml(content: string, path: string): ReadResult[] {
  const out: ReadResult[] = [];
  // [^<>]* rather than [^>]*: a "<REUTERS" never closed by ">" must not make every later match rescan the file.
  const open = /<REUTERS\b([^<>]*)>/gi;
  let index = 0;
  // The next "</REUTERS>" at or after the current article; reused while it lies ahead,
  // so many unclosed articles do not each scan to the end of the file.
  let close = -1;
  let m: RegExpExecArray | null = open.exec(content);
  while (m) {
    const from = m.index + m[0].length;
    const attrs = m[1] ?? '';
    const next = open.exec(content);
    if (close !== -2 && close < from) close = content.indexOf('</REUTERS>', from);
    if (close === -1) close = -2; // none left anywhere
    const limit = next ? next.index : content.length;
    if (close < 0 || close > limit) {
      out.push({ error: { path, index, reason: 'unclosed <REUTERS> element' } });
    } else {
      const block = content.slice(from, close);
      const body = element(block, 'BODY');
      if (body?.trim()) {
        const article: RawArticle = {
          source: { path, index, id: /NEWID="(\d+)"/.exec(attrs)?.[1] ?? null, url: null },
          format: 'text',
          content: body,
          meta: {
            headline: element(block, 'TITLE')?.trim() || null,
            published: reutersDate(element(block, 'DATE')),
            dateline: element(block, 'DATELINE')?.trim() || null,
          },
        };
        out.push({ article });
      } else {
        out.push({ skipped: { path, index, reason: 'no <BODY> (title-only newswire item)' } });
      }
    }
    index++;
    m = next;
  }
  if (index === 0) out.push({ error: { path, reason: 'no <REUTERS> element found' } });
  return out;
}
