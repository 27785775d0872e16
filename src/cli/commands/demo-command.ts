import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_READ_OPTIONS } from '../../ingest/reader.js';
import { openSqliteRepository } from '../../store/sqlite/sqlite-article-repository.js';
import { EXIT } from '../exit-codes.js';
import { dbPath, parsePositiveInt } from '../options.js';
import { runIngest } from './ingest-command.js';
import { serve } from './serve-command.js';

/** The bundled sample: the seed article the project started from. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

/** A path as the user would type it in a POSIX shell. */
function shellQuote(path: string): string {
  return /^[\w./:@%+=-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'create the store if absent, ingest the bundled sample (and any PATHS), and show how to explore it',
    )
    .argument('[paths...]', 'more files or directories to ingest')
    .option('--db <file>', 'SQLite store (default: $ARMSTRACE_DB or ./armstrace.db)')
    .option('--serve', 'then serve the web app and the API over the store (what `npm start` does)')
    .option('--host <address>', 'with --serve: address to bind', '127.0.0.1')
    .option(
      '--port <n>',
      'with --serve: port (0: any free port)',
      (v) => (v === '0' ? 0 : parsePositiveInt(v)),
      8080,
    )
    .action(async (paths: string[], flags: { db?: string; serve?: boolean; host: string; port: number }) => {
      const db = dbPath(flags.db);
      const created = !existsSync(db);
      const status = await runIngest([SAMPLES_DIR, ...paths], {
        db,
        maxBytes: DEFAULT_READ_OPTIONS.maxBytes,
        maxRecordBytes: DEFAULT_READ_OPTIONS.maxRecordBytes,
        field: {},
        batchSize: 500,
        quiet: true,
      });
      const repository = openSqliteRepository(db, { readonly: true });
      try {
        const stats = await repository.stats();
        const seed = await repository.getArticle('2701141');
        const out = [
          '',
          `${created ? 'Created' : 'Updated'} the store ${db}: ${stats.articles} articles (${stats.versions} versions).`,
        ];
        if (seed) {
          out.push(
            '',
            `  ${seed.id}  ${seed.published ?? ''}  ${seed.title}`,
            `           section: ${seed.section ?? '—'} · language: ${seed.language ?? '—'} · ${seed.text.length.toLocaleString('en')} characters`,
            ...seed.warnings.map((w) => `           cleaned: ${w}`),
          );
        }
        const cli = process.env.npm_lifecycle_event ? 'npx armstrace' : 'armstrace';
        const dbFlag = flags.db ? ` --db ${shellQuote(db)}` : '';
        const commands: [string, string][] = [
          [`show 2701141${dbFlag}`, 'the cleaned article, its metadata and provenance'],
          [`search '"north korea" missiles'${dbFlag}`, 'ranked full-text search with highlights'],
          [`search hamas --format json${dbFlag}`, 'the same, for machines'],
          [`actor 'North Korea'${dbFlag}`, 'an actor across every stored article: transfers, ties, sources'],
          [`transfers --recipient Hamas${dbFlag}`, 'arms transfers (assertions) with filters; --format csv'],
          [
            'extract samples/000_b07c66c74a7c42d3.txt --format pretty',
            'the claims: who supplies what to whom, how far, who says so',
          ],
          [
            `ingest PATH...${dbFlag}`,
            'add your own files, folders, feeds, JSONL or CSV (extracted as stored)',
          ],
        ];
        if (flags.serve) commands.unshift([`serve${dbFlag}`, 'the web app and the HTTP API (what runs now)']);
        const width = Math.max(...commands.map(([c]) => c.length));
        out.push(
          '',
          'Look at it:',
          ...commands.map(([c, what]) => `  ${cli} ${c.padEnd(width)}   # ${what}`),
          '',
        );
        process.stdout.write(out.join('\n'));
      } finally {
        await repository.close();
      }
      process.exitCode = status === EXIT.ok ? EXIT.ok : status;
      if (flags.serve) {
        const url = await serve({ db, host: flags.host, port: flags.port, rateLimit: 600 });
        process.stdout.write(
          `\nThe web app is at ${url}/  (open it in a browser; API: ${url}/api/docs; Ctrl-C stops)\n`,
        );
      }
    });
}
