// Is a capitalized word at the start of a sentence an ordinary word? Read from
// compromise's lexicon (its tags) and from the article itself: a word the
// article also writes in lower case is an ordinary word.
import { lexiconData } from './sources.js';

interface Lexicons {
  ordinary: Set<string>;
  verbs: Set<string>;
  orgs: Set<string>;
  surnames: Set<string>;
  firstNames: Set<string>;
}

let cache: Lexicons | null = null;

function load(): Lexicons {
  const data = lexiconData();
  return {
    ordinary: new Set(data.ordinary),
    verbs: new Set(data.verbs ?? []),
    orgs: new Set(data.organizations),
    surnames: new Set(data.surnames),
    firstNames: new Set(data.firstNames),
  };
}

export function lexicons(): Lexicons {
  cache ??= load();
  return cache;
}

const MORPHOLOGY = /(?:ly|tion|tions|ment|ments|ness|ity|ities|ance|ence|ive|ous|ful|less|able|ible|ally)$/;

/** An ordinary English word by its form or compromise's lexicon (lower-case input). */
export const isOrdinaryWord = (w: string): boolean =>
  lexicons().ordinary.has(w) || (w.length > 5 && MORPHOLOGY.test(w));

/** A verb in its plain form ("develop", "co-develop", "commercialize"), lower-case input. */
export const isPlainVerb = (w: string): boolean => {
  const stem = w.replace(/^(?:co|re|pre)-/, '');
  return lexicons().verbs.has(stem) || /^[a-z]{4,}i[sz]e$/.test(stem);
};
