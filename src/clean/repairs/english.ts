// The English word list (sindresorhus' word-list: ~274,000 lower-case words with
// their inflections), loaded once on first use so pipelines that never need it
// pay nothing. It stays one string, indexed by an open-addressing hash table of
// line offsets: 5 MB, where a Set of the words took 21 MB in every worker thread.
// The build writes the table (english-words.idx beside the lexicons), so loading
// is two file reads, made only once a run has looked up many words (see openTable).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENGLISH_INDEX_FILE } from '../../extract/lexicon/sources.js';
import { openTable, type WordLookup } from '../../extract/lexicon/table.js';

let table: WordLookup | null = null;

// The package's words.txt, beside its index.js (what its default export names), found without loading
// the package: an ES module that the command line's script bundle could not require on every Node 20.
let wordListFile: string | null = null;
const wordListPath = (): string =>
  (wordListFile ??= path.join(path.dirname(createRequire(import.meta.url).resolve('word-list')), 'words.txt'));

/** The word list's file, one word a line (the build indexes these same bytes). */
export const englishWordsFile = (): Uint8Array => readFileSync(wordListPath());

/** True when `word` (any case) is an English dictionary word. */
export function isEnglishWord(word: string): boolean {
  table ??= openTable(wordListPath(), ENGLISH_INDEX_FILE);
  return table.has(word.toLowerCase());
}
