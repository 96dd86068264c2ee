// A progress bar on standard error while a batch runs (only on a terminal):
// input megabytes done of the total, articles, rate, time left and errors so far.
import cliProgress from 'cli-progress';
import type { ArticleEvent } from './index.js';

export class Progress {
  private readonly bars: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | null = null;
  private readonly t0 = performance.now();
  private bytes = 0;
  private articles = 0;
  private errors = 0;

  constructor(stream: NodeJS.WriteStream = process.stderr) {
    this.bars = new cliProgress.MultiBar(
      {
        stream,
        format:
          '{bar} {percentage}% | {done}/{all} MB | {articles} articles, {rate} articles/s | ETA {eta_formatted} | {errors} errors',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  start(totalBytes: number): void {
    this.bar = this.bars.create(Math.max(1, totalBytes), 0, this.payload(totalBytes));
  }

  article(event: ArticleEvent): void {
    if (event.chars) this.articles++;
    if (event.failed) this.errors++;
  }

  advance(bytes: number): void {
    this.bytes += bytes;
    this.bar?.update(Math.round(this.bytes), this.payload(this.bar.getTotal()));
  }

  /** Prints a line above the bar instead of through it. */
  log(line: string): void {
    this.bars.log(line.endsWith('\n') ? line : `${line}\n`);
  }

  stop(): void {
    this.bars.stop();
  }

  private payload(total: number) {
    const seconds = (performance.now() - this.t0) / 1000;
    return {
      done: (this.bytes / 1e6).toFixed(1),
      all: (total / 1e6).toFixed(1),
      articles: this.articles,
      rate: seconds > 0 ? Math.round(this.articles / seconds) : 0,
      errors: this.errors,
    };
  }
}
