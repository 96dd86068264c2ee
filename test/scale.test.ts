// The adaptive pool's rule, with a made-up clock: a worker that does not raise
// the throughput is retired, one that does stays and the next is tried, and no
// trial starts when too little work is left to pay for it.
import { describe, expect, it } from 'vitest';
import { Scaler } from '../src/batch/scale.js';

/**
 * Drives a scaler: each worker finishes a 10,000-character task every `msPerTask[i]` ms; a new
 * worker's first task also pays `loadMs` of loading. Returns what the scaler did, in order.
 */
function simulate(opts: {
  max: number;
  /** Milliseconds per task of each worker when `n` workers run at once. */
  msPerTask: (worker: number, n: number) => number;
  loadMs?: number;
  totalChars?: number;
  windowMs?: number;
  /** Idle cores of the machine while `n` workers run (default: not measured). */
  idleCores?: (n: number) => number;
}): { actions: string[]; workers: number; settled: boolean } {
  // The machine's idle CPU time, integrated over the made-up clock (4 cores).
  const cpu = { at: 0, idle: 0 };
  let running = 1;
  const machine = opts.idleCores ? () => ({ idle: cpu.idle, total: cpu.at * 4, cores: 4 }) : undefined;
  const scaler = new Scaler({ max: opts.max, windowMs: opts.windowMs ?? 1000, machine });
  const actions: string[] = [];
  const CHARS = 10_000;
  let left = opts.totalChars ?? 1e9;
  // Per worker: when its next task ends, and how many it has finished.
  let workers: { next: number; done: number }[] = [{ next: (opts.loadMs ?? 300) + opts.msPerTask(0, 1), done: 0 }];
  for (let step = 0; step < 100_000 && left > 0; step++) {
    const i = workers.reduce((best, w, k) => (w.next < workers[best]!.next ? k : best), 0);
    const w = workers[i]!;
    const now = w.next;
    cpu.idle += (opts.idleCores?.(running) ?? 0) * (now - cpu.at);
    cpu.at = now;
    w.done++;
    left -= CHARS;
    w.next = now + opts.msPerTask(i, workers.length);
    const newest = workers.at(-1)!;
    const action = scaler.done(now, CHARS, newest.done > 1, left);
    if (action === 'add') {
      actions.push(`add at ${workers.length + 1}`);
      workers.push({ next: now + (opts.loadMs ?? 300) + opts.msPerTask(workers.length, workers.length + 1), done: 0 });
      running = workers.length;
    } else if (action === 'retire') {
      actions.push(`retire to ${workers.length - 1}`);
      workers = workers.slice(0, -1);
      running = workers.length;
    }
  }
  return { actions, workers: scaler.workers, settled: scaler.settled };
}

describe('adaptive number of workers', () => {
  it('retires a second worker that brings nothing (two virtual cores sharing what limits the work)', () => {
    // Two at once each run at half speed: the same throughput as one.
    const r = simulate({ max: 2, msPerTask: (_, n) => 5 * n });
    expect(r.actions).toEqual(['add at 2', 'retire to 1']);
    expect(r).toMatchObject({ workers: 1, settled: true });
  });

  it('retires a second worker that is slower than the first', () => {
    const r = simulate({ max: 4, msPerTask: (i, n) => (n === 1 ? 5 : i === 0 ? 8 : 40) });
    expect(r.actions).toEqual(['add at 2', 'retire to 1']);
    expect(r.workers).toBe(1);
  });

  it('keeps workers while they raise the throughput, up to the most allowed', () => {
    // Free cores: every worker runs at full speed whatever the number.
    const r = simulate({ max: 4, msPerTask: () => 5 });
    expect(r.actions).toEqual(['add at 2', 'add at 3', 'add at 4']);
    expect(r).toMatchObject({ workers: 4, settled: true });
  });

  it('stops where the machine stops giving more: two real cores of a busy four', () => {
    const r = simulate({ max: 4, msPerTask: (_, n) => (n <= 2 ? 5 : (5 * n) / 2) });
    expect(r.actions).toEqual(['add at 2', 'add at 3', 'retire to 2']);
    expect(r.workers).toBe(2);
  });

  it('tries no worker when the work left would not pay for it', () => {
    // 300 tasks of 5 ms: 1.5 s of work in all, less than the 3 s a trial needs.
    const r = simulate({ max: 2, msPerTask: () => 5, totalChars: 300 * 10_000 });
    expect(r.actions).toEqual([]);
    expect(r.workers).toBe(1);
  });

  it('tries no worker while no core sits idle, and tries one once a core is free', () => {
    // Two cores taken by the worker and the main thread (or by other work): no trial, nothing paid.
    const busy = simulate({ max: 4, msPerTask: () => 5, idleCores: () => 0.3 });
    expect(busy.actions).toEqual([]);
    // Four cores, one worker: nearly three idle, so a second is tried, and kept when it pays.
    const free = simulate({ max: 2, msPerTask: () => 5, idleCores: (n) => 4 - 1.2 * n });
    expect(free.actions).toEqual(['add at 2']);
  });

  it('never adds a worker when one is the most allowed', () => {
    expect(simulate({ max: 1, msPerTask: () => 5 }).actions).toEqual([]);
  });
});
