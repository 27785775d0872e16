/** The knowledge base's vocabularies as the page shows them: labels and colours, over the server's own lists. */
import { CLAIM_TYPES, MODALITIES, SANCTION_STAGES, TRANSFER_STAGES } from '../../src/extract/claims/claim.js';
import { ENTITY_TYPES, ITEM_CATEGORIES } from '../../src/extract/gazetteer/vocabulary.js';
import type { ClaimType, EntityType, Stage } from './types.js';

export { CLAIM_TYPES, ENTITY_TYPES, ITEM_CATEGORIES, MODALITIES, SANCTION_STAGES, TRANSFER_STAGES };
export const STAGES: readonly Stage[] = [...TRANSFER_STAGES, ...SANCTION_STAGES];

/** "arms_transfer" → "arms transfer". */
export const label = (value: string): string => value.replace(/_/g, ' ');

export const CLAIM_TYPE_LABELS: Readonly<Record<ClaimType, string>> = {
  arms_transfer: 'Arms transfer',
  arms_seizure: 'Seizure',
  attack: 'Attack',
  ties: 'Ties',
  sanction: 'Sanction',
};

/** What a mark in the reader can stand for: an entity type, or a time or an amount. */
export type MentionKind = EntityType | 'time' | 'amount';

export const MENTION_KINDS: readonly MentionKind[] = [...ENTITY_TYPES, 'time', 'amount'];

export const MENTION_LABELS: Readonly<Record<MentionKind, string>> = {
  state: 'State',
  armed_group: 'Armed group',
  military_unit: 'Military unit',
  government_body: 'Government body',
  organization: 'Organization',
  company: 'Company',
  person: 'Person',
  outlet: 'Outlet',
  location: 'Place',
  weapon: 'Weapon',
  time: 'Time',
  amount: 'Amount',
};

/** One colour per kind (also in styles.css as .k-<kind>), for graphs and maps drawn from script. */
export const KIND_COLORS: Readonly<Record<MentionKind, string>> = {
  state: '#2f6fbd',
  armed_group: '#d1452f',
  military_unit: '#7b52ab',
  government_body: '#2a9d8f',
  organization: '#1b998b',
  company: '#d98a0b',
  person: '#c2418c',
  outlet: '#6b7a8f',
  location: '#3d9140',
  weapon: '#8c5a2b',
  time: '#0e7490',
  amount: '#a16207',
};

/** Transfer stages from talk to goods, then the ones that stop it; sanctions. */
export const STAGE_COLORS: Readonly<Record<Stage, string>> = {
  negotiation: '#94a3b8',
  agreement: '#60a5fa',
  payment: '#a78bfa',
  delivery: '#dc2626',
  interdiction: '#0f766e',
  cancellation: '#64748b',
  imposition: '#b45309',
  lifting: '#65a30d',
};

export const CLAIM_TYPE_COLORS: Readonly<Record<ClaimType, string>> = {
  arms_transfer: '#dc2626',
  arms_seizure: '#0f766e',
  attack: '#7c2d12',
  ties: '#2563eb',
  sanction: '#b45309',
};
