import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Stage } from '../src/extract/claims/claim.js';
import { ITEM_CATEGORIES } from '../src/extract/gazetteer/entry.js';
import { analyseNetwork } from '../src/kb/network/network-metrics.js';
import { buildSupplyGraph } from '../src/kb/network/supply-graph.js';
import type { AssertionFilter, KnowledgeReader } from '../src/kb/sqlite/kb-reader.js';
import { newWorkSet } from '../src/kb/sqlite/kb-writer.js';
import { openStore, type Store, type StoredExtraction } from '../src/kb/sqlite/sqlite-knowledge-base.js';
import { mulberry32, SyntheticClaims } from './synthetic-claims.js';

/*
 * tsx bench/kb-bench.ts [--kb-articles N] [--kb-batch B] [--kb-tail T] [--kb-queries Q]
 *                       [--kb-full-network-timeout S] [--kb-progress P] [--kb-seed X] [--kb-keep]
 *                       [--kb-reuse PATH] [--kb-no-network]
 * The knowledge base at scale: grows a fresh store to N synthetic articles' worth of extractions
 * (bench/synthetic-claims.ts: no NLP; default 1,000,000), then reports the ingest rate, the database size
 * and row counts, and the latency (p50/p95/p99/max) of what analysts ask: an actor's profile (Q actors
 * drawn uniformly from those in assertions, and the 10 most frequent), filtered transfers, an actor's
 * timeline, and the supply network of one year and of one supplier's ego network. The full network is
 * built once, in a child process killed after S seconds (default 900; 0 skips it). Targets: p95 < 100 ms
 * for profiles and filtered transfers. Results: bench/results/kb.json. The store is deleted at the end
 * unless --kb-keep.
 *
 * Ingest: the last T articles (default 10,000; T = N for all of them) go through `storeExtractions` in
 * batches of B (default 2,000), the way `armstrace ingest` stores them: their rate is the ingest rate at
 * that size of store. `storeExtractions` rebuilds every assertion group a batch touches from all of its
 * claims, so a batch costs more as the busiest groups grow, and growing a store to a million articles
 * that way takes hours. The first N − T articles are therefore bulk-loaded: each stored with the store's
 * writer (`storeDeferred`, transactions of B articles), and the assertions of all groups
 * built once at the end. That gives the same rows, as the writer's result does not depend on the order
 * in which articles arrive.
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const TARGET_MS = 100;
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0);

// ---------------------------------------------------------------------------------------------------
// Child mode: the full network, measured in its own process (it may run long or out of memory).

const childIndex = process.argv.indexOf('--kb-network-child');
if (childIndex > 0) {
  const store = openStore(process.argv[childIndex + 1] as string, { readonly: true });
  try {
    const result = network(store.knowledge.reader, {});
    process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: mb(process.memoryUsage().rss) })}\n`);
  } finally {
    await store.close();
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------

const articles = arg('kb-articles', 1_000_000);
const batch = arg('kb-batch', 2_000);
const tail = Math.min(articles, arg('kb-tail', 10_000));
const queries = arg('kb-queries', 200);
const progressEvery = arg('kb-progress', 50_000);
const fullNetworkTimeout = arg('kb-full-network-timeout', 900);
const seed = arg('kb-seed', 20_250_101);
const keep = flag('kb-keep');
// --kb-no-network: latencies only (with --kb-reuse, a quick re-measure after a reader change).
const skipNetwork = flag('kb-no-network');

// --kb-reuse PATH: no ingest, the queries only, on a store an earlier run kept (never deleted).
const reuse = process.argv.includes('--kb-reuse')
  ? (process.argv[process.argv.indexOf('--kb-reuse') + 1] as string)
  : null;
const dir = reuse ? null : mkdtempSync(join(tmpdir(), 'armstrace-kb-bench-'));
const dbPath = reuse ?? join(dir as string, 'kb.db');
const resultsFile = reuse ? 'bench/results/kb-reuse.json' : 'bench/results/kb.json';
const log = (line: string) => process.stderr.write(`${line}\n`);
const storeMb = () => mb(fileSize(dbPath) + fileSize(`${dbPath}-wal`));

const generator = new SyntheticClaims({ seed });
let store: Store | null = null;
// A second connection for what the store does not expose: checkpoints, row counts of side tables, sizes.
let raw: Database.Database | null = null;
let claims = 0;
let peakRss = process.memoryUsage().rss;

interface ProgressPoint {
  phase: 'bulk' | 'rebuild' | 'storeExtractions';
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  storeMb: number;
  rssMb: number;
}
const progress: ProgressPoint[] = [];

/** Articles [from, to) as the store takes them; counts their claims. */
function generate(from: number, to: number): StoredExtraction[] {
  const items: StoredExtraction[] = [];
  for (let i = from; i < to; i++) {
    const item = generator.article(i);
    claims += item.extraction.claims.length;
    items.push(item);
  }
  return items;
}

