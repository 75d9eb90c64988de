/**
 * Runs tasks one after another, in the order they were queued: an EGS unit's conversations with
 * the platform (sending documents, onboarding, renewal) go through one queue so that documents
 * leave in chain order and a renewal never swaps the certificate under a document being sent. A
 * failed task does not stop the ones queued after it.
 */

/**
 * A first-in, first-out queue of asynchronous tasks.
 *
 * @example
 * ```ts
 * const queue = new SerialQueue();
 * const [a, b] = await Promise.all([queue.run(sendFirst), queue.run(sendSecond)]); // sendSecond starts after sendFirst ends
 * ```
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /**
   * Queues `task` and returns its result.
   *
   * @throws whatever `task` throws.
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(() => task());
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
