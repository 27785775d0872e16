import { parentPort, Worker } from 'node:worker_threads';

/*
 * A small pool of worker threads, each running one entry module that answers tasks with `serveTasks`.
 * The parent side (`createWorkerPool`) and the worker side (`serveTasks`) share the protocol below:
 * a worker says `ready` once it has set itself up, then answers every task, in the order given, with
 * `done` and an outcome. A task that throws is an outcome, never a crash; a worker that dies anyway
 * (process.exit, its heap exhausted) costs only the task it was running.
 */

/** What one task came to: its value, or one line saying why not. */
export type TaskOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/** How long a worker took from spawn to `ready`, and what it reported about its setup. */
export interface WorkerStartup {
  readonly ms: number;
  readonly info: unknown;
}

export interface WorkerPoolOptions {
  /**
   * The worker's entry module. A `.js` file runs as it is (the built `dist/`); a `.ts` file (the sources,
   * under vitest or tsx) runs with tsx's loader registered in the worker first.
   */
  readonly entry: URL;
  /** The most workers; they are started when there is work for them, not before. */
  readonly size: number;
  readonly workerData?: unknown;
  /**
   * Tasks handed to one worker at once: while it runs one, the next waits in its queue, so it never
   * idles for a round trip to the parent. On a crash the first is the one that was running; the others
   * go back to the queue.
   */
  readonly depth?: number;
}

export interface WorkerPool<In, Out> {
  readonly size: number;
  /**
   * Runs one task on the next free worker. Resolves with the outcome (a throw or a crash is an outcome
   * for that task); rejects only if a worker cannot start at all, since every task would fail the same.
   */
  run(input: In): Promise<TaskOutcome<Out>>;
  /** The workers started so far. */
  startups(): readonly WorkerStartup[];
  /** Stops every worker; tasks not yet done resolve as not done. Safe to call more than once. */
  close(): Promise<void>;
}

type ToWorker<In> = { readonly id: number; readonly input: In };
type FromWorker<Out> =
  | { readonly type: 'ready'; readonly info: unknown }
  | { readonly type: 'done'; readonly id: number; readonly outcome: TaskOutcome<Out> };

