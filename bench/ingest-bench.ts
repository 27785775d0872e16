import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/ingest.js';
import { openSqliteRepository } from '../src/store/sqlite/sqlite-article-repository.js';
import { writeDumpCorpus, writeJsonlCorpus } from './synthetic-corpus.js';

/*
 * npm run bench [-- --articles N --dump-files M]
 * Generates a synthetic corpus (JSONL and one-file-per-article dumps), ingests it into a fresh SQLite
 * store, and reports articles/s and memory: peak RSS, and RSS/heap at each quarter of the run, which
 * should stay flat as the corpus grows (streaming, not slurping). Results: bench/results/ingest.json.
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const articles = arg('articles', 100_000);
const dumpFiles = arg('dump-files', 5_000);
const dir = mkdtempSync(join(tmpdir(), 'armstrace-bench-'));
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

try {
  process.stderr.write(
    `generating ${articles.toLocaleString('en')} JSONL articles and ${dumpFiles.toLocaleString('en')} dump files in ${dir}…\n`,
  );
  const jsonlBytes = await writeJsonlCorpus(join(dir, 'corpus.jsonl'), articles);
  const dumpBytes = await writeDumpCorpus(join(dir, 'dumps'), dumpFiles, articles);

  const results: Record<string, unknown>[] = [];
  for (const [label, path, count, bytes] of [
    ['jsonl', join(dir, 'corpus.jsonl'), articles, jsonlBytes],
    ['dump files', join(dir, 'dumps'), dumpFiles, dumpBytes],
  ] as const) {
    const db = join(dir, `${label.replace(' ', '-')}.db`);
    const repository = openSqliteRepository(db);
    global.gc?.();
    let peakRss = process.memoryUsage().rss;
    const checkpoints: { articles: number; rssMb: number; heapMb: number }[] = [];
    const quarter = Math.max(1, Math.floor(count / 4));
    let saved = 0;
    const started = performance.now();
    const summary = await ingestPaths(
      [path],
      repository,
      {},
      {
        onSaved() {
          saved++;
          if (saved % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
          if (saved % quarter === 0) {
            const m = process.memoryUsage();
            checkpoints.push({ articles: saved, rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
          }
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    await repository.close();
    const result = {
      input: label,
      articles: summary.inserted,
      failed: summary.failed,
      inputMb: mb(bytes),
      seconds: Math.round(seconds * 100) / 100,
      articlesPerSecond: Math.round(summary.inserted / seconds),
      mbPerSecond: Math.round((mb(bytes) / seconds) * 10) / 10,
      peakRssMb: mb(peakRss),
      storeMb: mb(statSync(db).size),
      memoryByProgress: checkpoints,
    };
    results.push(result);
    process.stdout.write(
      `${label.padEnd(10)} ${result.articles.toLocaleString('en').padStart(8)} articles in ${result.seconds}s: ` +
        `${result.articlesPerSecond.toLocaleString('en')} articles/s (${result.mbPerSecond} MB/s), peak RSS ${result.peakRssMb} MB, ` +
        `RSS by quarter ${checkpoints.map((c) => c.rssMb).join(' → ')} MB\n`,
    );
  }
  const report = { when: new Date().toISOString(), node: process.version, results };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/ingest.json', `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write('written to bench/results/ingest.json\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
