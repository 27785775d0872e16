import type { Claim } from '../extract/claims/claim.js';

/** How far (days) an undated claim's publication may be from the end of the dated event it joins. */
export const UNDATED_WINDOW_DAYS = 730;

/**
 * A claim dated by the event it states. A denial's date is when it was denied, and a claim dated only by
 * its article's publication says nothing of when the event was: both are placed as undated claims are.
 */
export function isDatedClaim(claim: Pick<Claim, 'when' | 'modality'>): boolean {
  return !!claim.when && claim.when.basis !== 'published' && claim.modality !== 'denied';
}

/** ISO date `days` after the given one (a year or year-month counts from its first day). */
export function addDays(iso: string, days: number): string {
  const base = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
  return new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
