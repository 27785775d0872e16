import { api } from '../api.js';
import { AssertionDrawer } from '../assertions/assertion-detail.js';
import { AssertionTable } from '../assertions/assertion-table.js';
import { plural } from '../common/format.js';
import { Empty, ErrorBox, Loading } from '../common/status.js';
import { href, navigate } from '../router.js';
import type { ActorProfile, AssertionBody, Names } from '../types.js';
import { useApi } from '../use-api.js';
import { MENTION_LABELS } from '../vocab.js';
import { AliasList } from './alias-list.js';
import { CounterpartTable } from './counterpart-table.js';
import { EgoNetwork } from './ego-network.js';
import { linkRows } from './relations.js';
import { TimelineChart } from './timeline-chart.js';

/** One actor across every stored article: names, counterparts, timeline, neighbourhood. */
export function ActorPage({ id, params }: { id: string; params: URLSearchParams }) {
  const profile = useApi((signal) => api.actor(id, { signal }), [id]);
  const timeline = useApi((signal) => api.timeline(id, { signal }), [id]);
  const selected = params.get('assertion');
  const linkOf = (assertion: string | null) => href('actor', id, { assertion });
  const setSelected = (assertion: string | null) => navigate(linkOf(assertion));
  if (profile.error) return <ErrorBox error={profile.error} retry={profile.reload} />;
  if (!profile.data) return <Loading what="Loading the actor" />;
  const p = profile.data;
  const rows = linkRows(p.links);
  const names: Names = {
    ...p.names,
    ...Object.fromEntries(rows.map((r) => [r.counterpart, r.counterpartName])),
  };
  return (
    <div class="page actor-page" data-actor={p.entity.id}>
      <header class="actor-head">
        <h1>
          <span class={`dot k-${p.entity.type}`} aria-hidden="true" />
          {p.entity.name}
        </h1>
        <span class="badge">{MENTION_LABELS[p.entity.type] ?? p.entity.type}</span>
        {p.entity.country ? <span class="badge">{p.entity.country}</span> : null}
        <span class="muted">{p.entity.id}</span>
        <span class="muted">· named in {plural(p.articles, 'article')}</span>
        <span class="actor-links">
          <a href={href('search', null, { actor: p.entity.id })}>assertions</a> ·{' '}
          <a href={href('network', null, { involving: p.entity.id })}>network</a> ·{' '}
          <a href={href('map', null, { involving: p.entity.id })}>map</a>
        </span>
      </header>
      <div class="actor-grid">
        <section class="card span-2" aria-labelledby="counterparts-heading">
          <h2 id="counterparts-heading">
            Counterparts <span class="muted">in and out, by stage, with independent sources</span>
          </h2>
          {rows.length ? (
            <CounterpartTable rows={rows} names={names} />
          ) : (
            <Empty>No transfer, tie, attack or sanction names this actor yet.</Empty>
          )}
        </section>
        <section class="card span-2" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          {timeline.error ? (
            <ErrorBox error={timeline.error} retry={timeline.reload} />
          ) : !timeline.data ? (
            <Loading what="Loading the timeline" />
          ) : (
            <TimelineChart
              assertions={timeline.data.assertions}
              names={names}
              selected={selected}
              linkOf={linkOf}
            />
          )}
        </section>
        <section class="card" aria-labelledby="ego-heading">
          <h2 id="ego-heading">Ego network</h2>
          <EgoNetwork name={p.entity.name} rows={rows} names={names} />
        </section>
        <section class="card" aria-labelledby="aliases-heading">
          <h2 id="aliases-heading">
            Aliases <span class="muted">{p.entity.aliases.length}</span>
          </h2>
          <AliasList aliases={p.entity.aliases} mergedFrom={p.entity.mergedFrom} />
        </section>
        <section class="card" aria-labelledby="outlets-heading">
          <h2 id="outlets-heading">Outlets</h2>
          <Outlets profile={p} />
        </section>
        <section class="card span-2" aria-labelledby="latest-heading">
          <h2 id="latest-heading">
            Latest assertions <span class="muted">{p.timeline.length}</span>
          </h2>
          <LatestAssertions
            assertions={p.timeline}
            names={names}
            selected={selected}
            onSelect={setSelected}
          />
        </section>
      </div>
      {selected ? <AssertionDrawer id={selected} onClose={() => setSelected(null)} /> : null}
    </div>
  );
}

function Outlets({ profile }: { profile: ActorProfile }) {
  if (!profile.outlets.length) return <p class="muted">None.</p>;
  return (
    <ul class="side-list">
      {profile.outlets.map((o) => (
        <li key={o.outlet}>
          {o.outlet} <span class="muted">· {plural(o.assertions, 'assertion')}</span>
        </li>
      ))}
    </ul>
  );
}

function LatestAssertions(props: {
  assertions: readonly AssertionBody[];
  names: Names;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  if (!props.assertions.length) return <Empty>No assertion yet.</Empty>;
  return <AssertionTable {...props} />;
}
