/**
 * Maps a source through `start`, which begins some work and returns its result or a promise of it, with at
 * most `window` results started and not yet taken by the consumer: the source is read only as fast as the
 * consumer takes results (backpressure), and results come out in source order whatever order the work
 * finishes in (the pending queue is the reorder buffer: a result that finishes early waits in its settled
 * promise until the ones before it are taken).
 *
 * A `start` that throws or rejects makes the generator throw at that item's turn, not before. Ending early
 * (break, throw) closes the source.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => R | Promise<R>,
  window: number,
): AsyncGenerator<Awaited<R>> {
  if (!(window >= 1)) throw new RangeError(`mapOrdered: window must be at least 1, got ${window}`);
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  const pending: Promise<Awaited<R>>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const item = next.value;
        const result = new Promise<Awaited<R>>((resolve) => resolve(start(item) as Awaited<R>));
        // Observed when its turn comes; until then a rejection is not "unhandled".
        result.catch(() => {});
        pending.push(result);
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
