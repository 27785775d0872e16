import { type Command, Option } from 'commander';
import { NotFoundError } from '../../core/errors.js';
import { analyseNetwork } from '../../kb/network/network-metrics.js';
import { buildSupplyGraph } from '../../kb/network/supply-graph.js';
import { findTransferPaths } from '../../kb/network/transfer-paths.js';
import {
  addFilterOptions,
  dbOption,
  type FilterFlags,
  filterOf,
  openForQuestions,
  resolveActor,
} from '../kb-options.js';
import { renderCsv, renderTable } from '../kb-render.js';
import { parsePositiveInt } from '../options.js';

interface NetworkFlags extends FilterFlags {
  db?: string;
  format: 'table' | 'json' | 'csv';
  top: number;
}

export function registerNetwork(program: Command): void {
  const network = program
    .command('network')
    .description(
      'the supplier → recipient network of arms transfers: degree, betweenness (brokers stand out), communities',
    )
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'output format (GraphML/GEXF: armstrace export)')
        .choices(['table', 'json'])
        .default('table'),
    )
    .option('--top <n>', 'actors and edges to list in the table', parsePositiveInt, 20);
  addFilterOptions(network, false).action(async (flags: NetworkFlags) => {
    const store = openForQuestions(flags.db);
    try {
      const reader = store.knowledge.reader;
      const { assertions, entities } = reader.transferNetworkInput(filterOf(reader, flags));
      const graph = buildSupplyGraph(assertions, entities);
      const analysis = analyseNetwork(graph);
      const edges = graph.mapEdges((_key, attributes, source, target) => ({ source, target, ...attributes }));
      if (flags.format === 'json') {
        process.stdout.write(
          `${JSON.stringify({ ...analysis, edges, flows: graph.getAttribute('flows') }, null, 2)}\n`,
        );
        return;
      }
      if (flags.format === 'csv') {
        process.stdout.write(
          renderCsv(
            [
              'actor',
              'actor_id',
              'type',
              'country',
              'out_degree',
              'in_degree',
              'sources_out',
              'sources_in',
              'betweenness',
              'betweenness_normalized',
              'community',
            ],
            analysis.nodes.map((n) => [
              n.label,
              n.id,
              n.type,
              n.country,
              n.outDegree,
              n.inDegree,
              n.weightedOutDegree,
              n.weightedInDegree,
              n.betweenness,
              n.betweennessNormalized,
              n.community,
            ]),
          ),
        );
        return;
      }
      const t = analysis.totals;
      const label = (id: string) => graph.getNodeAttribute(id, 'label');
      const out = [
        `${t.nodes} actors, ${t.edges} supply links, ${t.communities} communities (modularity ${t.modularity.toFixed(2)}, density ${t.density.toFixed(3)})`,
        '',
        'Actors by betweenness (brokers and hubs first):',
        renderTable(
          ['actor', 'type', 'out', 'in', 'sources out/in', 'betweenness', 'community'],
          analysis.nodes
            .slice(0, flags.top)
            .map((n) => [
              n.label,
              n.type ?? '—',
              String(n.outDegree),
              String(n.inDegree),
              `${n.weightedOutDegree}/${n.weightedInDegree}`,
              n.betweennessNormalized.toFixed(3),
              String(n.community),
            ]),
        ),
        'Strongest links (by independent sources):',
        renderTable(
          ['supplier', 'recipient', 'assertions', 'sources', 'furthest stage', 'via?'],
          [...edges]
            .sort((a, b) => b.weight - a.weight || b.assertions - a.assertions)
            .slice(0, flags.top)
            .map((e) => [
              label(e.source),
              label(e.target),
              String(e.assertions),
              String(e.weight),
              `${e.strongestStage ?? '—'}${e.interdicted ? ' (interdicted)' : ''}`,
              e.via ? 'leg of a brokered chain' : '',
            ]),
        ),
      ];
      process.stdout.write(out.join('\n'));
    } finally {
      await store.close();
    }
  });

  program
    .command('path')
    .description('chains of arms transfers from one actor to another through intermediaries')
    .argument('<from>', 'supplier: name or id')
    .argument('<to>', 'recipient: name or id')
    .addOption(dbOption())
    .option('--max-hops <n>', 'longest chain', parsePositiveInt, 4)
    .option('--limit <n>', 'most chains', parsePositiveInt, 20)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(
      async (
        from: string,
        to: string,
        flags: { db?: string; maxHops: number; limit: number; format: 'table' | 'json' },
      ) => {
        const store = openForQuestions(flags.db);
        try {
          const reader = store.knowledge.reader;
          const a = resolveActor(reader, from);
          const b = resolveActor(reader, to);
          const { assertions, entities } = reader.transferNetworkInput();
          const graph = buildSupplyGraph(assertions, entities);
          const result = findTransferPaths(graph, a.id, b.id, { maxHops: flags.maxHops, limit: flags.limit });
          if (result.status === 'unknown-endpoint')
            throw new NotFoundError(
              `${result.unknown.map((w) => (w === 'from' ? a.name : b.name)).join(' and ')} take${result.unknown.length > 1 ? '' : 's'} part in no arms transfer`,
            );
          if (result.status === 'same-endpoint')
            throw new NotFoundError(`${a.name} and ${b.name} are the same actor`);
          if (flags.format === 'json') {
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
          }
          const label = (id: string) => graph.getNodeAttribute(id, 'label');
          if (result.paths.length === 0) {
            process.stdout.write(
              `no chain of transfers from ${a.name} to ${b.name} within ${flags.maxHops} hops\n`,
            );
            return;
          }
          const lines = result.paths.map((p, i) => {
            const hops = p.hops
              .map(
                (h) =>
                  ` -[${h.strongestStage ?? h.stages.join('/') ?? '?'}, ${h.weight} src]-> ${label(h.to)}`,
              )
              .join('');
            return `${String(i + 1).padStart(2)}. ${label(p.nodes[0] as string)}${hops}   (weakest link ${p.weakestLink} sources; ${p.hops.flatMap((h) => h.assertionIds).join(' ')})`;
          });
          process.stdout.write(
            `${lines.join('\n')}\n${result.complete ? '' : '(search stopped early: more chains may exist)\n'}`,
          );
        } finally {
          await store.close();
        }
      },
    );
}
