import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteRepository } from '../../src/store/sqlite/sqlite-article-repository.js';
import { describeArticleRepositoryContract } from './article-repository.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'armstrace-contract-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeArticleRepositoryContract('SQLite in memory', async () => openSqliteRepository(':memory:'));
describeArticleRepositoryContract('SQLite file (WAL)', async () =>
  openSqliteRepository(join(dir, `store-${n++}.db`)),
);
// PostgreSQL: not implemented yet (planned for teams that outgrow one machine); when it is, register it here
// behind ARMSTRACE_PG_URL so CI can start a server and run the same suite.
