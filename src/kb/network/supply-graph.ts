import { DirectedGraph } from 'graphology';
import type { Stage, TRANSFER_STAGES } from '../../extract/claims/claim.js';
import type { EntityType, ItemCategory } from '../../extract/gazetteer/entry.js';
import type { Assertion, KbEntity } from '../model.js';

/**
 * The supply network: who sends arms to whom, one node per entity and one directed edge per hop a transfer
 * is said to take. An assertion "A supplied B through C" gives the hops A → C and C → B (edges marked
 * `via`), not an edge A → B: a real A → B edge would be a shortcut that hides the broker from path and
 * centrality measures. The end-to-end view (A → B, whoever stood between) is kept beside the hops, in the
 * graph attribute `flows`, and every via hop names the flows it is a leg of.
 */

export type TransferStage = (typeof TRANSFER_STAGES)[number];
/** The stages a transfer progresses through, weakest first; interdiction and cancellation are flags. */
export const PROGRESS_STAGES = ['negotiation', 'agreement', 'payment', 'delivery'] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];
const STAGE_ORDER: readonly TransferStage[] = [...PROGRESS_STAGES, 'interdiction', 'cancellation'];

/** What the parallel assertions behind one edge (or one flow) add up to. */
export type TransferAggregate = {
  /** How many assertions. */
  assertions: number;
  /** Their ids, sorted. */
  assertionIds: string[];
  /** Distinct stages, in STAGE_ORDER (null stages are not listed). */
  stages: TransferStage[];
  /** The furthest a transfer got: delivery > payment > agreement > negotiation; null if none of these. */
  strongestStage: ProgressStage | null;
  /** Some assertion says a transfer was stopped / called off. */
  interdicted: boolean;
  cancelled: boolean;
  /** Total independent sources over the assertions (the edge weight). */
  weight: number;
  /** The best `credibility.score` among them. */
  maxCredibility: number;
  /** Some assertion is contradicted by other claims. */
  contradicted: boolean;
  /** Distinct item categories named, sorted. */
  categories: ItemCategory[];
};

export type SupplyEdgeAttributes = TransferAggregate & {
  /** Some assertion makes this hop one leg of a chain through intermediaries. */
  via: boolean;
  /** Some assertion names this pair as supplier and recipient with nobody between. */
  direct: boolean;
  /** The assertions that make this hop a leg of a longer chain, sorted. */
  viaAssertionIds: string[];
  /** Keys (`supplier->recipient`) of the end-to-end flows this hop is a leg of, sorted. */
  flows: string[];
};

export type SupplyNodeAttributes = {
  label: string;
  /** Null when the entity is not among those given. */
  type: EntityType | null;
  country: string | null;
  /** In how many (kept) assertions the entity plays each role. */
  roles: { supplier: number; recipient: number; intermediary: number };
};

/** Supplier → recipient as asserted, whoever stood between. */
export type SupplyFlow = TransferAggregate & {
  key: string;
  supplier: string;
  recipient: string;
  /** Every intermediary any of the assertions names, in order of first mention. */
  intermediaries: string[];
  endUsers: string[];
  /** Some assertion names no intermediary / some names one. */
  direct: boolean;
  indirect: boolean;
};

export type SupplyGraphAttributes = {
  /** End-to-end flows, sorted by key. */
  flows: SupplyFlow[];
  /** Assertions not in the graph, by reason. */
  skipped: {
    notTransfer: number;
    rejected: number;
    filtered: number;
    /** No supplier or no recipient, or both the same entity. */
    missingParty: number;
  };
};

export type SupplyGraph = DirectedGraph<SupplyNodeAttributes, SupplyEdgeAttributes, SupplyGraphAttributes>;

export type SupplyGraphOptions = {
  /** Keep only assertions at these stages (`null`: assertions without a stage). Default: all. */
  stages?: readonly (TransferStage | null)[];
  /** Keep only assertions with at least this many independent sources. Default 0. */
  minIndependentSources?: number;
  /**
   * A time window (ISO dates, a year or year-month allowed): an assertion is kept when its time — `when`,
   * else the day it was first seen — overlaps [since, until]. Undated assertions are dropped when a
   * window is set.
   */
  since?: string;
  until?: string;
  /** Keep only assertions naming an item of one of these categories. */
  categories?: readonly ItemCategory[];
};