function note(point: Omit<ProgressPoint, 'storeMb' | 'rssMb'>, extra = ''): void {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  const full = { ...point, storeMb: storeMb(), rssMb: mb(rss) };
  progress.push(full);
  log(
    `  [${point.phase}] ${point.articles.toLocaleString('en').padStart(9)} articles, ${point.seconds}s: ` +
      `${point.articlesPerSecond.toLocaleString('en')} articles/s so far${extra}, store ${full.storeMb.toLocaleString('en')} MB, RSS ${full.rssMb} MB`,
  );
}

/**
 * The first `count` articles, stored article by article with the store's own writer in transactions of
 * `batch`, their assertions built once at the end: the same rows as `storeExtractions` batch after batch
 * (the writer's result does not depend on the order articles arrive in), without rebuilding the busiest
 * assertions again in every batch.
 */
function bulkLoad(count: number) {
  const store = openStore(dbPath);
  try {
    const work = newWorkSet();
    let storeMs = 0;
    let generateMs = 0;
    const started = performance.now();
    let nextReport = progressEvery;
    for (let from = 0; from < count; from += batch) {
      const to = Math.min(count, from + batch);
      let t = performance.now();
      const items = generate(from, to);
      generateMs += performance.now() - t;
      t = performance.now();
      store.knowledge.storeDeferred(items, 'bench', work);
      storeMs += performance.now() - t;
      if (to >= nextReport || to === count) {
        nextReport += progressEvery;
        note({
          phase: 'bulk',
          articles: to,
          seconds: round((performance.now() - started) / 1000, 1),
          articlesPerSecond: Math.round(to / (storeMs / 1000)),
        });
      }
    }
    const groups = work.groups.size;
    const rebuildStarted = performance.now();
    let nextRebuildReport = Math.ceil(groups / 10);
    store.knowledge.settle(work, 5_000, (done, total) => {
      if (done < nextRebuildReport && done !== total) return;
      nextRebuildReport += Math.ceil(total / 10);
      const seconds = (performance.now() - rebuildStarted) / 1000;
      note(
        {
          phase: 'rebuild',
          articles: count,
          seconds: round(seconds, 1),
          articlesPerSecond: Math.round(count / ((storeMs + seconds * 1000) / 1000)),
        },
        ` (${done.toLocaleString('en')}/${total.toLocaleString('en')} assertion groups built)`,
      );
    });
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    const seconds = storeMs / 1000 + rebuildSeconds;
    return {
      articles: count,
      storeSeconds: round(storeMs / 1000, 1),
      rebuildSeconds: round(rebuildSeconds, 1),
      groups,
      generateSeconds: round(generateMs / 1000, 1),
      articlesPerSecond: Math.round(count / seconds),
    };
  } finally {
    void store.close();
  }
}

/** Articles [from, to) through `storeExtractions`, `batch` at a time: the rate at this size of store. */
function storeTail(knowledge: Store['knowledge'], from: number, to: number) {
  const startClaims = claims;
  const batches: { articles: number; seconds: number; articlesPerSecond: number }[] = [];
  let storeMs = 0;
  let generateMs = 0;
  const started = performance.now();
  for (let at = from; at < to; at += batch) {
    const end = Math.min(to, at + batch);
    let t = performance.now();
    const items = generate(at, end);
    generateMs += performance.now() - t;
    t = performance.now();
    knowledge.storeExtractions(items, 'bench');
    const ms = performance.now() - t;
    storeMs += ms;
    batches.push({
      articles: end,
      seconds: round(ms / 1000, 2),
      articlesPerSecond: Math.round((end - at) / (ms / 1000)),
    });
    if (
      to - from <= 50 * batch ||
      end - from >= (progress.filter((p) => p.phase === 'storeExtractions').length + 1) * progressEvery ||
      end === to
    )
      note(
        {
          phase: 'storeExtractions',
          articles: end,
          seconds: round((performance.now() - started) / 1000, 1),
          articlesPerSecond: Math.round((end - from) / (storeMs / 1000)),
        },
        ` (this batch ${batches.at(-1)?.articlesPerSecond.toLocaleString('en')}/s)`,
      );
  }
  const seconds = storeMs / 1000;
  return {
    articles: to - from,
    storeSizeAtStart: from,
    batch,
    storeSeconds: round(seconds, 1),
    generateSeconds: round(generateMs / 1000, 1),
    articlesPerSecond: Math.round((to - from) / seconds),
    claimsPerSecond: Math.round((claims - startClaims) / seconds),
    batches,
  };
}

