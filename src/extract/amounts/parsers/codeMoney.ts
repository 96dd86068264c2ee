// Money with an ISO code (or RMB) before or after the number: "USD 150 million",
// "RMB 2 billion", "EUR5m", "150 million USD".
import { CODE_ALIASES, CODES } from '../currencies.js';
import { NUMBER_RE, SCALE_RE } from '../numbers.js';
import type { AmountParser } from '../types.js';
import { candidate, collect } from './build.js';

const CODE = `(?:${[...CODES, ...Object.keys(CODE_ALIASES)].join('|')})`;
const BEFORE_RE = new RegExp(`\\b(${CODE})\\s?(${NUMBER_RE})(${SCALE_RE})?(?![\\w$€£])`, 'g');
const AFTER_RE = new RegExp(`(${NUMBER_RE})(${SCALE_RE})?\\s(${CODE})\\b`, 'g');
// A code at a word start is in every match, before or after the number: few texts have one,
// and looking for it is cheaper than both patterns, which try a number at every digit and "a".
const ANY_CODE = new RegExp(`\\b${CODE}`);

const code = (c: string): string => CODE_ALIASES[c] ?? c;

export const parseCodeMoney: AmountParser = (text) => {
  if (!ANY_CODE.test(text)) return [];
  return [
    ...collect(BEFORE_RE, text, (m) =>
      candidate(text, {
        start: m.index,
        end: m.index + m[0].length,
        number: m[2]!,
        scale: m[3],
        kind: 'money',
        currency: code(m[1]!),
      }),
    ),
    ...collect(AFTER_RE, text, (m) =>
      candidate(text, {
        start: m.index,
        end: m.index + m[0].length,
        number: m[1]!,
        scale: m[2],
        kind: 'money',
        currency: code(m[3]!),
      }),
    ),
  ];
};
