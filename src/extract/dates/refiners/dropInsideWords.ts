// A match that runs into a letter or digit ("Marches", "Feb 261") is part of
// another word or number, not a date.
import type { DateRefiner } from '../types.js';

export const dropInsideWords: DateRefiner = (ctx, found) =>
  found.filter((c) => !/[\p{L}\p{N}]/u.test(ctx.text[c.end] ?? ''));
