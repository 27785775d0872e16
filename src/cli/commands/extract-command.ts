import { once } from 'node:events';
import { type Command, Option } from 'commander';
import type { Article } from '../../core/article.js';
import { formatLocation, formatProblem } from '../../core/problem.js';
import type { Extraction } from '../../extract/extraction.js';
import { defaultJobs, openExtractionPool } from '../../extract/parallel/extraction-pool.js';
import { mapOrdered } from '../../extract/parallel/ordered.js';
import type { TaskOutcome } from '../../extract/parallel/worker-pool.js';
import { readSource, sourcesOf } from '../../ingest/ingest.js';
import { DEFAULT_READ_OPTIONS } from '../../ingest/reader.js';
import { EXIT } from '../exit-codes.js';
import { parsePositiveInt } from '../options.js';
import { createProgress } from '../progress.js';
import { renderExtraction } from '../render-extraction.js';

interface ExtractFlags {
  format: 'jsonl' | 'json' | 'pretty';
  explain?: boolean;
  jobs: number;
  quiet?: boolean;
}

/** What the reader gave, in input order: an article to extract, or a problem to report in its place. */
type Item = { readonly problem: string } | { readonly article: Article };
type Done =
  | { readonly problem: string }
  | { readonly article: Article; readonly outcome: TaskOutcome<Extraction | string> };

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'extract entities, claims, times and amounts (the contract object) from articles, without storing them',
    )
    .argument('<paths...>', 'files, directories or - for stdin, read as `ingest` reads them')
    .addOption(
      new Option('--format <format>', 'output format').choices(['jsonl', 'json', 'pretty']).default('jsonl'),
    )
    .option(
      '--explain',
      'add which stage found each mention and why (to the JSON, or as a table with pretty)',
    )
    .addOption(
      new Option(
        '-j, --jobs <n>',
        'worker threads extracting in parallel (output in input order); 1 extracts in this thread',
      )
        .argParser(parsePositiveInt)
        .default(defaultJobs(), `cores − 1, here ${defaultJobs()}`),
    )
    .option('-q, --quiet', 'no progress, only problems')
    .action(async (paths: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(paths, flags);
    });
}

async function runExtract(paths: readonly string[], flags: ExtractFlags): Promise<number> {
  const pool = openExtractionPool({
    jobs: flags.jobs,
    explain: flags.explain ?? false,
    // JSONL is the bulk format: its JSON text is made in the workers, off this thread.
    serialize: flags.format === 'jsonl',
  });
  const interval = Number(process.env.ARMSTRACE_PROGRESS_MS) || undefined;
  const progress = createProgress(process.stderr, !flags.quiet, interval, 'extracting');
  const startedAt = performance.now();
  const all: Extraction[] = [];
  let extracted = 0;
  let failed = 0;
  let interrupted: number | null = null;
  // Ctrl-C (or a kill): stop the workers, leave the output as it is (whole lines, in order), exit 128 + n.
  // Exiting here, not at the end of the loop, since the loop may be waiting on stdin.
  const interrupt = (signal: NodeJS.Signals) => {
    interrupted = signal === 'SIGINT' ? 130 : 143;
    progress.done();
    void pool.close().finally(() => process.exit(interrupted ?? 130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const start = (item: Item): Done | Promise<Done> =>
      'problem' in item
        ? item
        : pool.extract(item.article).then((outcome) => ({ article: item.article, outcome }));
    for await (const done of mapOrdered(itemsOf(paths), start, pool.window)) {
      if (interrupted !== null) break;
      if ('problem' in done) {
        failed++;
        progress.log(`error: ${done.problem}`);
      } else if (!done.outcome.ok) {
        failed++;
        const { article } = done;
        const where = formatLocation(article.origin.source, article.origin.locator);
        progress.log(`error: ${where}: extraction of article ${article.id} failed: ${done.outcome.message}`);
      } else {
        extracted++;
        const value = done.outcome.value;
        if (typeof value === 'string') await write(`${value}\n`);
        else if (flags.format === 'pretty') await write(renderExtraction(value));
        else all.push(value);
      }
      const seconds = (performance.now() - startedAt) / 1000;
      progress.update(
        `${extracted.toLocaleString('en')} articles (${Math.round(extracted / seconds).toLocaleString('en')}/s), ${failed} failed`,
      );
    }
  } finally {
    progress.done();
    if (interrupted === null) {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
      await pool.close();
    }
  }
  if (interrupted !== null) return interrupted;
  if (flags.format === 'json')
    process.stdout.write(`${JSON.stringify(all.length === 1 ? all[0] : all, null, 2)}\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/**
 * Writes to stdout and, when the reader of a pipe is slower than the extraction, waits for it: otherwise
 * the output would pile up in memory (1 GB for 30,000 articles piped through a busy reader).
 */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Every article in the paths, and every problem reading them, in input order; each source closed after. */
async function* itemsOf(paths: readonly string[]): AsyncGenerator<Item> {
  for await (const entry of sourcesOf(paths, process.stdin)) {
    if (entry.kind === 'skipped') continue;
    if (entry.kind === 'missing') {
      yield { problem: `${entry.path}: ${entry.message}` };
      continue;
    }
    try {
      for await (const result of readSource(entry.input, DEFAULT_READ_OPTIONS)) {
        yield result.ok ? { article: result.value } : { problem: formatProblem(result.problem) };
      }
    } finally {
      entry.input.close?.();
    }
  }
}
