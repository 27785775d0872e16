import { describe, expect, it } from 'vitest';
import { gold, N_TO_RB, nToRb, WORLD } from '../../test/eval-helpers.js';
import type { ArticleCounts } from './score.js';
import { scoreArticle } from './score.js';
import { ratios, totalsOf } from './totals.js';

const counts = (c: Partial<ArticleCounts>): ArticleCounts => ({
  predicted: 0,
  required: 0,
  matchedRequired: 0,
  matchedOptional: 0,
  falsePositives: 0,
  missed: 0,
  ...c,
});

describe('ratios', () => {
  it.each<[string, Partial<ArticleCounts>, { precision: number; recall: number; f1: number }]>([
    ['nothing at all', {}, { precision: 0, recall: 0, f1: 0 }],
    ['nothing predicted', { required: 4, missed: 4 }, { precision: 0, recall: 0, f1: 0 }],
    [
      'half right, half found',
      { predicted: 4, required: 4, matchedRequired: 2, falsePositives: 2, missed: 2 },
      { precision: 0.5, recall: 0.5, f1: 0.5 },
    ],
    [
      'optional matches leave the denominator',
      { predicted: 3, required: 1, matchedRequired: 1, matchedOptional: 2 },
      { precision: 1, recall: 1, f1: 1 },
    ],
    [
      'only optional matches',
      { predicted: 2, required: 3, matchedOptional: 2, missed: 3 },
      { precision: 0, recall: 0, f1: 0 },
    ],
    [
      'precision 1, recall 1/3',
      { predicted: 1, required: 3, matchedRequired: 1, missed: 2 },
      { precision: 1, recall: 1 / 3, f1: 0.5 },
    ],
  ])('%s', (_what, c, expected) => {
    const r = ratios(counts(c));
    expect(r.precision).toBeCloseTo(expected.precision, 12);
    expect(r.recall).toBeCloseTo(expected.recall, 12);
    expect(r.f1).toBeCloseTo(expected.f1, 12);
  });
});

describe('totalsOf', () => {
  it('micro-averages: sums the counts over articles, then takes the ratios once', () => {
    // Article 1: 1 right of 1 predicted, 1 of 1 required. Article 2: 0 of 3 predicted right, 0 of 1 required.
    const a = scoreArticle([gold('deal', { match: N_TO_RB, stage: 'delivery' })], {
      claims: [nToRb('c1', { stage: 'delivery' })],
      entities: WORLD,
    });
    const b = scoreArticle([gold('seizure', { type: 'arms_seizure', match: { seizer: ['Northland'] } })], {
      claims: [nToRb('c1'), nToRb('c2', { type: 'attack' }), nToRb('c3', { type: 'ties' })],
      entities: WORLD,
    });
    const t = totalsOf([a, b]);
    expect(t.counts).toEqual(
      counts({ predicted: 4, required: 2, matchedRequired: 1, falsePositives: 3, missed: 1 }),
    );
    // Micro: 1/4 and 1/2 (a macro average of the articles' precisions would say (1 + 0) / 2).
    expect(t.ratios.precision).toBe(0.25);
    expect(t.ratios.recall).toBe(0.5);
    expect(t.ratios.f1).toBeCloseTo(1 / 3, 12);
    expect(t.slots.stage).toEqual({ right: 1, scored: 1, accuracy: 1 });
    expect(t.slots.modality).toEqual({ right: 0, scored: 0, accuracy: null });
  });

  it('counts slots over optional matches too', () => {
    const s = scoreArticle([gold('opt', { required: false, match: N_TO_RB, modality: ['reported'] })], {
      claims: [nToRb('c1', { modality: 'asserted' })],
      entities: WORLD,
    });
    expect(totalsOf([s]).slots.modality).toEqual({ right: 0, scored: 1, accuracy: 0 });
  });

  it('no articles', () => {
    expect(totalsOf([]).ratios).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
