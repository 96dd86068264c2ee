// How many worker threads pay on this machine, found by measuring. A batch
// starts with one worker; once it is warm, its throughput (characters of
// article text finished per second) and the machine's idle cores are measured
// over a window. If a whole core sat idle and enough work is left to pay for
// the trial, one more worker starts, and once that one is warm too, the
// throughput of both is measured over the same window. A worker that did not
// raise the throughput by `gain` is retired and no more are tried; one that did
// stays, and the next is tried the same way, up to the most allowed. A machine
// without an idle core (two cores, one taken by the worker and the other by the
// main thread and the collector, or other people's work) keeps one worker and
// pays nothing for a trial; cores that are idle but share what limits this
// memory-bound work are tried and given back; free cores are used. The decision
// changes speed only: the output does not depend on which worker ran which
// article.
//
// Pure logic, driven by the pool (and by tests, with a made-up clock).

export interface ScaleOptions {
  /** The most workers allowed. */
  max: number;
  /** Length of a measuring window, ms (default 1000). */
  windowMs?: number;
  /** Throughput gain a new worker must bring to stay (default 1.15: 15% more). */
  gain?: number;
  /** Least work left, in seconds at the current throughput, worth a trial (default 3). */
  minLeftS?: number;
  /**
   * CPU time of the whole machine so far, summed over its cores, in ms: idle and in all (default:
   * none, every window counts as having an idle core). A trial needs `minIdleCores` idle over the window.
   */
  machine?: () => { idle: number; total: number; cores: number };
  /** Idle cores over the last window a trial needs (default 0.9). */
  minIdleCores?: number;
}

export type ScaleAction = 'add' | 'retire' | null;

export class Scaler {
  private readonly max: number;
  private readonly windowMs: number;
  private readonly gain: number;
  private readonly minLeftS: number;
  private readonly machine: ScaleOptions['machine'];
  private readonly minIdleCores: number;
  private machineAtStart = { idle: 0, total: 0, cores: 1 };
  /** Idle cores over the last window (Infinity when the machine is not measured). */
  idleCores = Number.POSITIVE_INFINITY;
  /** Workers now counted (a retired one is not). */
  workers = 1;
  /** 'wait': for the newest worker to finish its first task; 'measure': a window is open; 'done': settled. */
  private phase: 'wait' | 'measure' | 'done';
  private windowStart = 0;
  private charsAtStart = 0;
  private chars = 0;
  /** Throughput with one worker fewer than now (chars/ms), the figure a new worker must beat. */
  private before = 0;
  /** Throughput measured with the current workers. */
  rate = 0;

  constructor(options: ScaleOptions) {
    this.max = Math.max(1, options.max);
    this.windowMs = options.windowMs ?? 1000;
    this.gain = options.gain ?? 1.15;
    this.minLeftS = options.minLeftS ?? 3;
    this.machine = options.machine;
    this.minIdleCores = options.minIdleCores ?? 0.9;
    this.phase = this.max > 1 ? 'wait' : 'done';
  }

  get settled(): boolean {
    return this.phase === 'done';
  }

  /**
   * A task finished at `now` (ms): `chars` of article text, by a worker that is `warm` when it
   * had already finished a task before (its first task also paid for loading). `leftChars`: an
   * estimate of the article text still to do. Says whether to add a worker or retire the newest.
   */
  done(now: number, chars: number, newestWarm: boolean, leftChars: number): ScaleAction {
    this.chars += chars;
    if (this.phase === 'done') return null;
    if (this.phase === 'wait') {
      if (!newestWarm) return null;
      this.openWindow(now);
      return null;
    }
    const elapsed = now - this.windowStart;
    if (elapsed < this.windowMs) return null;
    const rate = (this.chars - this.charsAtStart) / elapsed;
    if (this.workers > 1 && rate < this.before * this.gain) {
      this.workers--;
      this.phase = 'done';
      return 'retire';
    }
    this.rate = rate;
    if (this.machine) {
      const m = this.machine();
      const total = m.total - this.machineAtStart.total;
      this.idleCores = total > 0 ? (m.cores * (m.idle - this.machineAtStart.idle)) / total : 0;
    }
    if (this.workers >= this.max) {
      this.phase = 'done';
      return null;
    }
    if (leftChars / rate < this.minLeftS * 1000 || this.idleCores < this.minIdleCores) {
      // Nothing to try now: another window may find an idle core while much work is left.
      this.openWindow(now);
      return null;
    }
    this.before = rate;
    this.workers++;
    this.phase = 'wait';
    return 'add';
  }

  private openWindow(now: number): void {
    this.phase = 'measure';
    this.windowStart = now;
    this.charsAtStart = this.chars;
    if (this.machine) this.machineAtStart = this.machine();
  }
}
