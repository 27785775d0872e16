import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'armstrace-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshDb = () => join(dir, `store-${n++}.db`);
const SEED = 'samples/000_b07c66c74a7c42d3.txt';

describe('armstrace demo (npm start)', () => {
  it('creates the store, ingests the bundled seed and says how to look at it', () => {
    const db = freshDb();
    const first = runCli(['demo', '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Created the store ${db}: 1 articles`);
    expect(first.stdout).toContain('2701141');
    expect(first.stdout).toMatch(/armstrace show 2701141/);
    const second = runCli(['demo', '--db', db]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`Updated the store ${db}: 1 articles (1 versions)`);
  });
});

describe('armstrace ingest, search, show', () => {
  const db = freshDb();

  it('ingests and is idempotent', () => {
    const first = runCli(['ingest', '--db', db, '--json', SEED, 'test/fixtures/text/wrapped.txt']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      inserted: 2,
      unchanged: 0,
      failed: 0,
      byFormat: { dump: 1, text: 1 },
    });
    const again = runCli(['ingest', '--db', db, '--json', SEED, 'test/fixtures/text/wrapped.txt']);
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, newVersions: 0, unchanged: 2 });
  });

  it('reads stdin with -', () => {
    const stdinDb = freshDb();
    const result = runCli(['ingest', '--db', stdinDb, '--json', '-'], { input: readFileSync(SEED) });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ inserted: 1, byFormat: { dump: 1 } });
    const shown = JSON.parse(runCli(['show', '2701141', '--db', stdinDb, '--format', 'json']).stdout);
    expect(shown.origin).toMatchObject({ source: '<stdin>', format: 'dump' });
  });

  it('searches with ranked, highlighted results in table, json and jsonl', () => {
    const table = runCli(['search', '--db', db, 'north', 'korea']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('2701141');
    expect(table.stdout).toMatch(/«North» «Korea»/);
    const json = JSON.parse(runCli(['search', '--db', db, '--format', 'json', 'embargo OR missiles']).stdout);
    expect(json.total).toBe(2);
    for (const hit of json.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const [s, e] of hit.highlights) expect(hit.snippet.slice(s, e)).toMatch(/^(embargo|missiles?)$/i);
    }
    const jsonl = runCli(['search', '--db', db, '--format', 'jsonl', 'hamas']).stdout.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).id)).toEqual(['2701141']);
  });

  it('explains query syntax errors without SQL, exit 2', () => {
    const result = runCli(['search', '--db', db, '"north korea']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bad search query: unclosed quote/);
    expect(result.stderr).not.toMatch(/fts5|sqlite|SELECT/i);
    expect(result.stdout).toBe('');
  });

  it('shows an article with metadata and provenance; a missing one exits 1', () => {
    const shown = runCli(['show', '--db', db, '2701141']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/section: +Defence & Security News - North Korea/);
    expect(shown.stdout).toMatch(/removed the title repeated/);
    const json = JSON.parse(runCli(['show', '--db', db, '2701141', '--format', 'json']).stdout);
    expect(json).toMatchObject({ id: '2701141', version: 1, latest: true, published: '2014-07-27T11:22' });
    const missing = runCli(['show', '--db', db, 'no-such-id']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no article no-such-id');
  });

  it('stores a changed article under the same id as a new version', () => {
    const path = join(dir, 'changing.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify({ id: 'v-1', title: 'Frigate sale', text: 'The navy agreed to sell two frigates.' })}\n`,
    );
    runCli(['ingest', '--db', db, path]);
    writeFileSync(
      path,
      `${JSON.stringify({ id: 'v-1', title: 'Frigate sale', text: 'The navy agreed to sell three frigates.' })}\n`,
    );
    const result = JSON.parse(runCli(['ingest', '--db', db, '--json', path]).stdout);
    expect(result).toMatchObject({ inserted: 0, newVersions: 1 });
    const latest = JSON.parse(runCli(['show', '--db', db, 'v-1', '--format', 'json']).stdout);
    expect(latest).toMatchObject({ version: 2, text: 'The navy agreed to sell three frigates.' });
    expect(latest.versions).toHaveLength(2);
    const old = JSON.parse(runCli(['show', '--db', db, 'v-1', '--version', '1', '--format', 'json']).stdout);
    expect(old.text).toBe('The navy agreed to sell two frigates.');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['frobnicate']],
    [['ingest']],
    [['ingest', '--format', 'pdf', SEED]],
    [['ingest', '--max-bytes', 'lots', SEED]],
    [['search', '--limit', '0', 'x']],
  ])('%j', (args) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error/i);
  });

  it('--help and --version exit 0', () => {
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('a file that is not a store', () => {
  it('is refused with exit 3 and left untouched', () => {
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'These are my notes, not a database.\n'.repeat(200));
    const before = readFileSync(notDb);
    const result = runCli(['ingest', '--db', notDb, SEED]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/cannot open the store .*notes\.txt/);
    expect(readFileSync(notDb).equals(before)).toBe(true);
  });
});

describe('progress on long runs', () => {
  it('prints periodic counts on stderr and keeps --json stdout clean', async () => {
    const { writeJsonlCorpus } = await import('../../bench/synthetic-corpus.js');
    const corpus = join(dir, 'progress.jsonl');
    await writeJsonlCorpus(corpus, 3000);
    const result = runCli(['ingest', '--db', freshDb(), '--json', corpus], {
      env: { ARMSTRACE_PROGRESS_MS: '1' },
    });
    expect(result.status).toBe(0);
    const lines = result.stderr
      .split('\n')
      .filter((l) => /^ingesting… [\d,]+ articles \([\d,]+\/s\), 0 failed/.test(l));
    expect(lines.length).toBeGreaterThan(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ inserted: 3000 });
  });
});

