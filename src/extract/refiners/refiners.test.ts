import { describe, expect, it } from 'vitest';
import { extractionOf } from '../../../test/claim-helpers.js';
import { quietContext } from '../../../test/extract-helpers.js';
import { testGazetteer } from '../../../test/test-gazetteer.js';
import { createMentionPipeline } from '../configuration.js';
import { runPipeline } from '../pipeline.js';
import type { EntityMention } from '../types.js';

const pipeline = createMentionPipeline(testGazetteer());
const entities = (text: string) =>
  runPipeline(pipeline, { id: 'test', text, published: '2014-07-27T11:22' }).mentions.filter(
    (m): m is EntityMention => m.kind === 'entity',
  );
const at = (text: string, phrase: string) => entities(text).filter((m) => m.text === phrase);

describe('metonym refiner', () => {
  it.each([
    ['Pyongyang said the shipment was legal.'],
    ['Pyongyang’s missiles reached Iran.'],
    ['Pyongyang has denied the report.'],
  ])('a capital that acts is its state: %s', (text) => {
    const [m] = at(text, 'Pyongyang');
    expect(m).toMatchObject({ entityId: 'state:PRK', via: 'metonym' });
    expect(m?.resolution?.reason).toMatch(/stands for its state/);
  });

  it.each([['The delegation arrived in Pyongyang on Monday.'], ['Flights from Pyongyang were cancelled.']])(
    'a capital as a place stays a place: %s',
    (text) => {
      expect(at(text, 'Pyongyang')[0]).toMatchObject({ entityId: 'place:pyongyang', via: 'gazetteer' });
    },
  );
});

describe('coreference refiner', () => {
  it('resolves a definite description to the nearest entity of a fitting type and country', () => {
    const text =
      'Hezbollah and Hamas met in Beirut. A trader has close ties to the militant Palestinian organisation.';
    const [m] = at(text, 'the militant Palestinian organisation');
    expect(m).toMatchObject({ entityId: 'group:hamas', via: 'coreference' });
    expect(m?.resolution?.reason).toMatch(/armed_group of PSE/);
  });

  it('resolves "the two" to the pair in focus', () => {
    const text =
      'Hamas is eager to close the deal with North Korea. Should the two agree, rockets will follow.';
    expect(at(text, 'the two').map((m) => m.entityId)).toEqual(['group:hamas', 'state:PRK']);
  });

  it('resolves "the company" to the last company', () => {
    const text = 'Rosoboronexport signed the contract. The company said deliveries start in May.';
    expect(at(text, 'The company')[0]).toMatchObject({ entityId: 'company:rosoboronexport' });
  });

  it.each([
    ['The group met on Monday.'],
    ['The two weeks of talks ended.'],
    ['Hamas said the company of soldiers left.'],
  ])('leaves unresolvable references alone: %s', (text) => {
    expect(entities(text).filter((m) => m.via === 'coreference')).toEqual([]);
  });
});

describe('overlap refiner', () => {
  it('prefers a listed name over a guessed one and keeps nested entities of different kinds', () => {
    const text =
      'A picture released by the Israeli Defense Forces shows arms held by a Lebanese-based trading company.';
    const found = entities(text).map((m) => [m.text, m.entityId]);
    expect(found).toContainEqual(['Israeli Defense Forces', 'unit:idf']);
    expect(found.filter(([t]) => t === 'Israeli Defense Forces')).toHaveLength(1);
    expect(found).toContainEqual([
      'Lebanese-based trading company',
      'anon:test:lebanese-based-trading-company',
    ]);
    expect(found).toContainEqual(['Lebanese', 'state:LBN']);
  });

  it("a company's name holding a weapon word is the company, and the word alone is not arms", () => {
    const text = 'Kestrel Arms Ltd sold rifles to Libya, and arms reached Tripoli.';
    const found = entities(text).map((m) => [m.text, m.type]);
    expect(found).toContainEqual(['Kestrel Arms Ltd', 'company']);
    expect(found).toContainEqual(['arms', 'weapon']);
    expect(found).not.toContainEqual(['Arms', 'weapon']);
  });

  it('drops a mention nested in a longer mention of the same entity', () => {
    const text = 'The North Korean regime has ties to Hezbollah.';
    expect(entities(text).map((m) => m.text)).toEqual(['The North Korean regime', 'Hezbollah']);
  });
});

describe('pipeline', () => {
  it('runs without debug output unless asked', () => {
    const run = runPipeline(pipeline, { id: 't', text: 'The group met.', published: null });
    expect(run.debug).toEqual([]);
    const explained = runPipeline(
      pipeline,
      { id: 't', text: 'The group met.', published: null },
      { debug: true },
    );
    expect(explained.debug.join('\n')).toMatch(/no antecedent/);
    expect(quietContext.debug(() => 'x')).toBeUndefined();
  });
});

describe('pronoun refiner', () => {
  it.each([
    ['Rosoboronexport said it will deliver the rockets next year.', 'it', 'company:rosoboronexport'],
    ['Hezbollah said its fighters fired the rockets.', 'its', 'group:hezbollah'],
    ['Hamas denied that they carried rockets.', 'they', 'group:hamas'],
  ])('%s', (text, pronoun, id) => {
    const [m] = at(text, pronoun);
    expect(m).toMatchObject({ entityId: id, via: 'coreference' });
    expect(m?.resolution?.reason).toMatch(/speaks of itself/);
  });

  it.each([
    ['Rosoboronexport signed the contract. It will deliver the rockets next year.'],
    ['Iran and North Korea signed a deal. It covers rockets.'],
    ['The politics that drive it are rarely discussed in Iran.'],
    ['The statements Hamas showed ended in March, so they said nothing about Iran.'],
  ])('leaves other pronouns alone: %s', (text) => {
    expect(entities(text).filter((m) => m.extractor === 'pronoun')).toEqual([]);
  });
});

describe('owner refiner', () => {
  it.each([
    ["Israel's Defence Ministry said it would buy drones.", 'gov:isr-defence-ministry', 'ISR'],
    ["Mexico's Defense Ministry said troops seized rifles.", 'gov:mex-defense-ministry', 'MEX'],
  ])('%s → %s', (text, id, country) => {
    const x = extractionOf(text);
    const body = x.entities.find((e) => e.id === id);
    expect(body?.country).toBe(country);
    expect(x.entities.some((e) => e.id === id.replace(/^gov:[a-z]+-/, 'gov:'))).toBe(false);
  });

  it('leaves a body with no owner before it as it is', () => {
    const x = extractionOf('The Defence Ministry said it would buy drones.');
    expect(x.entities.map((e) => e.id)).toContain('gov:defence-ministry');
  });
});
