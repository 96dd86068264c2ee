// Which of a fixed list of words occur in a text, found in one pass over it.
// Looking for each word on its own (includes) costs a scan of the text per
// word; here the words are indexed by their first two characters, so a
// position of the text costs one table look-up, and only the few words that
// begin there are compared.

/** Words indexed by their first two (ASCII) characters; other words are looked for one by one. */
export class WordFinder {
  readonly words: string[];
  private readonly byPair: (number[] | undefined)[] = new Array(128 * 128);
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

  /** For each word (by its index in `words`), whether it occurs in the text. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.words.length);
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (a >= 128 || b >= 128) continue;
      const starting = this.byPair[a * 128 + b];
      if (starting) for (const w of starting) if (!found[w] && text.startsWith(this.words[w]!, i)) found[w] = 1;
    }
    for (const w of this.others) if (text.includes(this.words[w]!)) found[w] = 1;
    return found;
  }
}
