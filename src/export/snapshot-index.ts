import type { Assertion, ClaimRecord, KbEntity, KbSnapshot } from '../kb/model.js';

/** What every export looks up in a snapshot: entities by id, the roles of assertions, the articles. */

export type EntityIndex = ReadonlyMap<string, KbEntity>;

export function indexEntities(snapshot: KbSnapshot): EntityIndex {
  return new Map(snapshot.entities.map((e) => [e.id, e]));
}

/** The name to show for an entity id; an id the snapshot does not describe shows as itself. */
export function nameOf(entities: EntityIndex, id: string): string {
  return entities.get(id)?.name ?? id;
}

/** ISO 3166-1 alpha-3 of an entity: its `country`, or a state's own code when `country` is missing. */
export function countryOf(entity: KbEntity): string | null {
  if (entity.country) return entity.country;
  const own = /^state:([A-Z]{3})$/.exec(entity.id);
  return own ? (own[1] as string) : null;
}

/** The assertion fields that name entities, in the order exports list them. */
export const ROLE_FIELDS = [
  'supplier',
  'recipient',
  'intermediaries',
  'end_users',
  'interdicted_by',
  'seizer',
  'actor',
  'target',
  'parties',
] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** The ids one role names, as a list whether the role holds one id or many. */
export function idsIn(assertion: Assertion, role: RoleField): readonly string[] {
  const value = assertion[role];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** An assertion's claims in key order: exports must not depend on the order the knowledge base kept. */
export function claimsByKey(assertion: Assertion): ClaimRecord[] {
  return [...assertion.claims].sort((a, b) => compareStrings(a.key, b.key));
}

/** Every entity an assertion names, roles first then places, each once. */
export function entityIdsOf(assertion: Assertion): string[] {
  return [...new Set([...ROLE_FIELDS.flatMap((role) => idsIn(assertion, role)), ...assertion.where])];
}

/** One article as the exports see it: the latest version any claim here comes from, and those claims. */
export interface ArticleSummary {
  readonly articleId: string;
  readonly version: number;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly claims: readonly { readonly assertion: Assertion; readonly record: ClaimRecord }[];
}

/** The articles the snapshot's claims come from, sorted by id. */
export function articlesOf(snapshot: KbSnapshot): ArticleSummary[] {
  const byId = new Map<string, { latest: ClaimRecord; claims: ArticleSummary['claims'][number][] }>();
  for (const assertion of snapshot.assertions)
    for (const record of assertion.claims) {
      const seen = byId.get(record.articleId);
      if (!seen) byId.set(record.articleId, { latest: record, claims: [{ assertion, record }] });
      else {
        seen.claims.push({ assertion, record });
        if (record.version > seen.latest.version) seen.latest = record;
      }
    }
  return [...byId.values()]
    .map(({ latest, claims }) => ({
      articleId: latest.articleId,
      version: latest.version,
      url: latest.url,
      outlet: latest.outlet,
      published: latest.published,
      claims: claims.sort(
        (x, y) =>
          compareStrings(x.assertion.id, y.assertion.id) || compareStrings(x.record.key, y.record.key),
      ),
    }))
    .sort((a, b) => compareStrings(a.articleId, b.articleId));
}

/** Code-unit order, the same in every locale: exports must not depend on where they run. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct values, first occurrence kept. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
