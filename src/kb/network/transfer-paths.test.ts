import { allSimplePaths } from 'graphology-simple-path';
import { describe, expect, it } from 'vitest';
import { buildSupplyGraph, type SupplyGraph } from './supply-graph.js';
import { ENTITIES, generatedAssertions, SCENARIO, transfer } from './test-assertions.js';
import { findTransferPaths, type TransferPathsOptions, type TransferPathsResult } from './transfer-paths.js';

const ok = (result: TransferPathsResult) => {
  if (result.status !== 'ok') throw new Error(`expected paths, got ${result.status}`);
  return result;
};
const nodesOf = (result: TransferPathsResult) => ok(result).paths.map((p) => p.nodes.join(' > '));

/**
 * A → D said once; A → B → D well sourced; A → C → D with one thin hop; and A → B → C → D, longer.
 */
const diamond = () =>
  buildSupplyGraph(
    [
      transfer('ad', 'A', 'D', { independent: 1 }),
      transfer('ab', 'A', 'B', { independent: 3, stage: 'agreement' }),
      transfer('bd', 'B', 'D', { independent: 3 }),
      transfer('ac', 'A', 'C', { independent: 1 }),
      transfer('cd', 'C', 'D', { independent: 5 }),
      transfer('bc', 'B', 'C', { independent: 4 }),
    ],
    [],
  );

/** Every simple path within maxHops, from graphology-simple-path, in our order. */
function bruteForceOn(graph: SupplyGraph, from: string, to: string, maxHops: number): string[][] {
  const hopWeight = (a: string, b: string) => graph.getEdgeAttribute(graph.edge(a, b), 'weight');
  return allSimplePaths(graph, from, to, { maxDepth: maxHops })
    .map((nodes) => {
      const weights = nodes.slice(1).map((n, i) => hopWeight(nodes[i] as string, n));
      return { nodes, weakest: Math.min(...weights), total: weights.reduce((s, w) => s + w, 0) };
    })
    .sort(
      (a, b) =>
        a.nodes.length - b.nodes.length ||
        b.weakest - a.weakest ||
        b.total - a.total ||
        (a.nodes.join('\u0000') < b.nodes.join('\u0000') ? -1 : 1),
    )
    .map((p) => p.nodes);
}

