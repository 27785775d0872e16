import { describe, expect, it } from 'vitest';
import { isScored, mapEntityMention, UNSCORED_TYPES } from './types.js';

describe('mapEntityMention', () => {
  it.each([
    [{ type: 'state' as const }, 'gazetteer' as const, 'Location', ['Location', 'Organisation']],
    [{ type: 'state' as const }, 'demonym' as const, 'Nationality', ['Nationality']],
    [{ type: 'state' as const }, 'metonym' as const, 'Location', ['Location', 'Organisation']],
    [{ type: 'armed_group' as const }, 'gazetteer' as const, 'Organisation', ['Organisation']],
    [{ type: 'outlet' as const }, 'gazetteer' as const, 'Organisation', ['Organisation']],
    [{ type: 'person' as const }, 'coreference' as const, 'Person', ['Person']],
    [
      { type: 'weapon' as const, category: 'uav' as const },
      'gazetteer' as const,
      'MilitaryPlatform',
      ['MilitaryPlatform', 'Vehicle'],
    ],
    [
      { type: 'weapon' as const, category: 'small_arms' as const },
      'description' as const,
      'Weapon',
      ['Weapon'],
    ],
    [{ type: 'weapon' as const }, 'gazetteer' as const, 'Weapon', ['Weapon']],
  ])('%j via %s is a %s', (entity, via, type, accepts) => {
    expect(mapEntityMention(entity, via)).toEqual({ type, accepts });
  });

  it('does not attempt documents, call signs, frequencies or coordinates', () => {
    expect(UNSCORED_TYPES).toEqual(['DocumentReference', 'CommsIdentifier', 'Frequency', 'Coordinate']);
    expect(isScored('Temporal')).toBe(true);
    expect(isScored('Spaceship')).toBe(false);
  });
});
