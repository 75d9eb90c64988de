/**
 * Keeps the calls of one EGS unit in the order they arrived. The invoice endpoints analyse
 * documents off the event loop, and two analyses may end in either order; but the platform's
 * decisions that read and change its records — the chain end, duplicates, passed compliance
 * steps — must follow arrival order, or a unit that sends its invoices back to back could see the
 * second judged against the chain before the first.
 */

/** One call's place in its unit's line. */
export interface Turn {
  /** Settles when every earlier call of the same unit has left. */
  readonly ready: Promise<void>;
  /** Ends this call's turn (call it once, whatever happened). */
  readonly leave: () => void;
}

/** A line per key, in arrival order. */
export class ArrivalOrder {
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Takes the next place in `key`'s line.
   *
   * @example
   * ```ts
   * const turn = arrivals.take(egsId);
   * try {
   *   const analysis = await analyze(input);
   *   await turn.ready;
   *   // read and change the unit's records
   * } finally {
   *   turn.leave();
   * }
   * ```
   */
  take(key: string): Turn {
    const ready = this.#tails.get(key) ?? Promise.resolve();
    let leave: () => void = () => {};
    const left = new Promise<void>((resolve) => {
      leave = resolve;
    });
    const tail = ready.then(() => left);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return { ready, leave };
  }
}
