// The English word list (sindresorhus' word-list: ~274,000 lower-case words with
// their inflections), loaded once on first use so pipelines that never need it
// pay nothing.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

/** True when `word` (any case) is an English dictionary word. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