interface Task<In, Out> {
  readonly id: number;
  readonly input: In;
  readonly resolve: (outcome: TaskOutcome<Out>) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<In, Out> {
  readonly worker: Worker;
  readonly spawnedAt: number;
  /** Given to the worker and not answered yet, in the order given: the first is running. */
  readonly assigned: Task<In, Out>[];
  ready: boolean;
  error?: Error;
}

export function createWorkerPool<In, Out>(options: WorkerPoolOptions): WorkerPool<In, Out> {
  const size = Math.max(1, Math.floor(options.size));
  const depth = Math.max(1, options.depth ?? 2);
  const slots: Slot<In, Out>[] = [];
  const queue: Task<In, Out>[] = [];
  const started: WorkerStartup[] = [];
  let nextId = 0;
  let closing: Promise<void> | null = null;
  let broken: Error | null = null;

  const spawn = (): Slot<In, Out> => {
    const slot: Slot<In, Out> = {
      worker: startWorker(options.entry, options.workerData),
      spawnedAt: performance.now(),
      assigned: [],
      ready: false,
    };
    // Idle workers never keep the process alive; a worker with work does (see assign and settle).
    slot.worker.unref();
    slot.worker.on('message', (message: FromWorker<Out>) => {
      if (message.type === 'ready') {
        slot.ready = true;
        started.push({ ms: Math.round(performance.now() - slot.spawnedAt), info: message.info });
        return;
      }
      const index = slot.assigned.findIndex((t) => t.id === message.id);
      const [task] = index >= 0 ? slot.assigned.splice(index, 1) : [];
      if (slot.assigned.length === 0) slot.worker.unref();
      task?.resolve(message.outcome);
      pump();
    });
    slot.worker.on('error', (error) => {
      slot.error = error;
    });
    slot.worker.on('exit', (code) => {
      slots.splice(slots.indexOf(slot), 1);
      if (closing) return;
      const reason = slot.error ? firstLine(slot.error) : `exit code ${code}`;
      if (!slot.ready) {
        // It died setting itself up: every worker would, so stop here rather than respawn forever.
        fail(new Error(`a worker thread failed to start (${options.entry.pathname}): ${reason}`), slot);
        return;
      }
      const [running, ...waiting] = slot.assigned;
      running?.resolve({ ok: false, message: `the worker thread stopped: ${reason}` });
      queue.unshift(...waiting);
      pump();
    });
    slots.push(slot);
    return slot;
  };

  const fail = (error: Error, dead: Slot<In, Out>) => {
    broken = error;
    for (const task of [...dead.assigned, ...slots.flatMap((s) => s.assigned), ...queue.splice(0)])
      task.reject(error);
    for (const s of slots) s.assigned.length = 0;
    void close();
  };

  const assign = (slot: Slot<In, Out>, task: Task<In, Out>) => {
    try {
      slot.worker.postMessage({ id: task.id, input: task.input } satisfies ToWorker<In>);
    } catch (error) {
      // Not structured-cloneable: this task's problem, not the worker's.
      task.resolve({ ok: false, message: `cannot be sent to a worker thread: ${firstLine(error)}` });
      return;
    }
    slot.assigned.push(task);
    if (slot.assigned.length === 1) slot.worker.ref();
  };

  const pump = () => {
    while (queue.length > 0 && !closing) {
      // An idle worker, else a new one while there is room, else the least busy with room in its queue.
      let slot = slots.find((s) => s.assigned.length === 0);
      if (!slot && slots.length < size) slot = spawn();
      slot ??= slots
        .filter((s) => s.assigned.length < depth)
        .sort((a, b) => a.assigned.length - b.assigned.length)[0];
      if (!slot) return;
      assign(slot, queue.shift() as Task<In, Out>);
    }
  };

  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopping = slots.map((s) => s.worker.terminate());
      for (const task of [...slots.flatMap((s) => s.assigned.splice(0)), ...queue.splice(0)])
        task.resolve({ ok: false, message: 'stopped before it was done' });
      await Promise.allSettled(stopping);
    })();
    return closing;
  };

  return {
    size,
    run(input) {
      if (broken) return Promise.reject(broken);
      if (closing) return Promise.resolve({ ok: false, message: 'stopped before it was done' });
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        pump();
      });
    },
    startups: () => [...started],
    close,
  };
}

/**
 * The worker side: sets up (the caller did, before calling this), says ready, then answers each task with
 * `handle(input)`, or with the one line of what it threw.
 */
export function serveTasks<In, Out>(handle: (input: In) => Out, info?: unknown): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks: not running in a worker thread');
  port.on('message', ({ id, input }: ToWorker<In>) => {
    const outcome = attempt(() => handle(input));
    try {
      port.postMessage({ type: 'done', id, outcome } satisfies FromWorker<Out>);
    } catch (error) {
      const message = `the result cannot be sent back: ${firstLine(error)}`;
      port.postMessage({ type: 'done', id, outcome: { ok: false, message } } satisfies FromWorker<Out>);
    }
  });
  port.postMessage({ type: 'ready', info } satisfies FromWorker<Out>);
}

/** `fn()` as an outcome: its value, or the first line of what it threw. */
export function attempt<T>(fn: () => T): TaskOutcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, message: firstLine(error) };
  }
}

function firstLine(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name && error.name !== 'Error' ? `${error.name}: ` : ''}${error.message}`
      : String(error);
  return text.split('\n', 1)[0]?.trim() || 'unknown error';
}

function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // Running from the sources (vitest, tsx): nothing has compiled the entry, so the worker registers tsx's
  // loader before importing it. The built CLI never comes here: its entry is a .js file in dist/.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
