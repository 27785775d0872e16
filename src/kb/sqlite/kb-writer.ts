import type { Database } from 'better-sqlite3';
import type { Claim } from '../../extract/claims/claim.js';
import type { Extraction } from '../../extract/extraction.js';
import { buildAssertions, clusterByTime } from '../assertion-builder.js';
import { claimKey, entityIdsOf, groupKeyOf, PRINCIPAL_ROLES, ROLE_FIELDS } from '../claim-key.js';
import { isDatedClaim } from '../claim-time.js';
import { type OutletGrades, withGrade } from '../credibility.js';
import { scopeAmbiguousIds } from '../entity-scope.js';
import type { Assertion, ReliabilityGrade } from '../model.js';
import { actorLinksOf } from './actor-links.js';
import { CLAIM_ROW_COLUMNS, type ClaimRow, claimRecordOf, parseCorrection } from './claim-records.js';
import { applyCorrection } from './corrections.js';
import { StoryIndex } from './story-index.js';

/** The article fields the knowledge base keeps beside each extraction. */
export interface ArticleRef {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** The stored body of an assertion: everything but its claims, which are rows of their own. */
export type AssertionBody = Omit<Assertion, 'claims'>;

/**
 * What a write changed, gathered over a transaction and settled at its end: groups whose assertions must
 * be looked at again, and assertions that lost or changed claims.
 */
export interface WorkSet {
  readonly groups: Set<string>;
  readonly assertions: Set<string>;
}

export const newWorkSet = (): WorkSet => ({ groups: new Set(), assertions: new Set() });

interface Placement {
  readonly base: string;
  readonly dated: boolean;
  readonly whenStart: string | null;
  readonly whenEnd: string | null;
  readonly groupKey: string;
}

interface LightRow {
  rowid: number;
  key: string;
  assertion_id: string | null;
  published: string | null;
  when_start: string | null;
  when_end: string | null;
  dated: number;
  modality: Claim['modality'];
}

/** Mentions found this way name the entity; descriptions and pronouns only refer to it. */
const NAMING_VIAS = new Set(['gazetteer', 'demonym', 'metonym', 'name-pattern']);

/**
 * Writes the knowledge base: an article's extraction replaces its previous one; at the end of the
 * transaction, every time cluster its old or new claims touch is rebuilt from its claims, so the result
 * never depends on the order in which articles arrived. Callers run these inside a transaction.
 */
export class KnowledgeWriter {
  private merges: Map<string, string> | null = null;
  private grades: OutletGrades;
  private readonly stories: StoryIndex;
  private readonly s;

  private dataVersion = -1;

