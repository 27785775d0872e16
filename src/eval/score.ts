import type { Claim } from '../extract/claims/claim.js';
import type { ExtractedEntity } from '../extract/extraction.js';
import { maxWeightAssignment } from './assignment.js';
import { describeClaim } from './describe-claim.js';
import type { GoldClaim } from './gold.js';
import { claimMatches, indexEntities } from './roles.js';
import { SLOTS, type SlotResult, scoreSlots } from './slots.js';

/** What the extractor produced for one article: its claims and the entities their roles point to. */
export interface Predicted {
  readonly claims: readonly Claim[];
  readonly entities: readonly ExtractedEntity[];
}

export interface MatchedClaim {
  /** Index of the gold claim in its file. */
  readonly gold: number;
  readonly label: string;
  readonly required: boolean;
  readonly claim: string;
  readonly description: string;
  readonly slots: SlotResult[];
}

export interface MissedClaim {
  readonly gold: number;
  readonly label: string;
}

/**
 * A false positive: `duplicate` when its roles match a gold claim that another prediction took (or that it
 * could only take with a stage the gold does not have, see scoreArticle), `unmatched` when they match none.
 */
export interface ExtraClaim {
  readonly claim: string;
  readonly description: string;
  readonly reason: 'duplicate' | 'unmatched';
}

export interface ArticleCounts {
  readonly predicted: number;
  readonly required: number;
  readonly matchedRequired: number;
  /** Predictions matched to optional gold claims: neither right nor wrong, left out of precision. */
  readonly matchedOptional: number;
  readonly falsePositives: number;
  readonly missed: number;
}

export interface ArticleScore {
  readonly counts: ArticleCounts;
  /** Every matched pair, required and optional, in gold order. */
  readonly matched: MatchedClaim[];
  /** Required gold claims no prediction matched; unmatched optional ones are not listed. */
  readonly missed: MissedClaim[];
  readonly extra: ExtraClaim[];
}

/**
 * Scores one article's predicted claims against its gold claims, by the rules of the gold README.
 *
 * Each prediction's candidates are the gold claims its type and roles match. When some candidates have the
 * prediction's stage (or no stage), only those are open to it: that is how two predictions of one deal
 * that differ in stage go to the gold claims of their stages. A prediction whose stage no candidate has
 * ("floating") may still take one with a wrong stage slot, but only if no other matched prediction shares
 * a candidate with it: otherwise it is a second prediction of the same gold claim with a stage the gold
 * does not have, i.e. a duplicate (the one with the lower weight goes, then the assignment is redone).
 *
 * The assignment is a maximum-weight bipartite matching (maxWeightAssignment) with weights ordered so that
 * it maximizes, in turn, matched required claims, matched claims, and right slots (to pair like with like).
 */
export function scoreArticle(gold: readonly GoldClaim[], predicted: Predicted): ArticleScore {
  const entities = indexEntities(predicted.entities);
  const claims = predicted.claims;
  const candidates = claims.map((claim) =>
    gold.flatMap((g, i) => (claimMatches(g, claim, entities) ? [i] : [])),
  );
  const floating = claims.map(() => false);
  const open = claims.map((claim, p) => {
    const all = candidates[p] as number[];
    const staged = all.filter((g) => gold[g]?.stage == null || gold[g]?.stage === claim.stage);
    floating[p] = staged.length === 0 && all.length > 0;
    return staged.length > 0 ? staged : all;
  });

  const slots = new Map<string, SlotResult[]>();
  const slotsOf = (p: number, g: number) => {
    const key = `${p}:${g}`;
    let result = slots.get(key);
    if (!result) {
      result = scoreSlots(gold[g] as GoldClaim, claims[p] as Claim, entities);
      slots.set(key, result);
    }
    return result;
  };
  // Lexicographic weights: one required match outweighs every optional match and slot bonus together.
  const k = Math.min(claims.length, gold.length);
  const optionalWeight = SLOTS.length * k + 1;
  const requiredWeight = (k + 1) * optionalWeight;
  const weight = (p: number, g: number) =>
    (gold[g]?.required ? requiredWeight : optionalWeight) + slotsOf(p, g).filter((s) => s.ok).length;

  const dropped = new Set<number>();
  let assigned: (number | null)[] = [];
  for (;;) {
    const weights = claims.map((_, p) => {
      const row = gold.map(() => 0);
      if (!dropped.has(p)) for (const g of open[p] as number[]) row[g] = weight(p, g);
      return row;
    });
    assigned = maxWeightAssignment(weights);
    const colliding = claims
      .map((_, p) => p)
      .filter(
        (p) =>
          floating[p] &&
          assigned[p] != null &&
          claims.some((_, q) => q !== p && assigned[q] != null && shares(candidates[p], candidates[q])),
      );
    if (colliding.length === 0) break;
    const weakest = colliding.reduce((a, b) =>
      weight(b, assigned[b] as number) <= weight(a, assigned[a] as number) ? b : a,
    );
    dropped.add(weakest);
  }

  const matched: MatchedClaim[] = [];
  const extra: ExtraClaim[] = [];
  const taken = new Set<number>();
  claims.forEach((claim, p) => {
    const g = assigned[p];
    const description = describeClaim(claim, entities);
    const id = claim.id || `#${p + 1}`;
    if (g == null) {
      extra.push({ claim: id, description, reason: candidates[p]?.length ? 'duplicate' : 'unmatched' });
      return;
    }
    taken.add(g);
    const { label, required } = gold[g] as GoldClaim;
    matched.push({ gold: g, label, required, claim: id, description, slots: slotsOf(p, g) });
  });
  matched.sort((a, b) => a.gold - b.gold);
  const missed = gold.flatMap((g, i) => (g.required && !taken.has(i) ? [{ gold: i, label: g.label }] : []));
  const required = gold.filter((g) => g.required).length;
  const matchedRequired = matched.filter((m) => m.required).length;
  return {
    counts: {
      predicted: claims.length,
      required,
      matchedRequired,
      matchedOptional: matched.length - matchedRequired,
      falsePositives: extra.length,
      missed: required - matchedRequired,
    },
    matched,
    missed,
    extra,
  };
}

function shares(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return !!a && !!b && a.some((x) => b.includes(x));
}
