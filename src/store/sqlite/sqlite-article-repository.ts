import Database from 'better-sqlite3';
import type { Article } from '../../core/article.js';
import { AppError, QuerySyntaxError, StorageError } from '../../core/errors.js';
import type {
  ArticleRepository,
  SaveOutcome,
  SearchHit,
  SearchOptions,
  SearchPage,
  StoredArticle,
  StoreStats,
  VersionSummary,
} from '../article-repository.js';
import { parseSearchQuery, toFts5 } from '../search-query.js';
import { latestSchemaVersion, migrate } from './migrations.js';

// Snippet markers: control characters that normalized article text never contains.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const SNIPPET_TOKENS = 24;
const SEARCH_COUNT_CAP = 10_000;
// bm25 column weights: a word in the headline says more about the article than one in the body.
const TITLE_WEIGHT = 5.0;
const TEXT_WEIGHT = 1.0;

interface VersionRow {
  id: string;
  version: number;
  content_hash: string;
  title: string;
  published: string | null;
  section: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  text: string;
  origin: string;
  warnings: string;
  ingested_at: string;
  is_latest: number;
}

export interface SqliteOptions {
  readonly readonly?: boolean;
}

/** Opens (creating if needed) an armstrace SQLite store: one file, WAL, migrated to the current schema. */
export function openSqliteRepository(path: string, options: SqliteOptions = {}): SqliteArticleRepository {
  return new SqliteArticleRepository(openSqliteDatabase(path, options));
}

/** How long opening a store waits for another process that is creating or recovering the same file. */
const OPEN_BUSY_MS = 10_000;

/**
 * The store's database connection, opened, checked and migrated: shared by the article and knowledge stores.
 * Two processes opening a new file at once can get SQLITE_BUSY where SQLite calls no busy handler (while the
 * other switches the file to WAL or recovers its index): opening is tried again for a while.
 */
