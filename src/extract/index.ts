// extract: the extractors, each a small module (parsers that propose candidates
// and refiners that decide, after chrono-node). A pipeline names which run and in
// what order; later ones read what earlier ones found (deals read parties).
import type { Document } from '../document.js';
import { extractAmounts } from './amounts/index.js';
import { extractDates } from './dates/index.js';
import { extractDeals } from './deals/index.js';
import { extractLocations } from './locations/index.js';
import { extractOrganizations } from './organizations/index.js';
import { extractPeople } from './people/index.js';
import { extractQuotes } from './quotes/index.js';

export type Extractor = (doc: Document) => Document;

export const EXTRACTORS: Record<string, Extractor> = {
  dates: extractDates,
  amounts: extractAmounts,
  organizations: extractOrganizations,
  people: extractPeople,
  locations: extractLocations,
  quotes: extractQuotes,
  deals: extractDeals,
};

export const DEFAULT_EXTRACTORS = ['dates', 'amounts', 'organizations', 'people', 'locations', 'quotes', 'deals'];

export interface ExtractOptions {
  extractors?: string[];
}

export function extract(doc: Document, options: ExtractOptions = {}): Document {
  let out = doc;
  for (const name of options.extractors ?? DEFAULT_EXTRACTORS) {
    const run = EXTRACTORS[name];
    if (!run) throw new Error(`unknown extractor "${name}" in pipeline`);
    out = run(out);
  }
  return out;
}
