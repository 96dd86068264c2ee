// Record ids: the hash of the cleaned text, unless an earlier record of the
// batch (in output order) has the same text.
import type { ArticleDone } from './article.js';

/**
 * Gives a record the id of a duplicate text. Parsing and re-serializing keeps
 * the key order and the exact number forms, so only the id changes.
 */
export function withId(done: ArticleDone, id: string): ArticleDone {
  if (id === done.id) return done;
  const record = JSON.parse(done.json) as { id: string };
  record.id = id;
  return { ...done, json: JSON.stringify(record), id };
}
