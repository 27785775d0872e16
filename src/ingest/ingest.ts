import type { Article, FormatName } from '../core/article.js';
import { failed, type InputProblem, type InputProblemCode, type ReadResult } from '../core/problem.js';
import type { ArticleRepository, SaveOutcome } from '../store/article-repository.js';
import { decodeHead, looksBinary } from './decode.js';
import { describeIoError, expandPaths, fileSource, type InputSource, streamSource } from './input-source.js';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from './reader.js';
import { chooseReader, readerFor } from './readers/index.js';

const SNIFF_BYTES = 64 * 1024;

export interface IngestOptions {
  readonly read?: ReadOptions;
  /** Force one reader instead of choosing by content and extension. */
  readonly format?: FormatName;
  /** Articles per transaction: a crash loses at most one batch, and a rerun redoes it. */
  readonly batchSize?: number;
  /** What `-` means; process.stdin by default. */
  readonly stdin?: NodeJS.ReadableStream;
}

/** What happened, as it happens: the CLI prints problems and progress from these. */
export interface IngestEvents {
  onProblem?(problem: InputProblem): void;
  onSaved?(article: Article, outcome: SaveOutcome): void;
  onSkipped?(path: string, reason: string): void;
  /** After each stored batch, before the next is read: the knowledge base extracts it here. */
  onBatch?(articles: readonly Article[], outcomes: readonly SaveOutcome[]): void | Promise<void>;
}

export interface IngestSummary {
  sources: number;
  inserted: number;
  newVersions: number;
  unchanged: number;
  failed: number;
  skipped: number;
  warnings: number;
  byFormat: Partial<Record<FormatName, number>>;
}

/**
 * Reads every path (files, directories, `-` for stdin) and stores what it finds, batch by batch. Bad input
 * is reported through `onProblem` and counted; it never stops the run. Storage failures do throw: they
 * mean the store, not the input, is broken.
 */
export async function ingestPaths(
  paths: readonly string[],
  repository: ArticleRepository,
  options: IngestOptions = {},
  events: IngestEvents = {},
): Promise<IngestSummary> {
  const readOptions = options.read ?? DEFAULT_READ_OPTIONS;
  const batchSize = options.batchSize ?? 500;
  const summary: IngestSummary = {
    sources: 0,
    inserted: 0,
    newVersions: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    warnings: 0,
    byFormat: {},
  };
  let batch: Article[] = [];

  const problem = (p: InputProblem) => {
    summary.failed++;
    events.onProblem?.(p);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const saved = batch;
    batch = [];
    const outcomes = await repository.saveArticles(saved);
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'inserted') summary.inserted++;
      else if (outcome.status === 'new-version') summary.newVersions++;
      else summary.unchanged++;
      events.onSaved?.(saved[i] as Article, outcome);
    });
    await events.onBatch?.(saved, outcomes);
  };

  for await (const source of sourcesOf(paths, options.stdin ?? process.stdin)) {
    if (source.kind === 'skipped') {
      summary.skipped++;
      events.onSkipped?.(source.path, source.reason);
      continue;
    }
    if (source.kind === 'missing') {
      problem({
        code: source.code === 'ENOENT' ? 'not-found' : 'unreadable',
        source: source.path,
        message: source.message,
      });
      continue;
    }
    summary.sources++;
    try {
      for await (const result of readSource(source.input, readOptions, options.format)) {
        if (!result.ok) {
          problem(result.problem);
          continue;
        }
        const format = result.value.origin.format;
        summary.byFormat[format] = (summary.byFormat[format] ?? 0) + 1;
        summary.warnings += result.value.warnings.length;
        batch.push(result.value);
        if (batch.length >= batchSize) await flush();
      }
    } finally {
      source.input.close?.();
    }
  }
  await flush();
  return summary;
}

/** A reader that threw (a bug, or a library failing on odd input) as a one-line problem with its source. */
function unexpected(source: string, error: unknown): InputProblem {
  const line = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]?.trim();
  return { code: 'unreadable', source, message: `unexpected error reading: ${line || 'unknown error'}` };
}

export type SourceEntry =
  | { kind: 'input'; input: InputSource }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'missing'; path: string; code: string; message: string };

/** Every path as a source to read: files, directories walked, `-` as stdin; skipped and missing ones as such. */
export async function* sourcesOf(
  paths: readonly string[],
  stdin: NodeJS.ReadableStream,
): AsyncGenerator<SourceEntry> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'input', input: streamSource('<stdin>', stdin) };
      continue;
    }
    for await (const entry of expandPaths([path])) {
      if (entry.kind === 'file') yield { kind: 'input', input: fileSource(entry.path) };
      else yield entry;
    }
  }
}

/** Checks a source's head (empty, binary), picks its reader and reads it. */
export async function* readSource(
  source: InputSource,
  options: ReadOptions,
  forced?: FormatName,
): AsyncGenerator<ReadResult<Article>> {
  const fail = (code: InputProblemCode, message: string) => failed(code, source.name, message);
  let head: Buffer;
  try {
    head = await source.head(SNIFF_BYTES);
  } catch (error) {
    const io = describeIoError(error);
    return yield fail(io.code === 'ENOENT' ? 'not-found' : 'unreadable', io.message);
  }
  if (head.length === 0) return yield fail('empty', 'empty file');
  if (looksBinary(head))
    return yield fail('binary', 'binary file, not text (NUL or control bytes near the start)');
  try {
    const reader = forced ? readerFor(forced) : chooseReader(decodeHead(head), source.extension);
    yield* reader.read(source, options);
  } catch (error) {
    // Readers yield bad input as problems; one that throws met something unforeseen (or a library did).
    // That source ends here, with what it yielded kept; the run goes on with the next one.
    yield { ok: false, problem: unexpected(source.name, error) };
  }
}
