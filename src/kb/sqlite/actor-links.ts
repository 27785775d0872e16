import type { Assertion } from '../model.js';

/** One row of an actor's profile: in this assertion, ENTITY plays ROLE opposite COUNTERPART. */
export interface ActorLink {
  readonly entity: string;
  readonly role: string;
  /** The other side's entity id; for brokers and interdictors the flow they stood in, `supplier>recipient`. */
  readonly counterpart: string;
  readonly type: string;
  readonly stage: string;
  /** The assertion's firmest modality: a conditional delivery is not a delivery. */
  readonly modality: string;
}

const UNKNOWN = '?';

/** Every role a profile row can have, in the order a profile lists them. */
export const ACTOR_ROLES = [
  'supplier',
  'recipient',
  'intermediary',
  'end_user',
  'interdictor',
  'seizer',
  'attacker',
  'attacked',
  'tie',
  'sanctioner',
  'sanctioned',
] as const;

/** The profile rows an assertion contributes, one per entity and role. */
export function actorLinksOf(a: Omit<Assertion, 'claims'>): ActorLink[] {
  const links: ActorLink[] = [];
  const type = a.type;
  const stage = a.stage ?? '';
  const modality = a.modality.strongest;
  const add = (entity: string | undefined, role: string, counterpart: string | undefined) => {
    if (entity) links.push({ entity, role, counterpart: counterpart ?? UNKNOWN, type, stage, modality });
  };
  const flow = `${a.supplier ?? UNKNOWN}>${a.recipient ?? UNKNOWN}`;
  switch (a.type) {
    case 'arms_transfer':
    case 'arms_seizure':
      add(a.supplier, 'supplier', a.recipient);
      add(a.recipient, 'recipient', a.supplier);
      for (const id of a.intermediaries ?? []) add(id, 'intermediary', flow);
      for (const id of a.end_users ?? []) add(id, 'end_user', a.supplier);
      add(a.interdicted_by, 'interdictor', flow);
      add(a.seizer, 'seizer', a.supplier ?? a.recipient);
      break;
    case 'attack':
      add(a.actor, 'attacker', a.target);
      add(a.target, 'attacked', a.actor);
      break;
    case 'sanction':
      add(a.actor, 'sanctioner', a.target);
      add(a.target, 'sanctioned', a.actor);
      break;
    case 'ties':
      for (const p of a.parties ?? []) for (const q of a.parties ?? []) if (p !== q) add(p, 'tie', q);
      break;
  }
  return links;
}
