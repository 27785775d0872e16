import type { ClaimType } from '../extract/claims/claim.js';
import type { Assertion, KbSnapshot } from '../kb/model.js';
import { evidenceLink } from './evidence-link.js';
import {
  claimsByKey,
  compareStrings,
  countryOf,
  distinct,
  type EntityIndex,
  idsIn,
  indexEntities,
  nameOf,
} from './snapshot-index.js';

/**
 * The network GraphML and GEXF write, built once so both files hold the same graph: actors as nodes,
 * one edge per leg of each assertion. A transfer runs supplier → recipient, or supplier → intermediary →
 * recipient when it names intermediaries (the articles do not say in which order several brokers acted,
 * so each gets its own two legs), then recipient → each end user. Attacks and sanctions run actor →
 * target; ties join every two parties, undirected. Items are edge attributes, not nodes: a rifle is not
 * an actor. Entities no edge touches (weapons, places named only as `where`) are left out.
 */

export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean;

export interface AttributeSpec {
  readonly name: string;
  readonly type: AttributeType;
}

export type EdgeKind = 'transfer' | 'seizure' | 'attack' | 'ties' | 'sanction';
/** Where the edge sits on a transfer's path. */
export type EdgeLeg = 'direct' | 'to-intermediary' | 'from-intermediary' | 'to-end-user';

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly kind: EdgeKind;
  readonly label: string;
  /** Independent sources: what a layout should weigh the edge by. */
  readonly weight: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'type', type: 'string' },
  { name: 'country', type: 'string' },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'kind', type: 'string' },
  { name: 'leg', type: 'string' },
  { name: 'stage', type: 'string' },
  { name: 'modality', type: 'string' },
  { name: 'weakest_modality', type: 'string' },
  { name: 'contradicted', type: 'boolean' },
  { name: 'independent_sources', type: 'integer' },
  { name: 'credibility', type: 'integer' },
  { name: 'credibility_score', type: 'double' },
  { name: 'review', type: 'string' },
  { name: 'items', type: 'string' },
  { name: 'when_start', type: 'string' },
  { name: 'when_end', type: 'string' },
  { name: 'first_seen', type: 'string' },
  { name: 'last_seen', type: 'string' },
  { name: 'assertion', type: 'string' },
  { name: 'evidence', type: 'string' },
  { name: 'urls', type: 'string' },
];

const KIND: Readonly<Record<ClaimType, EdgeKind>> = {
  arms_transfer: 'transfer',
  arms_seizure: 'seizure',
  attack: 'attack',
  ties: 'ties',
  sanction: 'sanction',
};

interface Leg {
  readonly source: string;
  readonly target: string;
  readonly leg: EdgeLeg;
}

function transferLegs(a: Assertion): Leg[] {
  const [supplier] = idsIn(a, 'supplier');
  const [recipient] = idsIn(a, 'recipient');
  const via = idsIn(a, 'intermediaries');
  const legs: Leg[] = [];
  if (via.length === 0 && supplier && recipient)
    legs.push({ source: supplier, target: recipient, leg: 'direct' });
  for (const broker of via) {
    if (supplier) legs.push({ source: supplier, target: broker, leg: 'to-intermediary' });
    if (recipient) legs.push({ source: broker, target: recipient, leg: 'from-intermediary' });
  }
  // End users receive from the recipient; with no recipient named, from whoever last held the arms.
  const holders = recipient ? [recipient] : via.length > 0 ? via : supplier ? [supplier] : [];
  for (const holder of holders)
    for (const user of idsIn(a, 'end_users')) legs.push({ source: holder, target: user, leg: 'to-end-user' });
  return legs;
}

function legsOf(a: Assertion): Leg[] {
  switch (a.type) {
    case 'arms_transfer':
    case 'arms_seizure':
      return transferLegs(a);
    case 'attack':
    case 'sanction': {
      const [actor] = idsIn(a, 'actor');
      const [target] = idsIn(a, 'target');
      return actor && target ? [{ source: actor, target, leg: 'direct' }] : [];
    }
    case 'ties': {
      const parties = idsIn(a, 'parties');
      return parties.flatMap((p, i) =>
        parties.slice(i + 1).map((q) => ({ source: p, target: q, leg: 'direct' as const })),
      );
    }
  }
}

const SEPARATOR = '; ';

function edgeAttributes(a: Assertion, leg: EdgeLeg): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue | null> = {
    kind: KIND[a.type],
    leg,
    stage: a.stage,
    modality: a.modality.strongest,
    weakest_modality: a.modality.weakest,
    contradicted: a.contradicted,
    independent_sources: a.sources.independent,
    credibility: a.credibility.rating,
    credibility_score: a.credibility.score,
    review: a.review,
    items: a.items.map((i) => `${i.text} [${i.category}]`).join(SEPARATOR),
    when_start: a.when?.start ?? null,
    when_end: a.when?.end ?? null,
    first_seen: a.firstSeen,
    last_seen: a.lastSeen,
    assertion: a.id,
    // Space-separated: links hold no spaces, and a cell of links is what graph tools can open one by one.
    evidence: claimsByKey(a)
      .flatMap((c) => c.evidence.map(evidenceLink))
      .join(' '),
    urls: distinct(claimsByKey(a).flatMap((c) => (c.url ? [c.url] : []))).join(' '),
  };
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null && v !== '')) as Record<
    string,
    AttributeValue
  >;
}

function nodeOf(entities: EntityIndex, id: string): GraphNode {
  const entity = entities.get(id);
  const country = entity ? countryOf(entity) : null;
  return {
    id,
    label: nameOf(entities, id),
    attributes: { type: entity?.type ?? 'unknown', ...(country ? { country } : {}) },
  };
}

export function buildGraph(snapshot: KbSnapshot): Graph {
  const entities = indexEntities(snapshot);
  const assertions = [...snapshot.assertions].sort((a, b) => compareStrings(a.id, b.id));
  const edges = assertions.flatMap((a) =>
    legsOf(a)
      .filter(({ source, target }) => source !== target)
      .map(
        ({ source, target, leg }, i): GraphEdge => ({
          // `<assertion id>.<n>`: the suffix is always one segment, so two assertions never share an edge id.
          id: `${a.id}.${i}`,
          source,
          target,
          directed: a.type !== 'ties',
          kind: KIND[a.type],
          label: a.stage ? `${KIND[a.type]}: ${a.stage}` : KIND[a.type],
          weight: a.sources.independent,
          attributes: edgeAttributes(a, leg),
        }),
      ),
  );
  const nodeIds = distinct(edges.flatMap((e) => [e.source, e.target])).sort(compareStrings);
  return { nodes: nodeIds.map((id) => nodeOf(entities, id)), edges };
}
