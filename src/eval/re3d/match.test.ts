import { describe, expect, it } from 'vitest';
import { countByType, type GoldSpan, matchSpans, type PredictedSpan, ratiosOf, sumCounts } from './match.js';
import { mapEntityMention, TEMPORAL } from './types.js';

// Spans over a text of our own: "Colonel Ana Ruiz of the Chilean Navy landed in Arica on 3 May."
const gold = (start: number, end: number, type: GoldSpan['type'], text = ''): GoldSpan => ({
  start,
  end,
  type,
  text,
});
const person = mapEntityMention({ type: 'person' }, 'name-pattern');
const state = mapEntityMention({ type: 'state' }, 'gazetteer');
const demonym = mapEntityMention({ type: 'state' }, 'demonym');
const unit = mapEntityMention({ type: 'military_unit' }, 'gazetteer');
const predicted = (
  start: number,
  end: number,
  mapped: PredictedSpan['mapped'],
  text = '',
  label = 'x',
): PredictedSpan => ({ start, end, mapped, text, label });

describe('matchSpans', () => {
  it('exact needs the same start and end; overlap any shared character', () => {
    const g = [gold(0, 16, 'Person')]; // "Colonel Ana Ruiz"
    const p = [predicted(8, 16, person)]; // "Ana Ruiz"
    expect(matchSpans(g, p, { mode: 'exact', typed: true })).toEqual([]);
    expect(matchSpans(g, p, { mode: 'overlap', typed: true })).toEqual([{ gold: 0, predicted: 0 }]);
    // Touching is not overlapping: half-open spans.
    expect(matchSpans(g, [predicted(16, 20, person)], { mode: 'overlap', typed: true })).toEqual([]);
  });

  it('is one to one: two mentions inside one gold span match it once', () => {
    const g = [gold(0, 16, 'Person')];
    const p = [predicted(0, 7, person), predicted(8, 16, person)];
    const matches = matchSpans(g, p, { mode: 'overlap', typed: true });
    // The larger overlap wins ("Ana Ruiz", 8 characters, over "Colonel", 7).
    expect(matches).toEqual([{ gold: 0, predicted: 1 }]);
    const counts = countByType(g, p, matches);
    expect(counts.Person).toEqual({ gold: 1, predicted: 2, matched: 1 });
  });

  it('gives a tie to the closer span: the name, not the longer description around it', () => {
    const g = [gold(0, 16, 'Person'), gold(8, 16, 'Person')];
    const matches = matchSpans(g, [predicted(8, 16, person)], { mode: 'overlap', typed: true });
    expect(matches).toEqual([{ gold: 1, predicted: 0 }]);
  });

  it('needs an accepted type unless untyped', () => {
    const g = [gold(24, 36, 'Organisation')]; // "Chilean Navy"
    const p = [predicted(24, 31, demonym)]; // "Chilean"
    expect(matchSpans(g, p, { mode: 'overlap', typed: true })).toEqual([]);
    expect(matchSpans(g, p, { mode: 'overlap', typed: false })).toEqual([{ gold: 0, predicted: 0 }]);
    expect(matchSpans(g, [predicted(24, 36, unit)], { mode: 'exact', typed: true })).toHaveLength(1);
  });

  it('lets a country match a Location or an actor Organisation, preferring its own type', () => {
    const p = [predicted(47, 52, state)]; // "Arica" standing in for a country here
    expect(matchSpans([gold(47, 52, 'Organisation')], p, { mode: 'exact', typed: true })).toHaveLength(1);
    const both = [gold(47, 52, 'Organisation'), gold(47, 52, 'Location')];
    expect(matchSpans(both, p, { mode: 'exact', typed: true })).toEqual([{ gold: 1, predicted: 0 }]);
  });
});

describe('countByType', () => {
  it('counts a matched prediction under its gold type, an unmatched one under its own', () => {
    const g = [gold(0, 5, 'Organisation'), gold(10, 15, 'Temporal')];
    const p = [predicted(0, 5, state), predicted(20, 25, state), predicted(10, 15, TEMPORAL)];
    const counts = countByType(g, p, matchSpans(g, p, { mode: 'exact', typed: true }));
    expect(counts.Organisation).toEqual({ gold: 1, predicted: 1, matched: 1 });
    expect(counts.Location).toEqual({ gold: 0, predicted: 1, matched: 0 });
    expect(counts.Temporal).toEqual({ gold: 1, predicted: 1, matched: 1 });
    expect(sumCounts(counts)).toEqual({ gold: 2, predicted: 3, matched: 2 });
  });
});

describe('ratiosOf', () => {
  it('gives precision, recall and F1, null where a side is empty', () => {
    expect(ratiosOf({ gold: 4, predicted: 2, matched: 2 })).toEqual({
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
    });
    expect(ratiosOf({ gold: 3, predicted: 0, matched: 0 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(ratiosOf({ gold: 0, predicted: 0, matched: 0 })).toEqual({
      precision: null,
      recall: null,
      f1: null,
    });
  });
});
