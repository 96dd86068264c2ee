// Numbers as news writes them: "1,304,348", "5.93", "2-1/2", "one", and the
// scale words after them ("mln", "bn", "crore"), as powers of ten so that
// "1.2" + bn gives exactly 1200000000.
import { NUMBER_WORDS } from '../lexicon/numbers.js';

/** Digits with thousands commas or a decimal part, a wire fraction ("2-1/2"), or a number word. */
export const NUMBER_RE =
  '(?:(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\d.,])\\d+(?:\\.\\d+)?(?:-\\d/\\d{1,2})?|(?<![\\d.,])\\.\\d+|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a)\\b)';

const WORDS: Record<string, number> = { a: 1, ...NUMBER_WORDS };

/** Scale words to powers of ten; short ones may stick to the number ("$1.2bn", "€5m"). */
export const SCALE_RE =
  '(?:\\s?(?:bn|bln|mln|mn|m|b|k|tn)(?![A-Za-z])|(?:MM|mm|M|BN|B|K)(?![A-Za-z])|\\s(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION|crore|lakh|lakhs|crores)\\b|\\s(?:mln|bln)\\b)';

const SCALES: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mm: 6,
  mn: 6,
  mln: 6,
  million: 6,
  b: 9,
  bn: 9,
  bln: 9,
  billion: 9,
  tn: 12,
  trillion: 12,
  lakh: 5,
  lakhs: 5,
  crore: 7,
  crores: 7,
};

export const scalePower = (word: string | undefined): number | null =>
  word ? (SCALES[word.trim().toLowerCase()] ?? null) : null;

/** The number a numeral or number word stands for, as a decimal string ("2-1/2" -> "2.5"). */
export function numberString(written: string): string | null {
  const w = written.toLowerCase();
  if (w in WORDS) return String(WORDS[w]);
  const frac = /^(\d+)-(\d)\/(\d{1,2})$/.exec(w);
  if (frac) return String(Number(frac[1]) + Number(frac[2]) / Number(frac[3]));
  const plain = w.replace(/,/g, '');
  return /^\d*\.?\d+$/.test(plain) ? plain : null;
}

/** `number` times ten to the `power`, exact for decimal inputs ("1.2", 9 -> 1200000000). */
export const scaled = (number: string, power: number): number => Number(`${number}e${power}`);
