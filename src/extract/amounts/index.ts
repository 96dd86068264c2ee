import type { Document } from '../../document.js';

// First version pending: see the issue tracker.
export function extractAmounts(doc: Document): Document {
  return doc;
}
