import { Fragment } from 'preact';
import { ModalityBadge, StageBadge } from '../common/badges.js';
import { EntityLink } from '../common/entity-link.js';
import { type Column, SortableTable } from '../common/sortable-table.js';
import { CLAIM_TYPE_LABELS } from '../vocab.js';
import { counterpartIds, type LinkRow, relationOf } from './relations.js';

const STAGE_ORDER = ['negotiation', 'agreement', 'payment', 'delivery', 'interdiction', 'cancellation'];

/** Who an actor deals with: transfers out and in by stage, with the assertions and independent sources of each. */
export function CounterpartTable({
  rows,
  names,
}: {
  rows: readonly LinkRow[];
  names: Readonly<Record<string, string>>;
}) {
  const counterpart = (row: LinkRow) => {
    const ids = counterpartIds(row.counterpart);
    const parts = row.counterpartName.split(' → ');
    return (
      <span>
        {ids.map((id, i) => (
          <Fragment key={`${id}${i}`}>
            {i ? ' → ' : null}
            {id ? (
              <EntityLink id={id} name={names[id] ?? parts[i] ?? id} />
            ) : (
              <span class="unknown">(unknown)</span>
            )}
          </Fragment>
        ))}
      </span>
    );
  };
  const columns: Column<LinkRow>[] = [
    {
      key: 'direction',
      label: 'Direction',
      sort: (r) => relationOf(r.role).order,
      render: (r) => {
        const rel = relationOf(r.role);
        return (
          <span class={`direction direction-${rel.direction}`}>
            {rel.direction === 'out' ? 'out' : rel.direction === 'in' ? 'in' : '·'}{' '}
            <span class="muted">{rel.verb}</span>
          </span>
        );
      },
    },
    {
      key: 'counterpart',
      label: 'Counterpart',
      sort: (r) => r.counterpartName,
      render: counterpart,
      className: 'wide',
    },
    {
      key: 'as',
      label: 'As',
      sort: (r) => relationOf(r.role).counterpartRole,
      render: (r) => relationOf(r.role).counterpartRole,
    },
    {
      key: 'type',
      label: 'Type',
      sort: (r) => r.type,
      render: (r) => CLAIM_TYPE_LABELS[r.type as keyof typeof CLAIM_TYPE_LABELS] ?? r.type,
    },
    {
      key: 'stage',
      label: 'Stage',
      sort: (r) => (r.stage ? STAGE_ORDER.indexOf(r.stage) : 99),
      render: (r) => (r.stage ? <StageBadge stage={r.stage} /> : <span class="muted">—</span>),
    },
    {
      key: 'modality',
      label: 'Firmest',
      sort: (r) => r.modality,
      render: (r) => <ModalityBadge modality={r.modality} />,
    },
    {
      key: 'assertions',
      label: 'Assertions',
      numeric: true,
      sort: (r) => r.assertions,
      render: (r) => r.assertions,
    },
    {
      key: 'sources',
      label: 'Sources',
      numeric: true,
      sort: (r) => r.independent,
      render: (r) => r.independent,
    },
  ];
  return (
    <SortableTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      initialSort={{ key: 'direction' }}
      className="counterparts"
    />
  );
}
