import type { ProfileLink } from '../types.js';

/** How each role of an actor's links reads, from the actor's side. */
export interface Relation {
  readonly direction: 'out' | 'in' | 'other';
  /** The actor's relation to the counterpart, in words. */
  readonly verb: string;
  /** The counterpart's role. */
  readonly counterpartRole: string;
  readonly order: number;
}

export const RELATIONS: Readonly<Record<string, Relation>> = {
  supplier: { direction: 'out', verb: 'supplies', counterpartRole: 'recipient', order: 0 },
  recipient: { direction: 'in', verb: 'receives from', counterpartRole: 'supplier', order: 1 },
  intermediary: { direction: 'other', verb: 'brokers', counterpartRole: 'supplier → recipient', order: 2 },
  end_user: { direction: 'other', verb: 'end user of', counterpartRole: 'supplier → recipient', order: 3 },
  interdictor: { direction: 'other', verb: 'interdicts', counterpartRole: 'supplier → recipient', order: 4 },
  seizer: { direction: 'other', verb: 'seizes from', counterpartRole: 'recipient', order: 5 },
  attacker: { direction: 'other', verb: 'attacks', counterpartRole: 'target', order: 6 },
  attacked: { direction: 'other', verb: 'attacked by', counterpartRole: 'attacker', order: 7 },
  tie: { direction: 'other', verb: 'has ties with', counterpartRole: 'party', order: 8 },
  sanctioner: { direction: 'other', verb: 'sanctions', counterpartRole: 'sanctioned', order: 9 },
  sanctioned: { direction: 'other', verb: 'sanctioned by', counterpartRole: 'sanctioner', order: 10 },
};

export const relationOf = (role: string): Relation =>
  RELATIONS[role] ?? { direction: 'other', verb: role.replace(/_/g, ' '), counterpartRole: '', order: 99 };

export type LinkRow = ProfileLink & { readonly key: string };

/** Every link of a profile as one list of rows. */
export function linkRows(links: Readonly<Record<string, readonly ProfileLink[]>>): LinkRow[] {
  return Object.values(links)
    .flat()
    .map((l) => ({ ...l, key: `${l.role}|${l.counterpart}|${l.type}|${l.stage}|${l.modality}` }));
}

/** A counterpart key ("state:PRK", "state:PRK>group:hamas", "?>group:hamas") as its entity ids (null: unknown). */
export const counterpartIds = (counterpart: string): (string | null)[] =>
  counterpart.split('>').map((part) => (part === '?' ? null : part));
