import type { Claim } from '../extract/claims/claim.js';
import { LIST_ROLES, SINGLE_ROLES } from './gold.js';
import type { EntityIndex } from './roles.js';

/** A predicted claim in one line: type, roles by entity name, stage, modality. */
export function describeClaim(claim: Claim, entities: EntityIndex): string {
  const name = (id: string) => entities.get(id)?.name ?? id;
  const parts: string[] = [claim.type];
  for (const role of SINGLE_ROLES) {
    const id = claim[role];
    if (id) parts.push(`${role}=${name(id)}`);
  }
  for (const role of LIST_ROLES) {
    const ids = claim[role];
    if (ids?.length) parts.push(`${role}=${ids.map(name).join('+')}`);
  }
  if (claim.stage) parts.push(`stage=${claim.stage}`);
  parts.push(`modality=${claim.modality}`);
  return parts.join(' ');
}
