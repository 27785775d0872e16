import type { ItemCategory } from '../gazetteer/entry.js';

/** The claim types of the contract (`../shared/contract/extraction.schema.json`). */
export const CLAIM_TYPES = ['arms_transfer', 'arms_seizure', 'attack', 'ties', 'sanction'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const TRANSFER_STAGES = [
  'negotiation',
  'agreement',
  'payment',
  'delivery',
  'interdiction',
  'cancellation',
] as const;
export const SANCTION_STAGES = ['imposition', 'lifting'] as const;
export type Stage = (typeof TRANSFER_STAGES)[number] | (typeof SANCTION_STAGES)[number];

export const MODALITIES = [
  'asserted',
  'reported',
  'alleged',
  'intended',
  'conditional',
  'confirmed',
  'denied',
] as const;
export type Modality = (typeof MODALITIES)[number];

export const SOURCE_KINDS = [
  'media',
  'government',
  'military',
  'officials_unnamed',
  'investigators',
  'organization',
  'person',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A span of the article. `field: 'title'` marks a span of the headline (offsets into the title). */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
  field?: 'title';
}

export interface ClaimAmount {
  text: string;
  min: number | null;
  max: number | null;
  unit: string | null;
}

export interface ClaimItem {
  text: string;
  category: ItemCategory;
  designation?: string | null;
  quantity?: ClaimAmount;
}

export interface ClaimSource {
  text: string;
  kind: SourceKind;
  entity?: string;
}

/** One claim as the contract defines it; role fields hold entity ids of the same extraction. */
export interface Claim {
  id: string;
  type: ClaimType;
  stage: Stage | null;
  supplier?: string;
  recipient?: string;
  end_users?: string[];
  intermediaries?: string[];
  interdicted_by?: string;
  seizer?: string;
  actor?: string;
  target?: string;
  parties?: string[];
  items?: ClaimItem[];
  value?: ClaimAmount | null;
  /** `basis: 'published'`: no time in the claim's sentences, so the article's date stands in (text empty). */
  when?: { text: string; start: string; end: string; basis?: 'published' } | null;
  where?: string | null;
  modality: Modality;
  sources: ClaimSource[];
  evidence: EvidenceSpan[];
  confidence?: number;
}
