import { availableParallelism } from 'node:os';
import type { Article } from '../../core/article.js';
import type { Extraction } from '../extraction.js';
import type { ExtractionSetup, ExtractOptions } from './extract-one.js';
import { attempt, createWorkerPool, type TaskOutcome, type WorkerStartup } from './worker-pool.js';

/*
 * Extraction over many articles, on all cores. wink-nlp and the gazetteer are synchronous, CPU-bound
 * JavaScript, so the only way to use more than one core is more than one thread: each worker thread
 * loads wink's model and builds its own pipeline (gazetteer and token trie) once, then takes articles,
 * structured-cloned, one after another. With jobs = 1 nothing is spawned: the articles are extracted in
 * this thread, exactly as before.
 */

export interface ExtractionPoolOptions<S extends boolean> {
  /** 1: in this thread; N > 1: up to N worker threads, started when there is work for them. */
  readonly jobs: number;
  readonly explain?: boolean;
  /** Hand back each extraction as its one-line JSON text (done in the worker) instead of the object. */
  readonly serialize?: S;
}

export interface ExtractionPool<T> {
  readonly jobs: number;
  /**
   * How many articles to keep between the reader and the writer (mapOrdered's window): enough that every
   * worker has its next article waiting while the oldest result is still out, few enough that memory
   * does not grow with the input.
   */
  readonly window: number;
  /** One article's extraction, or one line saying why it failed (an exception, a worker that died). */
  extract(article: Article): Promise<TaskOutcome<T>>;
  /** The worker threads started so far: spawn-to-ready time, module loading and pipeline setup in each. */
  startups(): readonly WorkerStartup[];
  close(): Promise<void>;
}

/** cores − 1 (one is left for reading the input and writing the output), at least 1. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The worker entry next to this module, in its language: `.js` in dist/, `.ts` in the sources. */
export const EXTRACTION_WORKER = new URL(
  `./extraction-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

export function openExtractionPool<S extends boolean = false>(
  options: ExtractionPoolOptions<S>,
): ExtractionPool<S extends true ? string : Extraction> {
  type T = S extends true ? string : Extraction;
  const jobs = Math.max(1, Math.floor(options.jobs));
  const extractOptions: ExtractOptions = {
    explain: options.explain ?? false,
    serialize: options.serialize ?? false,
  };
  if (jobs === 1) return inThisThread<T>(extractOptions);
  const pool = createWorkerPool<Article, T>({
    entry: EXTRACTION_WORKER,
    size: jobs,
    workerData: extractOptions,
  });
  return {
    jobs,
    window: 4 * jobs,
    extract: (article) => pool.run(article),
    startups: () => pool.startups(),
    close: () => pool.close(),
  };
}

function inThisThread<T>(options: ExtractOptions): ExtractionPool<T> {
  // Loaded on first use: a run with no article to extract (and every other command) never loads wink.
  let setup: Promise<{ extractOne: typeof import('./extract-one.js').extractOne } & ExtractionSetup> | null =
    null;
  return {
    jobs: 1,
    window: 1,
    async extract(article) {
      setup ??= import('./extract-one.js').then((m) => ({
        extractOne: m.extractOne,
        ...m.setUpExtraction(),
      }));
      const { extractOne, pipeline } = await setup;
      return attempt(() => extractOne(pipeline, article, options) as T);
    },
    startups: () => [],
    close: async () => {},
  };
}
