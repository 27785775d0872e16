import { type Command, Option } from 'commander';
import { formatProblem } from '../../core/problem.js';
import { createMentionPipeline } from '../../extract/configuration.js';
import { type Extraction, extractArticle } from '../../extract/extraction.js';
import { readSource } from '../../ingest/ingest.js';
import { expandPaths, fileSource, streamSource } from '../../ingest/input-source.js';
import { DEFAULT_READ_OPTIONS } from '../../ingest/reader.js';
import { EXIT } from '../exit-codes.js';
import { renderExtraction } from '../render-extraction.js';

interface ExtractFlags {
  format: 'jsonl' | 'json' | 'pretty';
  explain?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'extract entities, times and amounts (the contract object) from articles, without storing them',
    )
    .argument('<paths...>', 'files, directories or - for stdin, read as `ingest` reads them')
    .addOption(
      new Option('--format <format>', 'output format').choices(['jsonl', 'json', 'pretty']).default('jsonl'),
    )
    .option(
      '--explain',
      'add which stage found each mention and why (to the JSON, or as a table with pretty)',
    )
    .action(async (paths: string[], flags: ExtractFlags) => {
      const pipeline = createMentionPipeline();
      const all: Extraction[] = [];
      let failed = 0;
      for (const path of paths) {
        const sources =
          path === '-'
            ? [streamSource('<stdin>', process.stdin)]
            : await collect(expandPaths([path]), (entry) => {
                if (entry.kind === 'file') return fileSource(entry.path);
                if (entry.kind === 'missing') {
                  failed++;
                  process.stderr.write(`error: ${entry.path}: ${entry.message}\n`);
                }
                return null;
              });
        for (const source of sources) {
          for await (const result of readSource(source, DEFAULT_READ_OPTIONS)) {
            if (!result.ok) {
              failed++;
              process.stderr.write(`error: ${formatProblem(result.problem)}\n`);
              continue;
            }
            const extraction = extractArticle(pipeline, result.value, { explain: flags.explain ?? false });
            if (flags.format === 'jsonl') process.stdout.write(`${JSON.stringify(extraction)}\n`);
            else if (flags.format === 'pretty') process.stdout.write(renderExtraction(extraction));
            else all.push(extraction);
          }
        }
      }
      if (flags.format === 'json')
        process.stdout.write(`${JSON.stringify(all.length === 1 ? all[0] : all, null, 2)}\n`);
      process.exitCode = failed > 0 ? EXIT.someFailed : EXIT.ok;
    });
}

async function collect<T, U>(items: AsyncIterable<T>, map: (item: T) => U | null): Promise<U[]> {
  const out: U[] = [];
  for await (const item of items) {
    const mapped = map(item);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}
