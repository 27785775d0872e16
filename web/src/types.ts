/**
 * What the HTTP API answers, as the web app reads it. The knowledge base's own types are imported (types
 * only: nothing of the server is bundled); the shapes the API builds around them are written out here.
 */
import type { ClaimType, Modality, SourceKind, Stage } from '../../src/extract/claims/claim.js';
import type { EntityType, ItemCategory } from '../../src/extract/gazetteer/entry.js';
import type { Assertion, ClaimRecord, EvidenceRef, KbEntity, ReviewStatus } from '../../src/kb/model.js';

export type { Claim, EvidenceSpan } from '../../src/extract/claims/claim.js';
export type {
  Assertion,
  ClaimRecord,
  ClaimType,
  EntityType,
  EvidenceRef,
  ItemCategory,
  KbEntity,
  Modality,
  ReviewStatus,
  SourceKind,
  Stage,
};

/** An assertion as lists carry it: without its claims. */
export type AssertionBody = Omit<Assertion, 'claims'>;

export type Names = Readonly<Record<string, string>>;

export interface Stats {
  readonly articles: number;
  readonly versions: number;
  readonly extracted: number;
  readonly stories: number;
  readonly entities: number;
  readonly claims: number;
  readonly assertions: number;
  readonly edits: number;
}

export interface SearchHit {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  readonly snippet: string;
  readonly highlights: readonly (readonly [number, number])[];
  readonly score: number;
}

export interface SearchPage {
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

export interface Article {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly published: string | null;
  readonly section: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly text: string;
  readonly warnings: readonly string[];
  readonly ingestedAt: string;
  readonly latest: boolean;
  readonly origin: { readonly source: string; readonly format: string; readonly locator?: string };
}

/** A span of the article: offsets into the text, or into the title with `field: 'title'`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly field?: 'title';
}

export interface ExtractedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly category?: ItemCategory;
  readonly mentions: readonly (Span & { readonly via?: string })[];
}

export interface Extraction {
  readonly entities: readonly ExtractedEntity[];
  readonly claims: readonly import('../../src/extract/claims/claim.js').Claim[];
  readonly times: readonly (Span & { readonly interval: { readonly start: string; readonly end: string } })[];
  readonly amounts: readonly (Span & {
    readonly measure: 'money' | 'quantity';
    readonly min: number | null;
    readonly max: number | null;
    readonly unit: string | null;
  })[];
  readonly version: number;
  readonly extractor: string;
  readonly storyId: string;
}

export interface ArticleResponse {
  readonly article: Article;
  readonly versions: readonly {
    readonly version: number;
    readonly ingestedAt: string;
    readonly latest: boolean;
  }[];
  readonly extraction: Extraction | null;
  readonly story: readonly {
    readonly articleId: string;
    readonly outlet: string | null;
    readonly published: string | null;
  }[];
}

export interface AssertionPage {
  readonly total: number;
  readonly totalIsLowerBound: boolean;
  readonly names: Names;
  readonly assertions: readonly AssertionBody[];
}

export type AssertionWithNames = Assertion & { readonly names: Names };

export interface ProfileLink {
  readonly role: string;
  readonly counterpart: string;
  readonly counterpartName: string;
  readonly type: string;
  readonly stage: string;
  readonly modality: string;
  readonly assertions: number;
  readonly independent: number;
}

export interface ActorProfile {
  readonly entity: KbEntity;
  readonly articles: number;
  readonly links: Readonly<Record<string, readonly ProfileLink[]>>;
  readonly timeline: readonly AssertionBody[];
  readonly outlets: readonly { readonly outlet: string; readonly assertions: number }[];
  readonly names: Names;
}

export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly inDegree: number;
  readonly outDegree: number;
  readonly weightedInDegree: number;
  readonly weightedOutDegree: number;
  readonly betweenness: number;
  readonly betweennessNormalized: number;
  readonly community: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly assertions: number;
  readonly assertionIds: readonly string[];
  readonly stages: readonly Stage[];
  readonly strongestStage: Stage;
  readonly interdicted: boolean;
  readonly cancelled: boolean;
  /** Independent sources over the assertions: how well corroborated the link is. */
  readonly weight: number;
  readonly maxCredibility: number;
  readonly contradicted: boolean;
  readonly categories: readonly ItemCategory[];
  /** A leg through an intermediary (supplier → broker, broker → recipient). */
  readonly via: boolean;
  /** Some assertion names the two as supplier and recipient. */
  readonly direct: boolean;
  readonly viaAssertionIds?: readonly string[];
  readonly flows?: readonly string[];
}

export interface NetworkResponse {
  readonly totals: {
    readonly nodes: number;
    readonly edges: number;
    readonly communities: number;
    readonly density: number;
    readonly modularity: number;
  };
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

export interface ReviewEdit {
  readonly id: number;
  readonly at: string;
  readonly who: string;
  readonly why: string;
  readonly kind: string;
  readonly target: string;
  readonly action: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly undoneBy: number | null;
}

/** What an analyst may correct from the queue; the API's correction schema takes more (items, brokers). */
export interface Correction {
  stage?: string | null;
  modality?: string;
  supplier?: string | null;
  recipient?: string | null;
  seizer?: string | null;
  actor?: string | null;
  target?: string | null;
  when?: { start: string; end: string } | null;
}
