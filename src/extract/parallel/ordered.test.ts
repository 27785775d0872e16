import { describe, expect, it } from 'vitest';
import { mapOrdered } from './ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe('mapOrdered', () => {
  it('yields in source order whatever order the work finishes in', async () => {
    const delays = [30, 1, 20, 0, 15, 5, 25, 2, 10, 0];
    const out = await collect(
      mapOrdered(
        delays.entries(),
        async ([i, ms]) => {
          await sleep(ms);
          return i;
        },
        4,
      ),
    );
    expect(out).toEqual(delays.map((_, i) => i));
  });

  it('reads the source only as fast as results are taken: never more than `window` outstanding', async () => {
    let read = 0;
    let running = 0;
    let most = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        read++;
        yield i;
      }
    }
    const taken: number[] = [];
    for await (const x of mapOrdered(
      source(),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await sleep(i % 3);
        running--;
        return i;
      },
      5,
    )) {
      taken.push(x);
      // Read, started and not yet taken: at most the window.
      expect(read - taken.length).toBeLessThanOrEqual(5);
    }
    expect(taken).toHaveLength(50);
    expect(most).toBeLessThanOrEqual(5);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const x of mapOrdered(source(), (i) => i * 2, 3)) if (x >= 4) break;
    expect(closed).toBe(true);
  });

  it('throws a failed item at its turn, after the results before it', async () => {
    const taken: number[] = [];
    const run = async () => {
      for await (const x of mapOrdered(
        [1, 2, 3, 4],
        async (i) => {
          if (i === 3) throw new Error('three');
          await sleep(10);
          return i;
        },
        4,
      ))
        taken.push(x);
    };
    await expect(run()).rejects.toThrow('three');
    expect(taken).toEqual([1, 2]);
  });
});
