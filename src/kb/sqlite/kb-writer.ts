import type { Database } from 'better-sqlite3';
import type { Claim } from '../../extract/claims/claim.js';
import type { Extraction } from '../../extract/extraction.js';
import { buildAssertions } from '../assertion-builder.js';
import { claimKey, groupKeyOf, ROLE_FIELDS, roleEntries } from '../claim-key.js';
import { type OutletGrades, withGrade } from '../credibility.js';
import type { Assertion, ReliabilityGrade } from '../model.js';
import { actorLinksOf } from './actor-links.js';
import { type ClaimRow, claimRecordOf, parseCorrection } from './claim-records.js';
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

/** Mentions found this way name the entity; descriptions and pronouns only refer to it. */
const NAMING_VIAS = new Set(['gazetteer', 'demonym', 'metonym', 'name-pattern']);

/** The stored body of an assertion: everything but its claims, which are rows of their own. */
export type AssertionBody = Omit<Assertion, 'claims'> & { readonly claimKeys: readonly string[] };

/**
 * Writes the knowledge base: an article's extraction replaces its previous one, and every assertion
 * its old or new claims belong to is rebuilt from its claims (so the result never depends on the order
 * in which articles arrived). Callers run these inside a transaction.
 */
export class KnowledgeWriter {
  private merges: Map<string, string> | null = null;
  private grades: OutletGrades;
  private readonly stories: StoryIndex;
  private readonly s;

  constructor(
    private readonly db: Database,
    defaultGrades: OutletGrades,
  ) {
    this.stories = new StoryIndex(db);
    this.grades = defaultGrades;
    for (const row of db
      .prepare<[], { outlet: string; grade: ReliabilityGrade }>('SELECT outlet, grade FROM outlet_grades')
      .all())
      this.grades = withGrade(this.grades, row.outlet, row.grade);
    this.s = {
      oldClaims: db.prepare<[string], { group_key: string }>(
        'SELECT group_key FROM claims WHERE article_id = ?',
      ),
      deleteClaims: db.prepare<[string]>('DELETE FROM claims WHERE article_id = ?'),
      oldEntities: db.prepare<[string], { entity_id: string; aliases: string }>(
        'SELECT entity_id, aliases FROM article_entities WHERE article_id = ?',
      ),
      deleteArticleEntities: db.prepare<[string]>('DELETE FROM article_entities WHERE article_id = ?'),
      decrementAlias: db.prepare<[string, string]>(
        "UPDATE entity_aliases SET articles = articles - 1 WHERE entity_id = ? AND alias = ? AND source = 'article'",
      ),
      dropUnusedAliases: db.prepare("DELETE FROM entity_aliases WHERE source = 'article' AND articles <= 0"),
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
      review: db.prepare<[string], { status: ClaimRow['status']; correction: string | null }>(
        'SELECT status, correction FROM claim_reviews WHERE claim_key = ?',
      ),
      insertClaim: db.prepare(
        `INSERT INTO claims (key, article_id, version, claim_id, type, stage, modality, published, outlet, url, story_id, group_key, body)
         VALUES (@key, @articleId, @version, @claimId, @type, @stage, @modality, @published, @outlet, @url, @storyId, @groupKey, @body)`,
      ),
      insertClaimEntity: db.prepare<[string, number | bigint]>(
        'INSERT OR IGNORE INTO claim_entities (entity_id, claim_rowid) VALUES (?, ?)',
      ),
      groupClaims: db.prepare<[string], ClaimRow>(
        `SELECT c.rowid, c.key, c.article_id, c.version, c.published, c.outlet, c.url, c.story_id, c.group_key, c.body,
                r.status, r.correction
           FROM claims c LEFT JOIN claim_reviews r ON r.claim_key = c.key
          WHERE c.group_key = ?`,
      ),
      groupAssertions: db.prepare<[string], { id: string; body: string }>(
        'SELECT id, body FROM assertions WHERE group_key = ?',
      ),
      deleteAssertions: db.prepare<[string]>('DELETE FROM assertions WHERE group_key = ?'),
      insertAssertion: db.prepare(
        `INSERT INTO assertions (id, group_key, type, stage, supplier, recipient, when_start, when_end, first_seen, last_seen,
           sort_time, strongest, weakest, contradicted, independent, claims, rating, credibility, review, body)
         VALUES (@id, @groupKey, @type, @stage, @supplier, @recipient, @whenStart, @whenEnd, @firstSeen, @lastSeen,
           @sortTime, @strongest, @weakest, @contradicted, @independent, @claims, @rating, @credibility, @review, @body)`,
      ),
      insertRole: db.prepare<[string, string, string | null, string]>(
        'INSERT OR IGNORE INTO assertion_roles (entity_id, role, sort_time, assertion_id) VALUES (?, ?, ?, ?)',
      ),
      insertItem: db.prepare<[string, string]>(
        'INSERT OR IGNORE INTO assertion_items (category, assertion_id) VALUES (?, ?)',
      ),
      setAssertion: db.prepare<[string, string]>('UPDATE claims SET assertion_id = ? WHERE key = ?'),
      addLink: db.prepare(
        `INSERT INTO actor_links (entity_id, role, counterpart, type, stage, modality, assertions, independent)
         VALUES (@entity, @role, @counterpart, @type, @stage, @modality, @n, @independent)
         ON CONFLICT (entity_id, role, counterpart, type, stage, modality)
         DO UPDATE SET assertions = assertions + excluded.assertions, independent = independent + excluded.independent`,
      ),
      dropEmptyLinks: db.prepare<[string]>('DELETE FROM actor_links WHERE entity_id = ? AND assertions <= 0'),
      addOutlet: db.prepare<[string, string, number]>(
        `INSERT INTO actor_outlets (entity_id, outlet, assertions) VALUES (?, ?, ?)
         ON CONFLICT (entity_id, outlet) DO UPDATE SET assertions = assertions + excluded.assertions`,
      ),
      dropEmptyOutlets: db.prepare<[string]>(
        'DELETE FROM actor_outlets WHERE entity_id = ? AND assertions <= 0',
      ),
      claimsOfEntities: db.prepare<
        [string],
        { rowid: number; key: string; group_key: string; body: string; correction: string | null }
      >(
        `SELECT c.rowid, c.key, c.group_key, c.body, r.correction FROM claims c
           LEFT JOIN claim_reviews r ON r.claim_key = c.key
          WHERE c.rowid IN (SELECT claim_rowid FROM claim_entities WHERE entity_id IN (SELECT value FROM json_each(?)))`,
      ),
      claimsOfOutlet: db.prepare<[string], { group_key: string }>(
        'SELECT DISTINCT group_key FROM claims WHERE outlet = ? COLLATE NOCASE',
      ),
      setGroupKey: db.prepare<[string, number]>('UPDATE claims SET group_key = ? WHERE rowid = ?'),
      merges: db.prepare<[], { from_id: string; into_id: string }>(
        'SELECT from_id, into_id FROM entity_merges',
      ),
    };
  }