export const edgeKey = (source: string, target: string): string => `${source}->${target}`;

const TRANSFER_STAGE_SET: ReadonlySet<string> = new Set(STAGE_ORDER);
const isTransferStage = (stage: Stage | null): stage is TransferStage =>
  stage !== null && TRANSFER_STAGE_SET.has(stage);

/** "2023" → 2023-01-01 as a lower bound, 2023-12-31 as an upper bound; longer values cut to the day. */
function boundDay(value: string, upper: boolean): string {
  const day = value.slice(0, 10);
  if (/^\d{4}$/.test(day)) return upper ? `${day}-12-31` : `${day}-01-01`;
  if (/^\d{4}-\d{2}$/.test(day)) return upper ? `${day}-31` : `${day}-01`;
  return day;
}

function timeOf(a: Assertion): { start: string; end: string } | null {
  if (a.when) return { start: boundDay(a.when.start, false), end: boundDay(a.when.end, true) };
  if (a.firstSeen) {
    const day = a.firstSeen.slice(0, 10);
    return { start: day, end: day };
  }
  return null;
}

/** The filter `options` describe, its parts prepared once. */
function filterOf(options: SupplyGraphOptions): (a: Assertion) => boolean {
  const stages = options.stages && new Set(options.stages);
  const categories = options.categories && new Set(options.categories);
  const minSources = options.minIndependentSources ?? 0;
  const since = options.since === undefined ? undefined : boundDay(options.since, false);
  const until = options.until === undefined ? undefined : boundDay(options.until, true);
  return (a) => {
    if (stages && !stages.has(isTransferStage(a.stage) ? a.stage : null)) return false;
    if (a.sources.independent < minSources) return false;
    if (categories && !a.items.some((item) => categories.has(item.category))) return false;
    if (since !== undefined || until !== undefined) {
      const time = timeOf(a);
      if (!time) return false;
      if (since !== undefined && time.end < since) return false;
      if (until !== undefined && time.start > until) return false;
    }
    return true;
  };
}

/**
 * A mutable accumulator; `finish` turns it into the plain aggregate. Assertions arrive sorted by id and
 * all legs of one assertion together, so a repeat is always the last id added.
 */
class Aggregator {
  readonly ids: string[] = [];
  stageBits = 0;
  readonly categories: ItemCategory[] = [];
  weight = 0;
  maxCredibility = 0;
  contradicted = false;

  add(a: Assertion): void {
    if (this.ids.at(-1) === a.id) return;
    this.ids.push(a.id);
    if (isTransferStage(a.stage)) this.stageBits |= 1 << STAGE_ORDER.indexOf(a.stage);
    for (const item of a.items)
      if (!this.categories.includes(item.category)) this.categories.push(item.category);
    this.weight += a.sources.independent;
    this.maxCredibility = Math.max(this.maxCredibility, a.credibility.score);
    this.contradicted ||= a.contradicted;
  }

  finish(): TransferAggregate {
    const stages = STAGE_ORDER.filter((_s, i) => this.stageBits & (1 << i));
    let strongestStage: ProgressStage | null = null;
    for (const stage of PROGRESS_STAGES) if (stages.includes(stage)) strongestStage = stage;
    return {
      assertions: this.ids.length,
      assertionIds: this.ids,
      stages,
      strongestStage,
      interdicted: stages.includes('interdiction'),
      cancelled: stages.includes('cancellation'),
      weight: this.weight,
      maxCredibility: this.maxCredibility,
      contradicted: this.contradicted,
      categories: this.categories.sort(),
    };
  }
}

type EdgeAcc = {
  source: string;
  target: string;
  agg: Aggregator;
  direct: boolean;
  via: string[];
  flows: string[];
};
type FlowAcc = {
  supplier: string;
  recipient: string;
  agg: Aggregator;
  intermediaries: string[];
  endUsers: string[];
  direct: boolean;
  indirect: boolean;
};

const pushNew = (list: string[], values: readonly string[] | undefined) => {
  for (const v of values ?? []) if (!list.includes(v)) list.push(v);
};

/**
 * The supply network of the `arms_transfer` assertions (analyst-rejected ones left out), filtered by
 * `options`. Deterministic: the same assertions in any order give the same graph, nodes and edges added
 * in a fixed order.
 */
