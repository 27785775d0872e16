import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/api/app.js';
import type { Article } from '../src/core/article.js';
import { newWorkSet } from '../src/kb/sqlite/kb-writer.js';
import { openStore } from '../src/kb/sqlite/sqlite-knowledge-base.js';
import { SyntheticClaims } from './synthetic-claims.js';

/*
 * npm run bench (last part) [-- --api-articles N --api-seconds S --api-connections C]
 * The HTTP API under load on loopback: a store of N synthetic articles (stored, full-text indexed, and their
 * synthetic extractions in the knowledge base, bulk-loaded), the API on 127.0.0.1, autocannon driving
 * search and actor-profile requests for S seconds each with C connections. Reports requests/s, latency
 * percentiles and errors to bench/results/api.json.
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const count = arg('api-articles', 100_000);
const seconds = arg('api-seconds', 30);
const connections = arg('api-connections', 10);
const dir = mkdtempSync(join(tmpdir(), 'armstrace-api-bench-'));
const path = join(dir, 'api.db');
const log = (s: string) => process.stderr.write(`${s}\n`);

const gen = new SyntheticClaims();
const store = openStore(path);
const started = performance.now();
const work = newWorkSet();
const batch = 2_000;
for (let from = 0; from < count; from += batch) {
  const items = [];
  const articles: Article[] = [];
  for (let i = from; i < Math.min(count, from + batch); i++) {
    const item = gen.article(i);
    const a = item.article;
    articles.push({
      id: a.id,
      title: a.title,
      published: a.published,
      section: null,
      outlet: a.outlet,
      url: a.url,
      language: 'en',
      text: a.text,
      origin: { source: 'bench', format: 'jsonl', fields: {} },
      warnings: [],
      contentHash: createHash('sha256').update(`${a.title}\n${a.text}`).digest('hex'),
    });
    items.push(item);
  }
  await store.articles.saveArticles(articles);
  store.knowledge.storeDeferred(items, 'bench', work);
  if ((from / batch) % 10 === 9) log(`stored ${(from + batch).toLocaleString('en')} articles`);
}
store.knowledge.settle(work, 5_000, (done, total) => {
  if (done === total || done % 50_000 === 0)
    log(`assertions: ${done.toLocaleString('en')}/${total.toLocaleString('en')} groups`);
});
const buildSeconds = (performance.now() - started) / 1000;
const size = statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
log(
  `store: ${count.toLocaleString('en')} articles in ${buildSeconds.toFixed(0)}s, ${(size / 1e6).toFixed(0)} MB`,
);

const app = await buildApp({ store, rateLimit: 1_000_000_000 });
const url = await app.listen({ host: '127.0.0.1', port: 0 });

// What analysts search for, and actors drawn from those that take part in assertions.
const words = [
  'missiles',
  'drones',
  'tanks',
  '"fighter jets"',
  'sanctions',
  'delivery',
  'smuggling',
  'rockets',
  'artillery',
  'helicopters',
];
const actors = gen
  .actors()
  .map((a) => a.id)
  .filter((id) => (store.knowledge.reader.profile(id, 1)?.timeline.length ?? 0) > 0);
let k = 0;
const next = (list: readonly string[]) => list[k++ % list.length] as string;

async function drive(name: string, paths: () => string) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
  });
  const figures = {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  log(
    `${name}: ${figures.requestsPerSecond.toLocaleString('en')} requests/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, ${figures.errors} errors, ${figures.non2xx} non-2xx`,
  );
  return figures;
}

const search = await drive(
  'search',
  () => `/api/search?q=${encodeURIComponent(`${next(words)} ${next(words)}`)}&limit=10`,
);
const actor = await drive('actor page', () => `/api/actors/${encodeURIComponent(next(actors))}`);
await app.close();
await store.close();
if (process.env.ARMSTRACE_BENCH_KEEP) log(`kept ${path}`);
else rmSync(dir, { recursive: true, force: true });

const results = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemoryMb: Math.round(totalmem() / 1e6) },
  node: process.version,
  store: { articles: count, buildSeconds: Math.round(buildSeconds), megabytes: Math.round(size / 1e6) },
  load: { seconds, connections },
  search,
  actor,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/api.json', `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
if (search.errors + search.non2xx + actor.errors + actor.non2xx > 0) process.exitCode = 1;
