import type { Database } from 'better-sqlite3';
import type { ClaimType, Modality, Stage } from '../../extract/claims/claim.js';
import type { Extraction } from '../../extract/extraction.js';
import type { EntityType } from '../../extract/gazetteer/entry.js';
import { assertionEntityIds, roleIds } from '../claim-key.js';
import type { AliasRecord, Assertion, ClaimRecord, KbEntity, KbSnapshot } from '../model.js';
import { ACTOR_ROLES } from './actor-links.js';
import { CLAIM_ROW_COLUMNS, type ClaimRow, claimRecordOf } from './claim-records.js';
import type { AssertionBody } from './kb-writer.js';

/** What `armstrace transfers` (and the API) filter assertions by; every field optional. */
export interface AssertionFilter {
  readonly types?: readonly ClaimType[];
  readonly supplier?: string;
  readonly recipient?: string;
  readonly via?: string;
  /** In any role. */
  readonly involving?: string;
  readonly itemCategory?: string;
  readonly stages?: readonly Stage[];
  /** Assertions with at least one claim of one of these modalities. */
  readonly modalities?: readonly Modality[];
  /** Assertions an outlet carried (its name as stored; case-insensitive). */
  readonly outlet?: string;
  /** ISO dates: the event (or, undated, its reporting) overlaps [since, until]. */
  readonly since?: string;
  readonly until?: string;
  readonly minSources?: number;
  readonly includeRejected?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export interface AssertionPage {
  /** Matching assertions, counted up to COUNT_CAP and within COUNT_BUDGET_MS (else a lower bound). */
  readonly total: number;
  readonly totalIsLowerBound: boolean;
  readonly assertions: readonly AssertionBody[];
}

const COUNT_CAP = 10_000;
/** How long a page's count may take before it is reported as a lower bound. */
const COUNT_BUDGET_MS = 25;
/** Rows of each role an actor profile lists (the strongest by assertions and sources). */
const PROFILE_ROWS_PER_ROLE = 100;

export interface ProfileLink {
  readonly counterpart: string;
  readonly counterpartName: string;
  readonly type: string;
  readonly stage: string;
  readonly modality: string;
  readonly assertions: number;
  readonly independent: number;
}

export interface ActorProfile {
  readonly entity: KbEntity;
  readonly articles: number;
  /** Role → its rows, strongest first: supplier, recipient, intermediary, end_user, interdictor, seizer, attacker, attacked, tie, sanctioner, sanctioned. */
  readonly links: Readonly<Record<string, readonly ProfileLink[]>>;
  readonly timeline: readonly AssertionBody[];
  readonly outlets: readonly { readonly outlet: string; readonly assertions: number }[];
}

interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  category: string | null;
  designation: string | null;
}

/** Read-only questions over the knowledge base; every value reaches SQL as a parameter. */
export class KnowledgeReader {
  constructor(
    private readonly db: Database,
    private readonly resolve: (id: string) => string,
  ) {}

  /** Entities a name or id can mean, best first (exact id, name, alias; most-mentioned first), merges applied. */
  findEntities(query: string, limit = 10): KbEntity[] {
    const q = query.trim();
    if (!q) return [];
    const rows = this.db
      .prepare<[{ id: string; name: string; like: string; limit: number }], { id: string }>(
        `SELECT id FROM (
           SELECT id, 0 AS rank FROM entities WHERE id = @id
           UNION ALL SELECT id, 1 FROM entities WHERE name = @name COLLATE NOCASE
           UNION ALL SELECT entity_id, 2 FROM entity_aliases WHERE alias = @name COLLATE NOCASE
           UNION ALL SELECT id, 3 FROM entities WHERE name LIKE @like ESCAPE '\\'
         ) m GROUP BY m.id ORDER BY min(m.rank),
           (SELECT e.articles FROM entities e WHERE e.id = m.id) DESC, m.id LIMIT @limit`,
      )
      .all({ id: q, name: q, like: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit: limit * 3 });
    const ids = [...new Set(rows.map((r) => this.resolve(r.id)))].slice(0, limit);
    return ids.map((id) => this.entity(id)).filter((e): e is KbEntity => e !== null);
  }

