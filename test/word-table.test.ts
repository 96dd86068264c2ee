// The word lists' tables (src/extract/lexicon/table.ts): read on demand from the files, or whole, they give
// the same answers. Invented word lists.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLines, loadTable, openTable, WordTable, writeIndex } from '../src/extract/lexicon/table.js';

const dir = mkdtempSync(path.join(tmpdir(), 'word-table-'));

function list(name: string, words: string[]): { words: string; index: string; bytes: Buffer } {
  const bytes = Buffer.from(words.join('\n'));
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, bytes);
  writeIndex(bytes, path.join(dir, `${name}.idx`));
  return { words: file, index: path.join(dir, `${name}.idx`), bytes };
}

// Many words that share their first letters, accented ones, one at the very end of the file.
const WORDS = Array.from({ length: 3000 }, (_, i) => `bran${i.toString(36)}dle`).concat([
  'zürich',
  'são paulo',
  'a',
  'ends-here',
]);
const PROBES = [
  ...WORDS.filter((_, i) => i % 7 === 0),
  'bran',
  'brandle',
  'bran0dl',
  'bran0dlex',
  'zurich',
  'zürich',
  'são',
  'ends-her',
  'ends-here',
  'ends-heres',
  '',
  'x'.repeat(300),
];

describe('word tables', () => {
  it('answers the same read on demand as read whole', () => {
    const l = list('brands', WORDS);
    const whole = loadTable(l.bytes, l.index);
    const lazy = openTable(l.words, l.index);
    const expected = PROBES.map((w) => w !== '' && WORDS.includes(w));
    expect(PROBES.map((w) => whole.has(w))).toEqual(expected);
    expect(PROBES.map((w) => lazy.has(w))).toEqual(expected);
  });

  it('goes on answering the same once it has read the files whole', () => {
    const l = list('many', WORDS);
    const lazy = openTable(l.words, l.index);
    // past the lookups made in the files, the table is read whole
    for (let i = 0; i < 600; i++) lazy.has(`bran${(i % 4000).toString(36)}dle`);
    expect(PROBES.map((w) => lazy.has(w))).toEqual(PROBES.map((w) => w !== '' && WORDS.includes(w)));
  });

  it('builds the table when the index was written for other words', () => {
    const l = list('stale', WORDS);
    writeFileSync(l.words, Buffer.from(['mill', 'forge'].join('\n')));
    const t = openTable(l.words, l.index);
    expect([t.has('mill'), t.has('forge'), t.has('bran0dle')]).toEqual([true, true, false]);
    expect(new WordTable(Buffer.from('mill'), indexLines(Buffer.from('mill'))).has('mill')).toBe(true);
  });
});
