import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/load/decode.js';
import { loadFile, readContent } from '../src/load/index.js';
import { decodeEntities, readSgml, reutersDate } from '../src/load/sgml.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;

describe('load', () => {
  it('reads every <REUTERS> of a Reuters-21578 file, with its date, title and dateline', () => {
    const file = `${SHARED}corpus/reuters21578/reut2-000.sgm`;
    const text = decode(readFileSync(file)).text;
    const results = readSgml(text, file);
    expect(results).toHaveLength(1000);
    const articles = results.flatMap((r) => ('article' in r ? [r.article] : []));
    const first = articles[0]!;
    expect(first.source).toEqual({ path: file, index: 0, id: '1', url: null });
    expect(first.meta.headline).toBe('BAHIA COCOA REVIEW');
    expect(first.meta.published).toBe('1987-02-26');
    expect(first.meta.dateline).toBe('SALVADOR, Feb 26 -');
    expect(first.content).toContain('Showers continued throughout the week');
    expect(results.some((r) => 'error' in r)).toBe(false);
  });

  it('decodes SGML entities and drops transmission codes', () => {
    expect(decodeEntities('&lt;BOC Group Inc>&#3; &amp; Co')).toBe('<BOC Group Inc> & Co');
    expect(reutersDate(' 6-MAR-1987 12:50:38.11')).toBe('1987-03-06');
  });

  it('reads UTF-16 with a BOM and falls back to Windows-1252 on invalid UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Caf\u00e9 Inc. said', 'utf16le')]);
    expect(decode(utf16)).toEqual({ text: 'Caf\u00e9 Inc. said', encoding: 'utf-16le' });
    const cp1252 = Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x35]); // “A” €5
    expect(decode(cp1252)).toEqual({ text: '\u201cA\u201d \u20ac5', encoding: 'windows-1252' });
  });

  it('keeps the good lines of a JSON Lines file with a broken one', () => {
    const results = readContent('{"text":"First article."}\n{broken\n{"html":"<p>Second</p>","id":7}', 'feed.jsonl');
    expect(results).toHaveLength(3);
    expect(results[1]).toMatchObject({ error: { path: 'feed.jsonl', line: 2 } });
    expect(results[2]).toMatchObject({ article: { format: 'html', source: { id: '7', index: 2 } } });
  });

  it('names empty, binary and missing files', async () => {
    expect(readContent('', 'a.txt')).toEqual([{ error: { path: 'a.txt', reason: 'empty file' } }]);
    expect(readContent('\u0000\u0001\u0002garbage', 'b.html')[0]).toMatchObject({
      error: { reason: 'binary data, not text' },
    });
    expect(await loadFile('/nonexistent/c.txt')).toEqual([
      { error: { path: '/nonexistent/c.txt', reason: 'no such file or directory' } },
    ]);
  });
});
