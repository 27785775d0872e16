import { type Command, Option } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../../core/article.js';
import { formatLocation, formatProblem } from '../../core/problem.js';
import { createMentionPipeline, type Pipeline } from '../../extract/configuration.js';
import { extractorVersion } from '../../extract/extractor-version.js';
import { type IngestSummary, ingestPaths } from '../../ingest/ingest.js';
import { DEFAULT_READ_OPTIONS, type MappedField } from '../../ingest/reader.js';
import { extractSaved } from '../../kb/extract-and-store.js';
import { openStore } from '../../kb/sqlite/sqlite-knowledge-base.js';
import { EXIT } from '../exit-codes.js';
import { collectFieldMapping, dbPath, parseByteSize, parsePositiveInt } from '../options.js';
import { createProgress } from '../progress.js';

interface IngestFlags {
  db?: string;
  format?: FormatName;
  maxBytes: number;
  maxRecordBytes: number;
  field: Partial<Record<MappedField, string>>;
  batchSize: number;
  json?: boolean;
  /** Commander's --no-extract: false when given. */
  extract?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles from files, directories or - (stdin) and store them')
    .argument('<paths...>', 'files, directories (read recursively) or - for stdin')
    .option('--db <file>', 'SQLite store (default: $ARMSTRACE_DB or ./armstrace.db)')
    .addOption(
      new Option('--format <format>', 'force a reader instead of detecting it').choices(FORMAT_NAMES),
    )
    .option('--max-bytes <size>', 'largest whole file to read', parseByteSize, DEFAULT_READ_OPTIONS.maxBytes)
    .option(
      '--max-record-bytes <size>',
      'largest JSONL line or CSV row',
      parseByteSize,
      DEFAULT_READ_OPTIONS.maxRecordBytes,
    )
    .option(
      '--field <field=column>',
      'JSONL/CSV column for a field, e.g. text=body (repeatable)',
      collectFieldMapping,
      {},
    )
    .option('--batch-size <n>', 'articles per transaction', parsePositiveInt, 500)
    .option('--no-extract', 'store the articles only; `armstrace reextract` extracts them later')
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress, only problems')
    .option('-v, --verbose', 'also print each stored article and its cleaning warnings')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}

export async function runIngest(paths: readonly string[], flags: IngestFlags): Promise<number> {
  const db = dbPath(flags.db);
  const store = openStore(db);
  const repository = store.articles;
  const extract = flags.extract !== false;
  let pipeline: Pipeline | null = null;
  const extractor = extract ? extractorVersion() : '';
  let extracted = 0;
  let extractFailed = 0;
  const interval = Number(process.env.ARMSTRACE_PROGRESS_MS) || undefined;
  const progress = createProgress(process.stderr, !flags.quiet, interval);
  const startedAt = performance.now();
  let stored = 0;
  let failed = 0;
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(
      paths,
      repository,
      {
        read: { maxBytes: flags.maxBytes, maxRecordBytes: flags.maxRecordBytes, fieldMap: flags.field },
        batchSize: flags.batchSize,
        ...(flags.format ? { format: flags.format } : {}),
      },
      {
        onProblem(problem) {
          failed++;
          progress.log(`error: ${formatProblem(problem)}`);
        },
        onSkipped(path, reason) {
          if (flags.verbose) progress.log(`skipped: ${path}: ${reason}`);
        },
        onSaved(article, outcome) {
          stored++;
          if (flags.verbose) {
            const where = formatLocation(article.origin.source, article.origin.locator);
            progress.log(`${outcome.status}: ${article.id} v${outcome.version} from ${where}`);
            for (const warning of article.warnings) progress.log(`  warning: ${warning}`);
          }
          const seconds = (performance.now() - startedAt) / 1000;
          progress.update(
            `${stored.toLocaleString('en')} articles (${Math.round(stored / seconds).toLocaleString('en')}/s), ${failed} failed` +
              (extract ? `, ${extracted.toLocaleString('en')} extracted` : ''),
          );
        },
        onBatch(articles, outcomes) {
          if (!extract) return;
          pipeline ??= createMentionPipeline();
          const result = extractSaved(store.knowledge, pipeline, articles, outcomes, extractor);
          extracted += result.stored;
          for (const failure of result.failures) {
            extractFailed++;
            progress.log(`error: extraction of article ${failure.id} failed: ${failure.message}`);
          }
        },
      },
    );
  } finally {
    progress.done();
    await store.close();
  }
  const seconds = (performance.now() - startedAt) / 1000;
  if (summary.inserted + summary.newVersions + summary.unchanged + summary.failed === 0) {
    process.stderr.write(`warning: nothing to ingest: no articles found in ${paths.join(', ')}\n`);
  }
  if (flags.json) {
    process.stdout.write(
      `${JSON.stringify({ db, seconds: Number(seconds.toFixed(3)), ...summary, extracted, extractionFailed: extractFailed })}\n`,
    );
  } else if (!flags.quiet || summary.failed > 0 || extractFailed > 0) {
    const extraction = extract
      ? `; ${extracted.toLocaleString('en')} extracted${extractFailed ? `, ${extractFailed} extractions failed` : ''}`
      : '; not extracted (--no-extract)';
    process.stderr.write(`${describeSummary(summary, seconds)}${extraction} → ${db}\n`);
  }
  return summary.failed > 0 || extractFailed > 0 ? EXIT.someFailed : EXIT.ok;
}

export function describeSummary(s: IngestSummary, seconds: number): string {
  const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    `${plural(s.inserted, 'new article')}`,
    `${plural(s.newVersions, 'new version')}`,
    `${s.unchanged.toLocaleString('en')} unchanged`,
    `${s.failed.toLocaleString('en')} failed`,
  ];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.warnings) parts.push(plural(s.warnings, 'cleaning warning'));
  return `ingested ${plural(s.sources, 'source')} in ${seconds.toFixed(1)}s: ${parts.join(', ')}`;
}
