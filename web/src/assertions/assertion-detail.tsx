import { api } from '../api.js';
import { Credibility, ModalityBadge, ReviewBadge, StageBadge, TypeBadge, When } from '../common/badges.js';
import { Drawer } from '../common/drawer.js';
import { formatDate, plural } from '../common/format.js';
import { ErrorBox, Loading } from '../common/status.js';
import { href } from '../router.js';
import type { AssertionWithNames, ClaimRecord } from '../types.js';
import { useApi } from '../use-api.js';
import { label } from '../vocab.js';
import { Parties } from './parties.js';

/** One assertion: what it says, how credible, who carried it, and every claim with its evidence. */
/** An assertion in the side drawer; `back` adds a "← back" link for a drawer opened from another one. */
export function AssertionDrawer({
  id,
  onClose,
  back = false,
}: {
  id: string;
  onClose: () => void;
  back?: boolean;
}) {
  return (
    <Drawer title="Assertion" onClose={onClose}>
      {back ? (
        <p>
          <button type="button" class="link" onClick={onClose}>
            ← back
          </button>
        </p>
      ) : null}
      <AssertionDetail id={id} />
    </Drawer>
  );
}

export function AssertionDetail({ id }: { id: string }) {
  const loaded = useApi((signal) => api.assertion(id, { signal }), [id]);
  if (loaded.error) return <ErrorBox error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading what="Loading the assertion" />;
  return <AssertionView assertion={loaded.data} />;
}

export function AssertionView({ assertion: a }: { assertion: AssertionWithNames }) {
  const names = a.names;
  return (
    <div class="assertion-detail" data-assertion={a.id}>
      <p class="badges">
        <TypeBadge type={a.type} />
        <StageBadge stage={a.stage} />
        {a.contradicted ? <span class="badge contradicted">contradicted</span> : null}
        <ReviewBadge review={a.review} />
      </p>
      <p class="assertion-parties">
        <Parties roles={a} names={names} />
      </p>
      <dl class="facts">
        <dt>When</dt>
        <dd>
          <When when={a.when} />
          <span class="muted">
            {' '}
            · reported {formatDate(a.firstSeen)}
            {a.lastSeen !== a.firstSeen ? ` – ${formatDate(a.lastSeen)}` : ''}
          </span>
        </dd>
        {a.where.length ? (
          <>
            <dt>Where</dt>
            <dd>{a.where.map((w) => names[w] ?? w).join(', ')}</dd>
          </>
        ) : null}
        {a.items.length ? (
          <>
            <dt>Items</dt>
            <dd>
              <ul class="items">
                {a.items.map((item) => (
                  <li key={`${item.text}|${item.category}`}>
                    {item.text} <span class="muted">({label(item.category)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>Modality</dt>
        <dd>
          {a.modality.all.map((m) => (
            <ModalityBadge key={m} modality={m} />
          ))}
        </dd>
        <dt>Credibility</dt>
        <dd>
          <Credibility assertion={a} /> <span class="muted">{a.credibility.why}</span>
        </dd>
        <dt>Sources</dt>
        <dd>
          <strong>{plural(a.sources.independent, 'independent source')}</strong>
          <span class="muted">
            {' '}
            · {plural(a.sources.stories, 'story', 'stories')} · {plural(a.sources.articles, 'article')}
          </span>
          {a.sources.attributed.length ? (
            <ul class="sources">
              {a.sources.attributed.map((s, i) => (
                <li key={`${s.text}${i}`}>
                  “{s.text}” <span class="muted">({label(s.kind)})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>Outlets</dt>
        <dd>
          {a.sources.outlets.length
            ? a.sources.outlets.map((o) => (
                <span key={o.outlet} class="outlet" title={`reliability ${o.grade} (Admiralty scale)`}>
                  {o.outlet} <span class={`grade grade-${o.grade}`}>{o.grade}</span>
                </span>
              ))
            : '—'}
        </dd>
      </dl>
      <h3>{plural(a.claims.length, 'claim')}</h3>
      <ol class="claims">
        {a.claims.map((c) => (
          <ClaimEvidence key={c.key} record={c} />
        ))}
      </ol>
    </div>
  );
}

/** One article's claim: its article, how it says it, and the sentences — each opening the reader there. */
function ClaimEvidence({ record: c }: { record: ClaimRecord }) {
  const reader = href('article', c.articleId, { claim: c.claim.id });
  return (
    <li class="claim-evidence">
      <p class="claim-head">
        <a href={reader} class="article-link">
          {c.outlet ?? 'unknown outlet'} · {formatDate(c.published)}
        </a>{' '}
        <ModalityBadge modality={c.claim.modality} />
        <ReviewBadge review={c.review} />
        {typeof c.claim.confidence === 'number' ? (
          <span class="muted"> confidence {c.claim.confidence.toFixed(2)}</span>
        ) : null}
      </p>
      <ul class="evidence-list">
        {c.evidence.map((e) => (
          <li key={`${e.field ?? 'text'}:${e.start}`}>
            <a href={reader} class="evidence-quote">
              {e.field === 'title' ? <span class="muted">Headline: </span> : null}“{e.text}”
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}
