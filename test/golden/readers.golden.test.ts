import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFile } from '../helpers.js';

/*
 * Golden files: each input below is read exactly as `armstrace ingest` reads it, and the articles and
 * problems it yields are compared with test/golden/readers/<name>.json. After an intended change, rewrite
 * them with `UPDATE_GOLDEN=1 npx vitest run test/golden` and read the diff before committing it.
 */
const CASES: readonly { name: string; path: string }[] = [
  { name: 'seed-dump', path: 'samples/000_b07c66c74a7c42d3.txt' },
  { name: 'text-latin1', path: 'test/fixtures/text/latin1.txt' },
  { name: 'text-wrapped', path: 'test/fixtures/text/wrapped.txt' },
  { name: 'jsonl-wire', path: 'test/fixtures/jsonl/wire.jsonl' },
  { name: 'csv-orders', path: 'test/fixtures/csv/orders.csv' },
  { name: 'tsv-boats', path: 'test/fixtures/csv/boats.tsv' },
  { name: 'html-news-page', path: 'test/fixtures/html/news-page.html' },
  { name: 'rss-feed', path: 'test/fixtures/feed/rss2.xml' },
  { name: 'atom-feed', path: 'test/fixtures/feed/atom.xml' },
];

describe('reader golden files', () => {
  for (const c of CASES) {
    const run = existsSync(c.path) ? it : it.skip;
    run(c.name, async () => {
      const actual = await readFile(c.path);
      const goldenPath = `test/golden/readers/${c.name}.json`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});
