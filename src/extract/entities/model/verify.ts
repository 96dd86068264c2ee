// The verifier: a logistic regression over whole entities that says how
// likely an organization or a person the tagger and the rules settled is
// right. Its features (below, in one place) read the entity as a whole: how
// its mentions voted, what the rules said, the shape of its name, where it
// was found. Trained on the held-out folds of cross-validation
// (scripts/cv-entities.mjs), so its output is a calibrated probability: it is
// the entity's confidence, and an entity under the model's threshold is dropped.
import { isOrdinaryWord } from '../../lexicon/common.js';
import { LEGAL_SUFFIXES } from '../../lexicon/words.js';

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

/** The verifier's features of one entity, by name (numeric; missing means 0). */
export function entityFeatures(e: EntityView): Record<string, number> {
  const f: Record<string, number> = { bias: 1 };
  const total = e.votes.org + e.votes.person + e.votes.place + e.votes.none || 1;
  for (const k of ['org', 'person', 'place', 'none'] as const) f[`share:${k}`] = e.votes[k] / total;
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
  return f;
}

export function verify(weights: Record<string, number>, f: Record<string, number>): number {
  let z = 0;
  for (const [k, v] of Object.entries(f)) z += (weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}
