import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../core/article.js';
import type { InputProblem } from '../core/problem.js';
import type { ArticleRepository, SaveOutcome } from '../store/article-repository.js';
import { ingestPaths } from './ingest.js';
import type { InputSource } from './input-source.js';
import type { ReadOptions } from './reader.js';
import { textReader } from './readers/text-reader.js';

/** Just enough of a repository for ingestPaths: it records each batch saved. */
function memoryRepository(fail = false) {
  const batches: Article[][] = [];
  const repository = {
    async saveArticles(articles: readonly Article[]): Promise<SaveOutcome[]> {
      if (fail) throw new Error('disk I/O error');
      batches.push([...articles]);
      return articles.map((a) => ({ id: a.id, version: 1, status: 'inserted' as const }));
    },
  } as unknown as ArticleRepository;
  return { repository, batches };
}

const body = (n: number) =>
  `Report ${n}\n\nThe navy has ordered ${n} new patrol boats from the national shipyard.\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'armstrace-ingest-'));
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), body(n));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestPaths', () => {
  it('reports a reader that throws as one problem and goes on, the pending batch still saved', async () => {
    const read = textReader.read.bind(textReader);
    vi.spyOn(textReader, 'read').mockImplementation(async function* (
      source: InputSource,
      options: ReadOptions,
    ) {
      yield* read(source, options);
      if (source.name.endsWith('2.txt'))
        throw new TypeError("Cannot read properties of null (reading 'x')\n    at …");
    });
    const { repository, batches } = memoryRepository();
    const problems: InputProblem[] = [];
    const summary = await ingestPaths(
      [dir],
      repository,
      { batchSize: 100 },
      { onProblem: (p) => problems.push(p) },
    );
    expect(problems).toEqual([
      {
        code: 'unreadable',
        source: join(dir, '2.txt'),
        message: "unexpected error reading: Cannot read properties of null (reading 'x')",
      },
    ]);
    expect(summary).toMatchObject({ sources: 3, inserted: 3, failed: 1 });
    expect(batches.flat().map((a) => a.title)).toEqual(['Report 1', 'Report 2', 'Report 3']);
  });

  it("still throws when the store fails: that is not the input's fault", async () => {
    const { repository } = memoryRepository(true);
    await expect(ingestPaths([dir], repository, { batchSize: 2 })).rejects.toThrow('disk I/O error');
  });
});
