// Parser 2: what a name run looks like on its own, from its words alone:
// a company by its legal suffix, an institution by its head noun, a person by
// a first name or an honorific, a place from the gazetteer.
import type { Token } from '../../document.js';
import { isOrdinaryWord, lexicons } from '../lexicon/common.js';
import { ASIAN_SURNAMES, FIRST_NAMES, isFirstName } from '../lexicon/names.js';
import { isPlace } from '../lexicon/places.js';
import {
  DEMONYMS,
  HONORIFICS,
  NOT_NAMES,
  ORG_HEADS_STRONG,
  TITLE_CORES,
  TITLE_FUNCTIONS,
  TITLE_MODIFIERS,
} from '../lexicon/words.js';
import { isLegalSuffix } from './runs.js';
import { GENERATION } from './shape.js';
import { endsAsOrg } from './split.js';

export type Kind = 'org' | 'person' | 'place' | 'unknown';

export interface Shape {
  kind: Kind;
  /** How sure the words alone make us, in [0, 1]. */
  score: number;
  /** Why, for debugging and confidence. */
  cue: string;
}

const lc = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const INITIAL = /^\p{Lu}\.?$/u;
/** Initials written together: "K.T.", "L.M." */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'bin', 'al', 'del', 'dos']);
// Names ending so are documents, securities and programs, not organizations.
const NON_ORG_HEADS = new Set(
  'agreement agreements stock shares share phase plan program programme project act treaty deal offering round initiative strategy index notes bonds warrants memorandum bill law tax taxes duty duties tariff tariffs requirement treasuries statute statutes regulation regulations directive charger chargers adapter adapters keyboard keyboards headphones earbuds earphones laptop laptops tablet tablets smartphone smartphones camera cameras console consoles drone drones printer printers router routers'.split(
    ' ',
  ),
);
const NON_ORG_WORDS = new Set([
  'agreement',
  'agreements',
  'memorandum',
  'announces',
  'announced',
  'signs',
  'appointment',
]);
const FOREIGN_LEADS = new Set(
  'banca banco banque groupe grupo compagnie societe société instituto istituto universidad université universita'.split(
    ' ',
  ),
);
// Names ending so are events, not organizations ("Investor Day", "Grand Prix").
const EVENT_HEADS = new Set(
  'day days championship championships prix summit forum conference expo festival awards award week olympics cup games show fair congress-week series'.split(
    ' ',
  ),
);
const PLACE_LEADS = new Set(
  'north south east west central upper lower new port saint st st. san santa los las el fort palm mount lake far middle near northern southern eastern western greater'.split(
    ' ',
  ),
);
const PLACE_HEADS = new Set(
  'island islands county province city valley bay beach river lake mountains sea coast peninsula region district gulf strait basin springs territory plateau desert canyon hills falls airport gardens square avenue'.split(
    ' ',
  ),
);

/** The words newspapers are named with after their city ("Ardmore Herald", "Lake County Register"). */
const PUBLICATION_HEADS = new Set(
  'post herald tribune times journal gazette chronicle courier observer inquirer dispatch sentinel bulletin globe telegraph register examiner'.split(
    ' ',
  ),
);

/** "North Brunswick", "Palm Gardens", "Orly Airport": a name shaped as a place's (a compass word first, a place's head last). */
export function placeShaped(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (
    words.length > 1 && (PLACE_LEADS.has(words[0] as string) || PLACE_HEADS.has(words[words.length - 1] as string))
  );
}

/** "North Sydney", "West Africa", "Palm Beach": a first name that opens a place. */
function placeLike(tokens: Token[]): boolean {
  if (PLACE_LEADS.has(lc(tokens[0]))) return true;
  // "Globex Asia Pacific": a place word after the first is no part of a person's name
  if (PLACE_HEADS.has(lc(tokens[tokens.length - 1]))) return true;
  if (ASIAN_SURNAMES.has(lc(tokens[0]))) return false; // "Wang Lei", "Xu Jianguo"
  // "Dana Warren", "Ivo Jackson": a first name and one word that is also a town's name is a person
  if (tokens.length === 2 && FIRST_NAMES.has(lc(tokens[0]))) return false;
  return tokens.slice(1).some((t) => t.text.length > 3 && isPlace(t.text) && !lexicons().surnames.has(lc(t)));
}

function personLike(written: Token[]): boolean {
  // "Harold P. Grant, Jr.": the generation is no part of the shape
  let n = written.length;
  if (n > 2 && GENERATION.test(written[n - 1]?.text ?? '')) n -= written[n - 2]?.text === ',' ? 2 : 1;
  const all = written.slice(0, n);
  // "Edward R. (Jack) Bramwell": a nickname in brackets is no part of the shape
  const tokens = all.filter(
    (t, i) =>
      !/^[()]$/.test(t.text) &&
      !(all[i - 1]?.text === '(' && all[i + 1]?.text === ')') &&
      !(i > 0 && i < all.length - 1 && PARTICLES.has(t.text)),
  );
  if (tokens.length < 2 || tokens.length > 4) return false;
  if (all.filter((t) => PARTICLES.has(t.text)).length > 1) return false; // "Monte dei Paschi di Siena"
  return tokens.every(
    (t, i) =>
      (i > 0 && INITIAL.test(t.text)) ||
      // "T.R. Holt Jr.", "A.B.M. Karim Haque" (not "U.K. Interest", nor firms named after their founders, "J.P.
      // Morgan": the initials and a surname alone stay a name of unknown kind)
      (i === 0 &&
        INITIALS.test(t.text) &&
        (tokens.length >= 3 || n < written.length) &&
        !isPlace(t.text) &&
        !isOrdinaryWord(lc(tokens[1])) &&
        !NOT_NAMES.has(lc(tokens[1]))) ||
      // "J. R. Ewing": two initials, then the surname
      (i === 0 && INITIAL.test(t.text) && tokens.length >= 3 && INITIAL.test(tokens[1]?.text ?? '')) ||
      (/^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(t.text) && !ORG_HEADS_STRONG.has(lc(t))) ||
      (i > 0 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t.text)), // "ZheYong", "McKay"
  );
}

