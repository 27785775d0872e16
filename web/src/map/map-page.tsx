import { AssertionDrawer } from '../assertions/assertion-detail.js';
import { StageBadge } from '../common/badges.js';
import { Drawer } from '../common/drawer.js';
import { plural } from '../common/format.js';
import { Empty, ErrorBox, Loading } from '../common/status.js';
import { href, navigate } from '../router.js';
import type { NetworkEdge, NetworkResponse } from '../types.js';
import { LinkAssertions } from '../viz/link-assertions.js';
import { NetworkFilterForm, type NetworkFilters, useNetworkPage } from '../viz/network-filters.js';
import { STAGE_COLORS, TRANSFER_STAGES } from '../vocab.js';
import { type Arc, arcsOf } from './arcs.js';
import { countryName } from './countries.js';
import { WorldMap } from './world-map.js';

/** Transfers as arcs between countries, with the network's filters; an arc opens its assertions. */
export function MapPage({ params }: { params: URLSearchParams }) {
  const { filters, selected, assertion, loaded } = useNetworkPage(params);
  const world = params.get('view') === 'world';
  const link = (next: NetworkFilters, sel: string | null, open: string | null = null, view = world) =>
    href('map', null, { ...next, selected: sel, assertion: open, view: view ? 'world' : null });
  const go = (next: NetworkFilters, sel: string | null, open: string | null = null, view = world) =>
    navigate(link(next, sel, open, view));
  const arcs = loaded.data ? arcsOf(loaded.data.nodes, loaded.data.edges) : null;
  const arc = arcs?.arcs.find((a) => a.key === selected) ?? null;
  return (
    <div class="page map-page">
      <header class="page-head">
        <h1>Map</h1>
        <span class="sub">
          Transfers between countries: from the supplier's to the recipient's; click an arc.
        </span>
        <span class="view-toggle">
          <a href={link(filters, selected, null, false)} class={world ? '' : 'active'}>
            Fit to transfers
          </a>{' '}
          ·{' '}
          <a href={link(filters, selected, null, true)} class={world ? 'active' : ''}>
            World
          </a>
        </span>
      </header>
      <div class="viz-layout">
        <div>
          <NetworkFilterForm filters={filters} onChange={(next) => go(next, null)} />
        </div>
        <div>
          <div class="viz map-viz">
            {loaded.error ? (
              <div class="viz-status">
                <ErrorBox error={loaded.error} retry={loaded.reload} />
              </div>
            ) : !arcs ? (
              <div class="viz-status">
                <Loading what="Loading the transfers" />
              </div>
            ) : (
              <>
                <WorldMap
                  arcs={arcs.arcs}
                  world={world}
                  selected={selected}
                  linkOf={(key) => link(filters, key)}
                />
                <MapLegend arcs={arcs.arcs} />
                {!arcs.arcs.length ? (
                  <div class="viz-status">
                    <Empty>No transfer between two countries matches these filters.</Empty>
                  </div>
                ) : null}
              </>
            )}
          </div>
          {arcs && loaded.data ? (
            <OffMap data={loaded.data} domestic={arcs.domestic} unplaced={arcs.unplaced} />
          ) : null}
        </div>
      </div>
      {arc && !assertion ? (
        <Drawer title="Transfers" onClose={() => go(filters, null)}>
          <ArcPanel arc={arc} onOpen={(id) => go(filters, selected, id)} />
        </Drawer>
      ) : null}
      {assertion ? <AssertionDrawer id={assertion} back onClose={() => go(filters, selected, null)} /> : null}
    </div>
  );
}

function ArcPanel({ arc, onOpen }: { arc: Arc; onOpen: (id: string) => void }) {
  return (
    <div class="arc-panel" data-arc={arc.key}>
      <p class="assertion-parties">
        {countryName(arc.from)} → {countryName(arc.to)}
      </p>
      <p>
        <StageBadge stage={arc.stage} /> {plural(arc.weight, 'independent source')} ·{' '}
        {plural(arc.assertionIds.length, 'assertion')}
        {arc.via ? ' · through an intermediary' : ''}
      </p>
      <h3>Assertions (click for the evidence)</h3>
      <LinkAssertions ids={arc.assertionIds} onOpen={onOpen} />
    </div>
  );
}

function MapLegend({ arcs }: { arcs: readonly Arc[] }) {
  const stages = TRANSFER_STAGES.filter((s) => arcs.some((a) => a.stage === s));
  if (!stages.length) return null;
  return (
    <aside class="viz-overlay" aria-label="Legend">
      <ul>
        {stages.map((s) => (
          <li key={s}>
            <span class={`swatch-line stage-${s}`} data-color={STAGE_COLORS[s]} /> {s}
          </li>
        ))}
        <li>
          <span class="swatch-line dashed key-other" /> via an intermediary
        </li>
        <li>width: sources</li>
      </ul>
    </aside>
  );
}

/** What the map cannot draw, said plainly: links inside one country, and sides with no known country. */
function OffMap({
  data,
  domestic,
  unplaced,
}: {
  data: NetworkResponse;
  domestic: NetworkEdge[];
  unplaced: NetworkEdge[];
}) {
  if (!domestic.length && !unplaced.length) return null;
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const row = (e: NetworkEdge) => {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    const where = (n: typeof s) => (n?.country ? countryName(n.country) : 'country unknown');
    return (
      <li key={`${e.source}->${e.target}`}>
        <a href={href('network', null, { selected: `${e.source}->${e.target}` })}>
          {s?.label ?? e.source} ({where(s)}) → {t?.label ?? e.target} ({where(t)})
        </a>{' '}
        <StageBadge stage={e.strongestStage} />
      </li>
    );
  };
  return (
    <section class="panel off-map" aria-label="Not on the map">
      <h2>Not drawn as arcs</h2>
      {domestic.length ? (
        <>
          <h3>Within one country ({domestic.length})</h3>
          <ul class="side-list">{domestic.map(row)}</ul>
        </>
      ) : null}
      {unplaced.length ? (
        <>
          <h3>A side with no known country ({unplaced.length})</h3>
          <ul class="side-list">{unplaced.map(row)}</ul>
        </>
      ) : null}
    </section>
  );
}
