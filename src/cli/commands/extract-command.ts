import { type Command, Option } from 'commander';
import { formatProblem } from '../../core/problem.js';
import { createMentionPipeline } from '../../extract/configuration.js';
import { type Extraction, extractArticle } from '../../extract/extraction.js';
import { readSource, sourcesOf } from '../../ingest/ingest.js';
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
      for await (const entry of sourcesOf(paths, process.stdin)) {
        if (entry.kind === 'skipped') continue;
        if (entry.kind === 'missing') {
          failed++;
          process.stderr.write(`error: ${entry.path}: ${entry.message}\n`);
          continue;
        }
        try {
          for await (const result of readSource(entry.input, DEFAULT_READ_OPTIONS)) {
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
        } finally {
          entry.input.close?.();
        }
      }
      if (flags.format === 'json')
        process.stdout.write(`${JSON.stringify(all.length === 1 ? all[0] : all, null, 2)}\n`);
      process.exitCode = failed > 0 ? EXIT.someFailed : EXIT.ok;
    });
}
