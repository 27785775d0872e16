#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { AppError, NotFoundError, QuerySyntaxError, StorageError } from '../core/errors.js';
import { registerActor } from './commands/actor-command.js';
import { registerDemo } from './commands/demo-command.js';
import { registerEntities } from './commands/entities-command.js';
import { registerEval } from './commands/eval-command.js';
import { registerEvalEntities } from './commands/eval-entities-command.js';
import { registerExport } from './commands/export-command.js';
import { registerExtract } from './commands/extract-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerNetwork } from './commands/network-command.js';
import { registerReextract } from './commands/reextract-command.js';
import { registerReview } from './commands/review-command.js';
import { registerSearch } from './commands/search-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerShow } from './commands/show-command.js';
import { registerToken } from './commands/token-command.js';
import { registerTransfers } from './commands/transfers-command.js';
import { EXIT } from './exit-codes.js';

const program = new Command()
  .name('armstrace')
  .description('A sourced, queryable record of arms transfers from defence & security news.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .enablePositionalOptions()
  .exitOverride();

registerDemo(program);
registerIngest(program);
registerExtract(program);
registerSearch(program);
registerShow(program);
registerEval(program);
registerEvalEntities(program);
registerReextract(program);
registerActor(program);
registerTransfers(program);
registerReview(program);
registerNetwork(program);
registerExport(program);
registerEntities(program);
registerServe(program);
registerToken(program);

// A reader that stops reading (`armstrace extract … | head`) is no error: stop quietly, as Unix tools do.
const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'EPIPE';
process.stdout.on('error', (error) => {
  if (isClosedPipe(error)) process.exit(EXIT.ok);
  throw error;
});

// Errors are handled here, once: usage errors exit 2, store errors 3, everything else is a bug and says so.
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (isClosedPipe(error)) process.exit(EXIT.ok);
  if (error instanceof CommanderError) {
    // Commander has printed the message already; --help and --version exit 0.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof NotFoundError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = EXIT.someFailed;
  } else if (error instanceof QuerySyntaxError) {
    process.stderr.write(`error: bad search query: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (error instanceof StorageError || (error instanceof AppError && error.code.startsWith('store'))) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = EXIT.storage;
  } else if (error instanceof AppError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`internal error (please report): ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = EXIT.internal;
  }
}
