import type Database from 'better-sqlite3';
import { AppError, StorageError } from '../../core/errors.js';
import type { Extraction } from '../../extract/extraction.js';
import { ApiTokens } from '../../store/sqlite/api-tokens.js';
import {
  openSqliteDatabase,
  SqliteArticleRepository,
  type SqliteOptions,
} from '../../store/sqlite/sqlite-article-repository.js';
import { loadOutletGrades, type OutletGrades } from '../credibility.js';
import { KnowledgeReader } from './kb-reader.js';
import { type ReviewAction, ReviewDesk, type ReviewEdit, type ReviewMeta } from './kb-review.js';
import { type ArticleRef, KnowledgeWriter, newWorkSet, type WorkSet } from './kb-writer.js';

export interface StoredExtraction {
  readonly article: ArticleRef;
  readonly extraction: Extraction;
}

/**
 * The knowledge base in the store's SQLite file: extractions, entities, claims, stories, assertions and
 * the review log. Writes are transactions (IMMEDIATE: a second writer waits rather than fails); a failed
 * batch leaves the store as it was.
 */
export class SqliteKnowledgeBase {
  readonly reader: KnowledgeReader;
  private readonly writer: KnowledgeWriter;
  private readonly desk: ReviewDesk;

  constructor(
    private readonly db: Database.Database,
    grades: OutletGrades = loadOutletGrades(),
  ) {
    this.writer = new KnowledgeWriter(db, grades);
    // Reads see other connections' merges: the cache is checked (one pragma) before each resolution.
    this.reader = new KnowledgeReader(db, (id) => {
      this.writer.refresh();
      return this.writer.resolve(id);
    });
    this.desk = new ReviewDesk(db, this.writer);
  }

  /** Stores the extractions (each replacing its article's previous one) and rebuilds the assertions they touch. */
  storeExtractions(items: readonly StoredExtraction[], extractor: string): void {
    this.write('storing extractions', () => {
      const work = newWorkSet();
      for (const { article, extraction } of items)
        this.writer.storeArticle(article, extraction, extractor, work);
      this.writer.finish(work);
    });
  }

  /**
   * For bulk loads: stores the extractions in one transaction but leaves the assertions they touch to
   * `settle`, gathering what to rebuild in `work` — so the busiest groups are rebuilt once, not per batch.
   * Questions answered before `settle` see the new claims but not their assertions.
   */
  storeDeferred(items: readonly StoredExtraction[], extractor: string, work: WorkSet): void {
    this.write('storing extractions', () => {
      for (const { article, extraction } of items)
        this.writer.storeArticle(article, extraction, extractor, work);
    });
  }

  /** Rebuilds what `storeDeferred` left, `chunk` groups per transaction; reports progress as groups done. */
  settle(work: WorkSet, chunk = 5_000, onProgress?: (done: number, total: number) => void): void {
    const groups = [...work.groups];
    for (let at = 0; at < groups.length; at += chunk) {
      const part = groups.slice(at, at + chunk);
      this.write('building assertions', () =>
        this.writer.finish({ groups: new Set(part), assertions: new Set(work.assertions) }),
      );
      onProgress?.(Math.min(groups.length, at + chunk), groups.length);
    }
    work.groups.clear();
    work.assertions.clear();
  }

  review(action: ReviewAction, meta: ReviewMeta): ReviewEdit {
    return this.write('review', () => {
      const work = newWorkSet();
      const edit = this.desk.apply(action, meta, work);
      this.writer.finish(work);
      return edit;
    });
  }

  reviewLog(filter: { target?: string; limit?: number } = {}): ReviewEdit[] {
    return this.desk.log(filter);
  }

  /** Latest article versions whose extraction is missing or was made by another extractor (all of them with `all`). */
  pending(extractor: string, all = false): { id: string; version: number }[] {
    return this.db
      .prepare<[{ all: number; extractor: string }], { id: string; version: number }>(
        `SELECT v.id, v.version FROM article_versions v LEFT JOIN extractions e ON e.article_id = v.id
          WHERE v.is_latest = 1 AND (@all OR e.article_id IS NULL OR e.extractor != @extractor OR e.version != v.version)
          ORDER BY v.rowid`,
      )
      .all({ all: all ? 1 : 0, extractor });
  }

  hasExtraction(articleId: string, version: number): boolean {
    return !!this.db
      .prepare('SELECT 1 FROM extractions WHERE article_id = ? AND version = ?')
      .get(articleId, version);
  }

  private write<T>(what: string, work: () => T): T {
    try {
      return this.db
        .transaction(() => {
          this.writer.refresh(true);
          return work();
        })
        .immediate();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new StorageError(`${what} failed: ${(error as Error).message}`, what, { cause: error });
    }
  }
}

export interface Store {
  readonly articles: SqliteArticleRepository;
  readonly knowledge: SqliteKnowledgeBase;
  readonly tokens: ApiTokens;
  close(): Promise<void>;
}

/** Opens the store file with both its article and knowledge-base sides on one connection. */
export function openStore(path: string, options: SqliteOptions = {}): Store {
  const db = openSqliteDatabase(path, options);
  const articles = new SqliteArticleRepository(db);
  return {
    articles,
    knowledge: new SqliteKnowledgeBase(db),
    tokens: new ApiTokens(db),
    close: () => articles.close(),
  };
}
