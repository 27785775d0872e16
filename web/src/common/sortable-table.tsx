import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';

export interface Column<T> {
  readonly key: string;
  readonly label: string;
  /** What the column sorts by; no sort value, no sorting. */
  readonly sort?: (row: T) => string | number;
  readonly render: (row: T) => ComponentChildren;
  readonly numeric?: boolean;
  readonly className?: string;
}

/** A table whose headers sort it (click again to reverse); rows may be clickable and one selected. */
export function SortableTable<T>({
  columns,
  rows,
  rowKey,
  initialSort,
  onRowClick,
  selectedKey,
  caption,
  className,
}: {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  initialSort?: { key: string; descending?: boolean };
  onRowClick?: (row: T) => void;
  selectedKey?: string | null;
  caption?: string;
  className?: string;
}) {
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(
    initialSort ? { key: initialSort.key, descending: !!initialSort.descending } : null,
  );
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column?.sort) return rows;
    const by = column.sort;
    return [...rows].sort((a, b) => {
      const x = by(a);
      const y = by(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.descending ? -c : c;
    });
  }, [rows, sort, columns]);
  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? { key, descending: !s.descending } : { key, descending: false }));
  return (
    <div class="table-wrap">
      <table class={`table ${className ?? ''}`}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  class={`${c.numeric ? 'num' : ''} ${c.className ?? ''}`}
                  aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : undefined}
                >
                  {c.sort ? (
                    <button type="button" class="sort" onClick={() => toggle(c.key)}>
                      {c.label}
                      <span class="sort-arrow" aria-hidden="true">
                        {active ? (sort?.descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <tr
                key={key}
                class={`${onRowClick ? 'clickable' : ''} ${selectedKey === key ? 'selected' : ''}`}
                tabIndex={onRowClick ? 0 : undefined}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                onKeyDown={
                  onRowClick
                    ? (event) => {
                        if (event.key === 'Enter') onRowClick(row);
                      }
                    : undefined
                }
              >
                {columns.map((c) => (
                  <td key={c.key} class={`${c.numeric ? 'num' : ''} ${c.className ?? ''}`}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
