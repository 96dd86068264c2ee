import path from 'node:path';
import { type BatchResult, DEFAULT_TIMEOUT_MS, formatError, runBatch } from '../batch/index.js';
import type { Progress } from '../batch/progress.js';
import { CheckSink, DirectorySink, type RecordSink, StdoutSink } from '../batch/sink.js';
import { serializeDataset } from '../emit/write.js';
import type { QueueExecutor } from '../queue/executor.js';

export interface ExtractFlags {
  out?: string;
  stdout?: boolean;
  pipeline?: string;
  check?: boolean;
  maxBytes?: number;
  quiet?: boolean;
  /** Name each part skipped on purpose (EDGAR forms, XBRL and graphics; title-only newswire items). */
  verbose?: boolean;
  jobs?: number;
  timeoutMs?: number;
  cache?: string;
  /** Run the articles on workers of this Redis queue (redis://HOST:PORT) instead of here. */
  queue?: string;
}

/** Articles submitted to a queue ahead of the one being written: enough to keep many machines busy. */
const QUEUE_WINDOW = 2048;

export async function extractCommand(inputs: string[], flags: ExtractFlags): Promise<void> {
  if (!flags.out && !flags.stdout) {
    process.stderr.write('press-extract: extract needs --out <dir> or --stdout\n');
    process.exitCode = 2;
    return;
  }
  const sink: RecordSink =
    flags.out && flags.check
      ? new CheckSink(flags.out)
      : flags.stdout
        ? flags.check
          ? { write: () => {}, finish: async () => [], discard: async () => {} }
          : new StdoutSink()
        : new DirectorySink(path.resolve(flags.out!));
  // The progress bar and the queue client load only when they are used.
  const progress: Progress | null =
    process.stderr.isTTY && !flags.quiet ? new (await import('../batch/progress.js')).Progress() : null;
  const say = (line: string) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`));
  const t0 = performance.now();
  let result: BatchResult;
  let executor: QueueExecutor | null = null;
  try {
    if (flags.queue) {
      let lastError = '';
      const { QueueExecutor } = await import('../queue/executor.js');
      executor = await QueueExecutor.open(flags.queue, {
        // BullMQ reconnects by itself; one line per distinct complaint is enough.
        onError: (e) => {
          if (e.message !== lastError) say(`press-extract: queue: ${e.message}`);
          lastError = e.message;
        },
      });
      if ((await executor.workers()) === 0)
        say(
          `press-extract: no worker on ${executor.label} yet; start one with: press-extract worker --queue ${executor.label}`,
        );
    }
    result = await runBatch(
      inputs,
      {
        pipeline: flags.pipeline,
        maxBytes: flags.maxBytes,
        // No --jobs: up to one worker per core, added while they pay (see ArticlePool).
        jobs: flags.jobs,
        timeoutMs: flags.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        cacheDir: flags.cache,
        executor: executor?.run,
        window: executor ? QUEUE_WINDOW : undefined,
      },
      {
        onLine: (line) => sink.write(line),
        onError: (e) => say(`press-extract: ${formatError(e)}`),
        onSkip: (s) => {
          if (s.warning) say(`press-extract: warning: ${formatError(s)}`);
          else if (flags.verbose) say(`press-extract: skipped: ${formatError(s)}`);
        },
        onStart: (total) => progress?.start(total),
        onArticle: (event) => progress?.article(event),
        onProgress: (bytes) => progress?.advance(bytes),
      },
    );
  } catch (e) {
    progress?.stop();
    await sink.discard();
    throw e;
  } finally {
    await executor?.close();
  }
  progress?.stop();
  const differences = await sink.finish(serializeDataset(result.dataset));
  let failed = result.errors > 0;
  if (flags.check) {
    for (const d of differences) process.stderr.write(`press-extract: check: ${d}\n`);
    if (differences.length) failed = true;
    else if (!flags.quiet && flags.out) process.stderr.write(`press-extract: check: ${flags.out} is up to date\n`);
  }
  if (!flags.quiet) {
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const parts = [`${result.records} records`, `${result.errors} errors`];
    if (result.skipped) parts.push(`${result.skipped} parts skipped${flags.verbose ? '' : ' (--verbose names them)'}`);
    if (flags.cache) parts.push(`${result.cached} from cache`);
    if (executor?.readBack) parts.push(`${executor.readBack} read back from the queue`);
    process.stderr.write(`press-extract: ${parts.join(', ')} in ${seconds} s\n`);
  }
  if (failed) process.exitCode = 1;
}