  constructor(
    private readonly db: Database,
    private readonly defaultGrades: OutletGrades,
  ) {
    this.stories = new StoryIndex(db);
    this.grades = defaultGrades;
    this.s = {
      oldClaims: db.prepare<[string], { group_key: string; assertion_id: string | null }>(
        'SELECT group_key, assertion_id FROM claims WHERE article_id = ?',
      ),
      deleteClaims: db.prepare<[string]>('DELETE FROM claims WHERE article_id = ?'),
      oldEntities: db.prepare<[string], { entity_id: string; aliases: string }>(
        'SELECT entity_id, aliases FROM article_entities WHERE article_id = ?',
      ),
      deleteArticleEntities: db.prepare<[string]>('DELETE FROM article_entities WHERE article_id = ?'),
      countArticle: db.prepare<[number, string]>('UPDATE entities SET articles = articles + ? WHERE id = ?'),
      decrementAlias: db.prepare<[string, string]>(
        "UPDATE entity_aliases SET articles = articles - 1 WHERE entity_id = ? AND alias = ? AND source = 'article'",
      ),
      dropAlias: db.prepare<[string, string]>(
        "DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ? AND source = 'article' AND articles <= 0",
      ),
      upsertExtraction: db.prepare(
        `INSERT INTO extractions (article_id, version, extractor, extracted_at, story_id, published, outlet, document)
         VALUES (@articleId, @version, @extractor, @extractedAt, @storyId, @published, @outlet, @document)
         ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, extractor = excluded.extractor,
           extracted_at = excluded.extracted_at, story_id = excluded.story_id, published = excluded.published,
           outlet = excluded.outlet, document = excluded.document`,
      ),
      insertEntity: db.prepare(
        `INSERT INTO entities (id, name, type, country, category, designation)
         VALUES (@id, @name, @type, @country, @category, @designation) ON CONFLICT (id) DO NOTHING`,
      ),
      gazetteerAlias: db.prepare<[string, string]>(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, source, articles) VALUES (?, ?, 'gazetteer', 0)",
      ),
      articleAlias: db.prepare<[string, string]>(
        `INSERT INTO entity_aliases (entity_id, alias, source, articles) VALUES (?, ?, 'article', 1)
         ON CONFLICT (entity_id, alias, source) DO UPDATE SET articles = articles + 1`,
      ),
      insertArticleEntity: db.prepare<[string, string, number, string]>(
        'INSERT INTO article_entities (article_id, entity_id, mentions, aliases) VALUES (?, ?, ?, ?)',
      ),
      review: db.prepare<[string], { correction: string | null }>(
        'SELECT correction FROM claim_reviews WHERE claim_key = ?',
      ),
      insertClaim: db.prepare(
        `INSERT INTO claims (key, article_id, version, claim_id, type, stage, modality, published, outlet, url, story_id,
           base_key, dated, when_start, when_end, group_key, body)
         VALUES (@key, @articleId, @version, @claimId, @type, @stage, @modality, @published, @outlet, @url, @storyId,
           @base, @dated, @whenStart, @whenEnd, @groupKey, @body)`,
      ),
      insertClaimEntity: db.prepare<[string, number | bigint]>(
        'INSERT OR IGNORE INTO claim_entities (entity_id, claim_rowid) VALUES (?, ?)',
      ),
      lightRows: db.prepare<[string], LightRow>(
        `SELECT rowid, key, assertion_id, published, when_start, when_end, dated, modality
           FROM claims WHERE group_key = ?`,
      ),
      fullRows: db.prepare<[string], ClaimRow>(
        `SELECT ${CLAIM_ROW_COLUMNS} FROM claims c LEFT JOIN claim_reviews r ON r.claim_key = c.key
          WHERE c.rowid IN (SELECT value FROM json_each(?))`,
      ),
      groupAssertions: db.prepare<[string], { id: string; claims: number }>(
        'SELECT id, claims FROM assertions WHERE group_key = ?',
      ),
      assertionBody: db.prepare<[string], { body: string }>('SELECT body FROM assertions WHERE id = ?'),
      deleteAssertion: db.prepare<[string]>('DELETE FROM assertions WHERE id = ?'),
      insertAssertion: db.prepare(
        `INSERT INTO assertions (id, group_key, type, stage, supplier, recipient, when_start, when_end, first_seen, last_seen,
           sort_time, strongest, weakest, contradicted, independent, claims, rating, credibility, review, body)
         VALUES (@id, @groupKey, @type, @stage, @supplier, @recipient, @whenStart, @whenEnd, @firstSeen, @lastSeen,
           @sortTime, @strongest, @weakest, @contradicted, @independent, @claims, @rating, @credibility, @review, @body)`,
      ),
      insertRole: db.prepare<[string, string, string | null, string]>(
        'INSERT OR IGNORE INTO assertion_roles (entity_id, role, sort_time, assertion_id) VALUES (?, ?, ?, ?)',
      ),
      insertItem: db.prepare<[string, string | null, string]>(
        'INSERT OR IGNORE INTO assertion_items (category, sort_time, assertion_id) VALUES (?, ?, ?)',
      ),
      setAssertion: db.prepare<[string, number]>('UPDATE claims SET assertion_id = ? WHERE rowid = ?'),
      addLink: db.prepare(
        `INSERT INTO actor_links (entity_id, role, counterpart, type, stage, modality, assertions, independent)
         VALUES (@entity, @role, @counterpart, @type, @stage, @modality, @n, @independent)
         ON CONFLICT (entity_id, role, counterpart, type, stage, modality)
         DO UPDATE SET assertions = assertions + excluded.assertions, independent = independent + excluded.independent`,
      ),
      dropLink: db.prepare(
        `DELETE FROM actor_links WHERE entity_id = @entity AND role = @role AND counterpart = @counterpart
           AND type = @type AND stage = @stage AND modality = @modality AND assertions <= 0`,
      ),
      addOutlet: db.prepare<[string, string, number]>(
        `INSERT INTO actor_outlets (entity_id, outlet, assertions) VALUES (?, ?, ?)
         ON CONFLICT (entity_id, outlet) DO UPDATE SET assertions = assertions + excluded.assertions`,
      ),
      dropOutlet: db.prepare<[string, string]>(
        'DELETE FROM actor_outlets WHERE entity_id = ? AND outlet = ? AND assertions <= 0',
      ),
      claimsByRawIds: db.prepare<
        [string],
        { rowid: number; body: string; correction: string | null; story_id: string }
      >(
        `SELECT c.rowid, c.body, r.correction, c.story_id FROM claims c
           LEFT JOIN claim_reviews r ON r.claim_key = c.key
          WHERE c.rowid IN (SELECT claim_rowid FROM claim_entities WHERE entity_id IN (SELECT value FROM json_each(?)))`,
      ),
      claimsByKeys: db.prepare<
        [string],
        { rowid: number; body: string; correction: string | null; story_id: string }
      >(
        `SELECT c.rowid, c.body, r.correction, c.story_id FROM claims c
           LEFT JOIN claim_reviews r ON r.claim_key = c.key WHERE c.key IN (SELECT value FROM json_each(?))`,
      ),
      placementOf: db.prepare<[number], { group_key: string; assertion_id: string | null }>(
        'SELECT group_key, assertion_id FROM claims WHERE rowid = ?',
      ),
      replace: db.prepare(
        `UPDATE claims SET base_key = @base, dated = @dated, when_start = @whenStart, when_end = @whenEnd,
           group_key = @groupKey, assertion_id = NULL WHERE rowid = @rowid`,
      ),
      outlets: db.prepare<[], { outlet: string }>(
        'SELECT DISTINCT outlet FROM extractions WHERE outlet IS NOT NULL',
      ),
      claimsOfOutlet: db.prepare<[string], { group_key: string; assertion_id: string | null }>(
        'SELECT group_key, assertion_id FROM claims WHERE outlet = ?',
      ),
      merges: db.prepare<[], { from_id: string; into_id: string }>(
        'SELECT from_id, into_id FROM entity_merges',
      ),
      grades: db.prepare<[], { outlet: string; grade: ReliabilityGrade }>(
        'SELECT outlet, grade FROM outlet_grades',
      ),
    };
  }

