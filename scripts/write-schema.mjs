// Writes schema/press-extract.schema.json from the zod schemas (src/schema), so
// the file shipped in the package never drifts from what the code validates.
// Runs after tsc in `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchema } from '../dist/schema/index.js';

const file = new URL('../schema/press-extract.schema.json', import.meta.url);
mkdirSync(new URL('.', file), { recursive: true });
writeFileSync(file, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
