// "today", "yesterday", "tomorrow", "tonight", "this morning": one day off publication.

import { shiftDays } from '../resolve.js';
import type { DateParser } from '../types.js';
import { matchAll } from './match.js';

const RE =
  /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night|(?:the )?day before yesterday)\b(?!['’]s\s+(?:world|market|economy|consumers?))/gi;

const OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'last night': -1 };

export const parseRelativeDay: DateParser = (ctx) =>
  matchAll(ctx, RE, (m) => {
    const word = m[1]!.toLowerCase();
    const offset = OFFSET[word] ?? (word.includes('before yesterday') ? -2 : 0);
    return {
      start: m.index,
      end: m.index + m[0].length,
      value: ctx.ref ? shiftDays(ctx.ref, offset) : null,
      relative: true,
    };
  });
