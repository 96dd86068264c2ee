// Writes the word lists beside the compiled lexicon module, read once here
// instead of in every thread (see src/extract/lexicon/sources.ts). Runs after
// tsc in `npm run build`:
// - lexicon-data.json: the short lists derived from the data packages;
// - towns.txt and towns.idx: the towns, one a line, and their hash table;
// - english-words.idx: the hash table of the English word list (word-list's own file).
// A table loads as it is stored (two file reads, no parsing or hashing).
import { writeFileSync } from 'node:fs';
import { englishWordsFile } from '../dist/clean/repairs/english.js';
import {
  deriveLexiconData,
  ENGLISH_INDEX_FILE,
  LEXICON_DATA_FILE,
  TOWNS_FILE,
  TOWNS_INDEX_FILE,
} from '../dist/extract/lexicon/sources.js';
import { writeIndex } from '../dist/extract/lexicon/table.js';

const { towns, ...rest } = deriveLexiconData();
writeFileSync(LEXICON_DATA_FILE, JSON.stringify(rest));
const townBytes = Buffer.from(towns.join('\n'));
writeFileSync(TOWNS_FILE, townBytes);
writeIndex(townBytes, TOWNS_INDEX_FILE);
writeIndex(englishWordsFile(), ENGLISH_INDEX_FILE);
