// The verifier: a logistic regression over whole entities that says how
// likely an organization or a person the tagger and the rules settled is
// right. Its features (below, in one place) read the entity as a whole: how
// its mentions voted, what the rules said, the shape of its name, where it
// was found. Trained on the held-out folds of cross-validation
// (scripts/cv-entities.mjs), so its output is a calibrated probability: it is
// the entity's confidence, and an entity under the model's threshold is dropped.
import { isOrdinaryWord } from '../../lexicon/common.js';
import { FIRST_NAMES } from '../../lexicon/names.js';
import { isPlace } from '../../lexicon/places.js';
import { DEMONYMS, LEGAL_SUFFIXES, ORG_HEADS_STRONG, SUBJECT_VERBS } from '../../lexicon/words.js';

/** Initials-and-dots words: degrees and abbreviations ("Ph.D", "B.Sc.", "M.B.A."), not names on their own. */
const DOTTED = /^(?:\p{Lu}\p{Ll}{0,2}\.){1,3}(?:\p{Lu}\p{Ll}{0,2})?\.?$/u;

export type Kind = 'org' | 'person' | 'place' | 'none';

export interface EntityView {
  kind: Kind;
  name: string;
  forms: string[];
  votes: Record<Kind, number>;
  /** Probabilities of the tagged mentions of the entity's kind. */
  probs: number[];
  ruleKind: Kind | null;
  /** The rules' own confidence in the entity (0 for a name only the tagger found). */
  ruleConfidence: number;
  mentions: number;
  /** Mentions the tagger could not read (caps headlines), kept as the rules found them. */
  kept: number;
  genre: string;
  /** Offset of the first mention, as a share of the text. */
  firstAt: number;
  /** Mentions inside the headline. */
  headline: number;
  /** Mentions right after a lower-case "the" ("the Board", "the Corporation"). */
  afterThe: number;
}

/** Feature name to weight, per kind; 'bias' is the intercept. */
export interface VerifierWeights {
  org: Record<string, number>;
  person: Record<string, number>;
}

/** One verifier for companies' own releases and one for news: the same evidence weighs differently. */
export interface Verifier {
  release: VerifierWeights;
  news: VerifierWeights;
  /** An entity whose probability is under this is dropped. */
  threshold: number;
}

// (feature names made once, not per entity)
const SHARE_KEYS = (['org', 'person', 'place', 'none'] as const).map((k) => [k, `share:${k}`] as const);

/** The verifier's features of one entity, by name (numeric; missing means 0). */
export function entityFeatures(e: EntityView): Record<string, number> {
  const f: Record<string, number> = { bias: 1 };
  const total = e.votes.org + e.votes.person + e.votes.place + e.votes.none || 1;
  for (const [k, key] of SHARE_KEYS) f[key] = e.votes[k] / total;
  const mean = e.probs.length ? e.probs.reduce((s, p) => s + p, 0) / e.probs.length : 0;
  f.meanProb = mean;
  f.minProb = e.probs.length ? Math.min(...e.probs) : 0;
  f[`rule:${e.ruleKind ?? 'fresh'}`] = 1;
  if (e.ruleKind === e.kind) f.ruleAgrees = 1;
  f.ruleConfidence = e.ruleConfidence;
  f.logMentions = Math.log1p(e.mentions);
  if (e.kept === e.mentions) f.onlyKept = 1;
  f[`genre:${e.genre}`] = 1;
  const words = e.name.split(/\s+/);
  f[`words:${Math.min(words.length, 4)}`] = 1;
  if (!/\p{Ll}/u.test(e.name)) f.allCaps = 1;
  if (/\d/.test(e.name)) f.digit = 1;
  if (LEGAL_SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase().replace(/,$/, ''))) f.legal = 1;
  const ordinary = words.filter((w) => isOrdinaryWord(w.toLowerCase())).length;
  f.ordinaryShare = ordinary / words.length;
  if (words.length === 1 && e.name.length <= 4) f.short = 1;
  f.forms = Math.min(e.forms.length, 4) / 4;
  f.early = e.firstAt < 0.1 ? 1 : 0;
  // where the mentions are: only in the headline (title case joins verbs and nouns to names), after "the"
  if (e.mentions && e.headline === e.mentions) f.onlyHeadline = 1;
  f.afterThe = e.mentions ? e.afterThe / e.mentions : 0;
  // the name's own words: a first name, a place, a verb, a generic or a strong organization head
  const lower = words.map((w) => w.toLowerCase().replace(/[,.]$/, ''));
  const first = words[0] ?? '';
  if (FIRST_NAMES.has(first.toLowerCase())) f[words.length === 1 ? 'firstNameAlone' : 'firstNameFirst'] = 1;
  if (isPlace(e.name)) f.place = 1;
  else if (lower.every((w) => isPlace(w) || DEMONYMS.has(w))) f.placeWords = 1;
  if (
    lower.some(
      (w) =>
        SUBJECT_VERBS.has(w) ||
        /^(?:announce|acquire|complete|commit|enter|form|name|sign|agree|partner|select|launch|expand)(?:s|d|ed)?$/.test(
          w,
        ),
    )
  )
    f.verb = 1;
  const head = lower[lower.length - 1] ?? '';
  if (ORG_HEADS_STRONG.has(head)) f.orgHead = 1;
  else if (words.length > 1 && isOrdinaryWord(head)) f.ordinaryHead = 1;
  if (DOTTED.test(e.name)) f.dotted = 1;
  if (/['’]s\s/.test(e.name)) f.possessive = 1;
  if (words.length === 1 && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(e.name) && e.forms.length === 1) f.bareAcronym = 1;
  return f;
}

export function verify(weights: Record<string, number>, f: Record<string, number>): number {
  let z = 0;
  // (for...in visits the keys in the order Object.entries gives them: none is an integer)
  for (const k in f) z += (weights[k] ?? 0) * (f[k] as number);
  return 1 / (1 + Math.exp(-z));
}
