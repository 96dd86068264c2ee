// Writes dist/extract/lexicon/lexicon-data.json: the word lists derived from the
// data packages (see src/extract/lexicon/sources.ts), read once here instead of
// in every worker thread. Runs after tsc in `npm run build`.
import { writeFileSync } from 'node:fs';
import { deriveLexiconData, LEXICON_DATA_FILE } from '../dist/extract/lexicon/sources.js';

writeFileSync(LEXICON_DATA_FILE, JSON.stringify(deriveLexiconData()));
