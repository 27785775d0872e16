import { describe, expect, it } from 'vitest';
import {
  ACME,
  claim,
  entity,
  gold,
  HARBOUR,
  N_TO_RB,
  NORTHLAND,
  nToRb,
  RED_BRIGADE,
  SOUTHLAND,
  WORLD,
} from '../../test/eval-helpers.js';
import type { Claim } from '../extract/claims/claim.js';
import type { GoldMatch } from './gold.js';
import { claimMatches, indexEntities } from './roles.js';

const entities = indexEntities(WORLD);
const matches = (match: GoldMatch, c: Claim, type: Claim['type'] = 'arms_transfer') =>
  claimMatches(gold('g', { type, match }), c, entities);

describe('single roles', () => {
  it.each<[string, GoldMatch, Claim, boolean]>([
    ['both roles by name', N_TO_RB, nToRb('c'), true],
    ['by alias', { supplier: ['Northern Republic'] }, nToRb('c'), true],
    ['by the state code of a state: id', { supplier: ['NTL'] }, nToRb('c'), true],
    ['by the id itself', { recipient: ['group:red-brigade'] }, nToRb('c'), true],
    ['after normalization', { supplier: ['NORTHLAND.'], recipient: ['the red-brigade'] }, nToRb('c'), true],
    ['one role wrong', { supplier: ['Southland'], recipient: ['Red Brigade'] }, nToRb('c'), false],
    ['roles swapped', { supplier: ['Red Brigade'], recipient: ['Northland'] }, nToRb('c'), false],
    ['a gold role the prediction lacks', { seizer: ['Northland'] }, nToRb('c'), false],
    [
      'extra predicted roles are fine',
      { recipient: ['Red Brigade'] },
      nToRb('c', { end_users: [ACME.id] }),
      true,
    ],
    ['a code that is not the state code', { supplier: ['NTL'] }, claim('c', { supplier: ACME.id }), false],
    [
      'where by place name',
      { where: ['Port Vale'] },
      claim('c', { type: 'arms_seizure', where: HARBOUR.id }),
      true,
    ],
    ['where null', { where: ['Port Vale'] }, claim('c', { type: 'arms_seizure', where: null }), false],
    [
      'an id with no entity answers to its id and code',
      { supplier: ['XYZ'] },
      claim('c', { supplier: 'state:XYZ' }),
      true,
    ],
  ])('%s', (_what, match, c, expected) => {
    expect(matches(match, c, c.type)).toBe(expected);
  });

  it('needs the type to be equal', () => {
    expect(matches(N_TO_RB, nToRb('c'), 'arms_seizure')).toBe(false);
  });
});

describe('list roles: every gold name set met by its own predicted entity', () => {
  const ties = (parties: string[]) => claim('t', { type: 'ties', parties });
  const BOTH = [['Northland', 'NTL'], ['Red Brigade']];
  it.each<[string, string[][], string[], boolean]>([
    ['both sides', BOTH, [NORTHLAND.id, RED_BRIGADE.id], true],
    ['in any order', BOTH, [RED_BRIGADE.id, NORTHLAND.id], true],
    ['with a third party', BOTH, [SOUTHLAND.id, RED_BRIGADE.id, NORTHLAND.id], true],
    ['one side missing', BOTH, [NORTHLAND.id], false],
    ['one side wrong', BOTH, [NORTHLAND.id, SOUTHLAND.id], false],
    ['no parties', BOTH, [], false],
    ['by state code', [['NTL'], ['STL']], [SOUTHLAND.id, NORTHLAND.id], true],
    // One entity answers to both sets, but a tie has two sides: it cannot stand for both.
    ['one entity for two sets', [['Northland'], ['Northern Republic']], [NORTHLAND.id], false],
    ['the same id twice', [['Northland'], ['Northern Republic']], [NORTHLAND.id, NORTHLAND.id], false],
    // Greedy would give Northland to the first set and fail the second; the matching moves it.
    [
      'an assignment found by augmenting',
      [['Northland', 'Red Brigade'], ['Northland']],
      [NORTHLAND.id, RED_BRIGADE.id],
      true,
    ],
  ])('%s', (_what, parties, predicted, expected) => {
    expect(matches({ parties }, ties(predicted), 'ties')).toBe(expected);
  });

  it('end_users and intermediaries follow the same rule', () => {
    const c = nToRb('c', { end_users: [SOUTHLAND.id], intermediaries: [ACME.id] });
    expect(matches({ ...N_TO_RB, end_users: [['Southland']], intermediaries: [['Acme']] }, c)).toBe(true);
    expect(matches({ intermediaries: [['Acme'], ['Southland']] }, c)).toBe(false);
    expect(matches({ end_users: [['Acme']] }, nToRb('c'))).toBe(false);
  });

  it('reads names from the extraction the claim belongs to', () => {
    const other = indexEntities([entity('state:NTL', 'Nordia')]);
    expect(claimMatches(gold('g', { match: { supplier: ['Northland'] } }), nToRb('c'), other)).toBe(false);
    expect(claimMatches(gold('g', { match: { supplier: ['Nordia'] } }), nToRb('c'), other)).toBe(true);
  });
});
