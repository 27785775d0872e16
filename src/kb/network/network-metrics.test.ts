import { describe, expect, it } from 'vitest';
import { analyseNetwork, mulberry32 } from './network-metrics.js';
import { buildSupplyGraph } from './supply-graph.js';
import { ENTITIES, generatedAssertions, SCENARIO, transfer } from './test-assertions.js';

const scenario = () => analyseNetwork(buildSupplyGraph(SCENARIO, ENTITIES));
const byId = (analysis: ReturnType<typeof analyseNetwork>) => new Map(analysis.nodes.map((n) => [n.id, n]));

describe('analyseNetwork', () => {
  it('counts degrees and weighted degrees (independent sources)', () => {
    const nodes = byId(scenario());
    expect(nodes.get('state:RUS')).toMatchObject({
      inDegree: 0,
      outDegree: 2,
      weightedInDegree: 0,
      weightedOutDegree: 5,
    });
    expect(nodes.get('company:cedar-trading')).toMatchObject({
      label: 'Cedar Trading SARL',
      type: 'company',
      country: 'LBN',
      inDegree: 2,
      outDegree: 1,
      weightedInDegree: 3,
      weightedOutDegree: 3,
    });
  });

  it('puts the broker first: the intermediary has the highest betweenness, the endpoints none', () => {
    const analysis = scenario();
    const first = analysis.nodes[0];
    expect(first?.id).toBe('company:cedar-trading');
    // Shortest paths North Korea → Hamas and Hong Kong shell → Hamas both run through Cedar Trading.
    expect(first?.betweenness).toBe(2);
    expect(first?.betweennessNormalized).toBeCloseTo(2 / (9 * 8));
    const nodes = byId(analysis);
    for (const endpoint of ['state:PRK', 'group:hamas', 'state:RUS', 'state:SYR']) {
      expect(nodes.get(endpoint)?.betweenness).toBe(0);
    }
    expect(nodes.get('company:hk-shell')?.betweenness).toBe(0);
  });

  it('sorts by betweenness, then degree, then id', () => {
    const ids = scenario().nodes.map((n) => n.id);
    expect(ids).toEqual([
      'company:cedar-trading',
      // degree 2
      'company:hk-shell',
      'state:IRN',
      'state:PRK',
      'state:RUS',
      // degree 1
      'group:hamas',
      'group:hezbollah',
      'group:houthis',
      'group:wagner',
      'state:SYR',
    ]);
  });

  it('separates disconnected clusters into communities, numbered by size', () => {
    const analysis = scenario();
    const community = (id: string) => byId(analysis).get(id)?.community;
    const clusters = [
      ['state:PRK', 'company:hk-shell', 'company:cedar-trading', 'group:hamas'],
      ['state:IRN', 'group:hezbollah', 'group:houthis'],
      ['state:RUS', 'state:SYR', 'group:wagner'],
    ];
    for (const [i, cluster] of clusters.entries()) {
      for (const id of cluster) expect(community(id)).toBe(i);
    }
    expect(analysis.totals).toMatchObject({ nodes: 10, edges: 8, communities: 3 });
    expect(analysis.totals.density).toBeCloseTo(8 / 90);
    expect(analysis.totals.modularity).toBeGreaterThan(0.5);
  });

  it('finds two communities in two dense groups joined by one edge', () => {
    const clique = (prefix: string) =>
      ['a', 'b', 'c', 'd'].flatMap((x) =>
        ['a', 'b', 'c', 'd']
          .filter((y) => y !== x)
          .map((y) => transfer(`${prefix}${x}${y}`, prefix + x, prefix + y)),
      );
    const graph = buildSupplyGraph([...clique('p:'), ...clique('q:'), transfer('bridge', 'p:a', 'q:a')], []);
    const analysis = analyseNetwork(graph);
    const nodes = byId(analysis);
    expect(analysis.totals.communities).toBe(2);
    for (const x of ['a', 'b', 'c', 'd']) {
      expect(nodes.get(`p:${x}`)?.community).toBe(nodes.get('p:a')?.community);
      expect(nodes.get(`q:${x}`)?.community).toBe(nodes.get('q:a')?.community);
    }
    expect(nodes.get('p:a')?.community).not.toBe(nodes.get('q:a')?.community);
    // The bridge ends carry every shortest path between the groups.
    expect(analysis.nodes.slice(0, 2).map((n) => n.id)).toEqual(['p:a', 'q:a']);
  });

  it('is deterministic and JSON-able', () => {
    const graph = buildSupplyGraph(generatedAssertions(300, 900, 7), []);
    const a = analyseNetwork(graph);
    const b = analyseNetwork(buildSupplyGraph([...generatedAssertions(300, 900, 7)].reverse(), []));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.totals.communities).toBeGreaterThan(1);
  });

  it('handles an empty graph', () => {
    expect(analyseNetwork(buildSupplyGraph([], []))).toEqual({
      totals: { nodes: 0, edges: 0, communities: 0, density: 0, modularity: 0 },
      nodes: [],
    });
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});
