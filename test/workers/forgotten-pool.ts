import { createWorkerPool } from '../../src/extract/parallel/worker-pool.js';

/*
 * Uses a pool and never closes it: the process must still end on its own once the work is done, since
 * idle workers do not keep it alive. Run by worker-pool.test.ts in a child process.
 */
const pool = createWorkerPool<{ value: number }, { doubled: number }>({
  entry: new URL('./flaky-worker.ts', import.meta.url),
  size: 2,
});
const outcomes = await Promise.all([1, 2, 3].map((value) => pool.run({ value })));
process.stdout.write(`${outcomes.map((o) => (o.ok ? o.value.doubled : o.message)).join(',')}\n`);
