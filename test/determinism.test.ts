// A record must depend on its article alone, never on which articles the same
// thread ran before it (a shared /g regex or a cache keyed too loosely makes
// --jobs 1 and --jobs 2 differ). Running a whole Reuters file forwards and
// backwards and in strides in one thread shows any such leak: repeated wire stories with
// the same body and different headlines sit next to each other there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toRecord } from '../src/emit/record.js';
import { decode } from '../src/load/decode.js';
import { readContent } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';

const FILE = new URL('../../shared/corpus/reuters21578/reut2-002.sgm', import.meta.url).pathname;

describe('determinism', () => {
  it('gives every Reuters article the same record whatever ran before it', { timeout: 120_000 }, () => {
    const pipeline = loadPipeline('newswire');
    const articles = readContent(decode(readFileSync(FILE)).text, FILE).flatMap((r) =>
      'article' in r ? [r.article] : [],
    );
    expect(articles.length).toBeGreaterThan(900);
    const run = (a: (typeof articles)[number]) => JSON.stringify(toRecord(runArticle(a, pipeline)));
    const forwards = articles.map(run);
    const backwards = [...articles].reverse().map(run).reverse();
    // As one of several workers sees them: neighbours a few apart become adjacent.
    const strided = (step: number): string[] => {
      const out = new Array<string>(articles.length);
      for (let start = 0; start < step; start++)
        for (let i = start; i < articles.length; i += step) out[i] = run(articles[i]!);
      return out;
    };
    const orders = [backwards, strided(2), strided(4)];
    const differing = articles.filter((_, i) => orders.some((o) => o[i] !== forwards[i])).map((a) => a.source.index);
    expect(differing).toEqual([]);
  });
});
