import { describe, expect, it } from 'vitest';
import { ACME, DAILY, gold, HARBOUR, NORTHLAND, nToRb, RED_BRIGADE, WORLD } from '../../test/eval-helpers.js';
import type { Claim } from '../extract/claims/claim.js';
import type { GoldClaim } from './gold.js';
import { indexEntities } from './roles.js';
import { type Slot, scoreSlots, yearOf } from './slots.js';

const entities = indexEntities(WORLD);
const slot = (g: Partial<GoldClaim>, c: Partial<Claim>, name: Slot) =>
  scoreSlots(gold('g', g), nToRb('c', c), entities).find((s) => s.slot === name)?.ok;

const when = (start: string, end: string) => ({ text: 'then', start, end });

describe('slots', () => {
  it.each<[string, Slot, Partial<GoldClaim>, Partial<Claim>, boolean]>([
    ['stage equal', 'stage', { stage: 'delivery' }, { stage: 'delivery' }, true],
    ['stage different', 'stage', { stage: 'delivery' }, { stage: 'agreement' }, false],
    ['stage missing', 'stage', { stage: 'delivery' }, { stage: null }, false],
    ['modality listed', 'modality', { modality: ['reported', 'alleged'] }, { modality: 'alleged' }, true],
    ['modality not listed', 'modality', { modality: ['reported'] }, { modality: 'asserted' }, false],
    [
      'items by category',
      'items',
      { items: ['missiles', 'light_weapons'] },
      { items: [{ text: 'launchers', category: 'light_weapons' }] },
      true,
    ],
    [
      'items by text holding a gold word',
      'items',
      { items: ['rifles'] },
      { items: [{ text: 'hundreds of rifles', category: 'small_arms' }] },
      true,
    ],
    [
      'items: one of several is enough',
      'items',
      { items: ['rockets'] },
      {
        items: [
          { text: 'tanks', category: 'armoured_vehicles' },
          { text: 'rockets', category: 'rockets' },
        ],
      },
      true,
    ],
    [
      'items: no overlap',
      'items',
      { items: ['missiles'] },
      { items: [{ text: 'missile', category: 'other' }] },
      false,
    ],
    ['items: none predicted', 'items', { items: ['missiles'] }, {}, false],
    [
      'sources by text',
      'sources',
      { sources: ['Daily Courier', 'officials'] },
      { sources: [{ text: 'the Daily Courier', kind: 'media' }] },
      true,
    ],
    [
      'sources by the source entity name',
      'sources',
      { sources: ['Daily Courier'] },
      { sources: [{ text: 'the newspaper', kind: 'media', entity: DAILY.id }] },
      true,
    ],
    [
      'sources: text holding the gold words',
      'sources',
      { sources: ['security officials'] },
      { sources: [{ text: 'senior Western security officials', kind: 'officials_unnamed' }] },
      true,
    ],
    [
      'sources: no overlap',
      'sources',
      { sources: ['investigators'] },
      { sources: [{ text: 'a spokesman', kind: 'government' }] },
      false,
    ],
    ['sources: none predicted', 'sources', { sources: ['investigators'] }, { sources: [] }, false],
    ['when_year inside', 'when_year', { when_year: 2009 }, { when: when('2009-03-01', '2009-03-31') }, true],
    [
      'when_year within a range',
      'when_year',
      { when_year: 2010 },
      { when: when('2009-01-01', '2012-12-31') },
      true,
    ],
    [
      'when_year outside',
      'when_year',
      { when_year: 2014 },
      { when: when('2009-01-01', '2009-12-31') },
      false,
    ],
    ['when_year, no when', 'when_year', { when_year: 2014 }, { when: null }, false],
    ['where_country of a place', 'where_country', { where_country: 'STL' }, { where: HARBOUR.id }, true],
    ['where_country of a state', 'where_country', { where_country: 'NTL' }, { where: NORTHLAND.id }, true],
    ['where_country of a company', 'where_country', { where_country: 'NTL' }, { where: ACME.id }, true],
    ['where_country wrong', 'where_country', { where_country: 'NTL' }, { where: HARBOUR.id }, false],
    [
      'where_country, no country known',
      'where_country',
      { where_country: 'NTL' },
      { where: RED_BRIGADE.id },
      false,
    ],
    ['where_country, no where', 'where_country', { where_country: 'NTL' }, {}, false],
  ])('%s', (_what, name, g, c, ok) => {
    expect(slot(g, c, name)).toBe(ok);
  });

  it('scores only the slots the gold claim has, in order, with what was expected and got', () => {
    expect(scoreSlots(gold('g'), nToRb('c'), entities)).toEqual([]);
    const results = scoreSlots(
      gold('g', { when_year: 2014, stage: 'delivery', modality: ['asserted'] }),
      nToRb('c', { stage: 'agreement' }),
      entities,
    );
    expect(results).toEqual([
      { slot: 'stage', ok: false, expected: 'delivery', got: 'agreement' },
      { slot: 'modality', ok: true, expected: 'asserted', got: 'asserted' },
      { slot: 'when_year', ok: false, expected: '2014', got: '—' },
    ]);
  });

  it.each([
    ['2014-07-27', 2014],
    ['2014', 2014],
    ['2014-07-27T11:22', 2014],
    ['-0500-01-01', -500],
    ['July 2014', null],
  ])('yearOf(%j) = %j', (date, year) => {
    expect(yearOf(date)).toBe(year);
  });
});
