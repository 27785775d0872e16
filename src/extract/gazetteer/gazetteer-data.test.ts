import { describe, expect, it } from 'vitest';
import { type EntityType, ID_PREFIX } from './entry.js';
import { defaultGazetteer } from './gazetteer.js';

/*
 * The data in data/gazetteer/ as a whole: it loads (the loader validates every entry and rejects duplicate
 * ids), ids and types agree, countries are states the gazetteer knows, and the coverage the mention layer
 * promises is there.
 */
const gazetteer = defaultGazetteer();
const entries = gazetteer.entries;
const count = (type: EntityType) => entries.filter((e) => e.type === type).length;

describe('gazetteer data', () => {
  it('gives every entry the id prefix of its type', () => {
    const wrong = entries.filter((e) => !e.id.startsWith(`${ID_PREFIX[e.type]}:`)).map((e) => e.id);
    expect(wrong).toEqual([]);
  });

  it('uses only country codes of states it knows', () => {
    const states = new Set(entries.filter((e) => e.type === 'state').map((e) => e.country));
    const unknown = entries
      .filter((e) => e.country && !states.has(e.country))
      .map((e) => `${e.id}: ${e.country}`);
    expect(unknown).toEqual([]);
  });

  it('points every capital at a state', () => {
    const broken = entries
      .filter((e) => e.metonymOf && gazetteer.get(e.metonymOf)?.type !== 'state')
      .map((e) => e.id);
    expect(broken).toEqual([]);
  });

  it('gives every weapon a category', () => {
    expect(entries.filter((e) => e.type === 'weapon' && !e.category).map((e) => e.id)).toEqual([]);
  });

  it('lists ambiguous strings that the entry actually has', () => {
    const stray = entries.flatMap((e) =>
      Array.isArray(e.ambiguous)
        ? e.ambiguous
            .filter((a) => a !== e.name && !e.aliases.includes(a) && !(e.demonyms ?? []).includes(a))
            .map((a) => `${e.id}: ${a}`)
        : [],
    );
    expect(stray).toEqual([]);
  });

  it('covers what issue #3 asks for', () => {
    expect(count('state')).toBeGreaterThanOrEqual(240);
    expect(count('armed_group')).toBeGreaterThanOrEqual(150);
    expect(count('outlet')).toBeGreaterThanOrEqual(100);
    expect(count('weapon')).toBeGreaterThanOrEqual(2000);
    expect(
      entries.filter((e) => e.type === 'weapon' && e.designation === false).length,
    ).toBeGreaterThanOrEqual(100);
    for (const id of [
      'state:PRK',
      'group:hamas',
      'group:hezbollah',
      'unit:idf',
      'outlet:the-telegraph',
      'company:rosoboronexport',
    ]) {
      expect(gazetteer.get(id), id).toBeDefined();
    }
  });
});
