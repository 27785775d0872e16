import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { EntityType } from '../../extract/gazetteer/entry.js';
import type { SupplyGraph } from './supply-graph.js';

/**
 * These packages are CommonJS (`module.exports = fn`) but their typings say `export default fn`. Under
 * NodeNext TypeScript therefore types the default import as the whole module, `{ default: fn }`, while
 * Node hands over `fn` itself. Take `.default` when there is one (bundlers, some interop layers), else the
 * import itself: right for tsc, for Node on `dist/`, and for vitest.
 */
function cjsDefault<T>(mod: { readonly default: T }): T {
  const inner = (mod as { readonly default?: T }).default;
  return inner ?? (mod as unknown as T);
}

const betweennessCentrality = cjsDefault(betweennessModule);
const louvain = cjsDefault(louvainModule);

/** A small seeded PRNG (mulberry32): Louvain with it gives the same communities on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type NodeMetrics = {
  id: string;
  label: string;
  type: EntityType | null;
  country: string | null;
  inDegree: number;
  outDegree: number;
  /** Sums of the `weight` (independent sources) of incoming / outgoing edges. */
  weightedInDegree: number;
  weightedOutDegree: number;
  /** Brandes betweenness on the directed hops, unweighted (a hop is a hop): shortest paths through the node. */
  betweenness: number;
  /** The same divided by (n − 1)(n − 2), the most a node can have in a directed graph of n nodes. */
  betweennessNormalized: number;
  /** Louvain community, numbered by size (0 the largest), ties by smallest member id. */
  community: number;
};

export type NetworkTotals = {
  nodes: number;
  edges: number;
  communities: number;
  /** edges / (n (n − 1)), 0 below two nodes. */
  density: number;
  /** Modularity of the Louvain partition on the undirected projection (0 without edges). */
  modularity: number;
};

export type NetworkAnalysis = {
  totals: NetworkTotals;
  /** Sorted by betweenness, then degree (in + out), then id. */
  nodes: NodeMetrics[];
};

export type AnalyseOptions = {
  /** Seed of the Louvain PRNG. Default 1. */
  seed?: number;
  /** Louvain resolution. Default 1. */
  resolution?: number;
};

/**
 * Louvain on the undirected projection: A → B and B → A become one edge weighing both; each hop weighs its
 * independent sources, at least 1 (an edge every assertion of which has no counted source still binds).
 */
function communities(
  graph: SupplyGraph,
  options: AnalyseOptions,
): { byNode: Map<string, number>; count: number; modularity: number } {
  const projection = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    const w = Math.max(1, attrs.weight);
    projection.updateEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + w }));
  });

  // Without edges (Louvain has nothing to move) every node is its own community.
  let raw: Record<string, number> = Object.fromEntries(projection.nodes().map((node, i) => [node, i]));
  let modularity = 0;
  if (projection.size > 0) {
    const detailed = louvain.detailed(projection, {
      getEdgeWeight: 'weight',
      resolution: options.resolution ?? 1,
      rng: mulberry32(options.seed ?? 1),
    });
    raw = detailed.communities;
    modularity = detailed.modularity;
  }

  // Renumber: largest community first, ties by smallest member id, so ids do not depend on Louvain's.
  const members = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const c = raw[node] ?? -1;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  const groups = [...members.values()].map((list) => list.sort());
  groups.sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const byNode = new Map<string, number>();
  groups.forEach((list, i) => {
    for (const node of list) byNode.set(node, i);
  });
  return { byNode, count: groups.length, modularity };
}

/** Degrees, betweenness and communities of every node, and totals; plain JSON-able objects. */
export function analyseNetwork(graph: SupplyGraph, options: AnalyseOptions = {}): NetworkAnalysis {
  const n = graph.order;
  // Both defaults would mislead here: `getEdgeWeight` defaults to the `weight` attribute, read as a
  // distance (our weight is corroboration, more is stronger), and `normalized` to true.
  const betweenness = n > 0 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: false }) : {};
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const { byNode, count, modularity } = communities(graph, options);

  const nodes: NodeMetrics[] = graph.mapNodes((id, attrs) => {
    let weightedInDegree = 0;
    let weightedOutDegree = 0;
    graph.forEachInEdge(id, (_e, a) => {
      weightedInDegree += a.weight;
    });
    graph.forEachOutEdge(id, (_e, a) => {
      weightedOutDegree += a.weight;
    });
    const b = betweenness[id] ?? 0;
    return {
      id,
      label: attrs.label,
      type: attrs.type,
      country: attrs.country,
      inDegree: graph.inDegree(id),
      outDegree: graph.outDegree(id),
      weightedInDegree,
      weightedOutDegree,
      betweenness: b,
      betweennessNormalized: b * scale,
      community: byNode.get(id) ?? -1,
    };
  });
  nodes.sort(
    (a, b) =>
      b.betweenness - a.betweenness ||
      b.inDegree + b.outDegree - (a.inDegree + a.outDegree) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  return {
    totals: {
      nodes: n,
      edges: graph.size,
      communities: count,
      density: n > 1 ? graph.size / (n * (n - 1)) : 0,
      modularity,
    },
    nodes,
  };
}
