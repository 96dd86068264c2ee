// Golden fixtures (after Readability's test pages): fixtures/<case>/input.* and
// expected.json, the analyst's reading of the article, written by hand. The
// pipeline must give exactly that, except for the differences listed under
// `known` with the reason they are left; a known difference that goes away
// fails too, so the list stays true.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRecord } from '../src/emit/record.js';
import { decode } from '../src/load/decode.js';
import { readContent } from '../src/load/index.js';
import { defaultPipelineFor, loadPipeline, runArticle } from '../src/pipeline/index.js';
// @ts-expect-error plain JavaScript shared with scripts/fixture-draft.mjs
import { project } from './support/golden.mjs';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const FIELDS = ['organizations', 'people', 'locations', 'deals'] as const;

interface Known {
  field: string;
  problem: 'missing' | 'extra' | 'differs';
  item: unknown;
  why: string;
}
interface Expected {
  headline: string | null;
  published: string | null;
  organizations: unknown[];
  people: unknown[];
  locations: unknown[];
  deals: unknown[];
  known: Known[];
}

// Fixtures in this format carry a `known` list; the html-* cleaning fixtures have their own test.
const cases = readdirSync(FIXTURES).filter((d) => {
  const file = path.join(FIXTURES, d, 'expected.json');
  return existsSync(file) && 'known' in JSON.parse(readFileSync(file, 'utf8'));
});

function differences(actual: Record<string, unknown>, expected: Expected): Omit<Known, 'why'>[] {
  const out: Omit<Known, 'why'>[] = [];
  for (const key of ['headline', 'published'] as const) {
    if (actual[key] !== expected[key]) out.push({ field: key, problem: 'differs', item: actual[key] });
  }
  for (const field of FIELDS) {
    const got = (actual[field] as unknown[]).map((x) => JSON.stringify(x));
    const want = expected[field].map((x) => JSON.stringify(x));
    for (const w of want) if (!got.includes(w)) out.push({ field, problem: 'missing', item: JSON.parse(w) });
    for (const g of got) if (!want.includes(g)) out.push({ field, problem: 'extra', item: JSON.parse(g) });
  }
  return out;
}

describe('golden fixtures', () => {
  it('has the seeds, Reuters and an html-dev page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.')) as string;
      const file = path.join(dir, input);
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const raw = readContent(decode(readFileSync(file)).text, file);
      const article = raw.find((r) => 'article' in r);
      if (!article || !('article' in article)) throw new Error(`${name}: no article read`);
      const doc = runArticle(article.article, loadPipeline(defaultPipelineFor(file)));
      const found = differences(project(toRecord(doc)), expected);
      const known = expected.known.map(({ field, problem, item }) => ({ field, problem, item }));
      expect(found, `differences of ${name} from its expected.json, other than the known ones`).toEqual(known);
    });
  }
});
