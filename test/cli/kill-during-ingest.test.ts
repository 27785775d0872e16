import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonlCorpus } from '../../bench/synthetic-corpus.js';
import { runCli, startCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'armstrace-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function countRows(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM article_versions').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or mid-migration
  }
}

describe('SIGKILL in the middle of an ingest', () => {
  it.each([
    // Articles only: a big corpus, so the kill lands mid-run.
    ['articles only (--no-extract)', 20_000, 250, ['--no-extract']],
    // Extracting into the knowledge base: slower per article, so fewer.
    ['with the knowledge base', 1_500, 100, []],
  ])('leaves a consistent store that a rerun completes: %s', async (what, ARTICLES, BATCH, extra) => {
    const corpus = join(dir, `corpus-${ARTICLES}.jsonl`);
    const db = join(dir, `store-${ARTICLES}.db`);
    await writeJsonlCorpus(corpus, ARTICLES);

    const child = startCli([
      'ingest',
      '--db',
      db,
      '--batch-size',
      String(BATCH),
      '--quiet',
      ...extra,
      corpus,
    ]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill once some batches are committed, well before the end.
    const deadline = Date.now() + 60_000;
    while (countRows(db) < BATCH * 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;

    const partial = countRows(db);
    expect(partial).toBeGreaterThanOrEqual(BATCH * 4);
    expect(partial).toBeLessThan(ARTICLES);
    // Batches are transactions: only whole batches are in the store.
    expect(partial % BATCH).toBe(0);

    const conn = new Database(db);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() =>
      conn.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    const indexed = conn
      .prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'seeks'")
      .get() as { n: number };
    expect(indexed.n).toBe(partial);
    conn.close();

    const rerun = runCli(['ingest', '--db', db, '--json', '--quiet', ...extra, corpus]);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({
      inserted: ARTICLES - partial,
      unchanged: partial,
      failed: 0,
    });
    expect(countRows(db)).toBe(ARTICLES);
    if (extra.length === 0) {
      // The rerun extracted what the killed run stored but had not extracted: every article, once.
      const after = new Database(db, { readonly: true });
      expect(after.prepare('SELECT count(*) AS n FROM extractions').get(), what).toEqual({ n: ARTICLES });
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      after.close();
    }
  });
});