/** The words name a place, or a place with its head ("Lake County"). */
function placeBefore(tokens: Token[]): boolean {
  const name = tokens.map((t) => t.text).join(' ');
  return isPlace(name) || (tokens.length >= 2 && PLACE_HEADS.has(lc(tokens[tokens.length - 1])));
}

export function classify(tokens: Token[], text: string): Shape {
  const first = lc(tokens[0]).replace(/\.$/, '');
  const n = tokens.length;
  if (n === 1 && (NOT_NAMES.has(first) || DEMONYMS.has(first))) return { kind: 'unknown', score: 0, cue: 'stopword' };
  if (HONORIFICS.has(first) && n >= 2) return { kind: 'person', score: 0.9, cue: 'honorific' };
  // "Corp" alone: the end of a name the run lost, no name
  if (n === 1 && isLegalSuffix(tokens[0])) return { kind: 'unknown', score: 0, cue: 'stopword' };
  if (isLegalSuffix(tokens[n - 1]) && n > 1) return { kind: 'org', score: 0.95, cue: 'legal-suffix' };
  // "Cedar Corp Ltd Australia", "Vandelay Corp of America"
  const suffixAt = tokens.findIndex((t, i) => i > 0 && isLegalSuffix(t));
  if (suffixAt > 0 && tokens.slice(suffixAt + 1).every((t) => isLegalSuffix(t) || isPlace(t.text) || t.text === 'of'))
    return { kind: 'org', score: 0.9, cue: 'legal-suffix' };
  if (
    NON_ORG_HEADS.has(lc(tokens[n - 1])) ||
    tokens.some((t) => NON_ORG_WORDS.has(lc(t))) ||
    (n === 1 && /ing$/.test(first))
  )
    return { kind: 'unknown', score: 0, cue: 'thing' };
  // "Chilton Dexter del Easton", "Regional Council of the Lake District"
  if (n > 1 && FOREIGN_LEADS.has(first)) return { kind: 'org', score: 0.85, cue: 'head-noun' };
  if (tokens.some((t, i) => i > 0 && i < n - 1 && ORG_HEADS_STRONG.has(lc(t)) && lc(tokens[i + 1]) === 'of'))
    return { kind: 'org', score: 0.85, cue: 'head-noun' };
  if (EVENT_HEADS.has(lc(tokens[n - 1]))) return { kind: 'unknown', score: 0, cue: 'event' };
  if (n === 1 && /^\p{N}/u.test(text)) return { kind: 'unknown', score: 0, cue: 'number' };
  const place = isPlace(text);
  // "Chief |Corporate Development| Officer": the middle of a title, not a name
  if (
    !place &&
    tokens.every(
      (t) =>
        !/\p{Lu}{2}/u.test(t.text) &&
        (TITLE_MODIFIERS.has(lc(t)) || TITLE_CORES.has(lc(t)) || TITLE_FUNCTIONS.has(lc(t))),
    )
  )
    return { kind: 'unknown', score: 0, cue: 'title-words' };
  if (place) return { kind: 'place', score: 0.8, cue: 'gazetteer' };
  // "Ardmore Herald", "Lake County Register": a place and a newspaper's word is the newspaper
  if (n >= 2 && PUBLICATION_HEADS.has(lc(tokens[n - 1])) && placeBefore(tokens.slice(0, -1)))
    return { kind: 'org', score: 0.85, cue: 'head-noun' };
  // "West Germany", "South Korea"
  if (
    n >= 2 &&
    PLACE_LEADS.has(first) &&
    isPlace(
      tokens
        .slice(1)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return { kind: 'place', score: 0.7, cue: 'gazetteer' };
  if (n === 1 && /^\p{Lu}\.?$/u.test(text)) return { kind: 'unknown', score: 0, cue: 'initial' };
  // "A. William Reynolds"
  if (n >= 3 && INITIAL.test(tokens[0]?.text ?? '') && FIRST_NAMES.has(lc(tokens[1])) && personLike(tokens.slice(1)))
    return { kind: 'person', score: 0.85, cue: 'first-name' };
  if (
    n >= 2 &&
    PLACE_HEADS.has(lc(tokens[n - 1])) &&
    !tokens.some((t) => ORG_HEADS_STRONG.has(lc(t)) || isLegalSuffix(t))
  )
    return { kind: 'place', score: 0.6, cue: 'place-head' };
  if (endsAsOrg(tokens)) return { kind: 'org', score: 0.85, cue: 'head-noun' };
  if (personLike(tokens) && (isFirstName(first) || ASIAN_SURNAMES.has(first)) && !placeLike(tokens))
    return { kind: 'person', score: 0.85, cue: 'first-name' };
  if (n === 1 && ORG_HEADS_STRONG.has(first)) return { kind: 'unknown', score: 0, cue: 'bare-head' };
  return { kind: 'unknown', score: 0.3, cue: personLike(tokens) && !placeLike(tokens) ? 'name-shape' : 'capitalized' };
}
