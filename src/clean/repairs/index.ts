// Small named repairs of text-extraction damage (after parse-latin's fix-up
// plugins), applied in the order a pipeline lists them, before normalization.
import { dropBoilerplateLines } from './boilerplate.js';
import { splitGluedWords } from './glued-words.js';
import { joinHyphenatedBreaks } from './hyphenated-breaks.js';
import { spaceGluedSentences } from './sentence-space.js';
import type { Repair } from './types.js';
import { unwrapNewswire } from './unwrap-newswire.js';
import { dropWireSignoff } from './wire-signoff.js';

export type { Repair } from './types.js';
export {
  dropBoilerplateLines,
  dropWireSignoff,
  joinHyphenatedBreaks,
  spaceGluedSentences,
  splitGluedWords,
  unwrapNewswire,
};

export const REPAIRS: Record<string, Repair> = {
  'drop-wire-signoff': dropWireSignoff,
  'join-hyphenated-breaks': joinHyphenatedBreaks,
  'unwrap-newswire': unwrapNewswire,
  'drop-boilerplate-lines': dropBoilerplateLines,
  'split-glued-words': splitGluedWords,
  'space-glued-sentences': spaceGluedSentences,
};
