import { describe, expect, it } from 'vitest';
import { offsetsHold, run } from '../../../test/extract-helpers.js';
import type { EntityMention } from '../types.js';
import { nameExtractor } from './name-extractor.js';

const found = (text: string) => run(nameExtractor, text) as EntityMention[];
const brief = (m: EntityMention) => [m.text, m.type, m.entityId];

describe('name extractor (names the gazetteer does not know)', () => {
  it.each([
    ['Weapons were found near Kibbutz Sufa on Thursday.', ['Kibbutz Sufa', 'location', 'place:kibbutz-sufa']],
    [
      'The contract went to Avco Lycoming Textron Inc, the company said.',
      ['Avco Lycoming Textron Inc', 'company', 'company:avco-lycoming-textron-inc'],
    ],
    ['Shares of Marlow Defence Ltd fell.', ['Marlow Defence Ltd', 'company', 'company:marlow-defence-ltd']],
    ['Gen. Ali Hassan said the border was closed.', ['Ali Hassan', 'person', 'person:ali-hassan']],
    [
      'The talks were led by Mr Pieter Vandenberg on Monday.',
      ['Pieter Vandenberg', 'person', 'person:pieter-vandenberg'],
    ],
    [
      'Former adviser John Poindexter said he had told the president.',
      ['John Poindexter', 'person', 'person:john-poindexter'],
    ],
    [
      'The Harbour Defence Ministry approved the sale.',
      ['Harbour Defence Ministry', 'government_body', 'gov:harbour-defence-ministry'],
    ],
    [
      'Fighters of the Valdorian Liberation Front crossed the river.',
      ['Valdorian Liberation Front', 'armed_group', 'group:valdorian-liberation-front'],
    ],
    ['Supplies reached Tarsin Province by truck.', ['Tarsin Province', 'location', 'place:tarsin-province']],
    [
      'The Defence Minister, Anna Korvel, said the order stood.',
      ['Anna Korvel', 'person', 'person:anna-korvel'],
    ],
    ['Marek Halden, said to be the broker, left.', ['Marek Halden', 'person', 'person:marek-halden']],
    ['Talal al-Rashidi met the envoy.', ['Talal al-Rashidi', 'person', 'person:talal-al-rashidi']],
    [
      'The cell was led by Abu Yusuf al-Harbawi until 2015.',
      ['Abu Yusuf al-Harbawi', 'person', 'person:abu-yusuf-al-harbawi'],
    ],
    ['Samir bin Taymour funded the group.', ['Samir bin Taymour', 'person', 'person:samir-bin-taymour']],
  ])('%s', (text, expected) => {
    const mentions = found(text);
    expect(mentions.map(brief)).toContainEqual(expected);
    expect(offsetsHold(text, mentions)).toBe(true);
  });

  it.each([
    ['The Shipment Was Delayed By Rain.'],
    ['On Monday the talks resumed.'],
    ['Following the raid, police left.'],
    ['ARMS CACHE FOUND NEAR BORDER VILLAGE'],
    ['Fighters of Jabhat al-Qarawi crossed the river.'],
  ])('guesses nothing in %s', (text) => {
    expect(found(text).map(brief)).toEqual([]);
  });

  it('links a surname alone to the Arabic name it shortens', () => {
    const mentions = found('Talal al-Rashidi met the envoy. Rashidi said the talks went well.');
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Talal al-Rashidi', 'person:talal-al-rashidi'],
      ['Rashidi', 'person:talal-al-rashidi'],
    ]);
  });
});
