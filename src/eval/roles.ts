import type { Claim } from '../extract/claims/claim.js';
import type { ExtractedEntity } from '../extract/extraction.js';
import { type GoldClaim, type GoldMatch, LIST_ROLES, SINGLE_ROLES } from './gold.js';
import { entityNames, normalizeNames } from './names.js';

/** The entities of one extraction by id, with the normalized names each answers to. */
export interface EntityIndex {
  get(id: string): ExtractedEntity | undefined;
  names(id: string): ReadonlySet<string>;
}

export function indexEntities(entities: readonly ExtractedEntity[]): EntityIndex {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const cache = new Map<string, ReadonlySet<string>>();
  return {
    get: (id) => byId.get(id),
    names: (id) => {
      let names = cache.get(id);
      if (!names) {
        names = entityNames(id, byId.get(id));
        cache.set(id, names);
      }
      return names;
    },
  };
}

/** A predicted claim matches a gold claim when the type is equal and every role in `match` matches. */
export function claimMatches(gold: GoldClaim, claim: Claim, entities: EntityIndex): boolean {
  return gold.type === claim.type && rolesMatch(gold.match, claim, entities);
}

export function rolesMatch(match: GoldMatch, claim: Claim, entities: EntityIndex): boolean {
  for (const role of SINGLE_ROLES) {
    const expected = match[role];
    if (expected && !answersTo(claim[role], normalizeNames(expected), entities)) return false;
  }
  for (const role of LIST_ROLES) {
    const expected = match[role];
    if (expected && !listMatches(expected, claim[role] ?? [], entities)) return false;
  }
  return true;
}

function answersTo(
  id: string | null | undefined,
  expected: ReadonlySet<string>,
  entities: EntityIndex,
): boolean {
  if (!id) return false;
  for (const name of entities.names(id)) if (expected.has(name)) return true;
  return false;
}

/**
 * Every gold name set is met by its own predicted entity (two sides of a tie are two entities, so one
 * entity cannot stand for both); extra predicted entities are fine. A small bipartite matching (Kuhn's
 * augmenting paths), since one entity may answer to more than one set.
 */
function listMatches(expected: readonly string[][], ids: readonly string[], entities: EntityIndex): boolean {
  const sets = expected.map(normalizeNames);
  const members = [...new Set(ids)];
  if (members.length < sets.length) return false;
  const fits = sets.map((set) => members.map((id) => answersTo(id, set, entities)));
  const owner: (number | undefined)[] = members.map(() => undefined);
  const place = (s: number, seen: boolean[]): boolean => {
    for (let m = 0; m < members.length; m++) {
      if (!fits[s]?.[m] || seen[m]) continue;
      seen[m] = true;
      const current = owner[m];
      if (current === undefined || place(current, seen)) {
        owner[m] = s;
        return true;
      }
    }
    return false;
  };
  return sets.every((_, s) =>
    place(
      s,
      members.map(() => false),
    ),
  );
}
