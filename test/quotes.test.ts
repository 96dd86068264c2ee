import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Person, Quote } from '../src/document.js';
import { findQuotes } from '../src/extract/quotes/index.js';
import { loadFile } from '../src/load/index.js';
import { loadPipeline, runArticle } from '../src/pipeline/index.js';

const SHARED = new URL('../../shared/', import.meta.url).pathname;

/** The article cleaned and segmented, with no people found yet (the fallback path). */
async function article(rel: string, needle?: string): Promise<Document> {
  const file = `${SHARED}${rel}`;
  const pipeline = loadPipeline(rel.endsWith('.sgm') ? 'newswire' : 'news');
  pipeline.stages = pipeline.stages.filter((s) => s.stage === 'clean' || s.stage === 'segment');
  for (const r of await loadFile(file)) {
    if (!('article' in r)) continue;
    const doc = runArticle(r.article, pipeline);
    if (!needle || doc.text.includes(needle)) return doc;
  }
  throw new Error(`no article in ${rel}${needle ? ` with "${needle}"` : ''}`);
}

/** A person as the people extractor reports one: every place a form of the name is written. */
function person(doc: Document, name: string, aliases: string[] = []): Person {
  const mentions: Person['mentions'] = [];
  for (const form of [name, ...aliases]) {
    for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) {
      if (!mentions.some((m) => at < m.end && m.start < at + form.length))
        mentions.push({ start: at, end: at + form.length });
    }
  }
  return { name, aliases, roles: [], mentions: mentions.sort((a, b) => a.start - b.start), confidence: 1 };
}

function quoteStarting(quotes: Quote[], words: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(words));
  if (!q)
    throw new Error(`no quote starting "${words}" among ${JSON.stringify(quotes.map((x) => x.text.slice(0, 40)))}`);
  return q;
}

