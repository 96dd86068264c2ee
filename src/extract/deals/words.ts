// Which of a fixed list of lower-case words occur in a stretch of text, in any
// case, found in one pass over it. Looking for each word on its own costs a
// scan of the text per word (and a lower-cased copy of it); here the words are
// indexed by their first two characters, so a position of the text costs one
// table look-up, and only the few words that begin there are compared.

/**
 * Case as the deal triggers' /iu regexes ignore it: A-Z, and the two letters that
 * Unicode folds to ASCII ones, "ſ" (long s) and "K" (Kelvin sign).
 */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c === 0x212a ? 107 : c);

/** Words indexed by their first two (ASCII) characters; others (symbols: "$", "€") are looked for as written. */
export class WordFinder {
  readonly words: string[];
  private readonly byPair: (number[] | undefined)[] = Array.from({ length: 128 * 128 }, () => undefined);
  private readonly others: number[] = [];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    this.words.forEach((w, i) => {
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1); // NaN for a one-letter word
      if (!(a < 128 && b < 128)) {
        this.others.push(i);
        return;
      }
      const starting = this.byPair[a * 128 + b] ?? [];
      starting.push(i);
      this.byPair[a * 128 + b] = starting;
    });
  }

  /** For each word (by its index in `words`), whether it occurs in text[from, to). */
  find(text: string, from = 0, to = text.length): Uint8Array {
    const found = new Uint8Array(this.words.length);
    let a = fold(text.charCodeAt(from));
    for (let i = from; i + 1 < to; i++) {
      const b = fold(text.charCodeAt(i + 1));
      const starting = a < 128 && b < 128 ? this.byPair[a * 128 + b] : undefined;
      if (starting) for (const w of starting) if (!found[w] && foldedAt(text, i, to, this.words[w]!)) found[w] = 1;
      a = b;
    }
    for (const w of this.others) {
      const at = text.indexOf(this.words[w]!, from);
      if (at >= 0 && at + this.words[w]!.length <= to) found[w] = 1;
    }
    return found;
  }
}

/** The word, in any case, at text[i] and ending by `to`. */
function foldedAt(text: string, i: number, to: number, word: string): boolean {
  if (i + word.length > to) return false;
  for (let j = 2; j < word.length; j++) if (fold(text.charCodeAt(i + j)) !== word.charCodeAt(j)) return false;
  return true;
}
