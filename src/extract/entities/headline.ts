// Parser 5: the company a wire headline names before its ticker ("FINANCIAL
// Nash OF Olney <FIN> 3RD QTR NET"). Reuters earnings reports often name the
// company only there; the headline is not part of the article text, so the
// name comes with no mention.
import { isPlace } from '../lexicon/places.js';

export interface HeadlineName {
  name: string;
  ticker: string;
}

const LEADING = /^(?:[A-Z][A-Z ]*\/)+\s*/; // "TALKING POINT/CONRAIL"

export function headlineCompany(headline: string | null): HeadlineName | null {
  if (!headline) return null;
  const m = /^([A-Z0-9][A-Z0-9&.,'’\- ]*?)\s*<([A-Z0-9.]{1,10})>/.exec(headline.trim().replace(LEADING, ''));
  if (!m?.[1] || !m[2]) return null;
  const name = m[1].replace(/[\s,]+$/, '');
  if (name.length < 2 || isPlace(name) || /^(?:U\.?S\.?|UK|U\.K\.)$/.test(name)) return null;
  return { name, ticker: m[2] };
}
