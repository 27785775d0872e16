import type { EntityMention, EntityVia, Mention, Refiner } from '../types.js';

// Which finding of an entity to believe when two overlap: a listed name over a description over a guess.
const RANK: Record<EntityVia, number> = {
  gazetteer: 0,
  demonym: 0,
  metonym: 0,
  description: 1,
  coreference: 2,
  'name-pattern': 3,
};

/** A designation inside any typed name, or a generic weapon word inside a company's name. */
const namesAround = (name: EntityMention, weapon: EntityMention) =>
  contains(name, weapon) && (!!weapon.designation || name.type === 'company');
const overlaps = (a: EntityMention, b: EntityMention) => a.start < b.end && b.start < a.end;
const contains = (a: EntityMention, b: EntityMention) =>
  a.start <= b.start && b.end <= a.end && (a.start !== b.start || a.end !== b.end);

/**
 * Settles overlapping entity mentions: a name-pattern guess gives way to any other finding it overlaps;
 * a mention inside a longer mention of the same entity ("North Korean" in "the North Korean regime") is
 * dropped. Different entities may nest: "Lebanese" (Lebanon) inside "Lebanese-based trading company".
 */
export const overlapRefiner: Refiner = {
  id: 'overlap',
  refine(ctx, _doc, mentions) {
    const entities = mentions.filter((m): m is EntityMention => m.kind === 'entity');
    const dropped = new Set<EntityMention>();
    for (const a of entities) {
      for (const b of entities) {
        // Overlap first: it rules out nearly every pair, and more cheaply than the set lookups.
        if (!overlaps(a, b) || a === b || dropped.has(a) || dropped.has(b)) continue;
        // A typed name around a weapon is the name: "Kibbutz Sufa" is a place, not the F-16I Sufa, and
        // "Kestrel Arms Ltd" a company, not arms.
        if (b.via === 'name-pattern' && a.type === 'weapon' && namesAround(b, a)) dropped.add(a);
        else if (a.via === 'name-pattern' && b.type === 'weapon' && namesAround(a, b)) continue;
        else if (a.via === 'name-pattern' && RANK[b.via] < RANK[a.via]) dropped.add(a);
        else if (a.entityId === b.entityId && contains(b, a)) dropped.add(a);
        else if (a.start === b.start && a.end === b.end && RANK[b.via] < RANK[a.via]) dropped.add(a);
      }
    }
    for (const m of dropped) ctx.debug(() => `overlap: dropped ${m.via} "${m.text}" (${m.entityId})`);
    return mentions.filter((m) => m.kind !== 'entity' || !dropped.has(m));
  },
};

/** Orders mentions by position (then longer first): the order every later stage and the output rely on. */
export const sortRefiner: Refiner = {
  id: 'sort',
  refine: (_ctx, _doc, mentions: readonly Mention[]) =>
    [...mentions].sort((a, b) => a.start - b.start || b.end - a.end),
};
