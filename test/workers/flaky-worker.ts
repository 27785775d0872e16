import { threadId, workerData } from 'node:worker_threads';
import { serveTasks } from '../../src/extract/parallel/worker-pool.js';

/*
 * A worker for the pool's tests: doubles numbers, and misbehaves on request (throws, dies, answers with
 * something that cannot be sent back, takes its time).
 */
export interface FlakyTask {
  readonly value: number;
  readonly action?: 'throw' | 'exit' | 'uncloneable';
  readonly sleepMs?: number;
}

if ((workerData as { failToStart?: boolean } | undefined)?.failToStart) throw new Error('no model to load');

const pause = new Int32Array(new SharedArrayBuffer(4));

serveTasks(
  (task: FlakyTask): unknown => {
    if (task.sleepMs) Atomics.wait(pause, 0, 0, task.sleepMs);
    if (task.action === 'throw') throw new TypeError(`cannot double ${task.value}`);
    if (task.action === 'exit') process.exit(3);
    if (task.action === 'uncloneable') return () => task.value;
    return { doubled: task.value * 2, thread: threadId };
  },
  { thread: threadId },
);
