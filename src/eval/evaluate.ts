import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Article } from '../core/article.js';
import { createMentionPipeline } from '../extract/configuration.js';
import { extractArticle } from '../extract/extraction.js';
import { readSource, sourcesOf } from '../ingest/ingest.js';
import { DEFAULT_READ_OPTIONS } from '../ingest/reader.js';
import { loadGoldDir } from './gold.js';
import { type ArticleScore, type Predicted, scoreArticle } from './score.js';
import { type Ratios, ratios, type Totals, totalsOf } from './totals.js';

export interface EvalOptions {
  /** What gold `article.file` paths are relative to; default the gold directory's parent (`shared/`). */
  readonly corpusRoot?: string;
  /** The extractor under test; default armstrace's own (`extractArticle` over the mention pipeline). */
  readonly extract?: (article: Article) => Predicted;
}

export interface ArticleEval {
  /** The gold file's name. */
  readonly gold: string;
  /** `article.file` as the gold names it. */
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly score: ArticleScore;
  readonly ratios: Ratios;
}

/** A gold file that could not be read or whose article could not be found: one line naming the file. */
export interface EvalError {
  readonly file: string;
  readonly message: string;
}

export interface EvalReport {
  readonly goldDir: string;
  readonly corpusRoot: string;
  readonly articles: ArticleEval[];
  readonly errors: EvalError[];
  readonly totals: Totals;
}

/**
 * Scores the extractor against every gold file in a directory. Bad gold files and articles that cannot be
 * read are errors in the report; the others are scored. Totals cover the scored articles only.
 */
export async function evaluateGoldDir(goldDir: string, options: EvalOptions = {}): Promise<EvalReport> {
  const corpusRoot = options.corpusRoot ?? dirname(resolve(goldDir));
  const { golds, errors: goldErrors } = loadGoldDir(goldDir);
  const errors: EvalError[] = [...goldErrors];
  let extract = options.extract;
  const articles: ArticleEval[] = [];
  for (const { name, path, gold } of golds) {
    const articlePath = resolve(corpusRoot, gold.article.file);
    const found = await readArticle(articlePath, gold.article.id);
    if (!found.ok) {
      errors.push({ file: path, message: `article ${articlePath}: ${found.message}` });
      continue;
    }
    // The default extractor is built on first use: loading the NLP model is the slow part.
    if (!extract) {
      const pipeline = createMentionPipeline();
      extract = (article) => extractArticle(pipeline, article);
    }
    const score = scoreArticle(gold.claims, extract(found.article));
    articles.push({
      gold: name,
      file: gold.article.file,
      id: found.article.id,
      title: found.article.title,
      score,
      ratios: ratios(score.counts),
    });
  }
  return {
    goldDir,
    corpusRoot,
    articles,
    errors,
    totals: totalsOf(articles.map((a) => a.score)),
  };
}

/**
 * Reads a file as `armstrace extract` does and picks the article with the gold's id, else the file's only
 * article.
 */
async function readArticle(
  path: string,
  id: string,
): Promise<{ ok: true; article: Article } | { ok: false; message: string }> {
  let first: Article | undefined;
  let count = 0;
  const problems: string[] = [];
  // No stdin: a gold file never names `-`, and touching process.stdin would keep a test process alive.
  for await (const entry of sourcesOf([path], Readable.from([]))) {
    if (entry.kind === 'skipped') return { ok: false, message: `not read: ${entry.reason}` };
    if (entry.kind === 'missing') return { ok: false, message: entry.message };
    try {
      for await (const result of readSource(entry.input, DEFAULT_READ_OPTIONS)) {
        if (!result.ok) {
          const { locator, message } = result.problem;
          problems.push(locator ? `${locator}: ${message}` : message);
          continue;
        }
        if (result.value.id === id) return { ok: true, article: result.value };
        first ??= result.value;
        count++;
      }
    } finally {
      entry.input.close?.();
    }
  }
  if (count === 1 && first) return { ok: true, article: first };
  if (count === 0 && problems.length) return { ok: false, message: problems[0] as string };
  return { ok: false, message: `no article with id ${id} (${count} articles read)` };
}
