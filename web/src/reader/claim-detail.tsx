import { Fragment } from 'preact';
import { Meter, ModalityBadge, StageBadge, TypeBadge } from '../common/badges.js';
import { EntityLink } from '../common/entity-link.js';
import { formatInterval } from '../common/format.js';
import type { Claim, Names } from '../types.js';
import { label } from '../vocab.js';

const ROLES = [
  ['supplier', 'Supplier'],
  ['recipient', 'Recipient'],
  ['intermediaries', 'Intermediaries'],
  ['end_users', 'End users'],
  ['interdicted_by', 'Interdicted by'],
  ['seizer', 'Seizer'],
  ['actor', 'Actor'],
  ['target', 'Target'],
  ['parties', 'Parties'],
] as const;

/** The chosen claim: roles, stage, modality, sources, confidence, and its evidence sentences. */
export function ClaimDetail({
  claim: c,
  names,
  onClose,
}: {
  claim: Claim;
  names: Names;
  onClose: () => void;
}) {
  const who = (id: string) => <EntityLink key={id} id={id} name={names[id] ?? id} />;
  return (
    <section class="claim-detail" aria-label="Claim" data-claim={c.id}>
      <header>
        <h2>
          <TypeBadge type={c.type} /> <StageBadge stage={c.stage} />
        </h2>
        <button type="button" class="icon-button" onClick={onClose} aria-label="Close the claim">
          ×
        </button>
      </header>
      <dl class="facts">
        {ROLES.map(([key, title]) => {
          const value = c[key];
          if (!value || (Array.isArray(value) && !value.length)) return null;
          return (
            <Fragment key={key}>
              <dt>{title}</dt>
              <dd class={`role role-${key}`}>
                {Array.isArray(value)
                  ? value.map((id, i) => (
                      <span key={id}>
                        {i ? ', ' : ''}
                        {who(id)}
                      </span>
                    ))
                  : who(value as string)}
              </dd>
            </Fragment>
          );
        })}
        <dt>Stage</dt>
        <dd>{c.stage ? label(c.stage) : '—'}</dd>
        <dt>Modality</dt>
        <dd>
          <ModalityBadge modality={c.modality} />
        </dd>
        {c.items?.length ? (
          <>
            <dt>Items</dt>
            <dd>
              {c.items
                .map((i) => `${i.quantity ? `${i.quantity.text}: ` : ''}${i.text} (${label(i.category)})`)
                .join('; ')}
            </dd>
          </>
        ) : null}
        {c.value ? (
          <>
            <dt>Value</dt>
            <dd>{c.value.text}</dd>
          </>
        ) : null}
        <dt>When</dt>
        <dd>
          {c.when ? (
            <>
              {formatInterval(c.when)}
              {c.when.basis === 'published' ? (
                <span class="muted"> (no date in the text: the article's)</span>
              ) : c.when.text && c.when.text !== formatInterval(c.when) ? (
                <span class="muted"> (“{c.when.text}”)</span>
              ) : null}
            </>
          ) : (
            '—'
          )}
        </dd>
        {c.where ? (
          <>
            <dt>Where</dt>
            <dd>{who(c.where)}</dd>
          </>
        ) : null}
        <dt>Sources</dt>
        <dd>
          {c.sources.length ? (
            <ul class="sources">
              {c.sources.map((s) => (
                <li key={s.text}>
                  “{s.text}” <span class="muted">({label(s.kind)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <span class="muted">none named (the article's own voice)</span>
          )}
        </dd>
        <dt>Confidence</dt>
        <dd>{typeof c.confidence === 'number' ? <Meter value={c.confidence} /> : '—'}</dd>
      </dl>
      <h3>Evidence ({c.evidence.length})</h3>
      <ol class="evidence-list">
        {c.evidence.map((e) => (
          <li key={`${e.field ?? 'text'}:${e.start}`}>
            {e.field === 'title' ? <span class="muted">Headline: </span> : null}“{e.text}”
          </li>
        ))}
      </ol>
    </section>
  );
}
