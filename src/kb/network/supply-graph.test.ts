import { describe, expect, it } from 'vitest';
import { buildSupplyGraph, edgeKey, type SupplyGraph, type SupplyGraphOptions } from './supply-graph.js';
import { ENTITIES, SCENARIO, transfer } from './test-assertions.js';

const build = (options: SupplyGraphOptions = {}) => buildSupplyGraph(SCENARIO, ENTITIES, options);
const edges = (graph: SupplyGraph) =>
  graph.mapEdges((_e, _a, source, target) => edgeKey(source, target)).sort();
const edge = (graph: SupplyGraph, source: string, target: string) =>
  graph.getEdgeAttributes(graph.edge(source, target));

describe('buildSupplyGraph', () => {
  it('makes one edge per hop, intermediated transfers as supplier → intermediary → recipient', () => {
    const graph = build();
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(false);
    expect(edges(graph)).toEqual([
      'company:cedar-trading->group:hamas',
      'company:hk-shell->company:cedar-trading',
      'state:IRN->group:hezbollah',
      'state:IRN->group:houthis',
      'state:PRK->company:cedar-trading',
      'state:PRK->company:hk-shell',
      'state:RUS->group:wagner',
      'state:RUS->state:SYR',
    ]);
    // No shortcut North Korea → Hamas edge: that flow lives in the graph's `flows`.
    expect(graph.hasEdge('state:PRK', 'group:hamas')).toBe(false);
  });

  it('aggregates parallel assertions between the same pair', () => {
    const syria = edge(build(), 'state:RUS', 'state:SYR');
    expect(syria).toEqual({
      assertions: 3,
      assertionIds: ['a03', 'a04', 'a05'],
      stages: ['agreement', 'delivery'],
      strongestStage: 'delivery',
      interdicted: false,
      cancelled: false,
      weight: 4,
      maxCredibility: 0.8,
      contradicted: true,
      categories: ['air_defence', 'aircraft'],
      via: false,
      direct: true,
      viaAssertionIds: [],
      flows: [],
    });
  });

  it('marks via hops with their assertions and the end-to-end flow they serve', () => {
    const graph = build();
    const first = edge(graph, 'state:PRK', 'company:cedar-trading');
    expect(first).toMatchObject({
      via: true,
      direct: false,
      assertionIds: ['a01'],
      viaAssertionIds: ['a01'],
    });
    expect(first.flows).toEqual(['state:PRK->group:hamas']);
    // Both chains (a01 direct through Cedar, a08 through the Hong Kong shell then Cedar) share the last hop.
    const last = edge(graph, 'company:cedar-trading', 'group:hamas');
    expect(last).toMatchObject({
      assertions: 2,
      assertionIds: ['a01', 'a08'],
      viaAssertionIds: ['a01', 'a08'],
      stages: ['negotiation', 'delivery'],
      strongestStage: 'delivery',
      weight: 3,
      maxCredibility: 0.7,
      via: true,
    });
    expect(edge(graph, 'state:PRK', 'company:hk-shell')).toMatchObject({
      strongestStage: 'negotiation',
      weight: 1,
    });
  });

  it('keeps the aggregated end-to-end flow beside the hops', () => {
    const graph = build();
    const flows = graph.getAttribute('flows');
    expect(flows.map((f) => f.key)).toEqual([
      'state:IRN->group:hezbollah',
      'state:IRN->group:houthis',
      'state:PRK->group:hamas',
      'state:RUS->group:wagner',
      'state:RUS->state:SYR',
    ]);
    expect(flows.find((f) => f.key === 'state:PRK->group:hamas')).toMatchObject({
      supplier: 'state:PRK',
      recipient: 'group:hamas',
      assertions: 2,
      assertionIds: ['a01', 'a08'],
      intermediaries: ['company:cedar-trading', 'company:hk-shell'],
      endUsers: ['group:hamas'],
      strongestStage: 'delivery',
      weight: 3,
      direct: false,
      indirect: true,
    });
  });

  it('notes interdiction apart from the stages a transfer progresses through', () => {
    expect(edge(build(), 'state:IRN', 'group:houthis')).toMatchObject({
      stages: ['interdiction'],
      strongestStage: null,
      interdicted: true,
      cancelled: false,
    });
  });

  it('leaves out rejected assertions, other claim types and transfers missing a party', () => {
    const graph = build();
    expect(graph.hasEdge('state:IRN', 'group:hamas')).toBe(false);
    expect(graph.getAttribute('skipped')).toEqual({
      notTransfer: 1,
      rejected: 1,
      filtered: 0,
      missingParty: 1,
    });
    expect(graph.hasNode('state:USA')).toBe(false);
  });

  it('labels nodes from the entities and counts their roles', () => {
    const graph = build();
    expect(graph.getNodeAttributes('company:cedar-trading')).toEqual({
      label: 'Cedar Trading SARL',
      type: 'company',
      country: 'LBN',
      roles: { supplier: 0, recipient: 0, intermediary: 2 },
    });
    expect(graph.getNodeAttribute('state:RUS', 'roles')).toEqual({
      supplier: 4,
      recipient: 0,
      intermediary: 0,
    });
    expect(graph.getNodeAttribute('group:hamas', 'roles')).toEqual({
      supplier: 0,
      recipient: 2,
      intermediary: 0,
    });
    // An entity the knowledge base does not list still gets a node, labelled by its id.
    const unknown = buildSupplyGraph([transfer('x', 'state:AAA', 'group:bbb')], []);
    expect(unknown.getNodeAttributes('state:AAA')).toMatchObject({
      label: 'state:AAA',
      type: null,
      country: null,
    });
  });

  it('filters by stage', () => {
    const graph = build({ stages: ['delivery'] });
    expect(edge(graph, 'state:RUS', 'state:SYR')).toMatchObject({
      assertions: 2,
      assertionIds: ['a03', 'a04'],
    });
    expect(graph.hasNode('group:houthis')).toBe(false);
    expect(graph.hasNode('company:hk-shell')).toBe(false);
    expect(edge(graph, 'company:cedar-trading', 'group:hamas').assertionIds).toEqual(['a01']);
    expect(graph.getAttribute('skipped').filtered).toBe(3);

    const interdictions = build({ stages: ['interdiction'] });
    expect(edges(interdictions)).toEqual(['state:IRN->group:houthis']);
  });

  it('filters by independent sources', () => {
    const graph = build({ minIndependentSources: 2 });
    expect(edges(graph)).toEqual([
      'company:cedar-trading->group:hamas',
      'state:IRN->group:hezbollah',
      'state:IRN->group:houthis',
      'state:PRK->company:cedar-trading',
      'state:RUS->state:SYR',
    ]);
    expect(edge(graph, 'state:RUS', 'state:SYR')).toMatchObject({ assertionIds: ['a03'], weight: 2 });
  });

  it('filters by time on `when`, else the first sighting; undated assertions drop out of a window', () => {
    const ids = (graph: SupplyGraph) => [...new Set(graph.mapEdges((_e, a) => a.assertionIds).flat())].sort();
    expect(ids(build({ since: '2023' }))).toEqual(['a01', 'a07', 'a08']);
    expect(ids(build({ until: '2016' }))).toEqual(['a03', 'a05']);
    expect(ids(build({ since: '2022-01-01', until: '2022-12-31' }))).toEqual(['a02']);
    // Overlap, not containment: September 2023 overlaps a window ending mid-month.
    expect(ids(build({ since: '2023-09-15', until: '2023-09-16' }))).toEqual(['a01']);
    expect(ids(build({ since: '2023-09' }))).toEqual(['a01', 'a07']);
    expect(ids(build({ until: '2015-07-31' }))).toEqual([]);
    // The undated a11 (Russia → Wagner) is there without a window only.
    expect(ids(build())).toContain('a11');
  });

  it('filters by item category', () => {
    const graph = build({ categories: ['missiles'] });
    expect(edges(graph)).toEqual(['state:IRN->group:hezbollah', 'state:IRN->group:houthis']);
  });

  it('is deterministic: the same assertions in any order give the same graph', () => {
    const once = build().export();
    const shuffled = [...SCENARIO].reverse();
    expect(buildSupplyGraph(shuffled, [...ENTITIES].reverse()).export()).toEqual(once);
    expect(JSON.stringify(buildSupplyGraph(shuffled, ENTITIES).export())).toBe(JSON.stringify(once));
  });

  it('drops zero-length hops: an intermediary repeated or equal to an endpoint', () => {
    const graph = buildSupplyGraph(
      [
        transfer('r', 'state:A', 'state:B', {
          intermediaries: ['state:A', 'company:c', 'company:c', 'state:B'],
        }),
      ],
      [],
    );
    expect(edges(graph)).toEqual(['company:c->state:B', 'state:A->company:c']);
    expect(graph.getNodeAttribute('company:c', 'roles').intermediary).toBe(1);
  });
});