  /** An entity id after analyst merges (followed to the end; a cycle, which merge refuses, stops). */
  resolve = (id: string): string => {
    this.merges ??= new Map(this.s.merges.all().map((r) => [r.from_id, r.into_id]));
    let current = id;
    for (let hops = 0; hops < 32; hops++) {
      const next = this.merges.get(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  };

  /** Stores one article's extraction in place of its previous one; returns the groups to rebuild. */
  storeArticle(article: ArticleRef, extraction: Extraction, extractor: string, dirty: Set<string>): void {
    const s = this.s;
    for (const row of s.oldClaims.all(article.id)) dirty.add(row.group_key);
    s.deleteClaims.run(article.id);
    for (const row of s.oldEntities.all(article.id))
      for (const alias of JSON.parse(row.aliases) as string[]) s.decrementAlias.run(row.entity_id, alias);
    s.deleteArticleEntities.run(article.id);
    s.dropUnusedAliases.run();

    const storyId = this.stories.assign(article);
    const { text: _text, ...articleMeta } = extraction.article;
    const { explain: _explain, ...rest } = extraction;
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
      s.insertEntity.run({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        country: entity.country,
        category: entity.category ?? null,
        designation: entity.designation ?? null,
      });
      for (const alias of entity.aliases) s.gazetteerAlias.run(entity.id, alias);
      const aliases = [
        ...new Set(
          entity.mentions
            .filter((m) => NAMING_VIAS.has(m.via))
            .map((m) => m.text.replace(/\s+/g, ' ').trim()),
        ),
      ];
      for (const alias of aliases) s.articleAlias.run(entity.id, alias);
      s.insertArticleEntity.run(article.id, entity.id, entity.mentions.length, JSON.stringify(aliases));
    }

    const seen = new Map<string, number>();
    for (const claim of extraction.claims) {
      let key = claimKey(article.id, claim);
      // Two claims of one article reading the same event (they differ in items or time): keep both.
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      if (n > 0) key = `${key}~${n}`;
      const review = s.review.get(key);
      const effective = applyCorrection(claim, parseCorrection(review?.correction ?? null));
      const groupKey = groupKeyOf(effective, this.resolve);
      dirty.add(groupKey);
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
        groupKey,
        body: JSON.stringify(claim),
      });
      for (const [, id] of [...roleEntries(claim), ...roleEntries(effective)])
        s.insertClaimEntity.run(id, lastInsertRowid);
    }
  }

  /** Rebuilds every assertion of the given group keys from their claims. */
  rebuildGroups(keys: Iterable<string>): void {
    for (const key of keys) this.rebuildGroup(key);
  }

  private rebuildGroup(groupKey: string): void {
    const s = this.s;
    for (const old of s.groupAssertions.all(groupKey))
      this.countLinks(JSON.parse(old.body) as AssertionBody, -1);
    s.deleteAssertions.run(groupKey);
    const records = s.groupClaims.all(groupKey).map((row) => claimRecordOf(row, this.resolve));
    const ids = new Set<string>();
    for (const assertion of buildAssertions(records, this.grades)) {
      let id = assertion.id;
      for (let n = 2; ids.has(id); n++) id = `${assertion.id}-${n}`;
      ids.add(id);
      const { claims, ...summary } = assertion;
      const body: AssertionBody = { ...summary, id, claimKeys: claims.map((c) => c.key) };
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
      for (const item of assertion.items) s.insertItem.run(item.category, id);
      for (const claim of claims) s.setAssertion.run(id, claim.key);
      this.countLinks(body, 1);
    }
  }

  /** Keeps the actor-profile aggregates in step: +1 when an assertion is written, −1 when it goes. */
  private countLinks(body: AssertionBody, sign: 1 | -1): void {
    if (body.review === 'rejected') return;
    const touched = new Set<string>();
    for (const link of actorLinksOf(body)) {
      this.s.addLink.run({ ...link, n: sign, independent: sign * body.sources.independent });
      touched.add(link.entity);
    }
    for (const entity of touched)
      for (const { outlet } of body.sources.outlets) this.s.addOutlet.run(entity, outlet, sign);
    if (sign < 0)
      for (const entity of touched) {
        this.s.dropEmptyLinks.run(entity);
        this.s.dropEmptyOutlets.run(entity);
      }
  }

  /** After a merge or split: claims naming these raw ids move to the groups their new resolution gives. */
  regroupClaimsOf(rawIds: readonly string[], dirty: Set<string>): void {
    this.merges = null;
    for (const row of this.s.claimsOfEntities.all(JSON.stringify(rawIds))) {
      const effective = applyCorrection(JSON.parse(row.body) as Claim, parseCorrection(row.correction));
      const groupKey = groupKeyOf(effective, this.resolve);
      dirty.add(row.group_key);
      if (groupKey !== row.group_key) {
        this.s.setGroupKey.run(groupKey, row.rowid);
        dirty.add(groupKey);
      }
    }
  }

  /** After a correction of these claims: each goes to the group its corrected form belongs to. */
  regroupClaims(keys: readonly string[], dirty: Set<string>): void {
    const rows = this.db
      .prepare<
        [string],
        { rowid: number; key: string; group_key: string; body: string; correction: string | null }
      >(
        `SELECT c.rowid, c.key, c.group_key, c.body, r.correction FROM claims c
           LEFT JOIN claim_reviews r ON r.claim_key = c.key WHERE c.key IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(keys));
    for (const row of rows) {
      const effective = applyCorrection(JSON.parse(row.body) as Claim, parseCorrection(row.correction));
      for (const [, id] of roleEntries(effective)) this.s.insertClaimEntity.run(id, row.rowid);
      const groupKey = groupKeyOf(effective, this.resolve);
      dirty.add(row.group_key);
      if (groupKey !== row.group_key) {
        this.s.setGroupKey.run(groupKey, row.rowid);
        dirty.add(groupKey);
      }
    }
  }

  /** An outlet's grade changed: every assertion it carried is rated again. */
  regrade(outlet: string, grade: ReliabilityGrade | null, defaults: OutletGrades, dirty: Set<string>): void {
    this.grades = grade ? withGrade(this.grades, outlet, grade) : defaults;
    if (!grade)
      for (const row of this.db
        .prepare<[], { outlet: string; grade: ReliabilityGrade }>('SELECT outlet, grade FROM outlet_grades')
        .all())
        this.grades = withGrade(this.grades, row.outlet, row.grade);
    for (const row of this.s.claimsOfOutlet.all(outlet)) dirty.add(row.group_key);
  }

  get outletGrades(): OutletGrades {
    return this.grades;
  }
}
