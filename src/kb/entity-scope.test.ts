import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, Extraction } from '../extract/extraction.js';
import { isAmbiguousName, scopeAmbiguousIds } from './entity-scope.js';

const entity = (
  id: string,
  name: string,
  via: ExtractedEntity['mentions'][number]['via'],
  aliases: string[] = [],
) =>
  ({
    id,
    name,
    type: 'person',
    aliases,
    country: null,
    mentions: [{ start: 0, end: name.length, text: name, via }],
  }) as ExtractedEntity;

describe('scoping one-word unknown names to their article', () => {
  it('scopes a one-word name found by pattern, not a full name or a listed one', () => {
    expect(isAmbiguousName(entity('person:shin', 'Shin', 'name-pattern'))).toBe(true);
    expect(isAmbiguousName(entity('person:shin-won-sik', 'Shin Won-sik', 'name-pattern'))).toBe(false);
    expect(isAmbiguousName(entity('group:hamas', 'Hamas', 'gazetteer', ['Harakat al-Muqawama']))).toBe(false);
    expect(isAmbiguousName(entity('anon:a1:two-ships', 'two ships', 'description'))).toBe(false);
  });

  it('renames the id in entities, roles and sources alike', () => {
    const extraction = {
      article: { id: 'a1' },
      entities: [
        entity('person:shin', 'Shin', 'name-pattern'),
        entity('state:PRK', 'North Korea', 'gazetteer', ['DPRK']),
      ],
      claims: [
        {
          id: 'c1',
          type: 'arms_transfer',
          stage: 'delivery',
          supplier: 'state:PRK',
          intermediaries: ['person:shin'],
          modality: 'reported',
          sources: [{ text: 'Shin', kind: 'person', entity: 'person:shin' }],
          evidence: [],
        },
      ],
    } as unknown as Extraction;
    const scoped = scopeAmbiguousIds(extraction);
    expect(scoped.entities.map((e) => e.id)).toEqual(['person:shin@a1', 'state:PRK']);
    expect(scoped.claims[0]?.intermediaries).toEqual(['person:shin@a1']);
    expect(scoped.claims[0]?.supplier).toBe('state:PRK');
    expect(scoped.claims[0]?.sources[0]?.entity).toBe('person:shin@a1');
    expect(extraction.entities[0]?.id).toBe('person:shin');
  });
});
