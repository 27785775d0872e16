import type { Command } from 'commander';
import { NotFoundError } from '../../core/errors.js';
import { openStore } from '../../kb/sqlite/sqlite-knowledge-base.js';
import { dbOption, openForQuestions } from '../kb-options.js';
import { renderTable } from '../kb-render.js';
import { dbPath, parsePositiveInt } from '../options.js';

export function registerToken(program: Command): void {
  const token = program.command('token').description('bearer tokens for the API write endpoints (review)');
  token
    .command('create')
    .description('create a token; it is printed once, the store keeps only its hash')
    .requiredOption('--label <name>', 'who the token is for: recorded as the reviewer of its edits')
    .addOption(dbOption())
    .action(async (flags: { label: string; db?: string }) => {
      const store = openStore(dbPath(flags.db));
      try {
        const { token: value, id } = store.tokens.create(flags.label);
        process.stdout.write(`${value}\n`);
        process.stderr.write(
          `token #${id} for ${flags.label}: send it as "Authorization: Bearer …"; it is not shown again\n`,
        );
      } finally {
        await store.close();
      }
    });
  token
    .command('list')
    .description('tokens (labels and dates, never the tokens)')
    .addOption(dbOption())
    .action(async (flags: { db?: string }) => {
      const store = openForQuestions(flags.db);
      try {
        const rows = store.tokens.list().map((t) => [String(t.id), t.label, t.createdAt, t.revokedAt ?? '']);
        process.stdout.write(renderTable(['id', 'label', 'created', 'revoked'], rows));
      } finally {
        await store.close();
      }
    });
  token
    .command('revoke')
    .description('revoke a token')
    .argument('<id>', 'token number (token list)', parsePositiveInt)
    .addOption(dbOption())
    .action(async (id: number, flags: { db?: string }) => {
      const store = openStore(dbPath(flags.db));
      try {
        if (!store.tokens.revoke(id)) throw new NotFoundError(`no active token #${id}`);
        process.stderr.write(`token #${id} revoked\n`);
      } finally {
        await store.close();
      }
    });
}
