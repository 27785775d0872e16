import { type MappedType, SCORED_TYPES, type ScoredType } from './types.js';

/*
 * Span matching and counting, with no I/O: what the entity scores are made of. One document at a time;
 * spans are half-open character offsets into the same text.
 */

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: ScoredType;
  readonly text: string;
}

export interface PredictedSpan {
  readonly start: number;
  readonly end: number;
  readonly mapped: MappedType;
  readonly text: string;
  /** Our own type, for the confusion table: `state`, `state/demonym`, `weapon/aircraft`, `time`, … */
  readonly label: string;
}

export interface MatchOptions {
  /** exact: the same start and end; overlap: any shared character. */
  readonly mode: 'exact' | 'overlap';
  /** The predicted span must accept the gold type (MappedType.accepts). */
  readonly typed: boolean;
}

/** A pair of indices into the gold and predicted lists. */
export interface Match {
  readonly gold: number;
  readonly predicted: number;
}

/**
 * One-to-one matching, greedy by the largest overlap. Ties (a name inside a longer annotation of the same
 * thing, both gold) go to the pair whose types agree first, then to the closer span, so that "Ana Ruiz"
 * matches the gold name rather than "Colonel Ana Ruiz of the navy" around it. Every pair is considered:
 * re3d documents have tens of annotations, not thousands.
 */
export function matchSpans(
  gold: readonly GoldSpan[],
  predicted: readonly PredictedSpan[],
  options: MatchOptions,
): Match[] {
  const candidates: { gold: number; predicted: number; overlap: number; sameType: boolean; union: number }[] =
    [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap <= 0) return;
      if (options.mode === 'exact' && (g.start !== p.start || g.end !== p.end)) return;
      if (options.typed && !p.mapped.accepts.includes(g.type)) return;
      const union = Math.max(g.end, p.end) - Math.min(g.start, p.start);
      candidates.push({ gold: gi, predicted: pi, overlap, sameType: p.mapped.type === g.type, union });
    });
  });
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      Number(b.sameType) - Number(a.sameType) ||
      a.union - b.union ||
      a.gold - b.gold ||
      a.predicted - b.predicted,
  );
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predictedTaken.has(c.predicted)) continue;
    goldTaken.add(c.gold);
    predictedTaken.add(c.predicted);
    matches.push({ gold: c.gold, predicted: c.predicted });
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

export interface Counts {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
}

export type TypeCounts = Record<ScoredType, Counts>;

/**
 * Counts per re3d type. A matched prediction counts under its gold's type (a country matched to an
 * Organisation is an Organisation prediction); an unmatched one under its own primary type.
 */
export function countByType(
  gold: readonly GoldSpan[],
  predicted: readonly PredictedSpan[],
  matches: readonly Match[],
): TypeCounts {
  const counts = emptyTypeCounts();
  const add = (type: ScoredType, field: keyof Counts) => {
    const c = counts[type];
    counts[type] = { ...c, [field]: c[field] + 1 };
  };
  for (const g of gold) add(g.type, 'gold');
  const matchedGold = new Map(matches.map((m) => [m.predicted, m.gold]));
  predicted.forEach((p, pi) => {
    const gi = matchedGold.get(pi);
    add(gi === undefined ? p.mapped.type : (gold[gi] as GoldSpan).type, 'predicted');
  });
  for (const m of matches) add((gold[m.gold] as GoldSpan).type, 'matched');
  return counts;
}

export function emptyTypeCounts(): TypeCounts {
  return Object.fromEntries(
    SCORED_TYPES.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }]),
  ) as TypeCounts;
}

export function addTypeCounts(a: TypeCounts, b: TypeCounts): TypeCounts {
  return Object.fromEntries(SCORED_TYPES.map((t) => [t, addCounts(a[t], b[t])])) as TypeCounts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched };
}

export function sumCounts(counts: TypeCounts): Counts {
  return SCORED_TYPES.reduce((total, t) => addCounts(total, counts[t]), {
    gold: 0,
    predicted: 0,
    matched: 0,
  });
}

export interface Ratios {
  /** matched / predicted; null when nothing was predicted. */
  readonly precision: number | null;
  /** matched / gold; null when there is no gold. */
  readonly recall: number | null;
  /** 2·matched / (gold + predicted): 0 when one side is empty, null only when both are. */
  readonly f1: number | null;
}

export function ratiosOf(c: Counts): Ratios {
  const precision = c.predicted > 0 ? c.matched / c.predicted : null;
  const recall = c.gold > 0 ? c.matched / c.gold : null;
  const f1 = c.gold + c.predicted > 0 ? (2 * c.matched) / (c.gold + c.predicted) : null;
  return { precision, recall, f1 };
}
