import type { Pipeline } from './configuration.js';
import { analyzeArticle } from './nlp/analyze.js';
import type { ArticleDoc, Mention, RunContext } from './types.js';

export interface PipelineRun {
  readonly doc: ArticleDoc;
  readonly mentions: readonly Mention[];
  /** What stages said about their choices, when `debug` was asked for. */
  readonly debug: readonly string[];
}

/** Runs every extractor over the analysed article, then folds the refiners over the mentions. */
export function runPipeline(
  pipeline: Pipeline,
  article: { id: string; text: string; published: string | null },
  options: { debug?: boolean } = {},
): PipelineRun {
  const debug: string[] = [];
  const ctx: RunContext = { debug: options.debug ? (message) => debug.push(message()) : () => {} };
  const doc = analyzeArticle(article);
  const found = pipeline.extractors.flatMap((extractor) => extractor.extract(ctx, doc));
  const mentions = pipeline.refiners.reduce<readonly Mention[]>(
    (items, refiner) => refiner.refine(ctx, doc, items),
    found,
  );
  return { doc, mentions, debug };
}
