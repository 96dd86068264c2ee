// Property-based tests (fast-check) over generated press-release text and HTML
// run through the whole pipeline (runArticle + toRecord): nothing throws, every
// offset lies inside the text and slices to what the record says it is, records
// pass the zod schema, and the same input gives the same bytes. Runs are seeded
// and bounded so the file takes seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../src/document.js';
import { toRecord } from '../src/emit/record.js';
import { readContent } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';
import { type ArticleRecord, recordSchema } from '../src/schema/record.js';

const news = loadPipeline('news');
const SEED = 20250304;

// Words that make the extractors fire: names, suffixes, titles, cue verbs, money, dates, quotes.
const FIRST = ['Maria', 'John', 'Li', 'Ahmed', 'Sofia', 'Jean-Luc', 'O\u2019Brien', 'Zo\u00eb'];
const LAST = ['Okafor', 'Smith', 'Wei', 'Haddad', 'Rossi', 'M\u00fcller', 'van der Berg', 'Nakamura'];
const ORG_HEAD = ['Harbor', 'Lane', 'Pell', 'Kestrel', 'Quill', 'Tarn', 'Global', 'North', 'Alpha', 'Caf\u00e9'];
const ORG_SUFFIX = ['Inc.', 'Corp.', 'Ltd', 'AG', 'S.A.', 'Group', 'Holdings', 'LLC', 'plc', 'Co.'];
const TITLES = ['chief executive officer', 'CEO', 'president', 'chairman', 'CFO', 'vice president of sales'];
const VERBS = [
  'said',
  'announced',
  'agreed to buy',
  'signed a memorandum of understanding with',
  'acquired',
  'invested in',
];
const PLACES = ['LONDON', 'New York', 'Beijing', 'S\u00e3o Paulo', 'Z\u00fcrich', 'Paris'];
const MONTHS = ['January', 'March', 'Sept.', 'Dec', 'June'];
const PUNCT = ['.', ',', ';', ' --', ' (', ')', '!', '?', ' \u2014', ':', '&', '\u2019s'];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const person = fc.tuple(pick(FIRST), pick(LAST)).map(([a, b]) => `${a} ${b}`);
const org = fc
  .tuple(fc.array(pick(ORG_HEAD), { minLength: 1, maxLength: 3 }), pick(ORG_SUFFIX))
  .map(([h, s]) => `${h.join(' ')} ${s}`);
const money = fc
  .tuple(
    fc.constantFrom('$', '\u20ac', '\u00a3', 'US$', ''),
    fc.integer({ min: 0, max: 99_999 }),
    pick(['', ' million', ' billion', 'm', ' mln dlrs']),
  )
  .map(([c, n, u]) => `${c}${n.toLocaleString('en-US')}${u}`);
const date = fc
  .tuple(pick(MONTHS), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1900, max: 2100 }))
  .map(([m, d, y]) => `${m} ${d}, ${y}`);
const quote = fc
  .tuple(
    fc.array(fc.constantFrom('We', 'are', 'pleased', 'growth', 'the', 'deal', 'strong'), {
      minLength: 1,
      maxLength: 12,
    }),
    person,
  )
  .map(([ws, p]) => `\u201c${ws.join(' ')},\u201d said ${p}.`);
const junk = fc.string({ unit: 'grapheme', maxLength: 12 });
const token = fc.oneof(
  { weight: 3, arbitrary: person },
  { weight: 3, arbitrary: org },
  { weight: 2, arbitrary: pick(TITLES) },
  { weight: 3, arbitrary: pick(VERBS) },
  { weight: 2, arbitrary: pick(PLACES) },
  { weight: 2, arbitrary: money },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: quote },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 300 }).map((n) => `${n}%`) },
  { weight: 1, arbitrary: junk },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 25 }).map((ts) => `${ts.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
/** A press-release-like text: paragraphs with blank lines, sometimes a dateline, sometimes odd breaks. */
const article = fc
  .tuple(
    fc.option(fc.tuple(pick(PLACES), date).map(([p, d]) => `${p}, ${d} -- `)),
    fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n'),
  )
  .map(([dl, ps, sep]) => `${dl ?? ''}${ps.join(sep)}`);

const TAGS = ['p', 'div', 'span', 'b', 'em', 'a', 'li', 'h2', 'blockquote', 'section', 'td'];
/** HTML built around the article: random nesting, attributes, entities, scripts, styles and comments. */
const page = fc
  .tuple(
    fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    fc.array(pick(TAGS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '<script>var x = "<p>not text</p>";</script>', '<style>p{color:red}</style>', '<!-- c -->'),
    fc.boolean(),
    fc.constantFrom('&amp;', '&nbsp;', '&#8220;', '&euro;', '&lt;b&gt;', ''),
  )
  .map(([ps, tags, extra, whole, entity]) => {
    const body = ps
      .map((p, i) => {
        const t = tags[i % tags.length]!;
        return `<${t} class="c${i}">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')} ${entity}</${t}>${i === 0 ? extra : ''}`;
      })
      .join('\n');
    return whole
      ? `<!doctype html><html><head><title>${ps[0]?.slice(0, 40)}</title></head><body><article>${body}</article></body></html>`
      : body;
  });

