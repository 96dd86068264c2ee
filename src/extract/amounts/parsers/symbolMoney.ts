// Money with the sign in front: "$325 million", "US$1.2bn", "A$3.1bn", "€5m", "£1.25bn", "Rs 500 crore".
import { SYMBOLS } from '../currencies.js';
import { NUMBER_RE, SCALE_RE } from '../numbers.js';
import type { AmountParser } from '../types.js';
import { candidate, collect } from './build.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SIGNS = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');

const RE = new RegExp(`(?<![A-Za-z$])(${SIGNS})\\s?(${NUMBER_RE})(${SCALE_RE})?(?![\\w$€£])`, 'g');

export const parseSymbolMoney: AmountParser = (text) =>
  collect(RE, text, (m) => {
    // "Rs" must be written as a sign, not as the end of a word: handled by the lookbehind; digits required.
    if (!/\d/.test(m[2]!) && !m[3]) return null;
    return candidate(text, {
      start: m.index,
      end: m.index + m[0].length,
      number: m[2]!,
      scale: m[3],
      kind: 'money',
      currency: SYMBOLS[m[1]!] ?? null,
    });
  });