describe('findTransferPaths', () => {
  it('follows a transfer through its intermediaries, each hop with its assertions and stage', () => {
    const graph = buildSupplyGraph(SCENARIO, ENTITIES);
    const result = ok(findTransferPaths(graph, 'state:PRK', 'group:hamas'));
    expect(nodesOf(result)).toEqual([
      'state:PRK > company:cedar-trading > group:hamas',
      'state:PRK > company:hk-shell > company:cedar-trading > group:hamas',
    ]);
    expect(result.complete).toBe(true);
    const [first] = result.paths;
    expect(first?.hops.map((h) => [h.from, h.to, h.assertionIds, h.strongestStage, h.via])).toEqual([
      ['state:PRK', 'company:cedar-trading', ['a01'], 'delivery', true],
      ['company:cedar-trading', 'group:hamas', ['a01', 'a08'], 'delivery', true],
    ]);
    expect(first).toMatchObject({ length: 2, weakestLink: 2, totalWeight: 5 });
    expect(result.paths[1]?.hops[0]).toMatchObject({ stages: ['negotiation'], weight: 1 });
  });

  it('orders shortest first, then by the weakest link', () => {
    const result = ok(findTransferPaths(diamond(), 'A', 'D'));
    expect(nodesOf(result)).toEqual(['A > D', 'A > B > D', 'A > C > D', 'A > B > C > D']);
    expect(result.paths.map((p) => p.weakestLink)).toEqual([1, 3, 1, 3]);
    expect(result.paths[1]?.hops[0]).toMatchObject({ assertionIds: ['ab'], stages: ['agreement'] });
  });

  it('respects maxHops and limit, and says when it stopped early', () => {
    const graph = diamond();
    const short = ok(findTransferPaths(graph, 'A', 'D', { maxHops: 2 }));
    expect(nodesOf(short)).toEqual(['A > D', 'A > B > D', 'A > C > D']);
    expect(short.complete).toBe(true);
    expect(nodesOf(findTransferPaths(graph, 'A', 'D', { maxHops: 1 }))).toEqual(['A > D']);

    const limited = ok(findTransferPaths(graph, 'A', 'D', { limit: 2 }));
    expect(nodesOf(limited)).toEqual(['A > D', 'A > B > D']);
    expect(limited.complete).toBe(false);

    const unbounded = ok(findTransferPaths(graph, 'A', 'D', { maxHops: Number.POSITIVE_INFINITY }));
    expect(unbounded.paths).toHaveLength(4);
    expect(unbounded.complete).toBe(true);
    // Zero hops reach nothing.
    expect(ok(findTransferPaths(graph, 'A', 'D', { maxHops: 0 })).paths).toEqual([]);
  });

  it('reports no path (against the flow) as an empty, complete answer', () => {
    const result = ok(findTransferPaths(diamond(), 'D', 'A'));
    expect(result.paths).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('reports unknown endpoints and identical endpoints instead of throwing', () => {
    const graph = diamond();
    expect(findTransferPaths(graph, 'X', 'D')).toEqual({
      status: 'unknown-endpoint',
      from: 'X',
      to: 'D',
      unknown: ['from'],
    });
    expect(findTransferPaths(graph, 'A', 'Y')).toMatchObject({ status: 'unknown-endpoint', unknown: ['to'] });
    expect(findTransferPaths(graph, 'X', 'X')).toMatchObject({
      status: 'unknown-endpoint',
      unknown: ['from', 'to'],
    });
    expect(findTransferPaths(graph, 'A', 'A')).toEqual({ status: 'same-endpoint', from: 'A', to: 'A' });
  });

  it('stops at the expansion budget and says so', () => {
    const result = ok(findTransferPaths(diamond(), 'A', 'D', { maxExpansions: 3 }));
    expect(result.budgetExhausted).toBe(true);
    expect(result.complete).toBe(false);
    expect(nodesOf(result)).toEqual(['A > D']);
  });

  it('is deterministic', () => {
    const a = findTransferPaths(diamond(), 'A', 'D');
    expect(findTransferPaths(diamond(), 'A', 'D')).toEqual(a);
  });
});

describe('findTransferPaths on a generated network (2,000 nodes)', () => {
  const graph: SupplyGraph = buildSupplyGraph(generatedAssertions(2000, 12_000, 2026), []);
  const bruteForce = (from: string, to: string, maxHops: number) => bruteForceOn(graph, from, to, maxHops);

  // Pairs with something to find: a node's out-neighbour's out-neighbour's out-neighbour.
  const pairs: [string, string][] = [];
  for (let i = 0; pairs.length < 12 && i < 2000; i += 37) {
    const from = `n${i}`;
    if (!graph.hasNode(from)) continue;
    const far = graph
      .outNeighbors(from)
      .flatMap((x) => graph.outNeighbors(x))
      .flatMap((x) => graph.outNeighbors(x));
    const to = far.find((x) => x !== from);
    if (to) pairs.push([from, to]);
  }

  it('has the size it should', () => {
    expect(graph.order).toBeGreaterThan(1900);
    expect(graph.size).toBeGreaterThan(12_000);
    expect(pairs.length).toBe(12);
  });

  it.each([2, 3, 4])('finds exactly the simple paths of at most %i hops, in order', (maxHops) => {
    for (const [from, to] of pairs) {
      const options: TransferPathsOptions = { maxHops, limit: 100_000 };
      const result = ok(findTransferPaths(graph, from, to, options));
      expect(result.complete).toBe(true);
      expect(result.paths.map((p) => p.nodes)).toEqual(bruteForce(from, to, maxHops));
      for (const path of result.paths) {
        expect(path.length).toBeLessThanOrEqual(maxHops);
        expect(new Set(path.nodes).size).toBe(path.nodes.length);
      }
    }
  });

  it('returns the first `limit` of them', () => {
    for (const [from, to] of pairs) {
      const result = ok(findTransferPaths(graph, from, to, { maxHops: 4, limit: 20 }));
      expect(result.paths.map((p) => p.nodes)).toEqual(bruteForce(from, to, 4).slice(0, 20));
    }
  });
});

describe('findTransferPaths through busy brokers (2,000 nodes, 20 hubs)', () => {
  const graph: SupplyGraph = buildSupplyGraph(generatedAssertions(2000, 12_000, 99, 20), []);
  // Spoke to hub, spoke to spoke, hub to spoke (hubs are n0 … n19).
  const pairs: [string, string][] = [
    ['n100', 'n1'],
    ['n3', 'n1999'],
    ['n0', 'n555'],
    ['n555', 'n1234'],
    ['n1234', 'n2'],
  ];

  it('returns the best `limit` paths without walking past the length that filled it', () => {
    let filled = 0;
    for (const [from, to] of pairs) {
      const result = ok(findTransferPaths(graph, from, to, { maxHops: 4, limit: 20 }));
      const upTo3 = ok(findTransferPaths(graph, from, to, { maxHops: 3, limit: 1_000_000 }));
      expect(upTo3.complete).toBe(true);
      expect(upTo3.paths.map((p) => p.nodes)).toEqual(bruteForceOn(graph, from, to, 3));
      if (upTo3.paths.length >= 20) {
        // Twenty paths of three hops or fewer: the four-hop ones were never enumerated.
        expect(result.paths).toEqual(upTo3.paths.slice(0, 20));
        expect(result.complete).toBe(false);
        filled++;
      } else {
        expect(result.paths.slice(0, upTo3.paths.length)).toEqual(upTo3.paths);
      }
      expect(result.paths.length).toBeLessThanOrEqual(20);
      expect(result.budgetExhausted).toBe(false);
    }
    expect(filled).toBeGreaterThanOrEqual(2);
  });

  it('keeps within a small expansion budget on hub-heavy searches', () => {
    const result = ok(
      findTransferPaths(graph, 'n100', 'n1', { maxHops: 6, limit: 1_000_000, maxExpansions: 5_000 }),
    );
    expect(result.budgetExhausted).toBe(true);
    expect(result.complete).toBe(false);
    expect(result.paths.length).toBeGreaterThan(0);
    for (const path of result.paths) expect(path.length).toBeLessThanOrEqual(6);
  });
});
