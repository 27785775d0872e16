import { describe, expect, it } from 'vitest';
import { offsetsHold, run } from '../../../test/extract-helpers.js';
import { testGazetteer } from '../../../test/test-gazetteer.js';
import type { EntityMention } from '../types.js';
import { createGazetteerExtractor } from './gazetteer-extractor.js';

const extractor = createGazetteerExtractor(testGazetteer());
const found = (text: string) => run(extractor, text) as EntityMention[];
const ids = (text: string) => found(text).map((m) => [m.text, m.entityId, m.via]);

describe('gazetteer extractor', () => {
  it.each([
    [
      'Hamas is negotiating with North Korea.',
      [
        ['Hamas', 'group:hamas', 'gazetteer'],
        ['North Korea', 'state:PRK', 'gazetteer'],
      ],
    ],
    [
      'North Korea’s partnership with Hamas',
      [
        ['North Korea', 'state:PRK', 'gazetteer'],
        ['Hamas', 'group:hamas', 'gazetteer'],
      ],
    ],
    ['a Lebanese-based trading company', [['Lebanese', 'state:LBN', 'demonym']]],
    [
      'A picture released by the Israeli Defense Forces shows rockets.',
      [
        ['Israeli Defense Forces', 'unit:idf', 'gazetteer'],
        ['rockets', 'weapon:generic-rockets', 'gazetteer'],
      ],
    ],
    [
      'The arms were intercepted at Bangkok airport.',
      [
        ['arms', 'weapon:generic-arms', 'gazetteer'],
        ['Bangkok airport', 'place:bangkok-airport', 'gazetteer'],
      ],
    ],
    [
      'The shipment included surface-to-air missiles.',
      [['surface-to-air missiles', 'weapon:generic-sams', 'gazetteer']],
    ],
    ['According to the Telegraph, the deal is close.', [['Telegraph', 'outlet:the-telegraph', 'gazetteer']]],
    [
      'Hizbollah and Hizballah are one group.',
      [
        ['Hizbollah', 'group:hezbollah', 'gazetteer'],
        ['Hizballah', 'group:hezbollah', 'gazetteer'],
      ],
    ],
    [
      'IRAN SAYS HAMAS GOT ROCKETS',
      [
        ['IRAN', 'state:IRN', 'gazetteer'],
        ['HAMAS', 'group:hamas', 'gazetteer'],
        ['ROCKETS', 'weapon:generic-rockets', 'gazetteer'],
      ],
    ],
    ['The report appeared in Time magazine on Monday.', [['Time', 'outlet:time', 'gazetteer']]],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
    expect(offsetsHold(text, found(text))).toBe(true);
  });

  it.each([
    ['The sun rose over the telegraph pole.'],
    ['Time will tell whether the idf is right.'],
    ['She crossed her arms and waited.'],
    ['It is what it IS, the report said.'],
    ['The dprk spelled in lower case is not the name.'],
  ])('finds nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('accepts an ambiguous alias where the article names the entity unambiguously too', () => {
    const text = 'Islamic State fighters seized the town. IS later claimed the attack.';
    expect(ids(text)).toEqual([
      ['Islamic State', 'group:islamic-state', 'gazetteer'],
      ['IS', 'group:islamic-state', 'gazetteer'],
    ]);
  });

  it('accepts an ambiguous armed-group acronym where the sentence speaks of fighting', () => {
    expect(ids('IS fighters seized the town on Monday.')).toEqual([
      ['IS', 'group:islamic-state', 'gazetteer'],
    ]);
  });

  it('gives weapons their category and designation', () => {
    const [kornet] = found('Hezbollah fired a Kornet at the tank.').filter((m) => m.type === 'weapon');
    expect(kornet).toMatchObject({ category: 'missiles', designation: 'Kornet', country: 'RUS' });
    const [rockets] = found('The militants fired rockets.').filter((m) => m.type === 'weapon');
    expect(rockets).toMatchObject({ category: 'rockets', designation: null });
  });
});
