import type { Article } from '../core/article.js';
import type { Pipeline } from '../extract/configuration.js';
import { extractArticle } from '../extract/extraction.js';
import type { SaveOutcome } from '../store/article-repository.js';
import type { SqliteKnowledgeBase, StoredExtraction } from './sqlite/sqlite-knowledge-base.js';

export interface ExtractFailure {
  readonly id: string;
  readonly message: string;
}

/**
 * Extracts stored article versions and writes the extractions to the knowledge base in one transaction.
 * An article whose extraction throws is reported and left out; the others are stored.
 */
export function extractAndStore(
  knowledge: SqliteKnowledgeBase,
  pipeline: Pipeline,
  articles: readonly (Article & { readonly version: number })[],
  extractor: string,
): { stored: number; failures: ExtractFailure[] } {
  const items: StoredExtraction[] = [];
  const failures: ExtractFailure[] = [];
  for (const article of articles) {
    try {
      items.push({ article, extraction: extractArticle(pipeline, article) });
    } catch (error) {
      failures.push({ id: article.id, message: (error as Error).message });
    }
  }
  if (items.length > 0) knowledge.storeExtractions(items, extractor);
  return { stored: items.length, failures };
}

/**
 * After `ingest` stored a batch: extracts the new articles and new versions, and unchanged ones that
 * have no extraction yet (stored with --no-extract, or by an interrupted run).
 */
export function extractSaved(
  knowledge: SqliteKnowledgeBase,
  pipeline: Pipeline,
  articles: readonly Article[],
  outcomes: readonly SaveOutcome[],
  extractor: string,
): { stored: number; failures: ExtractFailure[] } {
  const todo: (Article & { version: number })[] = [];
  articles.forEach((article, i) => {
    const outcome = outcomes[i];
    if (!outcome) return;
    if (outcome.status !== 'unchanged' || !knowledge.hasExtraction(article.id, outcome.version))
      todo.push({ ...article, version: outcome.version });
  });
  return extractAndStore(knowledge, pipeline, todo, extractor);
}
