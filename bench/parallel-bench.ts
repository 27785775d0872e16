import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticArticle, writeJsonlCorpus } from './synthetic-corpus.js';

/*
 * npm run bench (third part) [-- --parallel-articles N]
 * `armstrace extract` over a synthetic JSONL corpus at --jobs 1 (in this thread), 2 and every core: the
 * reader, the ordered pool and JSONL output as the CLI runs them, from the build (dist/, built first by
 * npm run bench) so that workers start as they do for users. Each setting runs in a fresh process, for a
 * clean peak RSS (getrusage's maxRSS: every thread of the process). Also the cost of setting up one
 * pipeline, which every worker pays: loading the code and wink's model, reading and validating the
 * gazetteer, building its token trie. Results: bench/results/parallel.json.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/extract/parallel/extraction-pool.js');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (n: number) => Math.round(n * 100) / 100;

interface Run {
  jobs: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU time of every thread, and over wall time: the cores the run really had (other load shows here). */
  cpuSeconds: number;
  coresUsed: number;
  peakRssMb: number;
  workers: { readyMs: number; pipelineMs: number }[];
}

if (process.argv.includes('--child')) await child();
else if (process.argv.includes('--setup')) await setupChild();
else await parent();

/** One setting, in its own process: prints a Run as JSON. */
async function child(): Promise<void> {
  const jobs = arg('jobs', 1);
  const corpus = process.argv[process.argv.length - 1] as string;
  type Pool = typeof import('../src/extract/parallel/extraction-pool.js');
  type Ordered = typeof import('../src/extract/parallel/ordered.js');
  type Ingest = typeof import('../src/ingest/ingest.js');
  type Input = typeof import('../src/ingest/input-source.js');
  type Reader = typeof import('../src/ingest/reader.js');
  const dist = (path: string) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
  const { openExtractionPool } = (await dist('extract/parallel/extraction-pool.js')) as Pool;
  const { mapOrdered } = (await dist('extract/parallel/ordered.js')) as Ordered;
  const { readSource } = (await dist('ingest/ingest.js')) as Ingest;
  const { fileSource } = (await dist('ingest/input-source.js')) as Input;
  const { DEFAULT_READ_OPTIONS } = (await dist('ingest/reader.js')) as Reader;

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const pool = openExtractionPool({ jobs, serialize: true });
  async function* articles() {
    for await (const r of readSource(fileSource(corpus), DEFAULT_READ_OPTIONS)) if (r.ok) yield r.value;
  }
  let count = 0;
  let bytes = 0;
  for await (const outcome of mapOrdered(articles(), (a) => pool.extract(a), pool.window)) {
    if (!outcome.ok) throw new Error(outcome.message);
    count++;
    bytes += outcome.value.length + 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await pool.close();
  const run: Run = {
    jobs,
    articles: count,
    seconds: round(seconds),
    articlesPerSecond: Math.round(count / seconds),
    cpuSeconds: round(cpuSeconds),
    coresUsed: round(cpuSeconds / seconds),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    workers: pool.startups().map((s) => ({
      readyMs: s.ms,
      pipelineMs: (s.info as { pipelineMs: number }).pipelineMs,
    })),
  };
  process.stdout.write(`${JSON.stringify({ ...run, outputMb: mb(bytes) })}\n`);
}

/** What one pipeline costs to set up, in a fresh process: what each worker does before its first article. */
async function setupChild(): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };
  type ExtractOne = typeof import('../src/extract/parallel/extract-one.js');
  type Gazetteers = typeof import('../src/extract/gazetteer/gazetteer.js');
  type Configuration = typeof import('../src/extract/configuration.js');
  const { extractOne } = (await import(
    pathToFileURL(join(ROOT, 'dist/extract/parallel/extract-one.js')).href
  )) as ExtractOne;
  const { Gazetteer, loadGazetteer } = (await import(
    pathToFileURL(join(ROOT, 'dist/extract/gazetteer/gazetteer.js')).href
  )) as Gazetteers;
  const { createMentionPipeline } = (await import(
    pathToFileURL(join(ROOT, 'dist/extract/configuration.js')).href
  )) as Configuration;
  const loadMs = lap();
  const gazetteer = loadGazetteer();
  const gazetteerMs = lap();
  const pipeline = createMentionPipeline(gazetteer);
  const pipelineMs = lap();
  // The same entries again: the index and the token trie alone (warm, so a lower bound).
  new Gazetteer(gazetteer.entries);
  const trieMs = lap();
  const { id, title, published, outlet, text } = syntheticArticle(0);
  const article = {
    ...{ id, title, published, outlet, text, section: null, url: null, language: 'en' },
    origin: { source: 'bench', format: 'jsonl' as const, fields: {} },
    warnings: [],
    contentHash: id,
  };
  lap();
  extractOne(pipeline, article, { explain: false, serialize: true });
  const firstArticleMs = lap();
  process.stdout.write(
    `${JSON.stringify({
      loadMs,
      gazetteerMs,
      pipelineMs,
      trieMs,
      entries: gazetteer.entries.length,
      firstArticleMs,
      rssMb: mb(process.memoryUsage().rss - rssBefore),
    })}\n`,
  );
}

async function parent(): Promise<void> {
  if (!existsSync(DIST)) {
    process.stderr.write('dist/ is missing: run npm run build first (npm run bench does)\n');
    process.exit(1);
  }
  const count = arg('parallel-articles', 5_000);
  const cores = availableParallelism();
  const settings = [...new Set([1, 2, cores])];
  const dir = mkdtempSync(join(tmpdir(), 'armstrace-parallel-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeJsonlCorpus(corpus, count);
    const setup = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--setup'], {
        encoding: 'utf8',
      }),
    );
    const runs: Run[] = [];
    for (const jobs of settings) {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--jobs', String(jobs), corpus],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (result.status !== 0) throw new Error(`--jobs ${jobs} failed: ${result.stderr}`);
      const run = JSON.parse(result.stdout) as Run;
      runs.push(run);
      const speedup = round(run.articlesPerSecond / (runs[0] as Run).articlesPerSecond);
      const workers = run.workers.length
        ? ` · ${run.workers.length} workers ready after ${run.workers.map((w) => w.readyMs).join('/')} ms`
        : ' · in this thread';
      process.stdout.write(
        `--jobs ${String(jobs).padEnd(3)} ${run.articlesPerSecond.toLocaleString('en').padStart(6)} articles/s ×${speedup} ` +
          `(${run.seconds}s for ${run.articles.toLocaleString('en')}, ${run.coresUsed} cores busy) · ` +
          `peak RSS ${run.peakRssMb} MB${workers}\n`,
      );
    }
    const base = runs[0] as Run;
    const result = {
      when: new Date().toISOString(),
      node: process.version,
      cores,
      articles: count,
      setup,
      runs: runs.map((r) => ({ ...r, speedup: round(r.articlesPerSecond / base.articlesPerSecond) })),
    };
    process.stdout.write(
      `one pipeline's setup (each worker's, before its first article): ${setup.loadMs} ms loading the code and ` +
        `wink's model, ${setup.gazetteerMs} ms reading, validating and indexing the gazetteer ` +
        `(${setup.entries.toLocaleString('en')} entries; the token trie alone ~${setup.trieMs} ms), ` +
        `${setup.firstArticleMs} ms the first article; ` +
        `+${setup.rssMb} MB RSS\n`,
    );
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/parallel.json', `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write('written to bench/results/parallel.json\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
