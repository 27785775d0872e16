import type { Article } from '../core/article.js';

/** What saving one article did. */
export type SaveStatus = 'inserted' | 'new-version' | 'unchanged';

export interface SaveOutcome {
  readonly id: string;
  readonly version: number;
  readonly status: SaveStatus;
}

/** An article as stored: one version of it. */
export interface StoredArticle extends Article {
  readonly version: number;
  /** ISO 8601 UTC time this version was stored. */
  readonly ingestedAt: string;
  /** True for the newest version, the one search sees. */
  readonly latest: boolean;
}

export interface VersionSummary {
  readonly version: number;
  readonly contentHash: string;
  readonly ingestedAt: string;
  readonly source: string;
  readonly latest: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  /** A passage around the best match, plain text. */
  readonly snippet: string;
  /** [start, end) offsets into `snippet` of the matched words. */
  readonly highlights: readonly (readonly [number, number])[];
  /** Relevance: higher is better; comparable only within one result list. */
  readonly score: number;
}

export interface SearchPage {
  /** Matches, counted up to 10,000: past that, `totalIsLowerBound` is true. */
  readonly total: number;
  readonly totalIsLowerBound?: boolean;
  readonly hits: readonly SearchHit[];
}

export interface SearchOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface StoreStats {
  /** Distinct article ids. */
  readonly articles: number;
  /** All stored versions, counting the latest. */
  readonly versions: number;
}

/**
 * The storage contract every backend keeps (SQLite now, PostgreSQL later), checked by one shared test
 * suite (`test/contract/article-repository.contract.ts`).
 *
 * Versioning: an article is identified by `id`. Saving content whose hash equals any stored version of
 * that id is a no-op (`unchanged`), so re-ingesting a corpus, or an older copy of it, changes nothing.
 * Different content under a known id becomes a new version, which is then the latest; no version is ever
 * overwritten or deleted.
 */
export interface ArticleRepository {
  /** Saves a batch atomically: all of it is stored or none of it. Outcomes are in input order. */
  saveArticles(articles: readonly Article[]): Promise<SaveOutcome[]>;
  /** The latest version, or the given one; null when absent. */
  getArticle(id: string, version?: number): Promise<StoredArticle | null>;
  listVersions(id: string): Promise<VersionSummary[]>;
  /** Ranked full-text search over the latest versions' titles and texts; throws `QuerySyntaxError`. */
  search(query: string, options?: SearchOptions): Promise<SearchPage>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
