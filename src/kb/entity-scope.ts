import type { Claim } from '../extract/claims/claim.js';
import type { ExtractedEntity, Extraction } from '../extract/extraction.js';
import { GENERIC_BODY } from '../extract/refiners/owner-refiner.js';
import { ROLE_FIELDS } from './claim-key.js';

/**
 * A name the gazetteer does not know and that is one word ("Shin", "Lembak"), or a ministry or force
 * named without its country ("the police"), says too little to be the same actor in two articles: its id is scoped to the article (`person:shin@ARTICLE`), so the knowledge
 * base never merges two articles' "Shin" on the shared string. An analyst merges them, when they are one,
 * from the look-alike suggestions (`armstrace entities --suggest`).
 */
export function isAmbiguousName(entity: ExtractedEntity): boolean {
  if (entity.id.startsWith('anon:') || entity.aliases.length > 0) return false;
  if (entity.mentions.some((m) => m.via !== 'name-pattern' && m.via !== 'coreference')) return false;
  // "the police", "the Defence Ministry" with no country named: a different body in every article.
  const ownerless =
    (entity.type === 'government_body' || entity.type === 'military_unit') &&
    entity.country === null &&
    GENERIC_BODY.test(entity.name);
  return ownerless || !/\s/.test(entity.name.trim());
}

/** The extraction with ambiguous ids scoped to its article, in entities and in every claim role. */
export function scopeAmbiguousIds(extraction: Extraction): Extraction {
  const scoped = new Map<string, string>();
  for (const entity of extraction.entities)
    if (isAmbiguousName(entity)) scoped.set(entity.id, `${entity.id}@${extraction.article.id}`);
  if (scoped.size === 0) return extraction;
  const map = (id: string) => scoped.get(id) ?? id;
  return {
    ...extraction,
    entities: extraction.entities.map((e) => (scoped.has(e.id) ? { ...e, id: map(e.id) } : e)),
    claims: extraction.claims.map((claim) => {
      const out: Record<string, unknown> = { ...claim };
      for (const role of ROLE_FIELDS) {
        const value = claim[role];
        if (typeof value === 'string') out[role] = map(value);
        else if (Array.isArray(value)) out[role] = value.map(map);
      }
      if (claim.where) out.where = map(claim.where);
      out.sources = claim.sources.map((s) => (s.entity ? { ...s, entity: map(s.entity) } : s));
      return out as unknown as Claim;
    }),
  };
}
