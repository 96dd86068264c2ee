// Results arrive out of order from the workers; they are handed on strictly in
// sequence, and the number of results not yet handed on is bounded so that a
// slow article holds back reading instead of filling memory.
export class InOrder<T> {
  private next = 0;
  private emitted = 0;
  private readonly ready = new Map<number, T>();
  private waiters: (() => void)[] = [];
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly emit: (item: T) => void | Promise<void>,
    private readonly window: number,
  ) {}

  /** Resolves once fewer than `window` items are waiting to be handed on. */
  async room(issued: number): Promise<void> {
    while (issued - this.emitted >= this.window) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  put(seq: number, item: T): void {
    this.ready.set(seq, item);
    for (let x = this.ready.get(this.next); x !== undefined; x = this.ready.get(this.next)) {
      this.ready.delete(this.next);
      const value = x;
      this.chain = this.chain
        .then(() => (this.failure ? undefined : this.emit(value)))
        .catch((e) => {
          this.failure ??= e;
        })
        .then(() => {
          this.emitted++;
        });
      this.next++;
    }
    // Wake the reader once the handlers have caught up, so slow writing holds it back too.
    void this.chain.then(() => {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    });
  }

  /** Waits until every item up to `count` has been handed on. */
  async drain(count: number): Promise<void> {
    while (this.emitted < count && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    await this.chain;
    if (this.failure) throw this.failure;
  }
}
