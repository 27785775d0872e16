import { openStore } from '../src/kb/sqlite/sqlite-knowledge-base.js';
import { SyntheticClaims } from './synthetic-claims.js';

/*
 * tsx bench/kb-tail.ts STORE FROM COUNT [--batch B] [--seed X]
 * Ingest into a store an earlier `kb-bench --kb-keep` run left: synthetic articles [FROM, FROM+COUNT)
 * through `storeExtractions`, B at a time, each batch's rate printed. For profiling the writer at size
 * (run it under `node --cpu-prof --import tsx`) without growing a store again.
 */
const [path, fromArg, countArg] = process.argv.slice(2);
if (!path || !fromArg || !countArg) {
  process.stderr.write('usage: tsx bench/kb-tail.ts STORE FROM COUNT [--batch B] [--seed X]\n');
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const batch = option('batch', 2_000);
const generator = new SyntheticClaims({ seed: option('seed', 20_250_101) });
const store = openStore(path);
const from = Number(fromArg);
const to = from + Number(countArg);
let total = 0;
for (let at = from; at < to; at += batch) {
  const items = Array.from({ length: Math.min(batch, to - at) }, (_, k) => generator.article(at + k));
  const started = performance.now();
  store.knowledge.storeExtractions(items, 'bench');
  const ms = performance.now() - started;
  total += ms;
  process.stderr.write(`${at + items.length}: ${Math.round(items.length / (ms / 1000))} articles/s\n`);
}
process.stdout.write(`${Math.round((to - from) / (total / 1000))} articles/s over ${to - from} articles\n`);
await store.close();
