// Locations: places named in the article (countries, regions, cities from the
// gazetteer), with their mentions.
import type { Document } from '../../document.js';
import { analysisOf } from '../entities/analyze.js';

export function extractLocations(doc: Document): Document {
  const { places } = analysisOf(doc).entities;
  return { ...doc, locations: places.map((p) => ({ name: p.name, mentions: p.mentions })) };
}
