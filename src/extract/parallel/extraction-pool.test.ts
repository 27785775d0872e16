import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../../test/helpers.js';
import type { Article } from '../../core/article.js';
import { EXTRACTION_WORKER, type ExtractionPool, openExtractionPool } from './extraction-pool.js';
import { mapOrdered } from './ordered.js';

const SEED = fileURLToPath(new URL('../../../samples/000_b07c66c74a7c42d3.txt', import.meta.url));

function article(id: string, text: string): Article {
  return {
    id,
    title: text.split('.')[0] ?? id,
    published: '2021-03-04',
    section: null,
    outlet: 'Example Wire',
    url: null,
    language: 'en',
    text,
    origin: { source: 'test.jsonl', format: 'jsonl', locator: `line ${id}`, fields: {} },
    warnings: [],
    contentHash: id,
  };
}

let articles: Article[];
beforeAll(async () => {
  articles = [
    ...(await readFile(SEED)).articles,
    article('1', 'Russia delivered two S-400 batteries to Turkey in July 2019, officials in Ankara said.'),
    article('2', 'The ministry said on Tuesday that the navy would buy four patrol boats for $120m.'),
    article('3', 'Hezbollah received anti-tank missiles from Iran through Syria, according to diplomats.'),
    article('4', 'A Cyprus-registered shipping firm carried 30 tons of artillery shells to Port Sudan.'),
  ];
});

async function extractAll<T>(pool: ExtractionPool<T>): Promise<T[]> {
  const out: T[] = [];
  try {
    for await (const outcome of mapOrdered(articles, (a) => pool.extract(a), pool.window)) {
      if (!outcome.ok) throw new Error(outcome.message);
      out.push(outcome.value);
    }
  } finally {
    await pool.close();
  }
  return out;
}

describe('openExtractionPool', () => {
  const inThread = { plain: [] as unknown[], serialized: [] as string[] };
  beforeAll(async () => {
    inThread.plain = await extractAll(openExtractionPool({ jobs: 1, explain: true }));
    inThread.serialized = await extractAll(openExtractionPool({ jobs: 1, serialize: true }));
  });

  it('extracts in this thread with jobs = 1, starting no worker', async () => {
    const pool = openExtractionPool({ jobs: 1 });
    expect(pool.window).toBe(1);
    await extractAll(pool);
    expect(pool.startups()).toEqual([]);
    expect(inThread.plain).toHaveLength(articles.length);
  });

  it('gives the same extractions, in input order, from worker threads', async () => {
    const pool = openExtractionPool({ jobs: 2, explain: true });
    const fromWorkers = await extractAll(pool);
    expect(fromWorkers).toEqual(inThread.plain);
    expect(JSON.stringify(fromWorkers)).toBe(JSON.stringify(inThread.plain));
    expect(pool.startups().length).toBeGreaterThanOrEqual(1);
    for (const s of pool.startups()) expect(s.info).toMatchObject({ pipelineMs: expect.any(Number) });
  });

  it('serializes in the workers to the same JSON text', async () => {
    const fromWorkers = await extractAll(openExtractionPool({ jobs: 3, serialize: true }));
    expect(fromWorkers).toEqual(inThread.serialized);
    expect(fromWorkers.map((s) => JSON.parse(s).article.id)).toEqual(articles.map((a) => a.id));
  });

  it('runs its worker from the build: the entry is a sibling in the module’s own language', () => {
    // Here (vitest, the sources) the entry is the .ts file; the built CLI runs the .js one next to the
    // built pool, which npm run build puts in dist/ (the CLI tests run it).
    expect(EXTRACTION_WORKER.pathname).toMatch(/\/src\/extract\/parallel\/extraction-worker\.ts$/);
    expect(existsSync(EXTRACTION_WORKER)).toBe(true);
    const built = new URL('../../../dist/extract/parallel/extraction-worker.js', import.meta.url);
    if (existsSync(new URL('../../../dist/cli/main.js', import.meta.url)))
      expect(existsSync(built)).toBe(true);
  });
});
