// The worker pool sends articles in batches, several waiting in each worker; a
// time limit still applies to each article: the one that runs over it is
// reported, the others of its batch and those that waited in the same worker
// run again and come back as if nothing had happened.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { processArticle } from '../dist/batch/article.js';
import { ArticlePool } from '../dist/batch/pool.js';
import { decode } from '../dist/load/decode.js';
import { readContent } from '../dist/load/index.js';
import { loadPipeline } from '../dist/pipeline/index.js';

const FILE = new URL('../../shared/corpus/reuters21578/reut2-003.sgm', import.meta.url).pathname;
const articles = readContent(decode(readFileSync(FILE)).text, FILE).flatMap((r) => ('article' in r ? [r.article] : []));
const pipeline = loadPipeline('newswire');

describe('worker pool', () => {
  const pool = new ArticlePool({ threads: 1, timeoutMs: 1500, batchSize: 2 });
  afterAll(() => pool.close());

  it('times out the one slow article of a batch and returns the others unchanged', { timeout: 60_000 }, async () => {
    // A whole file's stories, four times over, as one article: 3 MB, far over the limit (over ten seconds of work).
    const file = articles.map((a) => a.content).join('\n\n');
    const slow = { ...articles[0]!, content: [file, file, file, file].join('\n\n') };
    const batch = [...articles.slice(1, 4), slow, ...articles.slice(4, 8)];
    const outcomes = await Promise.all(batch.map((a) => pool.run(a, pipeline)));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false, true, true, true, true]);
    expect(outcomes[3]).toMatchObject({ ok: false, reason: 'timed out after 1500 ms' });
    batch.forEach((a, i) => {
      if (i === 3) return;
      const here = processArticle(a, pipeline);
      const there = outcomes[i]!;
      expect(here.ok && there.ok && there.json === here.json && there.summary === here.summary).toBe(true);
    });
    // The pool goes on with a fresh worker.
    const after = await pool.run(articles[9]!, pipeline);
    expect(after.ok).toBe(true);
  });
});

describe('adaptive worker pool', () => {
  it('tries a second worker, retires it when it does not pay, and returns the same outcomes', {
    timeout: 120_000,
  }, async () => {
    // Measuring windows of 1 ms, no idle core needed and an unreachable gain: the second worker starts, then is retired.
    const pool = new ArticlePool({
      threads: 2,
      timeoutMs: 60_000,
      batchSize: 4,
      adaptive: true,
      scale: { windowMs: 1, gain: 1000, minLeftS: 0, minIdleCores: 0 },
    });
    try {
      // Enough work for the second worker to load, be measured and be retired before the end.
      const batch = [...articles, ...articles];
      const outcomes = await Promise.all(batch.map((a) => pool.run(a, pipeline)));
      expect(pool.peakWorkers).toBe(2);
      expect(pool.workers).toBe(1);
      batch.forEach((a, i) => {
        const here = processArticle(a, pipeline);
        const there = outcomes[i]!;
        expect(here.ok && there.ok && there.json === here.json && there.summary === here.summary).toBe(true);
      });
    } finally {
      await pool.close();
    }
  });

  it('starts one worker only while nothing says more would pay', { timeout: 60_000 }, async () => {
    const pool = new ArticlePool({ threads: 4, timeoutMs: 60_000, adaptive: true, workLeft: () => 0 });
    try {
      const outcomes = await Promise.all(articles.slice(0, 100).map((a) => pool.run(a, pipeline)));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(pool.peakWorkers).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
