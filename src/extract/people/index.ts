// People: every named person, one entry each with surname-only and honorific
// mentions folded in, and the roles the article gives them (./roles.ts).
import type { Document } from '../../document.js';
import { analysisOf } from '../entities/analyze.js';
import { linkRoles } from './roles.js';

export function extractPeople(doc: Document): Document {
  const analysis = analysisOf(doc);
  const roles = linkRoles(doc.text, analysis);
  return {
    ...doc,
    people: analysis.entities.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: roles.get(p) ?? [],
      mentions: p.mentions,
      confidence: p.confidence,
    })),
  };
}
