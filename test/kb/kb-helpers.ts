import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMentionPipeline } from '../../src/extract/configuration.js';
import { extractorVersion } from '../../src/extract/extractor-version.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { extractSaved } from '../../src/kb/extract-and-store.js';
import { openStore, type Store } from '../../src/kb/sqlite/sqlite-knowledge-base.js';

export const KB_CORPUS = fileURLToPath(new URL('../fixtures/kb/corpus.jsonl', import.meta.url));

const pipeline = createMentionPipeline();

/** A fresh store file in a temporary directory, removed by `dispose`. */
export function tempStore(): { store: Store; path: string; dispose: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'armstrace-kb-'));
  const path = join(dir, 'kb.db');
  const store = openStore(path);
  return {
    store,
    path,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ingests the paths into the store and extracts what was stored, as `armstrace ingest` does. */
export async function ingestAndExtract(store: Store, paths: readonly string[]): Promise<void> {
  await ingestPaths(
    paths,
    store.articles,
    {},
    {
      onBatch: (articles, outcomes) => {
        extractSaved(store.knowledge, pipeline, articles, outcomes, extractorVersion());
      },
    },
  );
}

export { pipeline };