export function openSqliteDatabase(path: string, options: SqliteOptions = {}): Database.Database {
  const started = Date.now();
  for (;;) {
    try {
      return openOnce(path, options);
    } catch (error) {
      const code = ((error as AppError).cause as { code?: string } | undefined)?.code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() - started > OPEN_BUSY_MS) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

function openOnce(path: string, options: SqliteOptions): Database.Database {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    db.pragma('busy_timeout = 5000');
    if (options.readonly) {
      // Reading never migrates: a file of another schema (or no armstrace store at all) is refused here,
      // with a message, rather than failing later on a missing table.
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version !== latestSchemaVersion()) {
        throw new AppError(
          'store-schema',
          version === 0
            ? `${path} is not an armstrace store`
            : `${path} has schema version ${version}, this armstrace reads ${latestSchemaVersion()}: run armstrace ingest on it to upgrade`,
        );
      }
    } else {
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL loses at most the last transactions on power loss, never consistency.
      db.pragma('synchronous = NORMAL');
      migrate(db);
    }
    db.pragma('foreign_keys = ON');
    // SQLite's default page cache is 2 MB: at a million articles (≈20 GB) every index probe went to the
    // OS. 128 MB of cache and reads through a memory map (capped at SQLite's 2 GB default maximum) made
    // ingest at size ≈30 % faster in the knowledge-base benchmark; both are per connection and lazy.
    db.pragma('cache_size = -131072');
    db.pragma('mmap_size = 2147418112');
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    throw new AppError('store-open', `cannot open the store ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export class SqliteArticleRepository implements ArticleRepository {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      versionByHash: db.prepare<[string, string], { version: number }>(
        'SELECT version FROM article_versions WHERE id = ? AND content_hash = ?',
      ),
      latestVersion: db.prepare<[string], { version: number }>(
        'SELECT max(version) AS version FROM article_versions WHERE id = ?',
      ),
      supersede: db.prepare<[string]>(
        'UPDATE article_versions SET is_latest = 0 WHERE id = ? AND is_latest = 1',
      ),
      insert: db.prepare(
        `INSERT INTO article_versions
           (id, version, content_hash, title, published, section, outlet, url, language, text, origin, warnings, ingested_at, is_latest)
         VALUES
           (@id, @version, @contentHash, @title, @published, @section, @outlet, @url, @language, @text, @origin, @warnings, @ingestedAt, 1)`,
      ),
      latest: db.prepare<[string], VersionRow>(
        'SELECT * FROM article_versions WHERE id = ? AND is_latest = 1',
      ),
      byVersion: db.prepare<[string, number], VersionRow>(
        'SELECT * FROM article_versions WHERE id = ? AND version = ?',
      ),
      versions: db.prepare<[string], VersionRow>(
        'SELECT version, content_hash, ingested_at, origin, is_latest FROM article_versions WHERE id = ? ORDER BY version',
      ),
      search: db.prepare<[string, number, number], SearchRow>(
        `SELECT v.id, v.version, v.title, v.published, v.outlet, v.language,
                snippet(articles_fts, -1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS snippet,
                bm25(articles_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS rank
           FROM articles_fts JOIN article_versions v ON v.rowid = articles_fts.rowid
          WHERE articles_fts MATCH ?
          ORDER BY rank LIMIT ? OFFSET ?`,
      ),
      // Counting every match of a common word in a large store costs more than ranking the first page:
      // counted up to a cap, past which the total is a lower bound.
      searchCount: db.prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ${SEARCH_COUNT_CAP + 1})`,
      ),
      stats: db.prepare<[], { articles: number; versions: number }>(
        'SELECT count(DISTINCT id) AS articles, count(*) AS versions FROM article_versions',
      ),
    };
  }

  async saveArticles(articles: readonly Article[]): Promise<SaveOutcome[]> {
    const s = this.statements;
    const ingestedAt = new Date().toISOString();
    const save = this.db.transaction((batch: readonly Article[]) =>
      batch.map((article): SaveOutcome => {
        const same = s.versionByHash.get(article.id, article.contentHash);
        if (same) return { id: article.id, version: same.version, status: 'unchanged' };
        const previous = s.latestVersion.get(article.id)?.version ?? null;
        const version = (previous ?? 0) + 1;
        if (previous !== null) s.supersede.run(article.id);
        s.insert.run({
          ...article,
          version,
          origin: JSON.stringify(article.origin),
          warnings: JSON.stringify(article.warnings),
          ingestedAt,
        });
        return { id: article.id, version, status: previous === null ? 'inserted' : 'new-version' };
      }),
    );
    try {
      // IMMEDIATE takes the write lock up front, so a second writer waits (busy_timeout) instead of failing
      // when a deferred transaction tries to upgrade from reading to writing.
      return save.immediate(articles);
    } catch (error) {
      throw new StorageError(
        `saving ${articles.length} articles failed: ${(error as Error).message}`,
        'INSERT INTO article_versions',
        { cause: error },
      );
    }
  }

  async getArticle(id: string, version?: number): Promise<StoredArticle | null> {
    const row =
      version === undefined ? this.statements.latest.get(id) : this.statements.byVersion.get(id, version);
    return row ? toStoredArticle(row) : null;
  }

  async listVersions(id: string): Promise<VersionSummary[]> {
    return this.statements.versions.all(id).map((row) => ({
      version: row.version,
      contentHash: row.content_hash,
      ingestedAt: row.ingested_at,
      source: (JSON.parse(row.origin) as Article['origin']).source,
      latest: row.is_latest === 1,
    }));
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchPage> {
    const limit = options.limit ?? 10;
    const offset = options.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw new AppError('bad-limit', 'limit must be 1–1000');
    if (!Number.isInteger(offset) || offset < 0) throw new AppError('bad-offset', 'offset must be 0 or more');
    const match = toFts5(parseSearchQuery(query));
    try {
      const counted = this.statements.searchCount.get(match)?.n ?? 0;
      const hits = this.statements.search.all(match, limit, offset).map(toSearchHit);
      return {
        total: Math.min(counted, SEARCH_COUNT_CAP),
        totalIsLowerBound: counted > SEARCH_COUNT_CAP,
        hits,
      };
    } catch (error) {
      // The parser quotes every word, so FTS5 should never reject the expression; if it does, say so plainly.
      if (error instanceof Database.SqliteError && /fts5|syntax/i.test(error.message)) {
        throw new QuerySyntaxError(`the search engine could not read this query (${error.message})`);
      }
      throw new StorageError(`search failed: ${(error as Error).message}`, match, { cause: error });
    }
  }

  async stats(): Promise<StoreStats> {
    return this.statements.stats.get() ?? { articles: 0, versions: 0 };
  }

  /** SQLite's own consistency checks of the file and the FTS index; 'ok' when all pass. */
  checkIntegrity(): string {
    const result = this.db.pragma('integrity_check', { simple: true }) as string;
    if (result !== 'ok') return result;
    try {
      this.db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
      return 'ok';
    } catch (error) {
      return `full-text index: ${(error as Error).message}`;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

interface SearchRow {
  id: string;
  version: number;
  title: string;
  published: string | null;
  outlet: string | null;
  language: string | null;
  snippet: string;
  rank: number;
}

function toSearchHit({ rank, snippet: marked, ...row }: SearchRow): SearchHit {
  const highlights: [number, number][] = [];
  let snippet = '';
  let start = -1;
  for (const ch of marked) {
    if (ch === MARK_START) start = snippet.length;
    else if (ch === MARK_END) {
      if (start >= 0) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += ch;
  }
  // bm25 is lower-is-better and negative; flip it so a bigger score means a better match.
  return { ...row, snippet, highlights, score: -rank };
}

function toStoredArticle(row: VersionRow): StoredArticle {
  return {
    id: row.id,
    title: row.title,
    published: row.published,
    section: row.section,
    outlet: row.outlet,
    url: row.url,
    language: row.language,
    text: row.text,
    origin: JSON.parse(row.origin),
    warnings: JSON.parse(row.warnings),
    contentHash: row.content_hash,
    version: row.version,
    ingestedAt: row.ingested_at,
    latest: row.is_latest === 1,
  };
}
