/**
 * Runs tasks one after another per key (an EGS unit) inside one process, so that concurrent calls
 * on the same unit queue up in call order instead of racing for its lock file, while different
 * units proceed in parallel. A failed task does not stop the ones queued after it.
 */

/**
 * A per-key FIFO of async tasks.
 *
 * @example
 * ```ts
 * const queue = new KeyedQueue();
 * await Promise.all([queue.run('till-1', appendA), queue.run('till-1', appendB)]); // A, then B
 * ```
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /**
   * Runs `task` after every task queued before it under `key`.
   *
   * @throws whatever `task` throws.
   * @example
   * ```ts
   * const record = await queue.run(unitId, () => appendUnderLock(unitId, next));
   * ```
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => task());
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    // Forget the key once its queue drains, so that many units do not pile up in memory.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}
