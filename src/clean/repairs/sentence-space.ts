// A sentence glued to the next one by extraction ("the partnership.The two
// companies"): the space after the full stop is restored when what follows is
// a word that opens sentences. Domain names ("Kelbrix.com"), versions and
// abbreviations ("U.S.Army" stays, it has no lower-case word before the stop)
// are left alone.
import type { Repair } from './types.js';

const GLUED_SENTENCE =
  /(\p{Ll}{2}[.!?]["”’]?)(?=(?:The|This|That|These|Those|It|Its|In|On|At|For|As|He|She|They|We|Our|Their|His|Her|But|And|According|Meanwhile|However|Under|With|After|Both|Also|While|When|Since|Although|Earlier|Last|Next|Today)\b)/gu;

export const spaceGluedSentences: Repair = (text) => text.replace(GLUED_SENTENCE, '$1 ');
