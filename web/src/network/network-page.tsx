import { AssertionDrawer } from '../assertions/assertion-detail.js';
import { StageBadge } from '../common/badges.js';
import { Drawer } from '../common/drawer.js';
import { EntityLink } from '../common/entity-link.js';
import { plural } from '../common/format.js';
import { type Column, SortableTable } from '../common/sortable-table.js';
import { Empty, ErrorBox, Loading } from '../common/status.js';
import { href, navigate } from '../router.js';
import type { NetworkEdge, NetworkNode, NetworkResponse } from '../types.js';
import { LinkAssertions } from '../viz/link-assertions.js';
import { NetworkFilterForm, type NetworkFilters, useNetworkPage } from '../viz/network-filters.js';
import { KIND_COLORS, label, MENTION_LABELS, STAGE_COLORS, TRANSFER_STAGES } from '../vocab.js';
import { brokers, edgeKey, GraphView } from './graph-view.js';

/** The supplier → recipient network, filtered; a node or link opens what is behind it. */
export function NetworkPage({ params }: { params: URLSearchParams }) {
  const { filters, selected, assertion, loaded } = useNetworkPage(params);
  const go = (next: NetworkFilters, sel: string | null = selected, open: string | null = null) =>
    navigate(href('network', null, { ...next, selected: sel, assertion: open }));
  return (
    <div class="page network-page">
      <header class="page-head">
        <h1>Network</h1>
        <span class="sub">
          Who supplies whom: arrows from supplier to recipient, through intermediaries; click a node or a
          link.
        </span>
      </header>
      <div class="viz-layout">
        <div>
          <NetworkFilterForm filters={filters} onChange={(next) => go(next, null)} />
        </div>
        <div>
          <div class="viz">
            {loaded.error ? (
              <div class="viz-status">
                <ErrorBox error={loaded.error} retry={loaded.reload} />
              </div>
            ) : !loaded.data ? (
              <div class="viz-status">
                <Loading what="Loading the network" />
              </div>
            ) : !loaded.data.nodes.length ? (
              <div class="viz-status">
                <Empty>No transfer matches these filters.</Empty>
              </div>
            ) : (
              <>
                <GraphView
                  data={loaded.data}
                  selected={selected}
                  onNode={(id) => go(filters, id)}
                  onEdge={(key) => go(filters, key)}
                  onStage={() => go(filters, null)}
                />
                <NetworkLegend data={loaded.data} />
              </>
            )}
          </div>
          {loaded.data ? (
            <>
              <p class="summary">
                {plural(loaded.data.totals.nodes, 'actor')}, {plural(loaded.data.totals.edges, 'link')},{' '}
                {plural(loaded.data.totals.communities, 'community', 'communities')}.
              </p>
              <LinkTable data={loaded.data} selected={selected} onSelect={(key) => go(filters, key)} />
            </>
          ) : null}
        </div>
      </div>
      {selected && loaded.data ? (
        <Drawer title={selected.includes('->') ? 'Link' : 'Actor'} onClose={() => go(filters, null)}>
          <Selection data={loaded.data} selected={selected} onOpen={(id) => go(filters, selected, id)} />
        </Drawer>
      ) : null}
      {assertion ? <AssertionDrawer id={assertion} back onClose={() => go(filters, selected, null)} /> : null}
    </div>
  );
}

function Selection({
  data,
  selected,
  onOpen,
}: {
  data: NetworkResponse;
  selected: string;
  onOpen: (id: string) => void;
}) {
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const edge = data.edges.find((e) => edgeKey(e) === selected);
  if (edge) return <EdgePanel edge={edge} nodes={nodes} onOpen={onOpen} />;
  const node = nodes.get(selected);
  if (!node) return <Empty>Not in the network as filtered.</Empty>;
  return <NodePanel node={node} data={data} nodes={nodes} />;
}

