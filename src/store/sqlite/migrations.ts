import type { Database } from 'better-sqlite3';
import { AppError } from '../../core/errors.js';

/**
 * Schema migrations, applied in order, each in its own transaction; the database's `user_version`
 * records the last one applied. Append new migrations; never edit one that has shipped.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'article versions with full-text search',
    sql: `
      CREATE TABLE article_versions (
        rowid        INTEGER PRIMARY KEY,
        id           TEXT    NOT NULL,
        version      INTEGER NOT NULL,
        content_hash TEXT    NOT NULL,
        title        TEXT    NOT NULL,
        published    TEXT,
        section      TEXT,
        outlet       TEXT,
        url          TEXT,
        language     TEXT,
        text         TEXT    NOT NULL,
        origin       TEXT    NOT NULL CHECK (json_valid(origin)),
        warnings     TEXT    NOT NULL CHECK (json_valid(warnings)),
        ingested_at  TEXT    NOT NULL,
        is_latest    INTEGER NOT NULL CHECK (is_latest IN (0, 1)),
        UNIQUE (id, version)
      );
      CREATE INDEX article_versions_hash ON article_versions (id, content_hash);
      CREATE UNIQUE INDEX article_versions_latest ON article_versions (id) WHERE is_latest = 1;

      -- Only latest versions are indexed: search never returns a superseded text.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text,
        content = 'article_versions', content_rowid = 'rowid',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER article_versions_fts_insert AFTER INSERT ON article_versions WHEN new.is_latest = 1 BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER article_versions_fts_supersede AFTER UPDATE OF is_latest ON article_versions
        WHEN old.is_latest = 1 AND new.is_latest = 0 BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      -- Versions are history: nothing may rewrite or delete one.
      CREATE TRIGGER article_versions_immutable BEFORE UPDATE OF id, version, content_hash, title, text ON article_versions
      BEGIN SELECT RAISE(ABORT, 'article versions are immutable'); END;
    `,
  },
];

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion(migrations);
  if (current > latest) {
    throw new AppError(
      'store-schema-too-new',
      `the database has schema version ${current}, newer than this armstrace knows (${latest}): upgrade armstrace`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // IMMEDIATE, and the version read again inside: two processes opening a new store at once must not
    // both apply the same migration (the second would fail on "table already exists").
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return latest;
}
