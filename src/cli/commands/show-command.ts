import { type Command, Option } from 'commander';
import { openSqliteRepository } from '../../store/sqlite/sqlite-article-repository.js';
import { EXIT } from '../exit-codes.js';
import { dbPath, parsePositiveInt } from '../options.js';
import { renderArticle } from '../render.js';

interface ShowFlags {
  db?: string;
  version?: number;
  format: 'text' | 'json';
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print one stored article with its metadata, provenance and cleaning warnings')
    .argument('<id>', 'article id (as printed by ingest and search)')
    .option('--db <file>', 'SQLite store (default: $ARMSTRACE_DB or ./armstrace.db)')
    .option('--version <n>', 'a specific version (default: the latest)', parsePositiveInt)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (rawId: string, flags: ShowFlags) => {
      // Ids are stored trimmed (ingest normalizes them); a pasted id with spaces around it still finds its article.
      const id = rawId.trim();
      const repository = openSqliteRepository(dbPath(flags.db), { readonly: true });
      try {
        const article = await repository.getArticle(id, flags.version);
        if (!article) {
          const which = flags.version ? `version ${flags.version} of article ${id}` : `article ${id}`;
          process.stderr.write(`error: no ${which} in ${dbPath(flags.db)}\n`);
          process.exitCode = EXIT.someFailed;
          return;
        }
        const versions = await repository.listVersions(id);
        if (flags.format === 'json')
          process.stdout.write(`${JSON.stringify({ ...article, versions }, null, 2)}\n`);
        else process.stdout.write(renderArticle(article, versions));
      } finally {
        await repository.close();
      }
    });
}
