import { useEffect, useState } from 'preact/hooks';
import type { AssertionFilter } from '../api.js';
import { ITEM_CATEGORIES, label, TRANSFER_STAGES } from '../vocab.js';

/** The filters of the supply network (network and map pages), as their URL holds them. */
export interface NetworkFilters {
  readonly stage: readonly string[];
  readonly itemCategory: string;
  readonly since: string;
  readonly until: string;
  readonly minSources: string;
  readonly involving: string;
}

export function networkFiltersFrom(params: URLSearchParams): NetworkFilters {
  return {
    stage: (params.get('stage') ?? '').split(',').filter(Boolean),
    itemCategory: params.get('itemCategory') ?? '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    minSources: params.get('minSources') ?? '',
    involving: params.get('involving') ?? '',
  };
}

export function apiFilterOf(f: NetworkFilters): AssertionFilter {
  return {
    stage: f.stage,
    ...(f.itemCategory ? { itemCategory: f.itemCategory } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(Number(f.minSources) > 0 ? { minSources: Number(f.minSources) } : {}),
    ...(f.involving ? { involving: f.involving } : {}),
  };
}

export function NetworkFilterForm({
  filters,
  onChange,
}: {
  filters: NetworkFilters;
  onChange: (next: NetworkFilters) => void;
}) {
  const [involving, setInvolving] = useState(filters.involving);
  useEffect(() => setInvolving(filters.involving), [filters.involving]);
  const set = (patch: Partial<NetworkFilters>) =>
    onChange({ ...filters, involving: involving.trim(), ...patch });
  return (
    <form
      class="facets"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        set({ involving: involving.trim() });
      }}
    >
      <div class="facet">
        <label class="field">
          <span>Actor (its links only)</span>
          <input
            type="search"
            name="involving"
            placeholder="any actor"
            value={involving}
            onInput={(e) => setInvolving((e.currentTarget as HTMLInputElement).value)}
            onBlur={() => involving.trim() !== filters.involving && set({ involving: involving.trim() })}
          />
        </label>
      </div>
      <fieldset class="facet">
        <legend>Stage</legend>
        {TRANSFER_STAGES.map((stage) => (
          <label key={stage} class="check">
            <input
              type="checkbox"
              name="stage"
              value={stage}
              checked={filters.stage.includes(stage)}
              onChange={(e) =>
                set({
                  stage: (e.currentTarget as HTMLInputElement).checked
                    ? [...filters.stage, stage]
                    : filters.stage.filter((s) => s !== stage),
                })
              }
            />
            <span class={`swatch stage-${stage}`} aria-hidden="true" />
            {stage}
          </label>
        ))}
      </fieldset>
      <div class="facet">
        <label class="field">
          <span>Item category</span>
          <select
            name="itemCategory"
            value={filters.itemCategory}
            onChange={(e) => set({ itemCategory: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            {ITEM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset class="facet dates">
        <legend>Date range</legend>
        <label class="field">
          <span>from</span>
          <input
            type="date"
            name="since"
            value={filters.since}
            onChange={(e) => set({ since: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label class="field">
          <span>to</span>
          <input
            type="date"
            name="until"
            value={filters.until}
            onChange={(e) => set({ until: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      </fieldset>
      <div class="facet">
        <label class="field">
          <span>At least … independent sources</span>
          <select
            name="minSources"
            value={filters.minSources}
            onChange={(e) => set({ minSources: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            <option value="2">2</option>
            <option value="3">3</option>
            <option value="5">5</option>
          </select>
        </label>
      </div>
      <div class="facet-actions">
        <button
          type="button"
          class="secondary"
          onClick={() =>
            onChange({ stage: [], itemCategory: '', since: '', until: '', minSources: '', involving: '' })
          }
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
