// People: every named person, one entry each with surname-only and honorific
// mentions folded in, and the roles the article gives them (./roles.ts).
import type { Document } from '../../document.js';
import { analysisOf } from '../entities/analyze.js';

export function extractPeople(doc: Document): Document {
  const { people } = analysisOf(doc).entities;
  return {
    ...doc,
    people: people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: [],
      mentions: p.mentions,
      confidence: p.confidence,
    })),
  };
}
