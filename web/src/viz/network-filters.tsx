import { useEffect, useState } from 'preact/hooks';
import { type AssertionFilter, api } from '../api.js';
import { DateRangeFields, ItemCategoryField } from '../common/fields.js';
import { useApi } from '../use-api.js';
import { TRANSFER_STAGES } from '../vocab.js';

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

/** What the network and map pages read from their URL, and the network it asks for. */
export function useNetworkPage(params: URLSearchParams) {
  const filters = networkFiltersFrom(params);
  const filter = apiFilterOf(filters);
  const loaded = useApi((signal) => api.network(filter, { signal }), [JSON.stringify(filter)]);
  return { filters, selected: params.get('selected'), assertion: params.get('assertion'), loaded };
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
      <ItemCategoryField value={filters.itemCategory} onChange={(itemCategory) => set({ itemCategory })} />
      <DateRangeFields since={filters.since} until={filters.until} onChange={(range) => set(range)} />
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
