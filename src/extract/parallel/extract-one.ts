import type { Article } from '../../core/article.js';
import { createMentionPipeline, type Pipeline } from '../configuration.js';
import { type Extraction, extractArticle } from '../extraction.js';

/**
 * What a worker thread and the in-thread pool both run for one article, so that both give the same
 * output by construction. Importing this module loads wink-nlp's model; the pipeline (the gazetteer and
 * its token trie) is built by `setUpExtraction`.
 */
export interface ExtractOptions {
  readonly explain: boolean;
  /** Return the extraction as its one-line JSON text, the JSONL output, instead of the object. */
  readonly serialize: boolean;
}

export interface ExtractionSetup {
  readonly pipeline: Pipeline;
  /** Building the pipeline: reading and validating the gazetteer, building its token trie. */
  readonly pipelineMs: number;
}

export function setUpExtraction(): ExtractionSetup {
  const startedAt = performance.now();
  const pipeline = createMentionPipeline();
  return { pipeline, pipelineMs: Math.round(performance.now() - startedAt) };
}

/** One article's extraction, or its JSON text; what extractArticle throws, it throws. */
export function extractOne(
  pipeline: Pipeline,
  article: Article,
  options: ExtractOptions,
): Extraction | string {
  const extraction = extractArticle(pipeline, article, { explain: options.explain });
  return options.serialize ? JSON.stringify(extraction) : extraction;
}