  entity(id: string): KbEntity | null {
    const row = this.db.prepare<[string], EntityRow>('SELECT * FROM entities WHERE id = ?').get(id);
    if (!row) return null;
    const mergedFrom = this.db
      .prepare<[], { from_id: string }>('SELECT from_id FROM entity_merges')
      .all()
      .map((r) => r.from_id)
      .filter((from) => from !== id && this.resolve(from) === id);
    const aliases = this.db
      .prepare<[string], AliasRecord>(
        `SELECT alias, source, sum(articles) AS articles FROM entity_aliases
          WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY alias, source ORDER BY articles DESC, alias`,
      )
      .all(JSON.stringify([id, ...mergedFrom]));
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      country: row.country,
      ...(row.category ? { category: row.category as KbEntity['category'] } : {}),
      ...(row.type === 'weapon' ? { designation: row.designation } : {}),
      aliases,
      mergedFrom,
    };
  }

  nameOf(id: string): string {
    return (
      this.db.prepare<[string], { name: string }>('SELECT name FROM entities WHERE id = ?').get(id)?.name ??
      id
    );
  }

  assertions(filter: AssertionFilter = {}): AssertionPage {
    // The driver (an index read in time order) and the filters on what it yields, kept apart for the count.
    const driverWhere: string[] = [];
    const driverParams: unknown[] = [];
    const where: string[] = [];
    const params: unknown[] = [];
    // A role filter drives the query from the role index, already in time order: no sort of the whole set.
    const roleFilters: [string, string][] = [];
    if (filter.supplier) roleFilters.push(['supplier', filter.supplier]);
    if (filter.recipient) roleFilters.push(['recipient', filter.recipient]);
    if (filter.via) roleFilters.push(['intermediaries', filter.via]);
    let from = 'assertions a';
    let order = 'a.sort_time DESC, a.id';
    const driver = roleFilters.shift();
    if (driver) {
      from = 'assertion_roles d JOIN assertions a ON a.id = d.assertion_id';
      driverWhere.push('d.entity_id = ? AND d.role = ?');
      driverParams.push(this.resolve(driver[1]), driver[0]);
      order = 'd.sort_time DESC, a.id';
    } else if (filter.itemCategory && !filter.involving) {
      from = 'assertion_items d JOIN assertions a ON a.id = d.assertion_id';
      driverWhere.push('d.category = ?');
      driverParams.push(filter.itemCategory);
      order = 'd.sort_time DESC, a.id';
    } else if (filter.involving) {
      from =
        '(SELECT DISTINCT assertion_id FROM assertion_roles WHERE entity_id = ?) d JOIN assertions a ON a.id = d.assertion_id';
      driverParams.push(this.resolve(filter.involving));
    }
    for (const [role, id] of roleFilters) {
      where.push('a.id IN (SELECT assertion_id FROM assertion_roles WHERE entity_id = ? AND role = ?)');
      params.push(this.resolve(id), role);
    }
    if (driver && filter.involving) {
      where.push('a.id IN (SELECT assertion_id FROM assertion_roles WHERE entity_id = ?)');
      params.push(this.resolve(filter.involving));
    }
    if (filter.types?.length) {
      where.push('a.type IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filter.types));
    }
    if (filter.stages?.length) {
      where.push('a.stage IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filter.stages));
    }
    if (filter.modalities?.length) {
      where.push(
        "EXISTS (SELECT 1 FROM json_each(a.body, '$.modality.all') m WHERE m.value IN (SELECT value FROM json_each(?)))",
      );
      params.push(JSON.stringify(filter.modalities));
    }
    if (filter.outlet) {
      where.push(
        "EXISTS (SELECT 1 FROM json_each(a.body, '$.sources.outlets') o WHERE json_extract(o.value, '$.outlet') = ? COLLATE NOCASE)",
      );
      params.push(filter.outlet);
    }
    if (filter.itemCategory && (driver || filter.involving)) {
      where.push('a.id IN (SELECT assertion_id FROM assertion_items WHERE category = ?)');
      params.push(filter.itemCategory);
    }
    if (filter.since) {
      where.push('coalesce(a.when_end, a.last_seen) >= ?');
      params.push(filter.since);
    }
    if (filter.until) {
      where.push('coalesce(a.when_start, a.first_seen) <= ?');
      params.push(`${filter.until}\uffff`);
    }
    if (filter.minSources) {
      where.push('a.independent >= ?');
      params.push(filter.minSources);
    }
    if (!filter.includeRejected) where.push("a.review != 'rejected'");
    const all = [...driverWhere, ...where];
    const clause = all.length ? `WHERE ${all.join(' AND ')}` : '';
    const limit = filter.limit ?? 50;
    const offset = filter.offset ?? 0;
    const rows = this.db
      .prepare<unknown[], { body: string }>(
        `SELECT a.body FROM ${from} ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...driverParams, ...params, limit, offset);
    const assertions = rows.map((r) => JSON.parse(r.body) as AssertionBody);
    // A short page is the end of the matches; otherwise they are counted, within a cap and a time budget.
    if (rows.length < limit && (rows.length > 0 || offset === 0))
      return { total: offset + rows.length, totalIsLowerBound: false, assertions };
    // With a driver, every row it yields comes back with whether it matches, so the budget bounds the rows
    // read, not the matches: "since 2015" over a frequent recipient read decades of older rows before a
    // match. Without one, SQLite chooses its index for the whole condition.
    const driven = driverParams.length > 0;
    const { n, complete } = driven
      ? this.countWithin(
          `SELECT ${where.length ? `(${where.join(' AND ')})` : '1'} FROM ${from} ${driverWhere.length ? `WHERE ${driverWhere.join(' AND ')}` : ''}`,
          [...params, ...driverParams],
        )
      : this.countWithin(`SELECT 1 FROM ${from} ${clause} LIMIT ${COUNT_CAP + 1}`, params);
    // A count stopped by its budget still counts at least the rows already shown.
    const shown = rows.length > 0 ? offset + rows.length : 0;
    return { total: Math.max(n, shown), totalIsLowerBound: !complete, assertions };
  }

  /**
   * Counts the matches up to COUNT_CAP, stopping after COUNT_BUDGET_MS: a count over a frequent actor or a
   * selective filter (a category with at least two sources) reads every row, and at a million articles that
   * took seconds while the page itself took milliseconds. The query yields one row per candidate, 1 when it
   * matches. `complete` is false when the count stopped.
   */
  private countWithin(sql: string, params: readonly unknown[]): { n: number; complete: boolean } {
    const started = performance.now();
    let n = 0;
    let read = 0;
    for (const hit of this.db
      .prepare<unknown[], number>(sql)
      .pluck()
      .iterate(...params)) {
      if (hit) n++;
      if (n > COUNT_CAP) return { n: COUNT_CAP, complete: false };
      // The clock every 16 rows: in a cold store of a million articles one row can take a millisecond.
      if ((++read & 15) === 0 && performance.now() - started > COUNT_BUDGET_MS) return { n, complete: false };
    }
    return { n, complete: true };
  }

  /** Every arms-transfer assertion (without claims) and the entities they name: what the network is built from. */
  transferNetworkInput(filter: AssertionFilter = {}): { assertions: Assertion[]; entities: KbEntity[] } {
    const page = this.assertions({ ...filter, types: ['arms_transfer'], limit: filter.limit ?? 10_000_000 });
    const ids = new Set<string>();
    const assertions = page.assertions.map((body) => {
      for (const id of roleIds(body)) ids.add(id);
      return { ...body, claims: [] } as Assertion;
    });
    const entities = this.entitiesByIds([...ids]);
    return { assertions, entities };
  }

  /**
   * Entities the gazetteer does not know (names found by pattern), with how many articles name them: what
   * merge suggestions compare. Article-scoped unnamed entities, merged-away ids and names no stored
   * extraction uses any more are left out.
   */
  unlistedEntities(): { id: string; name: string; type: EntityType; articles: number }[] {
    return this.db
      .prepare<[], { id: string; name: string; type: EntityType; articles: number }>(
        `SELECT e.id, e.name, e.type, e.articles FROM entities e
          WHERE e.id NOT LIKE 'anon:%' AND e.type NOT IN ('weapon', 'location', 'outlet', 'state') AND e.articles > 0
            AND NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.source = 'gazetteer')
            AND NOT EXISTS (SELECT 1 FROM entity_merges m WHERE m.from_id = e.id)
          ORDER BY e.id`,
      )
      .all();
  }

  /** Entities by id, in one query (no aliases: for labels). */
  entitiesByIds(ids: readonly string[]): KbEntity[] {
    return this.db
      .prepare<[string], EntityRow>(
        'SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
      )
      .all(JSON.stringify(ids))
      .map((row) => ({
        id: row.id,
        name: row.name,
        type: row.type,
        country: row.country,
        aliases: [],
        mergedFrom: [],
      }));
  }

  /**
   * Reviewed claims the extractor no longer produces (it now reads the sentence differently): their edits
   * stay in the log and apply again if the claim comes back; meanwhile an analyst should look at them.
   */
  orphanedReviews(): { claimKey: string; status: string; editId: number }[] {
    return this.db
      .prepare<[], { claimKey: string; status: string; editId: number }>(
        `SELECT r.claim_key AS claimKey, r.status, r.edit_id AS editId FROM claim_reviews r
          WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.key = r.claim_key) ORDER BY r.claim_key`,
      )
      .all();
  }

  /** What an analyst should look at first: unreviewed assertions, contradicted ones, then the least credible. */
  reviewQueue(limit = 25): AssertionBody[] {
    return this.db
      .prepare<[number], { body: string }>(
        `SELECT body FROM assertions WHERE review = 'unreviewed' ORDER BY contradicted DESC, credibility, id LIMIT ?`,
      )
      .all(limit)
      .map((r) => JSON.parse(r.body) as AssertionBody);
  }

  /** One assertion with every claim and its evidence. */
  assertion(id: string): Assertion | null {
    const row = this.db
      .prepare<[string], { body: string }>('SELECT body FROM assertions WHERE id = ?')
      .get(id);
    if (!row) return null;
    const body = JSON.parse(row.body) as AssertionBody;
    return { ...body, claims: this.claimsOf(id) };
  }

  claimsOf(assertionId: string): ClaimRecord[] {
    return this.db
      .prepare<[string], ClaimRow>(
        `SELECT ${CLAIM_ROW_COLUMNS} FROM claims c LEFT JOIN claim_reviews r ON r.claim_key = c.key
          WHERE c.assertion_id = ? ORDER BY c.published, c.key`,
      )
      .all(assertionId)
      .map((row) => claimRecordOf(row, this.resolve));
  }

  profile(id: string, timelineLimit = 25): ActorProfile | null {
    const entity = this.entity(id);
    if (!entity) return null;
    const ids = JSON.stringify([id, ...entity.mergedFrom]);
    // A frequent actor has thousands of rows per role: each role lists its strongest, read in index order.
    const strongest = this.db.prepare<
      [string, string, number],
      Omit<ProfileLink, 'counterpartName'> & { role: string }
    >(
      `SELECT role, counterpart, type, stage, modality, assertions, independent FROM actor_links
        WHERE entity_id IN (SELECT value FROM json_each(?)) AND role = ?
        ORDER BY assertions DESC, independent DESC, counterpart LIMIT ?`,
    );
    const links: Record<string, ProfileLink[]> = {};
    const kept = ACTOR_ROLES.flatMap((role) => strongest.all(ids, role, PROFILE_ROWS_PER_ROLE));
    for (const row of kept) {
      const list = links[row.role] ?? [];
      links[row.role] = list;
      list.push({ ...row, counterpartName: row.counterpart });
    }
    const names = new Map(
      this.entitiesByIds([...new Set(kept.flatMap((row) => row.counterpart.split('>')))]).map((e) => [
        e.id,
        e.name,
      ]),
    );
    for (const role of Object.keys(links))
      links[role] = (links[role] ?? []).map((row) => ({
        ...row,
        counterpartName: row.counterpart
          .split('>')
          .map((part) => (part === '?' ? '(unknown)' : (names.get(part) ?? part)))
          .join(' → '),
      }));
    const articles =
      this.db
        .prepare<[string], { n: number }>(
          entity.mergedFrom.length > 0
            ? 'SELECT count(DISTINCT article_id) AS n FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))'
            : "SELECT articles AS n FROM entities WHERE id = json_extract(?, '$[0]')",
        )
        .get(ids)?.n ?? 0;
    const outlets = this.db
      .prepare<[string], { outlet: string; assertions: number }>(
        `SELECT outlet, sum(assertions) AS assertions FROM actor_outlets WHERE entity_id IN (SELECT value FROM json_each(?))
          GROUP BY outlet ORDER BY assertions DESC, outlet LIMIT 20`,
      )
      .all(ids);
    return { entity, articles, links, timeline: this.timeline(id, timelineLimit), outlets };
  }

  /** The assertions an actor takes part in, latest first. */
  timeline(id: string, limit = 100): AssertionBody[] {
    return this.db
      .prepare<[string, number], { body: string }>(
        `SELECT a.body FROM assertions a WHERE a.id IN (
           SELECT assertion_id FROM assertion_roles WHERE entity_id = ? ORDER BY sort_time DESC LIMIT ?)
           AND a.review != 'rejected' ORDER BY a.sort_time DESC, a.id`,
      )
      .all(this.resolve(id), limit * 4)
      .slice(0, limit)
      .map((r) => JSON.parse(r.body) as AssertionBody);
  }

  /** The stored extraction of an article (its latest version), without the text. */
  extraction(articleId: string):
    | (Omit<Extraction, 'article'> & {
        article: Omit<Extraction['article'], 'text'>;
        version: number;
        extractor: string;
        storyId: string;
      })
    | null {
    const row = this.db
      .prepare<[string], { document: string; version: number; extractor: string; story_id: string }>(
        'SELECT document, version, extractor, story_id FROM extractions WHERE article_id = ?',
      )
      .get(articleId);
    if (!row) return null;
    const claims = this.db
      .prepare<[string], { body: string }>('SELECT body FROM claims WHERE article_id = ? ORDER BY rowid')
      .all(articleId)
      .map((r) => JSON.parse(r.body) as Extraction['claims'][number]);
    return {
      ...JSON.parse(row.document),
      claims,
      version: row.version,
      extractor: row.extractor,
      storyId: row.story_id,
    };
  }

  /** Outlets of the extracted articles (latest versions), most articles first. */
  outlets(): { outlet: string; articles: number }[] {
    return this.db
      .prepare<[], { outlet: string; articles: number }>(
        `SELECT outlet, count(*) AS articles FROM extractions WHERE outlet IS NOT NULL AND outlet != ''
          GROUP BY outlet ORDER BY articles DESC, outlet`,
      )
      .all();
  }

  /** The other articles of an article's story (syndicated copies, reposts). */
  storyOf(articleId: string): { articleId: string; outlet: string | null; published: string | null }[] {
    return this.db
      .prepare<[string], { article_id: string; outlet: string | null; published: string | null }>(
        `SELECT article_id, outlet, published FROM extractions
          WHERE story_id = (SELECT story_id FROM extractions WHERE article_id = ?) ORDER BY published, article_id`,
      )
      .all(articleId)
      .map((r) => ({ articleId: r.article_id, outlet: r.outlet, published: r.published }));
  }

  /** Assertions (with claims) matching the filter, and every entity they name: what exports write. */
  snapshot(filter: AssertionFilter = {}): KbSnapshot {
    const page = this.assertions({ ...filter, limit: filter.limit ?? 1_000_000 });
    const assertions = page.assertions.map((body) => ({
      ...body,
      claims: this.claimsOf(body.id),
    }));
    const ids = new Set<string>();
    for (const a of assertions) {
      for (const id of assertionEntityIds(a)) ids.add(id);
      for (const s of a.sources.attributed) if (s.entity) ids.add(s.entity);
    }
    const entities = [...ids]
      .sort()
      .map((id) => this.entity(id))
      .filter((e): e is KbEntity => e !== null);
    const generatedAt =
      assertions
        .map((a) => a.lastSeen ?? '')
        .sort()
        .at(-1) || '1970-01-01';
    return { generatedAt, entities, assertions };
  }

  stats(): {
    extracted: number;
    entities: number;
    claims: number;
    assertions: number;
    stories: number;
    edits: number;
  } {
    const count = (sql: string) => (this.db.prepare<[], { n: number }>(sql).get()?.n ?? 0) as number;
    return {
      extracted: count('SELECT count(*) AS n FROM extractions'),
      stories: count('SELECT count(DISTINCT story_id) AS n FROM extractions'),
      entities: count('SELECT count(*) AS n FROM entities'),
      claims: count('SELECT count(*) AS n FROM claims'),
      assertions: count('SELECT count(*) AS n FROM assertions'),
      edits: count('SELECT count(*) AS n FROM review_edits'),
    };
  }
}
