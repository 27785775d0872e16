import { z } from 'zod';
import { exportCsv } from '../../export/csv-export.js';
import { exportFtm } from '../../export/ftm-export.js';
import { exportGexf } from '../../export/gexf-export.js';
import { exportGraphml } from '../../export/graphml-export.js';
import { exportJson } from '../../export/json-export.js';
import { exportStix } from '../../export/stix-export.js';
import { assertionEntityIds } from '../../kb/claim-key.js';
import type { KbSnapshot } from '../../kb/model.js';
import { analyseNetwork } from '../../kb/network/network-metrics.js';
import { buildSupplyGraph } from '../../kb/network/supply-graph.js';
import { findTransferPaths } from '../../kb/network/transfer-paths.js';
import type { AssertionFilter, KnowledgeReader } from '../../kb/sqlite/kb-reader.js';
import type { Store } from '../../kb/sqlite/sqlite-knowledge-base.js';
import { ApiError } from '../api-error.js';
import type { RouteTable } from '../route.js';
import { FILTER_QUERY, ID_PARAMS, PAGE } from '../schemas.js';

/** An actor named in a request: the best entity for the name or id, or a 404 saying which name. */
export function entityIdOf(reader: KnowledgeReader, name: string): string {
  const found = reader.findEntities(name, 1)[0];
  if (!found) throw new ApiError(404, 'unknown-actor', `no actor matches "${name}"`);
  return found.id;
}

