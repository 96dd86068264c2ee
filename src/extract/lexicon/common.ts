// Is a capitalized word at the start of a sentence an ordinary word? Read from
// compromise's lexicon (its tags) and from the article itself: a word the
// article also writes in lower case is an ordinary word.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const ORDINARY_TAGS = new Set(
  'Gerund Adjective PastTense Plural PresentTense Infinitive Singular Adverb Comparative Superlative Uncountable Preposition Conjunction Determiner Pronoun Modal QuestionWord Expression Noun Participle Actor Copula Auxiliary Negative'.split(
    ' ',
  ),
);

interface Lexicons {
  ordinary: Set<string>;
  orgs: Set<string>;
  surnames: Set<string>;
  firstNames: Set<string>;
}

let cache: Lexicons | null = null;

function load(): Lexicons {
  const out: Lexicons = { ordinary: new Set(), orgs: new Set(), surnames: new Set(), firstNames: new Set() };
  try {
    const nlp = require('compromise') as {
      world: () => { model: { one: { lexicon: Record<string, string | string[]> } } };
    };
    for (const [word, tag] of Object.entries(nlp.world().model.one.lexicon)) {
      const tags = Array.isArray(tag) ? tag : [tag];
      if (tags.some((t) => ORDINARY_TAGS.has(t))) out.ordinary.add(word);
      if (tags.includes('Organization')) out.orgs.add(word);
      if (tags.includes('LastName')) out.surnames.add(word);
      if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) out.firstNames.add(word);
    }
  } catch {
    // without compromise the article's own lower-case words still tell
  }
  return out;
}

export function lexicons(): Lexicons {
  cache ??= load();
  return cache;
}

const MORPHOLOGY = /(?:ly|tion|tions|ment|ments|ness|ity|ities|ance|ence|ive|ous|ful|less|able|ible|ally)$/;

/** An ordinary English word by its form or compromise's lexicon (lower-case input). */
export const isOrdinaryWord = (w: string): boolean =>
  lexicons().ordinary.has(w) || (w.length > 5 && MORPHOLOGY.test(w));