describe('armstrace extract', () => {
  it('prints one contract object per article as JSONL, clean on stdout', () => {
    const result = runCli(['extract', SEED, 'test/fixtures/jsonl/wire.jsonl']);
    expect(result.status).toBe(1); // wire.jsonl has malformed lines, reported on stderr
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((x) => x.article.id)).toEqual(['2701141', 'w-100', 'w-101', '105']);
    expect(lines[0]).toMatchObject({ schema: 'armstrace/extraction@1' });
    expect(lines[0].claims.map((c: { type: string }) => c.type)).toContain('arms_transfer');
    expect(lines[0].entities.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['state:PRK', 'group:hamas']),
    );
    expect(lines[0].explain).toBeUndefined();
    expect(result.stderr).toMatch(/wire\.jsonl:4: malformed JSON/);
  });

  it('explains which stage found what, and reads for people with --format pretty', () => {
    const explained = JSON.parse(runCli(['extract', SEED, '--format', 'json', '--explain']).stdout);
    const resolved = explained.explain.mentions.find(
      (m: { text: string }) => m.text === 'the militant Palestinian organisation',
    );
    expect(resolved).toMatchObject({ extractor: 'coreference', entityId: 'group:hamas' });
    const pretty = runCli(['extract', SEED, '--format', 'pretty']).stdout;
    expect(pretty).toMatch(/^2701141 {2}2014-07-27T11:22 {2}Hamas to negotiate/);
    expect(pretty).toMatch(/"hundreds of thousands of dollars" → 100,000\.\.999,999 USD/);
  });
});

describe('review fixes: store and search edges', () => {
  it('refuses a file that exists but is not an armstrace store, for reading too', () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const search = runCli(['search', '--db', empty, 'hamas']);
    expect(search.status).toBe(3);
    expect(search.stderr).toMatch(/is not an armstrace store/);
    expect(search.stderr).not.toMatch(/internal error|at /);
  });

  it('takes a bare -word as an exclusion, and says when an offset is past the results', () => {
    const db = freshDb();
    runCli(['ingest', '--db', db, SEED]);
    expect(
      JSON.parse(runCli(['search', 'hamas', '-iran', '--db', db, '--format', 'json']).stdout).total,
    ).toBe(0);
    expect(
      JSON.parse(runCli(['search', 'hamas', '-zanzibar', '--db', db, '--format', 'json']).stdout).total,
    ).toBe(1);
    expect(runCli(['search', '--db', db, '--offset', '5', 'hamas']).stdout).toMatch(
      /1 articles match "hamas"; none from result 6 on/,
    );
  });

  it.each([
    ['articles only (--no-extract)', 4000, ['--no-extract']],
    ['extracting into the knowledge base', 300, []],
  ])('lets two ingests write to one store at once: %s', async (_what, count, extra) => {
    const db = freshDb();
    const { writeJsonlCorpus } = await import('../../bench/synthetic-corpus.js');
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    await writeJsonlCorpus(a, count);
    // A second corpus with other ids: the same generator, ids renamed.
    writeFileSync(b, readFileSync(a, 'utf8').replace(/"synthetic-/g, '"other-'));
    const { startCli } = await import('./run-cli.js');
    const runs = [a, b].map((path) => {
      const child = startCli(['ingest', '--db', db, '--quiet', '--batch-size', '100', ...extra, path]);
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      return new Promise<[number | null, string]>((resolve) =>
        child.on('exit', (code) => resolve([code, stderr])),
      );
    });
    const results = await Promise.all(runs);
    expect(results).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const stats = JSON.parse(runCli(['search', '--db', db, '--format', 'json', 'seeks']).stdout);
    expect(stats.total).toBe(2 * count);
    if (extra.length === 0) {
      const show = runCli(['transfers', '--db', db, '--format', 'json', '--limit', '1']);
      expect(show.status, show.stderr).toBe(0);
      expect(JSON.parse(show.stdout).total).toBeGreaterThan(0);
    }
  });
});
