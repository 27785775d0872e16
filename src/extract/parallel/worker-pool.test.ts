import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlakyTask } from '../../../test/workers/flaky-worker.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

const FLAKY = new URL('../../../test/workers/flaky-worker.ts', import.meta.url);
type Doubled = { doubled: number; thread: number };

let pool: WorkerPool<FlakyTask, Doubled> | null = null;
const open = (size: number, workerData?: unknown) => {
  pool = createWorkerPool<FlakyTask, Doubled>({ entry: FLAKY, size, workerData });
  return pool;
};
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('createWorkerPool', () => {
  it('runs tasks on up to `size` workers, started as work comes, each answering its own task', async () => {
    const p = open(3);
    expect(p.startups()).toEqual([]);
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => p.run({ value: i, sleepMs: (i * 7) % 20 })),
    );
    expect(outcomes.map((o) => (o.ok ? o.value.doubled : o.message))).toEqual(
      Array.from({ length: 12 }, (_, i) => i * 2),
    );
    const threads = new Set(outcomes.map((o) => (o.ok ? o.value.thread : 0)));
    expect(threads.size).toBeGreaterThan(1);
    expect(threads.size).toBeLessThanOrEqual(3);
    expect(p.startups()).toHaveLength(threads.size);
    for (const s of p.startups()) expect(s.ms).toBeGreaterThan(0);
  });

  it('makes a throw that task’s failure, in one line, and goes on', async () => {
    const p = open(2);
    const [bad, good] = await Promise.all([p.run({ value: 3, action: 'throw' }), p.run({ value: 4 })]);
    expect(bad).toEqual({ ok: false, message: 'TypeError: cannot double 3' });
    expect(good).toMatchObject({ ok: true, value: { doubled: 8 } });
  });

  it('survives a worker that dies: only its running task fails, the one queued behind it is rerun', async () => {
    const p = open(1);
    // One worker, two tasks handed to it at once: the first kills it, the second was waiting in its queue.
    const [dead, queued, later] = await Promise.all([
      p.run({ value: 1, action: 'exit' }),
      p.run({ value: 2 }),
      p.run({ value: 3 }),
    ]);
    expect(dead).toEqual({ ok: false, message: 'the worker thread stopped: exit code 3' });
    expect(queued).toMatchObject({ ok: true, value: { doubled: 4 } });
    expect(later).toMatchObject({ ok: true, value: { doubled: 6 } });
    expect(p.startups()).toHaveLength(2);
  });

  it('reports what cannot be sent either way as the task’s failure', async () => {
    const p = open(1);
    const back = await p.run({ value: 1, action: 'uncloneable' });
    expect(back).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the result cannot be sent back: /),
    });
    const there = await p.run({ value: 2, extra: () => 0 } as FlakyTask);
    expect(there).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cannot be sent to a worker thread: /),
    });
    expect(await p.run({ value: 5 })).toMatchObject({ ok: true, value: { doubled: 10 } });
  });

  it('rejects when a worker cannot start, rather than respawning forever', async () => {
    const p = open(2, { failToStart: true });
    await expect(p.run({ value: 1 })).rejects.toThrow(/a worker thread failed to start .*: no model to load/);
    await expect(p.run({ value: 2 })).rejects.toThrow(/failed to start/);
  });

  it('closes: workers stopped, what was not done resolves as not done, later tasks too', async () => {
    const p = open(2);
    const slow = p.run({ value: 1, sleepMs: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startedAt = Date.now();
    await p.close();
    expect(Date.now() - startedAt).toBeLessThan(4_000);
    expect(await slow).toEqual({ ok: false, message: 'stopped before it was done' });
    expect(await p.run({ value: 2 })).toEqual({ ok: false, message: 'stopped before it was done' });
    await p.close();
  });

  it('never keeps the process alive when idle, even if nobody closes it', () => {
    const script = fileURLToPath(new URL('../../../test/workers/forgotten-pool.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('2,4,6\n');
    expect(child.status).toBe(0);
  });
});
