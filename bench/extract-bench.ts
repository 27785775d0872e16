import { mkdirSync, writeFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Article } from '../src/core/article.js';
import { createMentionPipeline } from '../src/extract/configuration.js';
import { extractArticle } from '../src/extract/extraction.js';
import { runPipeline } from '../src/extract/pipeline.js';
import { syntheticArticle } from './synthetic-corpus.js';

/*
 * npm run bench (second part) [-- --extract-articles N --extract-rounds R]
 * The mention layer's throughput next to a bare wink-nlp readDoc pass (its full default pipeline) over
 * the same synthetic articles in the same run, their ratio, and peak memory; then full extraction (mention
 * layer over body and headline + claim layer, the contract object) on the same articles and on ~600-word
 * articles (five synthetic bodies under one headline), beside wink on those. The passes alternate for R
 * rounds and each reports its median round, so one noisy moment on a shared machine does not decide a
 * figure. Results: bench/results/extract.json.
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const count = arg('extract-articles', 5_000);
const rounds = arg('extract-rounds', 3);
const articles = Array.from({ length: count }, (_, i) => {
  const a = syntheticArticle(i);
  return { id: a.id, text: a.text, published: a.published };
});
const chars = articles.reduce((n, a) => n + a.text.length, 0);
const asArticle = (a: ReturnType<typeof syntheticArticle>, text = a.text): Article => ({
  id: a.id,
  title: a.title ?? '',
  published: a.published,
  section: null,
  outlet: null,
  url: null,
  language: 'en',
  text,
  origin: { source: 'bench', format: 'jsonl', fields: {} },
  warnings: [],
  contentHash: a.id,
});
const full = Array.from({ length: count }, (_, i) => asArticle(syntheticArticle(i)));
const longCount = Math.max(1, Math.round(count / 8));
const long = Array.from({ length: longCount }, (_, i) => {
  const parts = [0, 1, 2, 3, 4].map((k) => syntheticArticle(count + i * 5 + k));
  return asArticle(parts[0] as ReturnType<typeof syntheticArticle>, parts.map((p) => p.text).join('\n\n'));
});
const longWords = long.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / longCount;
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
let mentions = 0;
let claims = 0;
const winkRounds: number[] = [];
const layerRounds: number[] = [];
const fullRounds: number[] = [];
const longWinkRounds: number[] = [];
const longFullRounds: number[] = [];
for (let r = 0; r < rounds; r++) {
  tokens = 0;
  let started = performance.now();
  for (const [i, a] of articles.entries()) {
    tokens += nlp.readDoc(a.text).tokens().length();
    if (i % 500 === 0) sample();
  }
  winkRounds.push((performance.now() - started) / 1000);

  mentions = 0;
  started = performance.now();
  for (const [i, a] of articles.entries()) {
    mentions += runPipeline(pipeline, a).mentions.length;
    if (i % 500 === 0) sample();
  }
  layerRounds.push((performance.now() - started) / 1000);

  claims = 0;
  started = performance.now();
  for (const [i, a] of full.entries()) {
    claims += extractArticle(pipeline, a).claims.length;
    if (i % 500 === 0) sample();
  }
  fullRounds.push((performance.now() - started) / 1000);

  started = performance.now();
  for (const a of long) nlp.readDoc(a.text).tokens().length();
  longWinkRounds.push((performance.now() - started) / 1000);
  started = performance.now();
  for (const a of long) extractArticle(pipeline, a);
  longFullRounds.push((performance.now() - started) / 1000);
  sample();
}
const fullSeconds = median(fullRounds);
const longWinkSeconds = median(longWinkRounds);
const longFullSeconds = median(longFullRounds);
const winkSeconds = median(winkRounds);
const layerSeconds = median(layerRounds);

const result = {
  when: new Date().toISOString(),
  node: process.version,
  articles: count,
  rounds,
  megabytes: mb(chars),
  tokens,
  bareWink: {
    seconds: round(winkSeconds),
    articlesPerSecond: Math.round(count / winkSeconds),
    tokensPerSecond: Math.round(tokens / winkSeconds),
    roundSeconds: winkRounds.map(round),
  },
  mentionLayer: {
    seconds: round(layerSeconds),
    articlesPerSecond: Math.round(count / layerSeconds),
    tokensPerSecond: Math.round(tokens / layerSeconds),
    mentionsPerArticle: round(mentions / count),
    roundSeconds: layerRounds.map(round),
  },
  fullExtraction: {
    seconds: round(fullSeconds),
    articlesPerSecond: Math.round(count / fullSeconds),
    tokensPerSecond: Math.round(tokens / fullSeconds),
    claimsPerArticle: round(claims / count),
    roundSeconds: fullRounds.map(round),
  },
  longArticles: {
    articles: longCount,
    wordsPerArticle: Math.round(longWords),
    bareWinkArticlesPerSecond: Math.round(longCount / longWinkSeconds),
    fullExtractionArticlesPerSecond: Math.round(longCount / longFullSeconds),
    target: 300,
  },
  ratio: round(winkSeconds / layerSeconds),
  roundRatios: winkRounds.map((w, i) => round(w / (layerRounds[i] as number))),
  peakRssMb: mb(peakRss),
};
process.stdout.write(
  `bare wink readDoc: ${result.bareWink.articlesPerSecond.toLocaleString('en')} articles/s, ${result.bareWink.tokensPerSecond.toLocaleString('en')} tokens/s\n` +
    `mention layer:     ${result.mentionLayer.articlesPerSecond.toLocaleString('en')} articles/s, ${result.mentionLayer.tokensPerSecond.toLocaleString('en')} tokens/s, ` +
    `${result.mentionLayer.mentionsPerArticle} mentions/article\n` +
    `ratio (layer/wink throughput): ${result.ratio} (rounds: ${result.roundRatios.join(', ')}) · peak RSS ${result.peakRssMb} MB · ` +
    `${count.toLocaleString('en')} articles × ${rounds} rounds, ${tokens.toLocaleString('en')} tokens\n` +
    `full extraction:   ${result.fullExtraction.articlesPerSecond.toLocaleString('en')} articles/s, ${result.fullExtraction.tokensPerSecond.toLocaleString('en')} tokens/s, ` +
    `${result.fullExtraction.claimsPerArticle} claims/article\n` +
    `~${result.longArticles.wordsPerArticle}-word articles (one core): full extraction ${result.longArticles.fullExtractionArticlesPerSecond} articles/s ` +
    `(target ${result.longArticles.target}), bare wink ${result.longArticles.bareWinkArticlesPerSecond} articles/s\n`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/extract.json', `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write('written to bench/results/extract.json\n');

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
