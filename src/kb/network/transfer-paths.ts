import type { ProgressStage, SupplyGraph, TransferStage } from './supply-graph.js';

/** One hop of a chain: the edge's aggregate, as the supply graph holds it. */
export type TransferHop = {
  from: string;
  to: string;
  assertionIds: string[];
  stages: TransferStage[];
  strongestStage: ProgressStage | null;
  interdicted: boolean;
  cancelled: boolean;
  /** Independent sources behind the hop. */
  weight: number;
  maxCredibility: number;
  contradicted: boolean;
  via: boolean;
  direct: boolean;
};

export type TransferPath = {
  /** from, …, to. */
  nodes: string[];
  hops: TransferHop[];
  /** Number of hops. */
  length: number;
  /** The least-sourced hop's weight: a chain is as well corroborated as its weakest link. */
  weakestLink: number;
  totalWeight: number;
};

export type TransferPathsOptions = {
  /** Longest chain, in hops. Default 4. */
  maxHops?: number;
  /** Most paths returned. Default 20. */
  limit?: number;
  /** Most edges the search may examine before it gives up (bounds hub-heavy graphs). Default 1,000,000. */
  maxExpansions?: number;
};

export type TransferPathsResult =
  | {
      status: 'ok';
      from: string;
      to: string;
      /** Shortest first, then the best-corroborated weakest link, then more sources overall, then node ids. */
      paths: TransferPath[];
      /**
       * True when every simple path of at most maxHops hops was examined, so `paths` are exactly the first
       * `limit` of them. False when the search stopped early: `limit` paths were found at a shorter length
       * (longer ones were not looked for) or the expansion budget ran out (`budgetExhausted`).
       */
      complete: boolean;
      budgetExhausted: boolean;
    }
  /** `from` and `to` are the same node: no chain to look for. */
  | { status: 'same-endpoint'; from: string; to: string }
  /** Which of the endpoints is not in the graph (both, when neither is). */
  | { status: 'unknown-endpoint'; from: string; to: string; unknown: ('from' | 'to')[] };

const compareIds = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
};

const comparePaths = (a: TransferPath, b: TransferPath): number =>
  a.length - b.length ||
  b.weakestLink - a.weakestLink ||
  b.totalWeight - a.totalWeight ||
  compareIds(a.nodes, b.nodes);

/** Hops from every node to `to`, along edges, up to `maxDepth` (a bounded BFS over in-edges). */
function distancesTo(graph: SupplyGraph, to: string, maxDepth: number): Map<string, number> {
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const pred of graph.inNeighbors(node)) {
        if (dist.has(pred)) continue;
        dist.set(pred, depth);
        next.push(pred);
      }
    }
    frontier = next;
  }
  return dist;
}

function pathOf(graph: SupplyGraph, nodes: readonly string[]): TransferPath {
  const hops: TransferHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    const a = graph.getEdgeAttributes(graph.edge(from, to));
    hops.push({
      from,
      to,
      assertionIds: [...a.assertionIds],
      stages: [...a.stages],
      strongestStage: a.strongestStage,
      interdicted: a.interdicted,
      cancelled: a.cancelled,
      weight: a.weight,
      maxCredibility: a.maxCredibility,
      contradicted: a.contradicted,
      via: a.via,
      direct: a.direct,
    });
  }
  return {
    nodes: [...nodes],
    hops,
    length: hops.length,
    weakestLink: Math.min(...hops.map((h) => h.weight)),
    totalWeight: hops.reduce((sum, h) => sum + h.weight, 0),
  };
}

/**
 * Chains of transfers from `from` to `to` along the supply edges: simple paths of at most `maxHops` hops,
 * found length by length (iterative deepening) and pruned by each node's BFS distance to `to`, so the
 * search only walks nodes that can still reach `to` in the hops left.
 */
export function findTransferPaths(
  graph: SupplyGraph,
  from: string,
  to: string,
  options: TransferPathsOptions = {},
): TransferPathsResult {
  const unknown: ('from' | 'to')[] = [];
  if (!graph.hasNode(from)) unknown.push('from');
  if (!graph.hasNode(to)) unknown.push('to');
  if (unknown.length > 0) return { status: 'unknown-endpoint', from, to, unknown };
  if (from === to) return { status: 'same-endpoint', from, to };

  // A simple path has fewer hops than the graph has nodes (this also tames maxHops: Infinity).
  const maxHops = Math.max(0, Math.min(Math.floor(options.maxHops ?? 4), graph.order - 1));
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  let budget = options.maxExpansions ?? 1_000_000;

  const dist = distancesTo(graph, to, maxHops);
  const shortest = dist.get(from);
  if (shortest === undefined || limit === 0) {
    return { status: 'ok', from, to, paths: [], complete: shortest === undefined, budgetExhausted: false };
  }

  const successors = new Map<string, string[]>();
  const out = (node: string) => {
    let list = successors.get(node);
    if (!list) {
      list = graph.outNeighbors(node).sort();
      successors.set(node, list);
    }
    return list;
  };

  const found: string[][] = [];
  const stack = [from];
  const onPath = new Set([from]);
  let exhausted = false;

  /** Extends the path on `stack` by exactly `left` hops to `to`. */
  const walk = (node: string, left: number): void => {
    for (const next of out(node)) {
      if (--budget < 0) {
        exhausted = true;
        return;
      }
      if (next === to) {
        if (left === 1) found.push([...stack, to]);
        continue;
      }
      if (left === 1 || onPath.has(next)) continue;
      const d = dist.get(next);
      if (d === undefined || d > left - 1) continue;
      stack.push(next);
      onPath.add(next);
      walk(next, left - 1);
      onPath.delete(next);
      stack.pop();
      if (exhausted) return;
    }
  };

  let length = shortest;
  for (; length <= maxHops; length++) {
    walk(from, length);
    if (exhausted || found.length >= limit) break;
  }

  const paths = found
    .map((nodes) => pathOf(graph, nodes))
    .sort(comparePaths)
    .slice(0, limit);
  return {
    status: 'ok',
    from,
    to,
    paths,
    complete: !exhausted && length >= maxHops,
    budgetExhausted: exhausted,
  };
}
