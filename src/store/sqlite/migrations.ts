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
  {
    version: 2,
    name: 'knowledge base: extractions, entities, claims, stories, assertions, review',
    sql: `
      -- The live extraction of each article: of its latest version, by the extractor version named.
      CREATE TABLE extractions (
        article_id   TEXT PRIMARY KEY,
        version      INTEGER NOT NULL,
        extractor    TEXT NOT NULL,
        extracted_at TEXT NOT NULL,
        story_id     TEXT NOT NULL,
        published    TEXT,
        outlet       TEXT,
        document     TEXT NOT NULL CHECK (json_valid(document))
      );
      CREATE INDEX extractions_extractor ON extractions (extractor);
      CREATE INDEX extractions_story ON extractions (story_id);

      -- Near-duplicate detection: a MinHash signature per article and its LSH band keys.
      -- (Bands point at the signature's rowid, not the article id: 32 rows per article add up.)
      CREATE TABLE article_signatures (
        rowid      INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,
        published  TEXT,
        story_id   TEXT NOT NULL,
        signature  BLOB NOT NULL
      );
      CREATE TABLE lsh_bands (
        band_key  INTEGER NOT NULL,
        signature INTEGER NOT NULL,
        PRIMARY KEY (band_key, signature)
      ) WITHOUT ROWID;

      CREATE TABLE entities (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        type        TEXT NOT NULL,
        country     TEXT,
        category    TEXT,
        designation TEXT
      );
      CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
      -- Every name an entity went by, where it came from, and in how many articles.
      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL,
        alias     TEXT NOT NULL,
        source    TEXT NOT NULL CHECK (source IN ('gazetteer', 'article', 'analyst')),
        articles  INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, alias, source)
      ) WITHOUT ROWID;
      CREATE INDEX entity_aliases_alias ON entity_aliases (alias COLLATE NOCASE);
      CREATE TABLE article_entities (
        article_id TEXT NOT NULL,
        entity_id  TEXT NOT NULL,
        mentions   INTEGER NOT NULL,
        aliases    TEXT NOT NULL CHECK (json_valid(aliases)),
        PRIMARY KEY (article_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_entity ON article_entities (entity_id);

      CREATE TABLE claims (
        rowid        INTEGER PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        article_id   TEXT NOT NULL,
        version      INTEGER NOT NULL,
        claim_id     TEXT NOT NULL,
        type         TEXT NOT NULL,
        stage        TEXT,
        modality     TEXT NOT NULL,
        published    TEXT,
        outlet       TEXT,
        url          TEXT,
        story_id     TEXT NOT NULL,
        -- Where it meets other articles' claims: type, stage and principal roles after merges (base_key);
        -- group_key is the same, or scoped to its story when no principal role is named.
        base_key     TEXT NOT NULL,
        dated        INTEGER NOT NULL,
        when_start   TEXT,
        when_end     TEXT,
        group_key    TEXT NOT NULL,
        assertion_id TEXT,
        body         TEXT NOT NULL CHECK (json_valid(body))
      );
      CREATE INDEX claims_article ON claims (article_id);
      CREATE INDEX claims_group ON claims (group_key);
      CREATE INDEX claims_assertion ON claims (assertion_id);
      -- Raw (unmerged) entity ids in each claim: what a merge or a split must revisit.
      CREATE TABLE claim_entities (
        entity_id  TEXT NOT NULL,
        claim_rowid INTEGER NOT NULL REFERENCES claims (rowid) ON DELETE CASCADE,
        PRIMARY KEY (entity_id, claim_rowid)
      ) WITHOUT ROWID;
      CREATE INDEX claim_entities_claim ON claim_entities (claim_rowid);

      CREATE TABLE assertions (
        id             TEXT PRIMARY KEY,
        group_key      TEXT NOT NULL,
        type           TEXT NOT NULL,
        stage          TEXT,
        supplier       TEXT,
        recipient      TEXT,
        when_start     TEXT,
        when_end       TEXT,
        first_seen     TEXT,
        last_seen      TEXT,
        sort_time      TEXT,
        strongest      TEXT NOT NULL,
        weakest        TEXT NOT NULL,
        contradicted   INTEGER NOT NULL,
        independent    INTEGER NOT NULL,
        claims         INTEGER NOT NULL,
        rating         INTEGER NOT NULL,
        credibility    REAL NOT NULL,
        review         TEXT NOT NULL,
        body           TEXT NOT NULL CHECK (json_valid(body))
      );
      CREATE INDEX assertions_group ON assertions (group_key);
      CREATE INDEX assertions_type_time ON assertions (type, sort_time);
      CREATE INDEX assertions_queue ON assertions (review, contradicted DESC, credibility);
      CREATE TABLE assertion_roles (
        entity_id    TEXT NOT NULL,
        role         TEXT NOT NULL,
        sort_time    TEXT,
        assertion_id TEXT NOT NULL REFERENCES assertions (id) ON DELETE CASCADE,
        PRIMARY KEY (entity_id, role, sort_time, assertion_id)
      ) WITHOUT ROWID;
      CREATE INDEX assertion_roles_assertion ON assertion_roles (assertion_id);
      CREATE INDEX assertion_roles_time ON assertion_roles (entity_id, sort_time);
      -- In time order per category, as roles are: a category filter reads its latest rows and stops.
      CREATE TABLE assertion_items (
        category     TEXT NOT NULL,
        sort_time    TEXT,
        assertion_id TEXT NOT NULL REFERENCES assertions (id) ON DELETE CASCADE,
        PRIMARY KEY (category, sort_time, assertion_id)
      ) WITHOUT ROWID;
      CREATE INDEX assertion_items_assertion ON assertion_items (assertion_id);
      -- Aggregates for actor profiles, kept in step with assertions as they are rebuilt.
      CREATE TABLE actor_links (
        entity_id   TEXT NOT NULL,
        role        TEXT NOT NULL,
        counterpart TEXT NOT NULL,
        type        TEXT NOT NULL,
        stage       TEXT NOT NULL,
        modality    TEXT NOT NULL,
        assertions  INTEGER NOT NULL,
        independent INTEGER NOT NULL,
        PRIMARY KEY (entity_id, role, counterpart, type, stage, modality)
      ) WITHOUT ROWID;
      CREATE TABLE actor_outlets (
        entity_id  TEXT NOT NULL,
        outlet     TEXT NOT NULL,
        assertions INTEGER NOT NULL,
        PRIMARY KEY (entity_id, outlet)
      ) WITHOUT ROWID;

      -- The review log: append-only; an edit is only ever marked undone by a later one.
      CREATE TABLE review_edits (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        who         TEXT NOT NULL,
        why         TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('claim', 'assertion', 'entity', 'outlet')),
        target      TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct', 'merge', 'split', 'grade', 'undo')),
        payload     TEXT NOT NULL CHECK (json_valid(payload)),
        undone_by   INTEGER REFERENCES review_edits (id)
      );
      CREATE INDEX review_edits_target ON review_edits (target_kind, target);
      CREATE TRIGGER review_edits_no_delete BEFORE DELETE ON review_edits
      BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
      CREATE TRIGGER review_edits_no_rewrite BEFORE UPDATE OF id, at, who, why, target_kind, target, action, payload ON review_edits
      BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
      -- Current review state, derived from the log (rebuilt from it on undo).
      CREATE TABLE claim_reviews (
        claim_key  TEXT PRIMARY KEY,
        status     TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'corrected')),
        correction TEXT CHECK (correction IS NULL OR json_valid(correction)),
        edit_id    INTEGER NOT NULL REFERENCES review_edits (id)
      );
      CREATE TABLE entity_merges (
        from_id TEXT PRIMARY KEY,
        into_id TEXT NOT NULL,
        edit_id INTEGER NOT NULL REFERENCES review_edits (id)
      );
      CREATE TABLE outlet_grades (
        outlet  TEXT PRIMARY KEY COLLATE NOCASE,
        grade   TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
        edit_id INTEGER NOT NULL REFERENCES review_edits (id)
      );
    `,
  },
  {
    version: 3,
    name: 'API tokens for write endpoints',
    sql: `
      -- Only a hash of each token is kept: a copy of the store gives no one write access.
      CREATE TABLE api_tokens (
        id         INTEGER PRIMARY KEY,
        label      TEXT NOT NULL,
        hash       TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
    `,
  },
  {
    version: 4,
    name: 'Knowledge-base indexes for a million articles',
    sql: `
      -- A group's claims as time clustering reads them, from the index alone: a busy group's rows were
      -- scattered over the claims table, one page read each.
      DROP INDEX claims_group;
      CREATE INDEX claims_group ON claims (group_key, dated, when_start, when_end, published, modality, assertion_id, key);
      DROP INDEX assertions_group;
      CREATE INDEX assertions_group ON assertions (group_key, id, claims);
      -- In how many articles (latest extractions) an entity is named, kept in step by the writer.
      ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
      UPDATE entities SET articles = (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = entities.id);
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