function EdgePanel({
  edge,
  nodes,
  onOpen,
}: {
  edge: NetworkEdge;
  nodes: Map<string, NetworkNode>;
  onOpen: (id: string) => void;
}) {
  const name = (id: string) => nodes.get(id)?.label ?? id;
  const ids = [...new Set([...edge.assertionIds, ...(edge.viaAssertionIds ?? [])])];
  return (
    <div class="edge-panel" data-edge={edgeKey(edge)}>
      <p class="assertion-parties">
        <EntityLink id={edge.source} name={name(edge.source)} type={nodes.get(edge.source)?.type} /> →{' '}
        <EntityLink id={edge.target} name={name(edge.target)} type={nodes.get(edge.target)?.type} />
      </p>
      <dl class="facts">
        <dt>Stages</dt>
        <dd>{edge.stages.map(label).join(', ')}</dd>
        <dt>Sources</dt>
        <dd>
          {plural(edge.weight, 'independent source')} over {plural(edge.assertions, 'assertion')}
          {edge.contradicted ? <span class="badge contradicted">contradicted</span> : null}
        </dd>
        <dt>Items</dt>
        <dd>{edge.categories.map(label).join(', ') || '—'}</dd>
        {edge.via ? (
          <>
            <dt>Through</dt>
            <dd>
              a leg of {edge.flows?.map((f) => f.split('->').map(name).join(' → ')).join('; ') ?? 'a chain'}{' '}
              (an intermediary's hop)
            </dd>
          </>
        ) : null}
      </dl>
      <h3>Assertions (click for the evidence)</h3>
      <LinkAssertions ids={ids} onOpen={onOpen} />
    </div>
  );
}

function NodePanel({
  node,
  data,
  nodes,
}: {
  node: NetworkNode;
  data: NetworkResponse;
  nodes: Map<string, NetworkNode>;
}) {
  const out = data.edges.filter((e) => e.source === node.id);
  const inn = data.edges.filter((e) => e.target === node.id);
  const isBroker = brokers(data.edges).has(node.id);
  return (
    <div class="node-panel" data-node={node.id}>
      <p class="assertion-parties">
        <EntityLink id={node.id} name={node.label} type={node.type} />
      </p>
      <p>
        <span class="badge">{MENTION_LABELS[node.type]}</span>
        {node.country ? <span class="badge">{node.country}</span> : null}
        {isBroker ? <span class="badge stage">intermediary</span> : null}
      </p>
      <dl class="facts">
        <dt>Supplies</dt>
        <dd>{out.map((e) => nodes.get(e.target)?.label ?? e.target).join(', ') || '—'}</dd>
        <dt>Receives from</dt>
        <dd>{inn.map((e) => nodes.get(e.source)?.label ?? e.source).join(', ') || '—'}</dd>
        <dt>Betweenness</dt>
        <dd>{node.betweennessNormalized.toFixed(3)} (brokers stand out)</dd>
        <dt>Community</dt>
        <dd>{node.community}</dd>
      </dl>
      <p>
        <a href={href('actor', node.id)}>Open the actor page →</a>
      </p>
    </div>
  );
}

function NetworkLegend({ data }: { data: NetworkResponse }) {
  const types = [...new Set(data.nodes.map((n) => n.type))];
  const stages = TRANSFER_STAGES.filter((s) => data.edges.some((e) => e.strongestStage === s));
  return (
    <aside class="viz-overlay" aria-label="Legend">
      <ul>
        {types.map((t) => (
          <li key={t}>
            <span class={`swatch-dot k-${t}`} data-color={KIND_COLORS[t]} /> {MENTION_LABELS[t]}
          </li>
        ))}
        {stages.map((s) => (
          <li key={s}>
            <span class={`swatch-line stage-${s}`} data-color={STAGE_COLORS[s]} /> {s}
          </li>
        ))}
        <li>◆ intermediary</li>
        <li>width: sources</li>
      </ul>
    </aside>
  );
}

/** The links as a table (sortable, keyboard-reachable): the same choice as clicking the graph. */
function LinkTable({
  data,
  selected,
  onSelect,
}: {
  data: NetworkResponse;
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const name = new Map(data.nodes.map((n) => [n.id, n.label]));
  const columns: Column<NetworkEdge>[] = [
    {
      key: 'source',
      label: 'Supplier',
      sort: (e) => name.get(e.source) ?? e.source,
      render: (e) => name.get(e.source) ?? e.source,
    },
    {
      key: 'target',
      label: 'Recipient',
      sort: (e) => name.get(e.target) ?? e.target,
      render: (e) => name.get(e.target) ?? e.target,
    },
    {
      key: 'stage',
      label: 'Furthest stage',
      sort: (e) => TRANSFER_STAGES.indexOf(e.strongestStage as (typeof TRANSFER_STAGES)[number]),
      render: (e) => <StageBadge stage={e.strongestStage} />,
    },
    {
      key: 'via',
      label: 'Kind',
      sort: (e) => (e.via && !e.direct ? 1 : 0),
      render: (e) =>
        e.via && !e.direct ? 'through an intermediary' : e.via ? 'direct and through one' : 'direct',
    },
    {
      key: 'items',
      label: 'Items',
      sort: (e) => e.categories.join(','),
      render: (e) => e.categories.map(label).join(', '),
    },
    { key: 'weight', label: 'Sources', numeric: true, sort: (e) => e.weight, render: (e) => e.weight },
    {
      key: 'assertions',
      label: 'Assertions',
      numeric: true,
      sort: (e) => e.assertions,
      render: (e) => e.assertions,
    },
  ];
  return (
    <section class="result-section" aria-label="Links">
      <h2>Links</h2>
      <SortableTable
        columns={columns}
        rows={data.edges}
        rowKey={edgeKey}
        initialSort={{ key: 'weight', descending: true }}
        onRowClick={(e) => onSelect(edgeKey(e))}
        selectedKey={selected}
        className="links"
      />
    </section>
  );
}