describe('quotes: attribution', () => {
  let seed004: Document;
  beforeAll(async () => {
    seed004 = await article('seeds/004_0794c3564e02a911.txt');
  });

  it('“...,” Alibaba CEO Daniel Zhang said / he said / continued after “he said,” / Ye said', () => {
    const quotes = findQuotes(seed004);
    expect(quoteStarting(quotes, 'Our partnership with Bailian').speaker).toBe('Daniel Zhang');
    expect(quoteStarting(quotes, 'embrace big data').speaker).toBe('Daniel Zhang');
    expect(quoteStarting(quotes, 'and their digital transformation').speaker).toBe('Daniel Zhang');
    // "Ye said" after "Bailian Chairman and President Ye Yongming" earlier: the fuller name.
    expect(quoteStarting(quotes, 'need to be able to leverage').speaker).toBe('Ye Yongming');
    // Scare quotes around a term are not quotations.
    expect(quotes.some((q) => q.text.startsWith('New Retail'))).toBe(false);
  });

  it('takes the canonical name from doc.people and resolves "he said" to the last person named', () => {
    const doc = {
      ...seed004,
      people: [person(seed004, 'Daniel Zhang', ['Zhang']), person(seed004, 'Ye Yongming', ['Ye'])],
    };
    const quotes = findQuotes(doc);
    expect(quoteStarting(quotes, 'embrace big data').speaker).toBe('Daniel Zhang');
    expect(quoteStarting(quotes, 'need to be able to leverage').speaker).toBe('Ye Yongming');
    for (const q of quotes) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('“...,” said X, title / X, title, said: “...” / Mr. X further commented,', async () => {
    const ford = findQuotes(await article('corpus/dev/docs/a01.txt'));
    expect(quoteStarting(ford, 'The potential to launch a new line').speaker).toBe('Peter Fleet');
    // The next quote in the same paragraph, with no attribution of its own, is the same speaker's.
    expect(quoteStarting(ford, 'Electric vehicles will be a big part').speaker).toBe('Peter Fleet');

    const calyxt = findQuotes(await article('corpus/dev/docs/c01.txt'));
    expect(quoteStarting(calyxt, 'We are delighted to extend our partnership').speaker).toBe('Jan Chojecki');
    expect(quoteStarting(calyxt, 'Our partnership with PBL').speaker).toBe('Dan Voytas');

    const aip = findQuotes(await article('corpus/dev/docs/b04.txt'));
    expect(quoteStarting(aip, 'We feel fortunate').speaker).toBe('Joel Stanwood');
    expect(quoteStarting(aip, "The Company's revenues").speaker).toBe('Joel Stanwood');
    expect(quoteStarting(aip, 'Exiting our cabinets business').speaker).toBe('Matt Espe');
    // Defined terms in brackets ("AIP") are not quotes.
    expect(aip.some((q) => q.text === 'AIP' || q.text === 'AWI')).toBe(false);
  });

  it('leaves unnamed speakers null and reads a partial quote after "X said taking the stake"', async () => {
    const quotes = findQuotes(await article('corpus/dev/docs/b07.txt'));
    expect(quoteStarting(quotes, 'Currently, I think the strategic position').speaker).toBeNull();
    expect(quoteStarting(quotes, 'People will scratching their heads').speaker).toBe('Shawn Burns');
    expect(quoteStarting(quotes, 'is definitely a precursor').speaker).toBe('Matt Williams');
  });

  it('resolves "He added," in Reuters copy to the senator quoted just before', async () => {
    const doc = await article('corpus/reuters21578/reut2-000.sgm', 'Bentsen said in a statement');
    const quotes = findQuotes(doc);
    expect(quoteStarting(quotes, 'The Tax Reform Act contains').speaker).toBe('Lloyd Bentsen');
    expect(quoteStarting(quotes, 'The provision was intended').speaker).toBe('Lloyd Bentsen');
    expect(quoteStarting(quotes, 'The bill I have introduced').speaker).toBe('Lloyd Bentsen');
  });
});

describe('quotes: titles and unnamed speakers in Reuters copy', () => {
  it('reads the name after a lower-case title and leaves "an aide to Secretary X said" unnamed', async () => {
    const brazil = await article('corpus/reuters21578/reut2-000.sgm', 'central bank president Fran');
    expect(quoteStarting(findQuotes(brazil), 'Perhaps the same principle').speaker).toBe('Francisco Gros');
    const grain = await article('corpus/reuters21578/reut2-000.sgm', 'The grain companies are trying');
    const quotes = findQuotes(grain);
    expect(quoteStarting(quotes, 'The grain companies are trying').speaker).toBeNull();
    // The aide's next words stay his, not the secretary's.
    expect(quotes.filter((q) => q.speaker === 'Richard Lyng')).toEqual([]);
  });
});

describe('quotes: marks', () => {
  it('joins a quote that runs over two paragraphs (no closing mark, next opens with one)', async () => {
    const doc = await article('corpus/dev/docs/a07.txt');
    const q = quoteStarting(findQuotes(doc), 'Paul Smith is delighted');
    expect(q.speaker).toBe('Ashley Long');
    expect(q.text).toContain('diffusion lines.\n\nThe digital reach and strong digital ecosystem');
    expect(q.text).not.toContain('"');
    expect(q.text.endsWith('through this partnership.')).toBe(true);
  });

  it('recovers a quote whose opening mark the source lost: `...future," said Nance Dicciani`', async () => {
    const q = quoteStarting(findQuotes(await article('corpus/dev/docs/c08.txt')), 'The combination of Honeywell');
    expect(q.speaker).toBe('Nance Dicciani');
    expect(q.text.endsWith('flexibility in the future')).toBe(true);
  });

  it('finds nothing in text that is only quote marks, and one quote in a real paragraph buried among them', async () => {
    const doc = await article('corpus/dev/docs/c01.txt');
    const para = doc.text.slice(doc.text.indexOf('Dr Jan Chojecki'));
    const flood = `${'“'.repeat(5000)}${'”'.repeat(5000)}\n\n${'"a" '.repeat(5000)}`;
    const empty = { ...doc, text: flood, paragraphs: [] };
    expect(findQuotes(empty)).toEqual([]);
    const mixed = { ...doc, text: `${flood}\n\n${para}`, paragraphs: [] };
    const quotes = findQuotes(mixed);
    expect(quotes.map((q) => q.speaker)).toContain('Jan Chojecki');
  });

  it('keeps the spans of every quote in the first Reuters file inside the text', async () => {
    const pipeline = loadPipeline('newswire');
    pipeline.stages = pipeline.stages.filter((s) => s.stage === 'clean' || s.stage === 'segment');
    let count = 0;
    for (const r of await loadFile(`${SHARED}corpus/reuters21578/reut2-000.sgm`)) {
      if (!('article' in r)) continue;
      const doc = runArticle(r.article, pipeline);
      for (const q of findQuotes(doc)) {
        expect(q.start).toBeLessThan(q.end);
        expect(q.end).toBeLessThanOrEqual(doc.text.length);
        count++;
      }
    }
    expect(count).toBeGreaterThan(300);
  });
});
