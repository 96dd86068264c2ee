// Percentages: "18.8%", "10 percent", "51 pct", "2-1/2 per cent", "three percentage points".
import { NUMBER_RE } from '../numbers.js';
import type { AmountParser } from '../types.js';
import { candidate, collect } from './build.js';

const RE = new RegExp(`(${NUMBER_RE})(?:\\s?%|\\s(?:pct|percent|per cent|percentage points?)\\b)`, 'gi');

export const parsePercent: AmountParser = (text) =>
  collect(RE, text, (m) =>
    /^a$/i.test(m[1]!)
      ? null
      : candidate(text, {
          start: m.index,
          end: m.index + m[0].length,
          number: m[1]!,
          kind: 'percent',
          currency: null,
        }),
  );
