// amounts: money (with ISO currency), percentages and counted quantities, each
// with its value in units ("$325 million" -> 325000000 USD). Parsers propose,
// refiners decide and fill in the bare ends of ranges.
import type { Amount, Document } from '../../document.js';
import { parseCodeMoney } from './parsers/codeMoney.js';
import { parsePercent } from './parsers/percent.js';
import { parseQuantity } from './parsers/quantity.js';
import { parseSymbolMoney } from './parsers/symbolMoney.js';
import { parseWordMoney } from './parsers/wordMoney.js';
import { dropOverlaps } from './refiners/dropOverlaps.js';
import { localCurrency } from './refiners/localCurrency.js';
import { rangeStarts } from './refiners/rangeStarts.js';
import { shareScale } from './refiners/shareScale.js';
import type { AmountParser, AmountRefiner } from './types.js';

/** Ordered: on an equal-length overlap of the same kind, an earlier parser wins. */
export const PARSERS: AmountParser[] = [parseSymbolMoney, parseCodeMoney, parseWordMoney, parsePercent, parseQuantity];

export const REFINERS: AmountRefiner[] = [dropOverlaps, localCurrency, shareScale, rangeStarts, dropOverlaps];

export function findAmounts(text: string): Amount[] {
  let found = PARSERS.flatMap((parse) => parse(text));
  for (const refine of REFINERS) found = refine(text, found);
  return found.map(({ text: written, kind, value, currency, start, end, per, unit }) => ({
    text: written,
    kind,
    value,
    currency,
    start,
    end,
    per: per ?? null,
    unit: unit ?? null,
  }));
}

export function extractAmounts(doc: Document): Document {
  return { ...doc, amounts: findAmounts(doc.text) };
}
