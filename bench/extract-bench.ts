import { mkdirSync, writeFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createMentionPipeline } from '../src/extract/configuration.js';
import { runPipeline } from '../src/extract/pipeline.js';
import { syntheticArticle } from './synthetic-corpus.js';

/*
 * npm run bench (second part) [-- --extract-articles N]
 * The mention layer's throughput next to a bare wink-nlp readDoc pass (its full default pipeline) over
 * the same synthetic articles in the same run, their ratio, and peak memory.
 * Results: bench/results/extract.json.
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const count = arg('extract-articles', 5_000);
const articles = Array.from({ length: count }, (_, i) => {
  const a = syntheticArticle(i);
  return { id: a.id, text: a.text, published: a.published };
});
const chars = articles.reduce((n, a) => n + a.text.length, 0);
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
let peakRss = process.memoryUsage().rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

const nlp = winkNLP(model);
const pipeline = createMentionPipeline();
// Warm both up first (model pages, regex compilation, JIT) so the timed passes compare steady states.
for (const a of articles.slice(0, 300)) {
  nlp.readDoc(a.text);
  runPipeline(pipeline, a);
}
let tokens = 0;
let started = performance.now();
for (const [i, a] of articles.entries()) {
  tokens += nlp.readDoc(a.text).tokens().length();
  if (i % 500 === 0) sample();
}
const winkSeconds = (performance.now() - started) / 1000;

let mentions = 0;
started = performance.now();
for (const [i, a] of articles.entries()) {
  mentions += runPipeline(pipeline, a).mentions.length;
  if (i % 500 === 0) sample();
}
const layerSeconds = (performance.now() - started) / 1000;
sample();

const result = {
  when: new Date().toISOString(),
  node: process.version,
  articles: count,
  megabytes: mb(chars),
  tokens,
  bareWink: {
    seconds: round(winkSeconds),
    articlesPerSecond: Math.round(count / winkSeconds),
    tokensPerSecond: Math.round(tokens / winkSeconds),
  },
  mentionLayer: {
    seconds: round(layerSeconds),
    articlesPerSecond: Math.round(count / layerSeconds),
    tokensPerSecond: Math.round(tokens / layerSeconds),
    mentionsPerArticle: round(mentions / count),
  },
  ratio: round(winkSeconds / layerSeconds),
  peakRssMb: mb(peakRss),
};
process.stdout.write(
  `bare wink readDoc: ${result.bareWink.articlesPerSecond.toLocaleString('en')} articles/s, ${result.bareWink.tokensPerSecond.toLocaleString('en')} tokens/s\n` +
    `mention layer:     ${result.mentionLayer.articlesPerSecond.toLocaleString('en')} articles/s, ${result.mentionLayer.tokensPerSecond.toLocaleString('en')} tokens/s, ` +
    `${result.mentionLayer.mentionsPerArticle} mentions/article\n` +
    `ratio (layer/wink throughput): ${result.ratio} · peak RSS ${result.peakRssMb} MB · ${count.toLocaleString('en')} articles, ${tokens.toLocaleString('en')} tokens\n`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/extract.json', `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write('written to bench/results/extract.json\n');

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
