import { Credibility, ModalityBadge, ReviewBadge, StageBadge, TypeBadge, When } from '../common/badges.js';
import { type Column, SortableTable } from '../common/sortable-table.js';
import type { AssertionBody, Names } from '../types.js';
import { Parties } from './parties.js';

/** Assertions as a sortable table; a click opens one. */
export function AssertionTable({
  assertions,
  names,
  selected,
  onSelect,
}: {
  assertions: readonly AssertionBody[];
  names: Names;
  selected?: string | null;
  onSelect: (id: string) => void;
}) {
  const name = (id: string | undefined) => (id ? (names[id] ?? id) : '');
  const columns: Column<AssertionBody>[] = [
    {
      key: 'what',
      label: 'What',
      sort: (a) => `${a.type} ${a.stage ?? ''}`,
      render: (a) => (
        <span class="what">
          <TypeBadge type={a.type} />
          <StageBadge stage={a.stage} />
        </span>
      ),
    },
    {
      key: 'parties',
      label: 'Who',
      sort: (a) => name(a.supplier ?? a.actor ?? a.seizer ?? a.parties?.[0]),
      render: (a) => <Parties roles={a} names={names} link={false} />,
      className: 'wide',
    },
    {
      key: 'items',
      label: 'Items',
      sort: (a) => a.items.map((i) => i.text).join(', '),
      render: (a) => <span class="items-cell">{a.items.map((i) => i.text).join(', ') || '—'}</span>,
    },
    {
      key: 'when',
      label: 'When',
      sort: (a) => a.when?.start ?? a.firstSeen ?? '',
      render: (a) => <When when={a.when} />,
    },
    {
      key: 'modality',
      label: 'Modality',
      sort: (a) => a.modality.strongest,
      render: (a) => (
        <>
          <ModalityBadge modality={a.modality.strongest} />
          {a.contradicted ? <span class="badge contradicted">contradicted</span> : null}
          <ReviewBadge review={a.review} />
        </>
      ),
    },
    {
      key: 'sources',
      label: 'Sources',
      numeric: true,
      sort: (a) => a.sources.independent,
      render: (a) => (
        <span title={`${a.sources.articles} articles, ${a.sources.stories} stories`}>
          {a.sources.independent}
        </span>
      ),
    },
    {
      key: 'credibility',
      label: 'Credibility',
      sort: (a) => a.credibility.score,
      render: (a) => <Credibility assertion={a} />,
    },
  ];
  return (
    <SortableTable
      columns={columns}
      rows={assertions}
      rowKey={(a) => a.id}
      onRowClick={(a) => onSelect(a.id)}
      selectedKey={selected ?? null}
      className="assertions"
    />
  );
}
