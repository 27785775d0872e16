import type { GoldClaim } from '../src/eval/gold.js';
import type { Claim } from '../src/extract/claims/claim.js';
import type { ExtractedEntity } from '../src/extract/extraction.js';

/*
 * Builders for synthetic gold/prediction pairs. The world is made up (Northland, Southland, the Red
 * Brigade, Acme Arms): tests never carry text from the research-licensed gold in ../shared.
 */

export function entity(
  id: string,
  name: string,
  more: Partial<Pick<ExtractedEntity, 'aliases' | 'country' | 'type'>> = {},
): ExtractedEntity {
  return {
    id,
    name,
    type: more.type ?? (id.startsWith('state:') ? 'state' : 'organization'),
    aliases: more.aliases ?? [],
    country: more.country ?? null,
    mentions: [],
  };
}

export const NORTHLAND = entity('state:NTL', 'Northland', { aliases: ['Northern Republic'] });
export const SOUTHLAND = entity('state:STL', 'Southland');
export const RED_BRIGADE = entity('group:red-brigade', 'Red Brigade', { aliases: ['the Brigade'] });
export const ACME = entity('company:acme-arms', 'Acme Arms Ltd.', { aliases: ['Acme'], country: 'NTL' });
export const HARBOUR = entity('place:port-vale', 'Port Vale', { type: 'location', country: 'STL' });
export const DAILY = entity('outlet:the-daily-courier', 'The Daily Courier', { type: 'outlet' });
export const WORLD = [NORTHLAND, SOUTHLAND, RED_BRIGADE, ACME, HARBOUR, DAILY];

export function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    type: 'arms_transfer',
    stage: null,
    modality: 'asserted',
    sources: [],
    evidence: [{ start: 0, end: 4, text: 'text' }],
    ...fields,
  };
}

export function gold(label: string, fields: Partial<GoldClaim> = {}): GoldClaim {
  return { label, type: 'arms_transfer', required: true, match: {}, ...fields } as GoldClaim;
}

/** Northland supplies the Red Brigade: the claim most tests start from, as gold and as a prediction. */
export const N_TO_RB = { supplier: ['Northland', 'NTL'], recipient: ['Red Brigade'] };
export const nToRb = (id: string, fields: Partial<Claim> = {}) =>
  claim(id, { supplier: NORTHLAND.id, recipient: RED_BRIGADE.id, ...fields });
