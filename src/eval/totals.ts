import type { ArticleCounts, ArticleScore } from './score.js';
import { SLOTS, type Slot } from './slots.js';

export interface Ratios {
  /** matched required / (predicted − matched optional); 0 when nothing counts. */
  readonly precision: number;
  /** matched required / required; 0 when no claim is required. */
  readonly recall: number;
  readonly f1: number;
}

export interface SlotAccuracy {
  readonly right: number;
  readonly scored: number;
  /** right / scored, or null when no matched claim had the slot in gold. */
  readonly accuracy: number | null;
}

export interface Totals {
  readonly counts: ArticleCounts;
  readonly ratios: Ratios;
  /** Over every matched claim, required and optional. */
  readonly slots: Record<Slot, SlotAccuracy>;
}

export function ratios(c: ArticleCounts): Ratios {
  const counted = c.predicted - c.matchedOptional;
  const precision = counted > 0 ? c.matchedRequired / counted : 0;
  const recall = c.required > 0 ? c.matchedRequired / c.required : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Micro-averaged: counts summed over all articles, ratios taken once from the sums. */
export function totalsOf(scores: readonly ArticleScore[]): Totals {
  const counts: ArticleCounts = {
    predicted: sum(scores, (s) => s.counts.predicted),
    required: sum(scores, (s) => s.counts.required),
    matchedRequired: sum(scores, (s) => s.counts.matchedRequired),
    matchedOptional: sum(scores, (s) => s.counts.matchedOptional),
    falsePositives: sum(scores, (s) => s.counts.falsePositives),
    missed: sum(scores, (s) => s.counts.missed),
  };
  const results = scores.flatMap((s) => s.matched.flatMap((m) => m.slots));
  const slots = Object.fromEntries(
    SLOTS.map((slot) => {
      const scored = results.filter((r) => r.slot === slot);
      const right = scored.filter((r) => r.ok).length;
      return [slot, { right, scored: scored.length, accuracy: scored.length ? right / scored.length : null }];
    }),
  ) as Record<Slot, SlotAccuracy>;
  return { counts, ratios: ratios(counts), slots };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