export function buildSupplyGraph(
  assertions: readonly Assertion[],
  entities: readonly KbEntity[],
  options: SupplyGraphOptions = {},
): SupplyGraph {
  const skipped = { notTransfer: 0, rejected: 0, filtered: 0, missingParty: 0 };
  const edges = new Map<string, EdgeAcc>();
  const flows = new Map<string, FlowAcc>();
  const roles = new Map<string, SupplyNodeAttributes['roles']>();
  const role = (id: string) => {
    let r = roles.get(id);
    if (!r) {
      r = { supplier: 0, recipient: 0, intermediary: 0 };
      roles.set(id, r);
    }
    return r;
  };

  const keep = filterOf(options);
  const sorted = [...assertions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let previous: string | undefined;
  for (const a of sorted) {
    // The same assertion given twice counts once.
    if (a.id === previous) continue;
    previous = a.id;
    if (a.type !== 'arms_transfer') {
      skipped.notTransfer++;
      continue;
    }
    if (a.review === 'rejected') {
      skipped.rejected++;
      continue;
    }
    if (!keep(a)) {
      skipped.filtered++;
      continue;
    }
    const { supplier, recipient } = a;
    if (!supplier || !recipient || supplier === recipient) {
      skipped.missingParty++;
      continue;
    }
    // The chain, a party named twice in a row counted once; an intermediary that is an endpoint is no hop.
    const middle = (a.intermediaries ?? []).filter((id) => id !== supplier && id !== recipient);
    const chain: string[] = [];
    for (const id of [supplier, ...middle, recipient]) if (chain.at(-1) !== id) chain.push(id);
    const viaChain = chain.length > 2;

    const flowKey = edgeKey(supplier, recipient);
    let flow = flows.get(flowKey);
    if (!flow) {
      flow = {
        supplier,
        recipient,
        agg: new Aggregator(),
        intermediaries: [],
        endUsers: [],
        direct: false,
        indirect: false,
      };
      flows.set(flowKey, flow);
    }
    flow.agg.add(a);
    pushNew(flow.intermediaries, chain.slice(1, -1));
    pushNew(flow.endUsers, a.end_users);
    if (viaChain) flow.indirect = true;
    else flow.direct = true;

    role(supplier).supplier++;
    role(recipient).recipient++;
    for (const id of new Set(chain.slice(1, -1))) role(id).intermediary++;

    for (let i = 0; i + 1 < chain.length; i++) {
      const source = chain[i] as string;
      const target = chain[i + 1] as string;
      if (source === target) continue;
      const key = edgeKey(source, target);
      let edge = edges.get(key);
      if (!edge) {
        edge = { source, target, agg: new Aggregator(), direct: false, via: [], flows: [] };
        edges.set(key, edge);
      }
      edge.agg.add(a);
      if (viaChain) {
        if (edge.via.at(-1) !== a.id) edge.via.push(a.id);
        if (!edge.flows.includes(flowKey)) edge.flows.push(flowKey);
      } else edge.direct = true;
    }
  }

  const byId = new Map(entities.map((e) => [e.id, e]));
  const graph: SupplyGraph = new DirectedGraph({ allowSelfLoops: false });
  const nodeIds = [...roles.keys()].sort();
  for (const id of nodeIds) {
    const entity = byId.get(id);
    graph.addNode(id, {
      label: entity?.name ?? id,
      type: entity?.type ?? null,
      country: entity?.country ?? null,
      roles: roles.get(id) ?? { supplier: 0, recipient: 0, intermediary: 0 },
    });
  }
  for (const key of [...edges.keys()].sort()) {
    const e = edges.get(key) as EdgeAcc;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      ...e.agg.finish(),
      via: e.via.length > 0,
      direct: e.direct,
      viaAssertionIds: e.via,
      flows: e.flows.sort(),
    });
  }
  graph.replaceAttributes({
    flows: [...flows.keys()].sort().map((key) => {
      const f = flows.get(key) as FlowAcc;
      return {
        key,
        supplier: f.supplier,
        recipient: f.recipient,
        ...f.agg.finish(),
        intermediaries: f.intermediaries,
        endUsers: f.endUsers,
        direct: f.direct,
        indirect: f.indirect,
      };
    }),
    skipped,
  });
  return graph;
}
