// "francs" in copy datelined BRUSSELS are Belgian, "crowns" from COPENHAGEN Danish:
// a currency noun shared by several countries, written without one, takes the
// country of the dateline city when the article opens with one.
import type { AmountCandidate, AmountRefiner } from '../types.js';

type Family = NonNullable<AmountCandidate['family']>;

// Financial centres whose datelines settle which franc, crown, peso or rupee is meant.
const CITIES: Record<string, Partial<Record<Family, string>>> = {
  zurich: { franc: 'CHF' },
  geneva: { franc: 'CHF' },
  berne: { franc: 'CHF' },
  bern: { franc: 'CHF' },
  basle: { franc: 'CHF' },
  basel: { franc: 'CHF' },
  lausanne: { franc: 'CHF' },
  lugano: { franc: 'CHF' },
  brussels: { franc: 'BEF' },
  antwerp: { franc: 'BEF' },
  luxembourg: { franc: 'LUF' },
  paris: { franc: 'FRF' },
  copenhagen: { crown: 'DKK' },
  aarhus: { crown: 'DKK' },
  oslo: { crown: 'NOK' },
  bergen: { crown: 'NOK' },
  stockholm: { crown: 'SEK' },
  gothenburg: { crown: 'SEK' },
  manila: { peso: 'PHP' },
  'mexico city': { peso: 'MXN' },
  'buenos aires': { peso: 'ARS' },
  santiago: { peso: 'CLP' },
  bogota: { peso: 'COP' },
  colombo: { rupee: 'LKR' },
  karachi: { rupee: 'PKR' },
  islamabad: { rupee: 'PKR' },
  'new delhi': { rupee: 'INR' },
  bombay: { rupee: 'INR' },
  mumbai: { rupee: 'INR' },
  // "dlrs" with no country word, in copy from a dollar country's city, are that country's dollars
  toronto: { dollar: 'CAD' },
  montreal: { dollar: 'CAD' },
  vancouver: { dollar: 'CAD' },
  calgary: { dollar: 'CAD' },
  ottawa: { dollar: 'CAD' },
  edmonton: { dollar: 'CAD' },
  winnipeg: { dollar: 'CAD' },
  sydney: { dollar: 'AUD' },
  melbourne: { dollar: 'AUD' },
  perth: { dollar: 'AUD' },
  brisbane: { dollar: 'AUD' },
  adelaide: { dollar: 'AUD' },
  canberra: { dollar: 'AUD' },
  wellington: { dollar: 'NZD' },
  auckland: { dollar: 'NZD' },
  'hong kong': { dollar: 'HKD' },
  singapore: { dollar: 'SGD' },
};

/** The dateline city at the very start of the text ("BRUSSELS, March 3 -"), lower-cased. */
function datelineCity(text: string): string | null {
  const m = /^\s*([A-Z][A-Za-z. ]{2,30}?),/.exec(text.slice(0, 40));
  return m ? m[1]!.toLowerCase() : null;
}

export const localCurrency: AmountRefiner = (text, found) => {
  if (!found.some((c) => c.family)) return found;
  const local = CITIES[datelineCity(text) ?? ''];
  if (!local) return found;
  return found.map((c) => (c.family && local[c.family] ? { ...c, currency: local[c.family]! } : c));
};
