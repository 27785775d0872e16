import type { Command } from 'commander';
import { buildApp } from '../../api/app.js';
import { AppError } from '../../core/errors.js';
import { openStore } from '../../kb/sqlite/sqlite-knowledge-base.js';
import { dbOption } from '../kb-options.js';
import { dbPath, parsePositiveInt } from '../options.js';

export interface ServeFlags {
  db?: string;
  host: string;
  port: number;
  rateLimit: number;
}

/** Starts the API (and the web app, when built) and resolves once it listens; stops on SIGINT/SIGTERM. */
export async function serve(flags: ServeFlags): Promise<string> {
  const store = openStore(dbPath(flags.db));
  const app = await buildApp({ store, rateLimit: flags.rateLimit });
  let url: string;
  try {
    url = await app.listen({ host: flags.host, port: flags.port });
  } catch (error) {
    await app.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL')
      throw new AppError(
        'serve',
        `cannot listen on ${flags.host}:${flags.port} (${code}): pass another --port (0: any free port) or --host`,
      );
    throw error;
  }
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API (and the web app) over the store; read endpoints open, write endpoints need a token',
    )
    .addOption(dbOption())
    .option('--host <address>', 'address to bind (loopback unless you mean otherwise)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', (v) => (v === '0' ? 0 : parsePositiveInt(v)), 8080)
    .option('--rate-limit <n>', 'requests per minute per client', parsePositiveInt, 600)
    .action(async (flags: ServeFlags) => {
      const url = await serve(flags);
      process.stdout.write(
        `armstrace is serving ${dbPath(flags.db)} at ${url}  (API: ${url}/api/docs; Ctrl-C stops)\n`,
      );
    });
}
