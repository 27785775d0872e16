import { type Command, Option } from 'commander';
import { openSqliteRepository } from '../../store/sqlite/sqlite-article-repository.js';
import { dbPath, parseNonNegativeInt, parsePositiveInt } from '../options.js';
import { highlighter, renderSearchTable } from '../render.js';

interface SearchFlags {
  db?: string;
  limit: number;
  offset: number;
  format: 'table' | 'json' | 'jsonl';
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles, best matches first')
    .argument('<query...>', 'words, "phrases", prefix*, OR, -exclude, (groups), title:word')
    // "-iran" in a query is an exclusion, not an option: unknown dash-words stay in the query.
    .allowUnknownOption()
    .option('--db <file>', 'SQLite store (default: $ARMSTRACE_DB or ./armstrace.db)')
    .option('-n, --limit <n>', 'results to show', parsePositiveInt, 10)
    .option('--offset <n>', 'results to skip', parseNonNegativeInt, 0)
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'),
    )
    .action(async (words: string[], flags: SearchFlags) => {
      const query = words.join(' ');
      const repository = openSqliteRepository(dbPath(flags.db), { readonly: true });
      try {
        const page = await repository.search(query, {
          limit: Math.min(flags.limit, 1000),
          offset: flags.offset,
        });
        if (flags.format === 'json') process.stdout.write(`${JSON.stringify({ query, ...page }, null, 2)}\n`);
        else if (flags.format === 'jsonl')
          for (const hit of page.hits) process.stdout.write(`${JSON.stringify(hit)}\n`);
        else
          process.stdout.write(
            renderSearchTable(
              query,
              page.total,
              flags.offset,
              page.hits,
              highlighter(process.stdout),
              page.totalIsLowerBound,
            ),
          );
      } finally {
        await repository.close();
      }
    });
}