try {
  // --- Ingest -------------------------------------------------------------------------------------
  const bulkCount = articles - tail;
  if (!reuse)
    log(
      `${articles.toLocaleString('en')} synthetic articles into ${dbPath}: ` +
        (bulkCount > 0
          ? `${bulkCount.toLocaleString('en')} bulk-loaded (assertions built once at the end), then the last ${tail.toLocaleString('en')} `
          : 'all ') +
        `through storeExtractions in batches of ${batch}…`,
    );
  const started = performance.now();
  const bulk = bulkCount > 0 && !reuse ? bulkLoad(bulkCount) : null;
  store = openStore(dbPath);
  const knowledge = store.knowledge;
  const reader = knowledge.reader;
  const stored = tail > 0 && !reuse ? storeTail(knowledge, bulkCount, articles) : null;
  const ingest = reuse
    ? null
    : {
        articles,
        claims,
        wallSeconds: round((performance.now() - started) / 1000, 1),
        bulk,
        storeExtractions: stored,
        peakRssMb: mb(peakRss),
        progress,
      };
  const storedArticles = reuse ? reader.stats().extracted : articles;

  const db = new Database(dbPath);
  raw = db;
  db.pragma('busy_timeout = 60000');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const sizeBytes = fileSize(dbPath) + fileSize(`${dbPath}-wal`);
  const size = {
    mb: mb(sizeBytes),
    walMb: mb(fileSize(`${dbPath}-wal`)),
    bytesPerArticle: Math.round(sizeBytes / storedArticles),
    tables: tableSizes(db),
  };
  let t = performance.now();
  const counts = {
    ...reader.stats(),
    ...Object.fromEntries(
      [
        'article_entities',
        'entity_aliases',
        'claim_entities',
        'assertion_roles',
        'assertion_items',
        'actor_links',
        'lsh_bands',
      ].map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
    ),
  };
  const countSeconds = round((performance.now() - t) / 1000, 1);
  log(
    `ingest: ${ingest ? describeIngest(ingest) : `none (reused ${dbPath})`}; store ${size.mb.toLocaleString('en')} MB; counted rows in ${countSeconds}s`,
  );

  // --- Query inputs ---------------------------------------------------------------------------------
  t = performance.now();
  const roleRows = db
    .prepare<[], { entity_id: string; role: string; n: number }>(
      `SELECT entity_id, role, count(*) AS n FROM assertion_roles GROUP BY entity_id, role`,
    )
    .all();
  const perActor = new Map<string, number>();
  const byRole = new Map<string, Map<string, number>>();
  for (const row of roleRows) {
    // Descriptions the extractor made ids for ("a trading company", one per article) are not actors.
    if (row.entity_id.startsWith('anon:')) continue;
    perActor.set(row.entity_id, (perActor.get(row.entity_id) ?? 0) + row.n);
    const roles = byRole.get(row.role) ?? new Map<string, number>();
    roles.set(row.entity_id, row.n);
    byRole.set(row.role, roles);
  }
  const rng = mulberry32(seed ^ 0x5eed);
  const topOf = (m: Map<string, number> | undefined, n: number) =>
    [...(m ?? [])]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([id, count]) => ({ id, assertions: count }));
  const uniform = (m: Map<string, number> | undefined, n: number): string[] => {
    const ids = [...(m ?? new Map()).keys()].sort();
    return Array.from({ length: n }, () => ids[Math.floor(rng() * ids.length)] as string);
  };
  const top10 = topOf(perActor, 10);
  const topSuppliers = topOf(byRole.get('supplier'), 10);
  const topRecipients = topOf(byRole.get('recipient'), 10);
  log(
    `query inputs: ${perActor.size.toLocaleString('en')} actors in assertions, ${byRole.get('supplier')?.size ?? 0} suppliers, ` +
      `${byRole.get('recipient')?.size ?? 0} recipients (${round((performance.now() - t) / 1000, 1)}s); most frequent: ` +
      top10
        .slice(0, 3)
        .map((a) => `${a.id} (${a.assertions.toLocaleString('en')})`)
        .join(', '),
  );

  // --- Latency ----------------------------------------------------------------------------------------
  const latency: Record<string, LatencyStats & { target?: number; note?: string }> = {};
  const measure = <T>(
    name: string,
    inputs: readonly T[],
    warmup: readonly T[],
    run: (x: T) => unknown,
    target?: number,
    note?: string,
  ) => {
    for (const x of warmup) run(x);
    const ms: number[] = [];
    for (const x of inputs) {
      const s = performance.now();
      run(x);
      ms.push(performance.now() - s);
    }
    latency[name] = { ...statsOf(ms), ...(target ? { target } : {}), ...(note ? { note } : {}) };
    log(`  ${name}: ${formatStats(latency[name])}`);
  };
  const warm = 10;
  const actorSample = uniform(perActor, queries + warm);
  const supplierSample = uniform(byRole.get('supplier'), queries + warm);
  const recipientSample = uniform(byRole.get('recipient'), queries + warm);
  const topIds = top10.map((a) => a.id);
  const transferBySupplier = (id: string): AssertionFilter => ({
    types: ['arms_transfer'],
    supplier: id,
    stages: ['delivery'] as Stage[],
    limit: 50,
  });
  const transferByRecipient = (id: string): AssertionFilter => ({
    types: ['arms_transfer'],
    recipient: id,
    since: '2015-01-01',
    limit: 50,
  });
  log('latency:');
  const split = <T>(xs: T[]) => [xs.slice(warm), xs.slice(0, warm)] as const;
  measure('profile (uniform actors)', ...split(actorSample), (id) => reader.profile(id), TARGET_MS);
  measure('profile (10 most frequent)', topIds, topIds.slice(0, 3), (id) => reader.profile(id), TARGET_MS);
  measure(
    'transfers supplier+delivery (uniform)',
    ...split(supplierSample),
    (id) => reader.assertions(transferBySupplier(id)),
    TARGET_MS,
  );
  measure(
    'transfers supplier+delivery (10 top suppliers)',
    topSuppliers.map((a) => a.id),
    topSuppliers.slice(0, 3).map((a) => a.id),
    (id) => reader.assertions(transferBySupplier(id)),
    TARGET_MS,
  );
  measure(
    'transfers recipient+since 2015 (uniform)',
    ...split(recipientSample),
    (id) => reader.assertions(transferByRecipient(id)),
    TARGET_MS,
  );
  measure(
    'transfers recipient+since 2015 (10 top recipients)',
    topRecipients.map((a) => a.id),
    topRecipients.slice(0, 3).map((a) => a.id),
    (id) => reader.assertions(transferByRecipient(id)),
    TARGET_MS,
  );
  const categoryRuns = Math.max(10, Math.round(queries / 10));
  measure(
    'transfers missiles+minSources 2',
    Array.from({ length: categoryRuns }, () => 'missiles'),
    ['missiles', 'missiles'],
    (category) =>
      reader.assertions({ types: ['arms_transfer'], itemCategory: category, minSources: 2, limit: 50 }),
    TARGET_MS,
  );
  measure(
    'transfers <category>+minSources 2 (all 16)',
    [...ITEM_CATEGORIES],
    ['small_arms'],
    (category) =>
      reader.assertions({ types: ['arms_transfer'], itemCategory: category, minSources: 2, limit: 50 }),
    TARGET_MS,
  );
  measure('timeline (uniform actors)', ...split(actorSample), (id) => reader.timeline(id));
  measure('timeline (10 most frequent)', topIds, topIds.slice(0, 3), (id) => reader.timeline(id));

  // --- Network ------------------------------------------------------------------------------------
  const networks: Record<string, unknown> = {};
  if (!skipNetwork) {
    log('network:');
    const yearRuns = Array.from({ length: 5 }, () =>
      network(reader, { since: '2024-01-01', until: '2024-12-31' }),
    );
    networks.year2024 = summarizeNetwork(yearRuns);
    log(`  2024 (${yearRuns.length} runs): ${describeNetwork(networks.year2024)}`);
    const egoRuns = supplierSample.slice(0, 5).map((id) => network(reader, { involving: id }));
    networks.egoUniform = summarizeNetwork(egoRuns);
    log(`  ego of a supplier (5 drawn uniformly): ${describeNetwork(networks.egoUniform)}`);
    const topSupplier = topSuppliers[0]?.id as string;
    const egoTopRuns = [0, 1, 2].map(() => network(reader, { involving: topSupplier }));
    networks.egoTopSupplier = { actor: topSupplier, ...summarizeNetwork(egoTopRuns) };
    log(`  ego of ${topSupplier} (3 runs): ${describeNetwork(networks.egoTopSupplier)}`);
    if (fullNetworkTimeout > 0) {
      log(`  full network (once, child process, timeout ${fullNetworkTimeout}s)…`);
      networks.full = fullNetwork(dbPath, fullNetworkTimeout);
      log(`  full network: ${JSON.stringify(networks.full)}`);
    }
  }

  // --- Report ---------------------------------------------------------------------------------------
  const report = {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      totalMemoryMb: mb(totalmem()),
      platform: `${platform()} ${release()}`,
    },
    node: process.version,
    sqlite: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    options: { articles: storedArticles, batch, tail, queries, seed, reused: reuse },
    ingest,
    size,
    counts,
    queryInputs: {
      actorsInAssertions: perActor.size,
      suppliers: byRole.get('supplier')?.size ?? 0,
      recipients: byRole.get('recipient')?.size ?? 0,
      mostFrequent: top10,
      topSuppliers,
      topRecipients,
    },
    latencyMs: latency,
    network: networks,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);

  const rows = Object.entries(latency).map(([name, s]) => [
    name,
    String(s.n),
    s.p50.toFixed(1),
    s.p95.toFixed(1),
    s.p99.toFixed(1),
    s.max.toFixed(1),
    s.target ? `< ${s.target}` : '',
    s.target ? (s.p95 < s.target ? 'ok' : 'MISS') : '',
  ]);
  process.stdout.write(
    `\nknowledge base at ${storedArticles.toLocaleString('en')} articles\n` +
      `ingest: ${ingest ? describeIngest(ingest) : `none (reused ${dbPath})`}\n` +
      `database: ${size.mb.toLocaleString('en')} MB (${size.bytesPerArticle.toLocaleString('en')} bytes/article, WAL checkpointed), ` +
      `${counts.assertions.toLocaleString('en')} assertions, ${counts.claims.toLocaleString('en')} claims, ` +
      `${counts.entities.toLocaleString('en')} entities, ${counts.stories.toLocaleString('en')} stories\n\n` +
      table(['query (ms)', 'n', 'p50', 'p95', 'p99', 'max', 'target p95', ''], rows) +
      `\nnetwork (ms, median of runs: input + graph + analysis = total):\n` +
      Object.entries(networks)
        .map(([name, n]) => `  ${name}: ${describeNetwork(n)}`)
        .join('\n') +
      `\nwritten to ${resultsFile}\n`,
  );
} finally {
  raw?.close();
  await store?.close();
  const total = fileSize(dbPath) + fileSize(`${dbPath}-wal`);
  if (keep || !dir) log(`kept the store: ${dbPath} (${mb(total).toLocaleString('en')} MB)`);
  else {
    log(`deleting the store ${dbPath} (${mb(total).toLocaleString('en')} MB)`);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------

function describeIngest(ingest: {
  bulk: { articlesPerSecond: number; storeSeconds: number; rebuildSeconds: number } | null;
  storeExtractions: {
    articles: number;
    storeSizeAtStart: number;
    batch: number;
    articlesPerSecond: number;
    claimsPerSecond: number;
  } | null;
}): string {
  const parts: string[] = [];
  const s = ingest.storeExtractions;
  if (s)
    parts.push(
      `storeExtractions ${s.articlesPerSecond.toLocaleString('en')} articles/s, ${s.claimsPerSecond.toLocaleString('en')} claims/s ` +
        `(${s.articles.toLocaleString('en')} articles in batches of ${s.batch} onto a store of ${s.storeSizeAtStart.toLocaleString('en')})`,
    );
  const b = ingest.bulk;
  if (b)
    parts.push(
      `bulk load ${b.articlesPerSecond.toLocaleString('en')} articles/s (${b.storeSeconds}s storing + ${b.rebuildSeconds}s building assertions once)`,
    );
  return parts.join('; ');
}

interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function statsOf(ms: readonly number[]): LatencyStats {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

function formatStats(s: LatencyStats | undefined): string {
  return s ? `p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms (n=${s.n})` : '—';
}

interface NetworkRun {
  inputMs: number;
  graphMs: number;
  analysisMs: number;
  totalMs: number;
  assertions: number;
  nodes: number;
  edges: number;
}

/** What `armstrace network` does: the transfer assertions matching the filter, the graph, its metrics. */
function network(reader: KnowledgeReader, filter: AssertionFilter): NetworkRun {
  const t0 = performance.now();
  const { assertions, entities } = reader.transferNetworkInput(filter);
  const t1 = performance.now();
  const graph = buildSupplyGraph(assertions, entities);
  const t2 = performance.now();
  const analysis = analyseNetwork(graph);
  const t3 = performance.now();
  return {
    inputMs: round(t1 - t0, 1),
    graphMs: round(t2 - t1, 1),
    analysisMs: round(t3 - t2, 1),
    totalMs: round(t3 - t0, 1),
    assertions: assertions.length,
    nodes: analysis.totals.nodes,
    edges: analysis.totals.edges,
  };
}

function summarizeNetwork(runs: readonly NetworkRun[]) {
  const median = (f: (r: NetworkRun) => number) => {
    const xs = runs.map(f).sort((a, b) => a - b);
    return xs[Math.floor((xs.length - 1) / 2)] as number;
  };
  return {
    runs: runs.length,
    medianMs: {
      input: median((r) => r.inputMs),
      graph: median((r) => r.graphMs),
      analysis: median((r) => r.analysisMs),
      total: median((r) => r.totalMs),
    },
    maxTotalMs: Math.max(...runs.map((r) => r.totalMs)),
    assertions: median((r) => r.assertions),
    nodes: median((r) => r.nodes),
    edges: median((r) => r.edges),
  };
}

function describeNetwork(n: unknown): string {
  const s = n as Partial<ReturnType<typeof summarizeNetwork>> & Partial<NetworkRun> & { error?: string };
  if (s.error) return s.error;
  if (s.medianMs)
    return (
      `${s.medianMs.input} + ${s.medianMs.graph} + ${s.medianMs.analysis} = ${s.medianMs.total} ms (max ${s.maxTotalMs}), ` +
      `${s.assertions?.toLocaleString('en')} assertions, ${s.nodes} nodes, ${s.edges} edges`
    );
  return (
    `${s.inputMs} + ${s.graphMs} + ${s.analysisMs} = ${s.totalMs} ms, ${s.assertions?.toLocaleString('en')} assertions, ` +
    `${s.nodes} nodes, ${s.edges} edges`
  );
}

/** The whole network, once, in a child process that is killed after `timeoutSeconds`. */
function fullNetwork(path: string, timeoutSeconds: number): Record<string, unknown> {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--kb-network-child', path],
    { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  const seconds = round((performance.now() - started) / 1000, 1);
  if (child.status === 0) {
    const line = child.stdout.trim().split('\n').at(-1) ?? '{}';
    return { ...(JSON.parse(line) as Record<string, unknown>), processSeconds: seconds };
  }
  const timedOut = child.signal === 'SIGTERM' && seconds >= timeoutSeconds;
  return {
    error: timedOut
      ? `did not finish within ${timeoutSeconds}s`
      : `failed (exit ${child.status}, signal ${child.signal}): ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    processSeconds: seconds,
  };
}

/** Bytes per table and index (with their indexes' names), largest first; null when dbstat is missing. */
function tableSizes(db: Database.Database): Record<string, number> | null {
  try {
    const rows = db
      .prepare<[], { name: string; bytes: number }>(
        'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
      )
      .all();
    return Object.fromEntries(rows.map((r) => [r.name, mb(r.bytes)]));
  } catch {
    return null;
  }
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
