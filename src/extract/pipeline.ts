import type { Pipeline } from './configuration.js';
import { analyzeArticle } from './nlp/analyze.js';
import type { ArticleDoc, Mention, RunContext } from './types.js';

export interface PipelineRun {
  readonly doc: ArticleDoc;
  readonly mentions: readonly Mention[];
  /** What stages said about their choices, when `debug` was asked for. */
  readonly debug: readonly string[];
}

const silent = () => {};

/** Runs every extractor over the analysed article, then folds the refiners over the mentions. */
export function runPipeline(
  pipeline: Pipeline,
  article: { id: string; text: string; published: string | null },
  options: { debug?: boolean } = {},
): PipelineRun {
  const debug: string[] = [];
  const ctx: RunContext = { debug: options.debug ? (message) => debug.push(message()) : silent };
  const doc = analyzeArticle(article);
  // Plain loops: flatMap and reduce showed up in profiles of this, the per-article hot path.
  const found: Mention[] = [];
  for (const extractor of pipeline.extractors) {
    for (const mention of extractor.extract(ctx, doc)) found.push(mention);
  }
  let mentions: readonly Mention[] = found;
  for (const refiner of pipeline.refiners) mentions = refiner.refine(ctx, doc, mentions);
  return { doc, mentions, debug };
}