function run(content: string, format: RawArticle['format']): ArticleRecord {
  const raw: RawArticle = {
    source: { path: `gen.${format}`, index: 0, id: null, url: null },
    format,
    content,
    meta: {},
  };
  return toRecord(runArticle(raw, news));
}

/** Every offset inside the text, and each slice what the record says it is. */
function checkRecord(r: ArticleRecord): void {
  const parsed = recordSchema.safeParse(r);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  const { text } = r;
  const inside = (s: { start: number; end: number }, what: string) => {
    expect(s.start, what).toBeGreaterThanOrEqual(0);
    expect(s.end, what).toBeGreaterThanOrEqual(s.start);
    expect(s.end, what).toBeLessThanOrEqual(text.length);
  };
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  for (const s of r.stories) inside(s, 'story');
  for (const o of r.organizations)
    for (const m of o.mentions) {
      inside(m, `organization ${o.name}`);
      expect([o.name, ...o.aliases], `organization mention "${slice(m)}"`).toContain(slice(m));
    }
  for (const p of r.people)
    for (const m of p.mentions) {
      inside(m, `person ${p.name}`);
      expect([p.name, ...p.aliases], `person mention "${slice(m)}"`).toContain(slice(m));
    }
  // A location's name is canonical ("LONDON" in a dateline is "London"): same letters, any case.
  for (const l of r.locations)
    for (const m of l.mentions) {
      inside(m, `location ${l.name}`);
      expect(slice(m).toLowerCase(), `location mention of ${l.name}`).toBe(l.name.toLowerCase());
    }
  for (const d of r.dates) {
    inside(d, 'date');
    expect(slice(d)).toBe(d.text);
  }
  for (const a of r.amounts) {
    inside(a, 'amount');
    expect(slice(a)).toBe(a.text);
  }
  // A quote running over paragraphs drops the opening marks of the later ones: compare without marks.
  const unmarked = (s: string) => s.replace(/["\u201c\u201d\u00ab\u00bb\u201e]/g, '').trim();
  for (const q of r.quotes) {
    inside(q, 'quote');
    expect(unmarked(slice(q))).toContain(unmarked(q.text));
  }
  for (const d of r.deals) inside(d.evidence, 'deal evidence');
}

describe('pipeline properties', () => {
  it('generated press-release text: no exception, offsets inside and slicing to the mention, schema-valid, deterministic', () => {
    fc.assert(
      fc.property(article, (text) => {
        const a = run(text, 'text');
        checkRecord(a);
        expect(JSON.stringify(run(text, 'text'))).toBe(JSON.stringify(a));
      }),
      { numRuns: 80, seed: SEED },
    );
  });

  it('generated HTML pages and fragments: the same, and no script or style text in the record', () => {
    fc.assert(
      fc.property(page, (html) => {
        const a = run(html, 'html');
        checkRecord(a);
        expect(a.text).not.toContain('not text');
        expect(a.text).not.toContain('color:red');
        expect(JSON.stringify(run(html, 'html'))).toBe(JSON.stringify(a));
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it('arbitrary Unicode (lone surrogates, controls, emoji) through load and the pipeline: never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('a.txt', 'a.html', 'a.md', 'a.jsonl', 'a.sgm'),
        (s, file) => {
          for (const r of readContent(s, file)) {
            if (!('article' in r)) {
              expect('error' in r ? r.error : r.skipped).toMatchObject({ path: file });
              continue;
            }
            checkRecord(toRecord(runArticle(r.article, news)));
          }
        },
      ),
      { numRuns: 120, seed: SEED },
    );
  });
});
