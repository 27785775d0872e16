import { describe, expect, it } from 'vitest';
import { offsetsHold, run } from '../../../test/extract-helpers.js';
import { testGazetteer } from '../../../test/test-gazetteer.js';
import type { EntityMention } from '../types.js';
import { createDescriptionExtractor } from './description-extractor.js';

const extractor = createDescriptionExtractor(testGazetteer());
const found = (text: string) => run(extractor, text) as EntityMention[];
const brief = (m: EntityMention) => [m.text, m.type, m.country, m.via];

describe('description extractor', () => {
  it.each([
    [
      'The deal is handled by a Lebanese-based trading company in Beirut.',
      ['Lebanese-based trading company', 'company', 'LBN', 'description'],
    ],
    [
      'Guns were shipped by a Cyprus-registered shipping firm last year.',
      ['Cyprus-registered shipping firm', 'company', null, 'description'],
    ],
    [
      'Investigators traced the payment to a front company.',
      ['front company', 'company', null, 'description'],
    ],
    [
      'Western security officials say Hamas wants rockets.',
      ['Western security officials', 'government_body', null, 'description'],
    ],
    [
      'Security officials say the deal is worth millions.',
      ['Security officials', 'government_body', null, 'description'],
    ],
    [
      'Israeli officials declined to comment.',
      ['Israeli officials', 'government_body', 'ISR', 'description'],
    ],
    [
      'The rifles came from an Iranian arms dealer, diplomats said.',
      ['Iranian arms dealer', 'person', 'IRN', 'description'],
    ],
    [
      'The North Korean regime has ties to Hezbollah.',
      ['The North Korean regime', 'state', 'PRK', 'description'],
    ],
  ])('%s', (text, expected) => {
    const mentions = found(text);
    expect(mentions.map(brief)).toContainEqual(expected);
    expect(offsetsHold(text, mentions)).toBe(true);
  });

  it('scopes unnamed actors to their article', () => {
    const [company] = found('It was handled by a Lebanese-based trading company.');
    expect(company?.entityId).toBe('anon:test:lebanese-based-trading-company');
  });

  it.each([
    ['The company said its profits rose.'],
    ['Officials said nothing.'],
    ['A deal with the company was signed.'],
    ['He runs a small firm.'],
    ['The Israeli government denied it.'],
  ])('keeps out plain references: %s', (text) => {
    expect(found(text).filter((m) => m.via === 'description' && m.type !== 'state')).toEqual([]);
  });
});
