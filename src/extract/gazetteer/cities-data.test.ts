import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GazetteerEntry, GazetteerEntrySchema } from './entry.js';
import { GAZETTEER_DIR } from './gazetteer.js';
import { tokenizeForMatch } from './match-tokens.js';

/*
 * data/gazetteer/cities.json as compiled by scripts/build-cities-gazetteer.ts: well-formed, one entry per
 * name, no clash with the editorial files, and none of the common words that are also towns somewhere
 * matched without context.
 */
const read = (file: string) =>
  (JSON.parse(readFileSync(join(GAZETTEER_DIR, file), 'utf8')) as { entries: unknown[] }).entries.map((e) =>
    GazetteerEntrySchema.parse(e),
  );
const cities = read('cities.json');
const others = readdirSync(GAZETTEER_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'cities.json')
  .flatMap(read);
const keyOf = (alias: string) =>
  tokenizeForMatch(alias)
    .map((t) => t.key)
    .join(' ');
const namesOf = (e: GazetteerEntry) => [e.name, ...e.aliases];
const iso = JSON.parse(readFileSync(join(GAZETTEER_DIR, '../iso-country-codes.json'), 'utf8')) as {
  countries: Record<string, unknown>;
};

// English words that are also the names of towns of 15,000 people or more somewhere (Reading, Mobile, Nice,
// Police in Poland, Most in Czechia, Tank in Pakistan): never matched without context.
const COMMON_WORDS = [
  'Reading',
  'Mobile',
  'Bath',
  'Deal',
  'Split',
  'Nice',
  'Orange',
  'Independence',
  'Union',
  'Progress',
  'Mission',
  'Liberty',
  'Victory',
  'Enterprise',
  'Sale',
  'Flint',
  'Hull',
  'Tank',
  'Police',
  'Most',
  'Paradise',
  'Commerce',
  'Normal',
  'Surprise',
  'Marine',
  'Federal',
  'Bury',
  'Hope',
  'Concord',
  'Buffalo',
];

describe('cities gazetteer data', () => {
  it('holds world towns, a sensible number of them', () => {
    expect(cities.length).toBeGreaterThan(15000);
    expect(cities.length).toBeLessThan(40000);
  });

  it('gives every town a place id, the location type, a GeoNames source and a known country', () => {
    const countries = new Set(Object.keys(iso.countries));
    const states = new Set(others.filter((e) => e.type === 'state').map((e) => e.country));
    const wrong = cities.filter(
      (e) =>
        !/^place:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id) ||
        e.type !== 'location' ||
        !/^GeoNames \d+$/.test(e.source ?? '') ||
        !e.country ||
        !countries.has(e.country) ||
        !states.has(e.country),
    );
    expect(wrong.map((e) => e.id)).toEqual([]);
  });

  it('has unique ids that no other gazetteer file uses', () => {
    const ids = cities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const taken = new Set(others.map((e) => e.id));
    expect(ids.filter((id) => taken.has(id))).toEqual([]);
  });

  it('gives each name to one town only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of cities) {
      for (const key of new Set(namesOf(e).map(keyOf))) {
        const first = seen.get(key);
        if (first) twice.push(`${key}: ${first}, ${e.id}`);
        else seen.set(key, e.id);
      }
    }
    expect(twice).toEqual([]);
  });

  it('uses no name another entry has that needs no context (states, demonyms, editorial places, groups)', () => {
    const firm = new Set<string>();
    for (const e of others) {
      if (e.ambiguous === true && e.type !== 'location') continue;
      const loose = new Set(Array.isArray(e.ambiguous) && e.type !== 'location' ? e.ambiguous : []);
      for (const alias of [...namesOf(e), ...(e.demonyms ?? [])])
        if (!loose.has(alias)) firm.add(keyOf(alias));
    }
    const clashes = cities.flatMap((e) =>
      namesOf(e)
        .filter((n) => firm.has(keyOf(n)))
        .map((n) => `${e.id}: ${n}`),
    );
    expect(clashes).toEqual([]);
  });

  it('leaves out names of three letters or fewer', () => {
    const short = cities.flatMap((e) => namesOf(e).filter((n) => n.replace(/[^\p{L}]/gu, '').length <= 3));
    expect(short).toEqual([]);
  });

  it('matches no common English word without context', () => {
    const words = new Set(COMMON_WORDS.map(keyOf));
    const bare = cities.filter((e) => e.ambiguous !== true && namesOf(e).some((n) => words.has(keyOf(n))));
    expect(bare.map((e) => e.name)).toEqual([]);
  });

  it('spells Arabic names the ways English news does', () => {
    const byId = new Map(cities.map((e) => [e.id, e]));
    expect(byId.get('place:al-hillah')?.aliases).toEqual(
      expect.arrayContaining(['al-Hilla', 'Hillah', 'Hilla']),
    );
    expect(byId.get('place:hadithah')?.aliases).toContain('Haditha');
    expect(byId.get('place:sousse')?.country).toBe('TUN');
  });
});
