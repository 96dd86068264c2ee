// Currency signs, ISO codes and the words newswires use ("dlrs", "stg", "yen"),
// with the country adjectives that change which dollar or crown is meant.

/** Signs before the number; longer ones first so "US$" wins over "$". */
export const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  'U.S.$': 'USD',
  'U.S. $': 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  NT$: 'TWD',
  R$: 'BRL',
  'Rs.': 'INR',
  Rs: 'INR',
  '₹': 'INR',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₽': 'RUB',
  '₪': 'ILS',
};

export const CODES = new Set(
  (
    'USD EUR GBP JPY CNY CAD AUD CHF HKD INR SGD KRW SEK NOK DKK NZD BRL MXN ZAR RUB TWD AED SAR ' +
    'ILS TRY PLN THB MYR IDR PHP VND NGN EGP KES CZK HUF'
  ).split(' '),
);
/** Codes people write that are not ISO: the yuan as RMB. */
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

/** Currency nouns after the number, to their usual code when no adjective says otherwise. */
export const WORDS: Record<string, string> = {
  dlr: 'USD',
  dlrs: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  cent: 'USD',
  cents: 'USD',
  ct: 'USD',
  cts: 'USD',
  stg: 'GBP',
  sterling: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  pence: 'GBP',
  p: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  euro: 'EUR',
  euros: 'EUR',
  franc: 'FRF',
  francs: 'FRF',
  marks: 'DEM',
  'deutsche marks': 'DEM',
  deutschemarks: 'DEM',
  guilders: 'NLG',
  lire: 'ITL',
  lira: 'TRY',
  pesetas: 'ESP',
  crowns: 'SEK',
  kronor: 'SEK',
  krona: 'SEK',
  kroner: 'NOK',
  krone: 'DKK',
  dkr: 'DKK',
  nkr: 'NOK',
  skr: 'SEK',
  rupees: 'INR',
  rupiah: 'IDR',
  rand: 'ZAR',
  won: 'KRW',
  ringgit: 'MYR',
  baht: 'THB',
  riyals: 'SAR',
  dirhams: 'AED',
  pesos: 'MXN',
  cruzados: 'BRC',
  australs: 'ARA',
  shekels: 'ILS',
  roubles: 'RUB',
  rubles: 'RUB',
  schillings: 'ATS',
  escudos: 'PTE',
  drachmas: 'GRD',
  zlotys: 'PLN',
  'hong kong dollars': 'HKD',
};

/** Hundredths of the currency unit. */
export const MINOR = new Set(['cent', 'cents', 'ct', 'cts', 'pence', 'p']);

export const WORD_RE =
  '(?:deutsche marks|deutschemarks|dlrs?|Dlrs?|DLRS?|dollars?|cents?|cts?|stg|sterling|pounds(?: sterling)?|pound sterling|pence|yen|yuan|renminbi|euros?|francs?|marks|guilders|lire|lira|pesetas|crowns|kronor|kroner|krone|krona|dkr|nkr|skr|rupees|rupiah|rand|won|ringgit|baht|riyals|dirhams|pesos|cruzados|australs|shekels|roubles|rubles|schillings|escudos|drachmas|zlotys)';

/** Country words that pick the currency: "Australian dlrs", "Danish crowns", "Swiss francs". */
const ADJECTIVES: Record<string, string> = {
  'u.s.': 'US',
  us: 'US',
  american: 'US',
  australian: 'AU',
  canadian: 'CA',
  'hong kong': 'HK',
  hk: 'HK',
  'n.z.': 'NZ',
  'new zealand': 'NZ',
  singapore: 'SG',
  taiwan: 'TW',
  'taiwan dollars': 'TW',
  swiss: 'CH',
  french: 'FR',
  belgian: 'BE',
  danish: 'DK',
  swedish: 'SE',
  norwegian: 'NO',
  mexican: 'MX',
  philippine: 'PH',
  saudi: 'SA',
  'west german': 'DE',
  german: 'DE',
  brazilian: 'BR',
  argentine: 'AR',
  indian: 'IN',
  japanese: 'JP',
  chinese: 'CN',
  'south african': 'ZA',
  irish: 'IE',
  malaysian: 'MY',
  indonesian: 'ID',
  luxembourg: 'LU',
  'new taiwan': 'TW',
  egyptian: 'EG',
  israeli: 'IL',
  turkish: 'TR',
  austrian: 'AT',
  portuguese: 'PT',
  spanish: 'ES',
  italian: 'IT',
  dutch: 'NL',
  finnish: 'FI',
  greek: 'GR',
  kuwaiti: 'KW',
  chilean: 'CL',
  colombian: 'CO',
  peruvian: 'PE',
  venezuelan: 'VE',
  nigerian: 'NG',
  korean: 'KR',
  'south korean': 'KR',
  thai: 'TH',
  pakistani: 'PK',
  'sri lankan': 'LK',
  zimbabwe: 'ZW',
};

export const ADJECTIVE_RE =
  '(?:U\\.S\\.|US|American|Australian|Canadian|Hong Kong|HK|N\\.Z\\.|New Zealand|Singapore|New Taiwan|Taiwan|Swiss|French|Belgian|Danish|Swedish|Norwegian|Mexican|Philippine|Saudi|West German|German|Brazilian|Argentine|Indian|Japanese|Chinese|South African|Irish|Malaysian|Indonesian|Luxembourg|Egyptian|Israeli|Turkish|Austrian|Portuguese|Spanish|Italian|Dutch|Finnish|Greek|Kuwaiti|Chilean|Colombian|Peruvian|Venezuelan|Nigerian|South Korean|Korean|Thai|Pakistani|Sri Lankan|Zimbabwe)';

// Nouns shared by several countries, and which code each country's one has.
const FAMILIES: [RegExp, Record<string, string>][] = [
  [
    /^(?:dlrs?|dollars?|cents?|cts?)$/,
    { US: 'USD', AU: 'AUD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', SG: 'SGD', TW: 'TWD', ZW: 'ZWD' },
  ],
  [/^(?:crowns|kron)/, { DK: 'DKK', SE: 'SEK', NO: 'NOK' }],
  [/^francs?$/, { CH: 'CHF', FR: 'FRF', BE: 'BEF', LU: 'LUF' }],
  [/^pesos$/, { MX: 'MXN', PH: 'PHP', AR: 'ARS', CL: 'CLP', CO: 'COP' }],
  [/^rupees$/, { IN: 'INR', PK: 'PKR', LK: 'LKR' }],
  [/^pounds?$/, { EG: 'EGP', IE: 'IEP' }],
  [/^marks$/, { DE: 'DEM', FI: 'FIM' }],
];

/** The currency of a noun with an optional country word in front of it. */
export function wordCurrency(adjective: string | undefined, noun: string): string | null {
  const n = noun.toLowerCase().replace(/ sterling$/, '');
  const base = WORDS[n] ?? null;
  const country = adjective ? ADJECTIVES[adjective.toLowerCase()] : undefined;
  if (!base || !country) return base;
  for (const [re, codes] of FAMILIES) if (re.test(n)) return codes[country] ?? base;
  return base;
}
