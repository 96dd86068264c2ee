// Money named by a word after the number, newswire style: "50 mln dlrs", "1.5 billion yen",
// "50 mln stg", "10 cts a share", "2.4 billion Australian dlrs", "5 mln Danish crowns", "50p".
import { ADJECTIVE_RE, MINOR, WORD_RE, wordCurrency } from '../currencies.js';
import { NUMBER_RE, SCALE_RE } from '../numbers.js';
import type { AmountCandidate, AmountParser } from '../types.js';
import { candidate, collect } from './build.js';

const RE = new RegExp(
  `(${NUMBER_RE})(${SCALE_RE})?(?:[\\s-]+(?:(${ADJECTIVE_RE})\\s+)?(${WORD_RE})(?![A-Za-z])|(p)\\b)`,
  'g',
);

const familyOf = (noun: string): AmountCandidate['family'] =>
  /^francs?$/.test(noun)
    ? 'franc'
    : /^(?:crowns|kron|dkr|nkr|skr)/.test(noun)
      ? 'crown'
      : noun === 'pesos'
        ? 'peso'
        : noun === 'rupees'
          ? 'rupee'
          : /^(?:dlrs?|dollars?)$/.test(noun)
            ? 'dollar'
            : null;

export const parseWordMoney: AmountParser = (text) =>
  collect(RE, text, (m) => {
    const noun = (m[4] ?? m[5] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    // Weight, not sterling: "20 mln pounds of beef".
    if (/^pounds?$/.test(noun) && /^\s+of\b/.test(text.slice(end, end + 5))) return null;
    // Lower-case country words are ordinary words ("us"); the flag is only for the noun.
    if (m[3] && !/^[A-Z]/.test(m[3])) return null;
    const c = candidate(text, {
      start: m.index,
      end,
      number: m[1]!,
      scale: m[2],
      kind: 'money',
      currency: wordCurrency(m[3], noun.replace(/\s+/g, ' ')),
      shift: MINOR.has(noun) ? -2 : 0,
    });
    if (c && !m[3]) c.family = familyOf(noun);
    return c;
  });
