import { describe, expect, it } from 'vitest';
import {
  claim,
  gold,
  N_TO_RB,
  NORTHLAND,
  nToRb,
  RED_BRIGADE,
  SOUTHLAND,
  WORLD,
} from '../../test/eval-helpers.js';
import type { Claim } from '../extract/claims/claim.js';
import type { GoldClaim } from './gold.js';
import { type ArticleScore, scoreArticle } from './score.js';
import { ratios } from './totals.js';

const score = (golds: GoldClaim[], claims: Claim[]) => scoreArticle(golds, { claims, entities: WORLD });
/** gold label ↔ claim id, the assignment in one readable list. */
const pairs = (s: ArticleScore) => s.matched.map((m) => `${m.label}=${m.claim}`);
const stToRb = (id: string, fields: Partial<Claim> = {}) =>
  claim(id, { supplier: SOUTHLAND.id, recipient: RED_BRIGADE.id, ...fields });

describe('scoreArticle', () => {
  it('matches a prediction to its gold claim and reports the slots', () => {
    const s = score(
      [gold('deal', { match: N_TO_RB, stage: 'delivery', modality: ['reported'] })],
      [nToRb('c1', { stage: 'delivery', modality: 'asserted' })],
    );
    expect(s.counts).toEqual({
      predicted: 1,
      required: 1,
      matchedRequired: 1,
      matchedOptional: 0,
      falsePositives: 0,
      missed: 0,
    });
    expect(s.matched).toEqual([
      {
        gold: 0,
        label: 'deal',
        required: true,
        claim: 'c1',
        description:
          'arms_transfer supplier=Northland recipient=Red Brigade stage=delivery modality=asserted',
        slots: [
          { slot: 'stage', ok: true, expected: 'delivery', got: 'delivery' },
          { slot: 'modality', ok: false, expected: 'reported', got: 'asserted' },
        ],
      },
    ]);
    expect(ratios(s.counts)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('an article with no gold claims: every prediction is a false positive', () => {
    const s = score([], [nToRb('c1'), claim('c2', { type: 'ties', parties: [NORTHLAND.id, SOUTHLAND.id] })]);
    expect(s.counts).toMatchObject({ predicted: 2, required: 0, matchedRequired: 0, falsePositives: 2 });
    expect(s.extra).toEqual([
      {
        claim: 'c1',
        description: 'arms_transfer supplier=Northland recipient=Red Brigade modality=asserted',
        reason: 'unmatched',
      },
      { claim: 'c2', description: 'ties parties=Northland+Southland modality=asserted', reason: 'unmatched' },
    ]);
    expect(ratios(s.counts)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('no predictions: the required gold claims are missed, the optional ones are not listed', () => {
    const s = score([gold('req', { match: N_TO_RB }), gold('opt', { required: false, match: N_TO_RB })], []);
    expect(s.missed).toEqual([{ gold: 0, label: 'req' }]);
    expect(s.counts).toMatchObject({ required: 1, missed: 1, predicted: 0 });
  });

  it('predictions that match only optional gold claims are left out of precision', () => {
    const golds = [
      gold('req', { match: N_TO_RB }),
      gold('opt', { required: false, match: { supplier: ['Southland'], recipient: ['Red Brigade'] } }),
    ];
    const s = score(golds, [nToRb('c1'), stToRb('c2'), claim('c3', { type: 'attack', actor: NORTHLAND.id })]);
    expect(pairs(s)).toEqual(['req=c1', 'opt=c2']);
    expect(s.counts).toMatchObject({
      predicted: 3,
      matchedRequired: 1,
      matchedOptional: 1,
      falsePositives: 1,
    });
    // 1 / (3 − 1): the optional match is neither right nor wrong.
    expect(ratios(s.counts).precision).toBe(0.5);
    expect(ratios(s.counts).recall).toBe(1);
  });

  it('a second prediction of the same gold claim is a duplicate, counted as a false positive', () => {
    const s = score(
      [gold('deal', { match: N_TO_RB, stage: 'negotiation' })],
      [nToRb('c1', { stage: 'negotiation' }), nToRb('c2', { stage: 'negotiation' })],
    );
    expect(pairs(s)).toEqual(['deal=c1']);
    expect(s.extra).toMatchObject([{ claim: 'c2', reason: 'duplicate' }]);
    expect(ratios(s.counts).precision).toBe(0.5);
  });

  it('a duplicate of an optional gold claim is a false positive too', () => {
    const s = score(
      [gold('opt', { required: false, match: N_TO_RB })],
      [nToRb('c1', { stage: 'delivery' }), nToRb('c2', { stage: 'delivery' })],
    );
    expect(s.counts).toMatchObject({ matchedOptional: 1, falsePositives: 1 });
  });

  it.each<[string, (Claim['stage'] & string)[], Claim['stage'][], string[], string[]]>([
    [
      'two stages of one deal, both in gold: each goes to its own stage',
      ['negotiation', 'delivery'],
      ['delivery', 'negotiation'],
      ['negotiation=c2', 'delivery=c1'],
      [],
    ],
    [
      'differing in stage, gold has one of them: duplicate',
      ['negotiation'],
      ['delivery', 'negotiation'],
      ['negotiation=c2'],
      ['c1'],
    ],
    [
      'differing in stage, gold lacks the second stage: duplicate, not a wrong-stage match',
      ['negotiation', 'delivery'],
      ['negotiation', 'agreement'],
      ['negotiation=c1'],
      ['c2'],
    ],
    [
      'two predictions of the same stage never both count',
      ['negotiation', 'delivery'],
      ['negotiation', 'negotiation'],
      ['negotiation=c1'],
      ['c2'],
    ],
    [
      'a lone prediction with the wrong stage still matches',
      ['negotiation'],
      ['delivery'],
      ['negotiation=c1'],
      [],
    ],
  ])('%s', (_what, goldStages, predictedStages, expectedPairs, duplicates) => {
    const golds = goldStages.map((stage) => gold(stage, { match: N_TO_RB, stage }));
    const claims = predictedStages.map((stage, i) => nToRb(`c${i + 1}`, { stage }));
    const s = score(golds, claims);
    expect(pairs(s).sort()).toEqual([...expectedPairs].sort());
    expect(s.extra.map((x) => x.claim)).toEqual(duplicates);
    expect(s.extra.every((x) => x.reason === 'duplicate')).toBe(true);
  });

  it('two predictions with stages the gold lacks: one matches (either gold claim), the other is a duplicate', () => {
    const golds = [
      gold('n', { match: N_TO_RB, stage: 'negotiation' }),
      gold('d', { match: N_TO_RB, stage: 'delivery' }),
    ];
    const s = score(golds, [nToRb('c1', { stage: 'agreement' }), nToRb('c2', { stage: 'payment' })]);
    expect(s.matched.map((m) => m.claim)).toEqual(['c1']);
    expect(s.extra).toMatchObject([{ claim: 'c2', reason: 'duplicate' }]);
    expect(s.counts).toMatchObject({ matchedRequired: 1, missed: 1, falsePositives: 1 });
  });

  it('a gold claim without a stage takes a prediction of any stage', () => {
    const s = score([gold('deal', { match: N_TO_RB })], [nToRb('c1', { stage: 'payment' })]);
    expect(pairs(s)).toEqual(['deal=c1']);
  });

  it('maximizes the matched required claims: a required claim before an optional one', () => {
    const golds = [
      gold('opt', { required: false, match: N_TO_RB }),
      gold('req', { match: { recipient: ['Red Brigade'] } }),
    ];
    expect(pairs(score(golds, [nToRb('c1')]))).toEqual(['req=c1']);
  });

  it('maximizes the matched required claims where greedy in prediction order would not', () => {
    // c1 fits both gold claims, c2 only the first: c1 must leave the first to c2.
    const golds = [
      gold('any supplier', { match: { recipient: ['Red Brigade'] } }),
      gold('northland', { match: N_TO_RB }),
    ];
    const s = score(golds, [nToRb('c1'), stToRb('c2')]);
    expect(pairs(s)).toEqual(['any supplier=c2', 'northland=c1']);
    expect(s.counts).toMatchObject({ matchedRequired: 2, falsePositives: 0 });
  });

  it('pairs like with like: among equal matches, the one with more right slots', () => {
    const golds = [
      gold('earlier', { match: N_TO_RB, when_year: 2009 }),
      gold('later', { match: N_TO_RB, when_year: 2014 }),
    ];
    const when = (year: number) => ({ text: String(year), start: `${year}-01-01`, end: `${year}-12-31` });
    const s = score(golds, [nToRb('c1', { when: when(2014) }), nToRb('c2', { when: when(2009) })]);
    expect(pairs(s)).toEqual(['earlier=c2', 'later=c1']);
    expect(s.matched.every((m) => m.slots.every((x) => x.ok))).toBe(true);
  });

  it('survives roles that point at no entity, and claims without an id', () => {
    const s = score(
      [gold('deal', { match: { supplier: ['XYZ'] } })],
      [claim('', { supplier: 'state:XYZ' }), claim('c2', { recipient: 'group:nobody' })],
    );
    expect(pairs(s)).toEqual(['deal=#1']);
    expect(s.extra).toEqual([
      {
        claim: 'c2',
        description: 'arms_transfer recipient=group:nobody modality=asserted',
        reason: 'unmatched',
      },
    ]);
  });
});
