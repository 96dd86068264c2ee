// Reads a file line by line as bytes, so a JSON Lines file of any size is read
// in bounded memory: only one line (at most `maxLineBytes`) is held at a time.
import { createReadStream } from 'node:fs';

export type Line =
  /** A whole line without its "\n" (a "\r" before it is kept; JSON ignores it). */
  | { lineNo: number; bytes: Buffer }
  /** A line longer than the limit: its bytes were dropped as they came. */
  | { lineNo: number; tooLong: number };

export async function* readLines(file: string, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0;
  let lineNo = 1;
  const emit = (): Line => {
    const line: Line =
      dropped > 0 ? { lineNo, tooLong: dropped + size } : { lineNo, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    dropped = 0;
    lineNo++;
    return line;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 ? chunk.length : nl;
      if (dropped > 0 || size + (end - from) > maxLineBytes) {
        // Over the limit: count the bytes, keep none of them.
        dropped += size + (end - from);
        parts = [];
        size = 0;
      } else if (end > from) {
        parts.push(chunk.subarray(from, end));
        size += end - from;
      }
      if (nl < 0) break;
      yield emit();
      from = nl + 1;
    }
  }
  // The last line may have no "\n".
  if (size > 0 || dropped > 0) yield emit();
}
