import type { Claim, ClaimType, Modality, SourceKind, Stage } from '../extract/claims/claim.js';
import type { EntityType, ItemCategory } from '../extract/gazetteer/entry.js';

/**
 * The knowledge base's read model: what queries answer and exports write. Claims are stored per article
 * version; an assertion merges the claims of many articles that say the same thing (same type, stage and
 * roles, compatible times). Entity ids are the extractor's ids after analyst merges are applied.
 */

/** How an alias came to name an entity: the gazetteer, an article's text, or an analyst's merge. */
export type AliasSource = 'gazetteer' | 'article' | 'analyst';

export interface AliasRecord {
  readonly alias: string;
  readonly source: AliasSource;
  /** Articles in which the entity was named so (0 for gazetteer or analyst aliases never seen in text). */
  readonly articles: number;
}

export interface KbEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** ISO 3166-1 alpha-3 of the state it belongs to, or null. */
  readonly country: string | null;
  readonly category?: ItemCategory;
  readonly designation?: string | null;
  readonly aliases: readonly AliasRecord[];
  /** Ids merged into this one by analysts (each merge reversible). */
  readonly mergedFrom: readonly string[];
}

/** A span of one stored article version: enough to open the article and highlight the words. */
export interface EvidenceRef {
  readonly articleId: string;
  readonly version: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 'title': offsets into the headline, else into the text. */
  readonly field?: 'title';
}

/** Outlet reliability, the Admiralty scale: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

/** Information credibility, the Admiralty scale: 1 confirmed by other sources … 5 improbable, 6 cannot be judged. */
export type CredibilityRating = 1 | 2 | 3 | 4 | 5 | 6;

export type ReviewStatus = 'unreviewed' | 'confirmed' | 'rejected' | 'corrected';

/** One article's claim as the knowledge base holds it. */
export interface ClaimRecord {
  /** Stable across re-extraction while the claim says the same: article id + fingerprint. */
  readonly key: string;
  readonly articleId: string;
  readonly version: number;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  /** The near-duplicate group (story) the article belongs to; syndicated copies share it. */
  readonly storyId: string;
  /** The claim with entity ids resolved through analyst merges (and corrected, when an analyst did). */
  readonly claim: Claim;
  readonly evidence: readonly EvidenceRef[];
  readonly review: ReviewStatus;
}

export interface AssertionSources {
  /**
   * Independent sources that support it (denials excluded): each named attributed source once, however many
   * stories quote it, and each story that names no source once, however many outlets syndicated it.
   */
  readonly independent: number;
  /** Every outlet that carried it, syndicated copies included. */
  readonly outlets: readonly {
    readonly outlet: string;
    readonly grade: ReliabilityGrade;
    readonly stories: number;
  }[];
  /** Who the articles say said it ("the Telegraph", "security officials"), de-duplicated. */
  readonly attributed: readonly {
    readonly text: string;
    readonly kind: SourceKind;
    readonly entity?: string;
  }[];
  readonly stories: number;
  readonly articles: number;
}

/** Claims of many articles merged: one fact about the world with everyone who reported it. */
export interface Assertion {
  /** Deterministic: a hash of type, stage, roles and the time cluster. */
  readonly id: string;
  readonly type: ClaimType;
  readonly stage: Stage | null;
  readonly supplier?: string;
  readonly recipient?: string;
  readonly intermediaries?: readonly string[];
  readonly end_users?: readonly string[];
  readonly interdicted_by?: string;
  readonly seizer?: string;
  readonly actor?: string;
  readonly target?: string;
  readonly parties?: readonly string[];
  /** Items named by any claim, de-duplicated by designation or text. */
  readonly items: readonly {
    readonly text: string;
    readonly category: ItemCategory;
    readonly designation?: string | null;
  }[];
  /** The narrowest interval all dated claims allow, else the widest; null when no claim is dated. */
  readonly when: { readonly start: string; readonly end: string } | null;
  readonly where: readonly string[];
  /** Publication dates of the earliest and latest article carrying it. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly modality: {
    readonly strongest: Modality;
    readonly weakest: Modality;
    readonly all: readonly Modality[];
  };
  /** Some claims deny what others assert or report. */
  readonly contradicted: boolean;
  readonly sources: AssertionSources;
  readonly credibility: { readonly rating: CredibilityRating; readonly score: number; readonly why: string };
  readonly review: ReviewStatus;
  readonly claims: readonly ClaimRecord[];
}

/** Everything an export writes: the entities the assertions name, and the assertions. */
export interface KbSnapshot {
  readonly generatedAt: string;
  readonly entities: readonly KbEntity[];
  readonly assertions: readonly Assertion[];
}
