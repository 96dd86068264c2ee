// Reads a file line by line as bytes, so a JSON Lines file of any size is read
// in bounded memory: one read buffer and one line buffer, both reused, the line
// buffer growing only up to `maxLineBytes`. Reusing them (rather than a stream's
// fresh chunk per read) keeps garbage, and so peak memory, low on huge files.
import { open } from 'node:fs/promises';

export type Line =
  /**
   * A whole line without its "\n" (a "\r" before it is kept; JSON ignores it).
   * `bytes` is a view into a reused buffer: valid only until the next line is asked for.
   */
  | { lineNo: number; bytes: Buffer }
  /** A line longer than the limit: its bytes were dropped as they came. */
  | { lineNo: number; tooLong: number };

const READ_SIZE = 256 * 1024;

export async function* readLines(file: string, maxLineBytes: number): AsyncGenerator<Line> {
  const handle = await open(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(READ_SIZE);
    let line = Buffer.allocUnsafe(Math.min(64 * 1024, maxLineBytes));
    let size = 0;
    let dropped = 0;
    let lineNo = 1;
    const append = (from: number, to: number): void => {
      const n = to - from;
      if (dropped > 0 || size + n > maxLineBytes) {
        // Over the limit: count the bytes, keep none of them.
        dropped += size + n;
        size = 0;
        return;
      }
      if (size + n > line.length) {
        const grown = Buffer.allocUnsafe(Math.min(maxLineBytes, Math.max(size + n, line.length * 2)));
        line.copy(grown, 0, 0, size);
        line = grown;
      }
      chunk.copy(line, size, from, to);
      size += n;
    };
    const take = (): Line => {
      const out: Line = dropped > 0 ? { lineNo, tooLong: dropped } : { lineNo, bytes: line.subarray(0, size) };
      size = 0;
      dropped = 0;
      lineNo++;
      return out;
    };
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, READ_SIZE, null);
      if (bytesRead === 0) break;
      let from = 0;
      while (from < bytesRead) {
        const nl = chunk.indexOf(0x0a, from);
        if (nl < 0 || nl >= bytesRead) {
          append(from, bytesRead);
          break;
        }
        append(from, nl);
        yield take();
        from = nl + 1;
      }
    }
    // The last line may have no "\n".
    if (size > 0 || dropped > 0) yield take();
  } finally {
    await handle.close();
  }
}
