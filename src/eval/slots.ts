import type { Claim } from '../extract/claims/claim.js';
import type { GoldClaim } from './gold.js';
import { namesOverlap, stateCode } from './names.js';
import type { EntityIndex } from './roles.js';

export const SLOTS = ['stage', 'modality', 'items', 'sources', 'when_year', 'where_country'] as const;
export type Slot = (typeof SLOTS)[number];

/** One slot of a matched claim: what gold accepts, what was predicted, and whether that is right. */
export interface SlotResult {
  readonly slot: Slot;
  readonly ok: boolean;
  readonly expected: string;
  readonly got: string;
}

const NONE = '—';

/** Scores the slots the gold claim has (absent ones are not scored), in SLOTS order. */
export function scoreSlots(gold: GoldClaim, claim: Claim, entities: EntityIndex): SlotResult[] {
  const results: SlotResult[] = [];
  const add = (slot: Slot, ok: boolean, expected: string, got: string) =>
    results.push({ slot, ok, expected, got });

  if (gold.stage != null) add('stage', claim.stage === gold.stage, gold.stage, claim.stage ?? NONE);
  if (gold.modality != null)
    add('modality', gold.modality.includes(claim.modality), gold.modality.join('|'), claim.modality ?? NONE);
  if (gold.items != null) {
    const items = claim.items ?? [];
    // The category is compared as words: `light_weapons` overlaps "light weapons".
    const predicted = items.flatMap((i) => [i.category, i.text]);
    add('items', anyOverlap(predicted, gold.items), gold.items.join('|'), describe(items.map(itemLabel)));
  }
  if (gold.sources != null) {
    const sources = claim.sources ?? [];
    const predicted = sources.flatMap((s) => [s.text, ...(s.entity ? [...entities.names(s.entity)] : [])]);
    add(
      'sources',
      anyOverlap(predicted, gold.sources),
      gold.sources.join('|'),
      describe(sources.map((s) => s.text)),
    );
  }
  if (gold.when_year != null) {
    const from = claim.when ? yearOf(claim.when.start) : null;
    const to = claim.when ? yearOf(claim.when.end) : null;
    const ok = from !== null && to !== null && from <= gold.when_year && gold.when_year <= to;
    add(
      'when_year',
      ok,
      String(gold.when_year),
      claim.when ? `${claim.when.start}..${claim.when.end}` : NONE,
    );
  }
  if (gold.where_country != null) {
    const country = whereCountry(claim, entities);
    add('where_country', country === gold.where_country, gold.where_country, country ?? NONE);
  }
  return results;
}

/** The `where` entity's country; for a state, the state itself. */
export function whereCountry(claim: Claim, entities: EntityIndex): string | null {
  if (!claim.where) return null;
  return stateCode(claim.where) ?? entities.get(claim.where)?.country?.toUpperCase() ?? null;
}

/** The year of an ISO 8601 date (`2014-07-27`, `2014`, `-0500-01-01`), or null. */
export function yearOf(date: string): number | null {
  const m = /^([+-]?\d{4,6})(?!\d)/.exec(date.trim());
  return m ? Number(m[1]) : null;
}

function anyOverlap(predicted: readonly string[], gold: readonly string[]): boolean {
  return predicted.some((p) => gold.some((g) => namesOverlap(p, g)));
}

function itemLabel(item: { text: string; category: string }): string {
  return `${item.text} (${item.category})`;
}

function describe(values: readonly string[]): string {
  return values.length ? values.join('|') : NONE;
}