export function filterOf(reader: KnowledgeReader, q: z.infer<typeof FILTER_QUERY>): AssertionFilter {
  const out: Record<string, unknown> = {
    types: q.type,
    stages: q.stage,
    modalities: q.modality,
    itemCategory: q.itemCategory,
    outlet: q.outlet,
    since: q.since,
    until: q.until,
    minSources: q.minSources,
    includeRejected: q.includeRejected,
  };
  for (const role of ['supplier', 'recipient', 'via', 'involving'] as const) {
    const name = q[role];
    if (name) out[role] = entityIdOf(reader, name);
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as AssertionFilter;
}

/** id → display name for every id, in one query; ids the store does not know name themselves. */
const names = (reader: KnowledgeReader, ids: Iterable<string>) => {
  const unique = [...new Set(ids)];
  const known = new Map(reader.entitiesByIds(unique).map((e) => [e.id, e.name]));
  return Object.fromEntries(unique.map((id) => [id, known.get(id) ?? id]));
};

const EXPORTS: Record<string, { type: string; extension: string; write: (s: KbSnapshot) => string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv', write: (s) => exportCsv(s, { types: 'all' }) },
  json: { type: 'application/json', extension: 'json', write: exportJson },
  graphml: { type: 'application/graphml+xml', extension: 'graphml', write: exportGraphml },
  gexf: { type: 'application/xml', extension: 'gexf', write: exportGexf },
  stix: { type: 'application/stix+json;version=2.1', extension: 'stix.json', write: exportStix },
  ftm: { type: 'application/x-ndjson', extension: 'ftm.jsonl', write: exportFtm },
};

export function registerKnowledgeRoutes(routes: RouteTable, store: Store): void {
  const reader = store.knowledge.reader;

  routes.add({
    method: 'GET',
    url: '/api/assertions',
    tag: 'knowledge',
    summary:
      'Assertions (claims merged across articles), latest first, with the filters of `armstrace transfers`',
    query: FILTER_QUERY.extend(PAGE),
    returns: '{ total, totalIsLowerBound, names: {id: name}, assertions }',
    handler: ({ query }) => {
      const page = reader.assertions({
        ...filterOf(reader, query),
        limit: query.limit,
        offset: query.offset,
      });
      return { ...page, names: names(reader, page.assertions.flatMap(assertionEntityIds)) };
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/assertions/:id',
    tag: 'knowledge',
    summary: 'One assertion with every claim, its article and evidence spans',
    params: ID_PARAMS,
    returns: 'the assertion with claims[] and names',
    handler: ({ params }) => {
      const assertion = reader.assertion(params.id);
      if (!assertion) throw new ApiError(404, 'not-found', `no assertion ${params.id}`);
      return { ...assertion, names: names(reader, assertionEntityIds(assertion)) };
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/actors',
    tag: 'actors',
    summary: 'Entities whose id, name or alias matches',
    query: z
      .object({ q: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(10) })
      .strict(),
    returns: '[entity]',
    handler: ({ query }) => reader.findEntities(query.q, query.limit),
  });

  routes.add({
    method: 'GET',
    url: '/api/actors/:id',
    tag: 'actors',
    summary:
      'Actor profile: aliases, counterparts in and out by stage, ties, attacks, sanctions, latest assertions, outlets',
    params: ID_PARAMS,
    query: z.object({ timeline: z.coerce.number().int().min(1).max(200).default(25) }).strict(),
    returns: 'the profile with names',
    handler: ({ params, query }) => {
      const profile = reader.profile(entityIdOf(reader, params.id), query.timeline);
      if (!profile) throw new ApiError(404, 'unknown-actor', `no actor ${params.id}`);
      return { ...profile, names: names(reader, profile.timeline.flatMap(assertionEntityIds)) };
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/actors/:id/timeline',
    tag: 'actors',
    summary: 'Every assertion an actor takes part in, oldest first',
    params: ID_PARAMS,
    query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }).strict(),
    returns: '{ entity, assertions }',
    handler: ({ params, query }) => {
      const id = entityIdOf(reader, params.id);
      return { entity: reader.entity(id), assertions: reader.timeline(id, query.limit).reverse() };
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/network',
    tag: 'network',
    summary:
      'The supplier → recipient network: nodes with degree, betweenness and community; edges with corroboration',
    query: FILTER_QUERY,
    returns: '{ totals, nodes, edges, flows }',
    handler: ({ query }) => {
      const { assertions, entities } = reader.transferNetworkInput(filterOf(reader, query));
      const graph = buildSupplyGraph(assertions, entities);
      const analysis = analyseNetwork(graph);
      const edges = graph.mapEdges((_key, attributes, source, target) => ({ source, target, ...attributes }));
      return { ...analysis, edges, flows: graph.getAttribute('flows') };
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/path',
    tag: 'network',
    summary: 'Chains of transfers from one actor to another through intermediaries',
    query: z
      .object({
        from: z.string().min(1).max(200),
        to: z.string().min(1).max(200),
        maxHops: z.coerce.number().int().min(1).max(6).default(4),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      })
      .strict(),
    returns: '{ status, paths } (status unknown-endpoint or same-endpoint when no search was possible)',
    handler: ({ query }) => {
      const { assertions, entities } = reader.transferNetworkInput();
      const graph = buildSupplyGraph(assertions, entities);
      return findTransferPaths(graph, entityIdOf(reader, query.from), entityIdOf(reader, query.to), {
        maxHops: query.maxHops,
        limit: query.limit,
      });
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/export/:format',
    tag: 'exports',
    summary:
      'Exports as a download: csv, json, graphml, gexf, stix (STIX 2.1 bundle), ftm (FollowTheMoney JSON lines)',
    params: z.object({ format: z.enum(Object.keys(EXPORTS) as [string, ...string[]]) }),
    query: FILTER_QUERY,
    returns: 'the export file',
    produces: 'application/octet-stream',
    handler: ({ params, query }, _request, reply) => {
      const format = EXPORTS[params.format] as (typeof EXPORTS)[string];
      const text = format.write(reader.snapshot(filterOf(reader, query)));
      return reply
        .header('content-type', format.type)
        .header('content-disposition', `attachment; filename="armstrace.${format.extension}"`)
        .send(text);
    },
  });

  routes.add({
    method: 'GET',
    url: '/api/names',
    tag: 'actors',
    summary: 'Display names of entity ids (ids the store does not know answer with themselves)',
    query: z
      .object({
        ids: z
          .union([z.string(), z.array(z.string())])
          .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
          .pipe(z.array(z.string().min(1).max(300)).min(1).max(500))
          .describe('entity ids, comma-separated (at most 500)'),
      })
      .strict(),
    returns: '{ id: name }',
    handler: ({ query }) => names(reader, query.ids),
  });

  routes.add({
    method: 'GET',
    url: '/api/outlets',
    tag: 'knowledge',
    summary: 'Outlets of the extracted articles, with how many articles each carried',
    returns: '[{ outlet, articles }]',
    handler: () => reader.outlets(),
  });

  routes.add({
    method: 'GET',
    url: '/api/stats',
    tag: 'knowledge',
    summary: 'What the store holds',
    returns: '{ articles, versions, extracted, stories, entities, claims, assertions, edits }',
    handler: async () => ({ ...(await store.articles.stats()), ...reader.stats() }),
  });
}
