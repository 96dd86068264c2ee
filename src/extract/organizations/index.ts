// Organizations: every named business, institution, agency or school in the
// article, one entry per real-world organization with every written form in
// `aliases` and every mention as a span. The parsers and refiners live in
// ../entities (shared with people and locations, since one run of capitals
// is one kind of name or another).
import type { Document } from '../../document.js';
import { analysisOf } from '../entities/analyze.js';

export function extractOrganizations(doc: Document): Document {
  const { orgs } = analysisOf(doc).entities;
  return {
    ...doc,
    organizations: orgs.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      mentions: o.mentions,
      confidence: o.confidence,
      ticker: o.ticker,
    })),
  };
}
