// extractBatch(): runBatch as an async iterable of records, with the dataset
// (and the counts) once the last record is out.
import { type BatchError, type BatchOptions, type BatchResult, runBatch } from '../batch/index.js';
import type { LoadError } from '../load/index.js';
import type { ArticleRecord } from '../schema/record.js';

export interface ExtractBatchOptions extends BatchOptions {
  /** Called once per input or article that could not be read or extracted. */
  onError?: (error: BatchError) => void;
  /** Called once per part skipped on purpose (no article body). */
  onSkip?: (skipped: LoadError) => void;
}

export interface BatchRun extends AsyncIterable<ArticleRecord> {
  /** The dataset and the counts; resolves once the whole batch has run. */
  readonly result: Promise<BatchResult>;
}

// Records waiting for the reader; past this many the batch waits for the reader
// to catch up, so a slow consumer never holds a whole corpus in memory.
const HIGH_WATER = 64;

/**
 * Extracts every article of the inputs (files or directories). Iterate it for
 * the records, in the contract's order; await `result` for the dataset. The
 * batch starts on the first read of either.
 */
export function extractBatch(inputs: string[], options: ExtractBatchOptions = {}): BatchRun {
  const { onError, onSkip, ...batchOptions } = options;
  const queue: ArticleRecord[] = [];
  let done = false;
  let failure: unknown = null;
  let reading = false;
  let stopped = false;
  let wakeReader: (() => void) | null = null;
  let wakeWriter: (() => void) | null = null;
  let started: Promise<BatchResult> | null = null;

  const wake = (which: 'reader' | 'writer') => {
    const fn = which === 'reader' ? wakeReader : wakeWriter;
    if (which === 'reader') wakeReader = null;
    else wakeWriter = null;
    fn?.();
  };

  const start = (): Promise<BatchResult> => {
    started ??= runBatch(inputs, batchOptions, {
      onError,
      onSkip,
      onRecord: async (record) => {
        if (stopped) return;
        queue.push(record);
        wake('reader');
        // Only hold the batch back when someone is reading; otherwise `result` alone would never resolve.
        if (reading && queue.length >= HIGH_WATER) await new Promise<void>((r) => (wakeWriter = r));
      },
    }).then(
      (result) => {
        done = true;
        wake('reader');
        return result;
      },
      (e: unknown) => {
        done = true;
        failure = e;
        wake('reader');
        throw e;
      },
    );
    return started;
  };

  return {
    get result() {
      return start();
    },
    async *[Symbol.asyncIterator]() {
      reading = true;
      start().catch(() => {}); // the failure is rethrown to the reader below
      try {
        while (true) {
          const record = queue.shift();
          if (record) {
            if (queue.length < HIGH_WATER) wake('writer');
            yield record;
            continue;
          }
          if (done) break;
          await new Promise<void>((r) => (wakeReader = r));
        }
        if (failure) throw failure;
      } finally {
        // A reader that stops early releases the batch; what is left is dropped.
        reading = false;
        stopped = true;
        queue.length = 0;
        wake('writer');
      }
    },
  };
}
