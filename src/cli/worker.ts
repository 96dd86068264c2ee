// press-extract worker --queue redis://HOST:PORT: runs articles submitted by
// `press-extract extract --queue` on this machine until stopped (Ctrl-C or
// SIGTERM finish the jobs in hand first).
import { DEFAULT_TIMEOUT_MS, defaultJobs } from '../batch/index.js';
import { startWorker } from '../queue/worker.js';

export interface WorkerFlags {
  queue: string;
  concurrency?: number;
  timeoutMs?: number;
  lockMs?: number;
  quiet?: boolean;
}

export async function workerCommand(flags: WorkerFlags): Promise<void> {
  const concurrency = flags.concurrency ?? defaultJobs();
  const say = (line: string) => process.stderr.write(`press-extract: ${line}\n`);
  let done = 0;
  let failed = 0;
  let lastError = '';
  const worker = await startWorker(
    flags.queue,
    { concurrency, timeoutMs: flags.timeoutMs ?? DEFAULT_TIMEOUT_MS, lockMs: flags.lockMs },
    {
      onJob: (event) => {
        done++;
        if (event.ok) return;
        failed++;
        if (!flags.quiet) {
          const where = event.index != null ? `${event.path}#${event.index}` : event.path;
          say(`${where}: ${event.reason}`);
        }
      },
      // BullMQ retries a lost Redis by itself; repeating the same complaint every second helps nobody.
      onError: (e) => {
        if (e.message !== lastError) say(`queue: ${e.message}`);
        lastError = e.message;
      },
    },
  );
  if (!flags.quiet) say(`worker on ${worker.label} (queue ${worker.name}), ${concurrency} threads`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (!flags.quiet) say('finishing the jobs in hand');
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await worker.close();
  if (!flags.quiet) say(`${done} articles run, ${failed} failed attempts`);
}
