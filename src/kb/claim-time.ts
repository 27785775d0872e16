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