  /**
   * Merges and outlet grades are cached per connection: reloaded when another connection committed
   * (SQLite's data_version changed) and, forced, at the start of every write — a rolled-back transaction
   * may have changed the cache without changing the store.
   */
  refresh(force = false): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (!force && version === this.dataVersion) return;
    this.dataVersion = version;
    this.merges = null;
    this.grades = this.defaultGrades;
    for (const row of this.s.grades.all()) this.grades = withGrade(this.grades, row.outlet, row.grade);
  }

  /** An entity id after analyst merges (followed to the end; a cycle, which merge refuses, stops). */
  resolve = (id: string): string => {
    if (this.dataVersion < 0) this.refresh();
    this.merges ??= new Map(this.s.merges.all().map((r) => [r.from_id, r.into_id]));
    let current = id;
    for (let hops = 0; hops < 32; hops++) {
      const next = this.merges.get(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  };

  /**
   * Where a claim (as corrected) goes: its group, the type, stage and principal roles with merges applied.
   * A claim that names none of its principal roles (a seizure of "mortar rounds" by nobody named) says
   * nothing that ties it to another article's claim: its group is its story's own.
   */
  private place(claim: Claim, storyId: string): Placement {
    const base = groupKeyOf(claim, this.resolve);
    const named = PRINCIPAL_ROLES[claim.type].some((role) => {
      const value = claim[role];
      const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      return ids.some((id) => !id.startsWith('anon:'));
    });
    const groupKey = named ? base : `${base}|story=${storyId}`;
    if (isDatedClaim(claim)) {
      const when = claim.when as NonNullable<Claim['when']>;
      return { base, dated: true, whenStart: when.start, whenEnd: when.end, groupKey };
    }
    return { base, dated: false, whenStart: null, whenEnd: null, groupKey };
  }

  /** Stores one article's extraction in place of its previous one; what it changed goes to `work`. */
  storeArticle(article: ArticleRef, extracted: Extraction, extractor: string, work: WorkSet): void {
    const s = this.s;
    const extraction = scopeAmbiguousIds(extracted);
    for (const row of s.oldClaims.all(article.id)) {
      work.groups.add(row.group_key);
      if (row.assertion_id) work.assertions.add(row.assertion_id);
    }
    s.deleteClaims.run(article.id);
    for (const row of s.oldEntities.all(article.id)) {
      s.countArticle.run(-1, row.entity_id);
      for (const alias of JSON.parse(row.aliases) as string[]) {
        s.decrementAlias.run(row.entity_id, alias);
        s.dropAlias.run(row.entity_id, alias);
      }
    }
    s.deleteArticleEntities.run(article.id);

    const storyId = this.stories.assign(article);
    const { text: _text, ...articleMeta } = extraction.article;
    // The claims are rows of their own: the document keeps the rest (entities with mentions, times, amounts).
    const { explain: _explain, claims: _claims, ...rest } = extraction;
    s.upsertExtraction.run({
      articleId: article.id,
      version: article.version,
      extractor,
      extractedAt: new Date().toISOString(),
      storyId,
      published: article.published,
      outlet: article.outlet,
      document: JSON.stringify({ ...rest, article: articleMeta }),
    });

    for (const entity of extraction.entities) {
      const { changes } = s.insertEntity.run({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        country: entity.country,
        category: entity.category ?? null,
        designation: entity.designation ?? null,
      });
      // The gazetteer's aliases are the same in every article: recorded when the entity is first seen.
      if (changes > 0) for (const alias of entity.aliases) s.gazetteerAlias.run(entity.id, alias);
      const aliases = [
        ...new Set(
          entity.mentions
            .filter((m) => NAMING_VIAS.has(m.via))
            .map((m) => m.text.replace(/\s+/g, ' ').trim()),
        ),
      ];
      for (const alias of aliases) s.articleAlias.run(entity.id, alias);
      s.insertArticleEntity.run(article.id, entity.id, entity.mentions.length, JSON.stringify(aliases));
      s.countArticle.run(1, entity.id);
    }

    const seen = new Map<string, number>();
    for (const claim of extraction.claims) {
      let key = claimKey(article.id, claim);
      // Two claims of one article reading the same event (they differ in items or time): keep both.
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      if (n > 0) key = `${key}~${n}`;
      const effective = applyCorrection(claim, parseCorrection(s.review.get(key)?.correction ?? null));
      const placed = this.place(effective, storyId);
      work.groups.add(placed.groupKey);
      const { lastInsertRowid } = s.insertClaim.run({
        key,
        articleId: article.id,
        version: article.version,
        claimId: claim.id,
        type: claim.type,
        stage: claim.stage,
        modality: claim.modality,
        published: article.published,
        outlet: article.outlet,
        url: article.url,
        storyId,
        ...placed,
        dated: placed.dated ? 1 : 0,
        body: JSON.stringify(claim),
      });
      for (const id of new Set([...entityIdsOf(claim), ...entityIdsOf(effective)]))
        s.insertClaimEntity.run(id, lastInsertRowid);
    }
  }

  /** Settles a transaction's work: every group whose claims changed is looked at again. */
  finish(work: WorkSet): void {
    for (const group of work.groups) this.rebuildGroup(group, work.assertions);
    work.groups.clear();
    work.assertions.clear();
  }

  /**
   * Rebuilds the assertions of one group whose claims changed. Clusters are computed from index columns;
   * only a cluster that is not exactly an untouched stored assertion is read in full and rebuilt.
   */
  private rebuildGroup(groupKey: string, dirtyAssertions: ReadonlySet<string>): void {
    const s = this.s;
    const rows = s.lightRows.all(groupKey);
    const stored = new Map(s.groupAssertions.all(groupKey).map((a) => [a.id, a.claims]));
    const clusters = clusterByTime(
      rows.map((row) => ({
        key: row.key,
        published: row.published,
        row,
        claim: {
          modality: row.modality,
          when: row.dated ? { text: '', start: row.when_start as string, end: row.when_end as string } : null,
        },
      })),
    );
    const kept = new Set<string>();
    const changed: LightRow[][] = [];
    for (const cluster of clusters) {
      const first = cluster.members[0]?.row.assertion_id ?? null;
      const untouched =
        first !== null &&
        !dirtyAssertions.has(first) &&
        stored.get(first) === cluster.members.length &&
        cluster.members.every((m) => m.row.assertion_id === first);
      if (untouched) kept.add(first);
      else changed.push(cluster.members.map((m) => m.row));
    }
    for (const id of stored.keys()) {
      if (kept.has(id)) continue;
      const body = s.assertionBody.get(id);
      if (body) this.countLinks(JSON.parse(body.body) as AssertionBody, -1);
      s.deleteAssertion.run(id);
    }
    const ids = new Set(kept);
    for (const members of changed) {
      const records = s.fullRows
        .all(JSON.stringify(members.map((m) => m.rowid)))
        .map((row) => claimRecordOf(row, this.resolve));
      const current = new Map(members.map((m) => [m.key, m]));
      for (const assertion of buildAssertions(records, this.grades, groupKey)) {
        let id = assertion.id;
        for (let n = 2; ids.has(id); n++) id = `${assertion.id}-${n}`;
        ids.add(id);
        const { claims, ...summary } = assertion;
        const body: AssertionBody = { ...summary, id };
        const sortTime = assertion.when?.start ?? assertion.firstSeen;
        s.insertAssertion.run({
          id,
          groupKey,
          type: assertion.type,
          stage: assertion.stage,
          supplier: assertion.supplier ?? null,
          recipient: assertion.recipient ?? null,
          whenStart: assertion.when?.start ?? null,
          whenEnd: assertion.when?.end ?? null,
          firstSeen: assertion.firstSeen,
          lastSeen: assertion.lastSeen,
          sortTime,
          strongest: assertion.modality.strongest,
          weakest: assertion.modality.weakest,
          contradicted: assertion.contradicted ? 1 : 0,
          independent: assertion.sources.independent,
          claims: claims.length,
          rating: assertion.credibility.rating,
          credibility: assertion.credibility.score,
          review: assertion.review,
          body: JSON.stringify(body),
        });
        for (const role of ROLE_FIELDS) {
          const value = assertion[role];
          for (const entity of typeof value === 'string' ? [value] : (value ?? []))
            s.insertRole.run(entity, role, sortTime, id);
        }
        for (const item of assertion.items) s.insertItem.run(item.category, sortTime, id);
        for (const claim of claims) {
          const row = current.get(claim.key);
          if (row && row.assertion_id !== id) s.setAssertion.run(id, row.rowid);
        }
        this.countLinks(body, 1);
      }
    }
  }

  /** Keeps the actor-profile aggregates in step: +1 when an assertion is written, −1 when it goes. */
  private countLinks(body: AssertionBody, sign: 1 | -1): void {
    if (body.review === 'rejected') return;
    const touched = new Set<string>();
    for (const link of actorLinksOf(body)) {
      this.s.addLink.run({ ...link, n: sign, independent: sign * body.sources.independent });
      if (sign < 0) this.s.dropLink.run(link);
      touched.add(link.entity);
    }
    for (const entity of touched)
      for (const { outlet } of body.sources.outlets) {
        this.s.addOutlet.run(entity, outlet, sign);
        if (sign < 0) this.s.dropOutlet.run(entity, outlet);
      }
  }

  /** Claims are placed again (after a merge, split or correction): each goes where its resolved, corrected form belongs. */
  private replace(
    rows: readonly { rowid: number; body: string; correction: string | null; story_id: string }[],
    work: WorkSet,
  ): void {
    for (const row of rows) {
      const effective = applyCorrection(JSON.parse(row.body) as Claim, parseCorrection(row.correction));
      for (const id of entityIdsOf(effective)) this.s.insertClaimEntity.run(id, row.rowid);
      const before = this.s.placementOf.get(row.rowid);
      if (!before) continue;
      work.groups.add(before.group_key);
      if (before.assertion_id) work.assertions.add(before.assertion_id);
      const placed = this.place(effective, row.story_id);
      this.s.replace.run({ ...placed, dated: placed.dated ? 1 : 0, rowid: row.rowid });
      work.groups.add(placed.groupKey);
    }
  }

  /** The merges changed in this transaction: resolve from the table again. */
  forgetMerges(): void {
    this.merges = null;
  }

  /** After a merge or split: claims naming these raw ids move to the groups their new resolution gives. */
  regroupClaimsOf(rawIds: readonly string[], work: WorkSet): void {
    this.merges = null;
    this.replace(this.s.claimsByRawIds.all(JSON.stringify(rawIds)), work);
  }

  /** After a review of these claims: their assertions are rebuilt, and a corrected claim moves where it belongs. */
  regroupClaims(keys: readonly string[], work: WorkSet): void {
    this.replace(this.s.claimsByKeys.all(JSON.stringify(keys)), work);
  }

  /** An outlet's grade changed: every assertion it carried is rated again. */
  regrade(outlet: string, work: WorkSet): void {
    this.refresh(true);
    // Grades match outlet names case-insensitively in every script ("ÉLYSÉE WIRE" is "Élysée Wire"), as
    // gradeOf does; SQLite's NOCASE folds ASCII only.
    const name = outlet.toLowerCase();
    for (const { outlet: stored } of this.s.outlets.all()) {
      if (stored.toLowerCase() !== name) continue;
      for (const row of this.s.claimsOfOutlet.all(stored)) {
        work.groups.add(row.group_key);
        if (row.assertion_id) work.assertions.add(row.assertion_id);
      }
    }
  }
}
