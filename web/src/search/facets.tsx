import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { DateRangeFields, ItemCategoryField } from '../common/fields.js';
import { CLAIM_TYPE_LABELS, CLAIM_TYPES, label, MODALITIES, STAGES } from '../vocab.js';
import type { Filters } from './filters.js';

/** Checkboxes for one facet: a value list in the filters. */
function CheckGroup({
  legend,
  name,
  values,
  chosen,
  labelOf = label,
  onChange,
}: {
  legend: string;
  name: string;
  values: readonly string[];
  chosen: readonly string[];
  labelOf?: (value: string) => string;
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset class="facet">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} class="check">
          <input
            type="checkbox"
            name={name}
            value={v}
            checked={chosen.includes(v)}
            onChange={(e) =>
              onChange(
                (e.currentTarget as HTMLInputElement).checked
                  ? [...chosen, v]
                  : chosen.filter((c) => c !== v),
              )
            }
          />
          {name === 'modality' ? null : <span class={`swatch ${name}-${v}`} aria-hidden="true" />}
          {labelOf(v)}
        </label>
      ))}
    </fieldset>
  );
}

/** Actor names the store knows, as the user types (a datalist under the field). */
function useActorSuggestions(text: string): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (text.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.findActors(text.trim(), 8, { signal: controller.signal }).then(
        (entities) => setNames(entities.map((e) => e.name)),
        () => undefined,
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return names;
}

/** The facets of the search page; boxes apply at once, text fields on Enter or when left. */
export function Facets({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const [actor, setActor] = useState(filters.actor);
  const [outlet, setOutlet] = useState(filters.outlet);
  useEffect(() => setActor(filters.actor), [filters.actor]);
  useEffect(() => setOutlet(filters.outlet), [filters.outlet]);
  const suggestions = useActorSuggestions(actor);
  const outlets = useOutlets();
  // What is typed in the text fields goes along with any other change (a box ticked right after typing).
  const set = (patch: Partial<Filters>) =>
    onChange({ ...filters, actor: actor.trim(), outlet: outlet.trim(), ...patch });
  const applyText = () => {
    if (actor.trim() !== filters.actor || outlet.trim() !== filters.outlet)
      set({ actor: actor.trim(), outlet: outlet.trim() });
  };
  return (
    <form
      class="facets"
      aria-label="Facets"
      onSubmit={(e) => {
        e.preventDefault();
        applyText();
      }}
    >
      <div class="facet">
        <label class="field">
          <span>Actor (any role)</span>
          <input
            type="search"
            name="actor"
            list="actor-suggestions"
            placeholder="North Korea, Hamas, state:IRN…"
            value={actor}
            onInput={(e) => setActor((e.currentTarget as HTMLInputElement).value)}
            onBlur={applyText}
          />
        </label>
        <datalist id="actor-suggestions">
          {suggestions.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </div>
      <CheckGroup
        legend="Claim type"
        name="type"
        values={CLAIM_TYPES}
        chosen={filters.type}
        labelOf={(v) => CLAIM_TYPE_LABELS[v as keyof typeof CLAIM_TYPE_LABELS] ?? v}
        onChange={(type) => set({ type })}
      />
      <CheckGroup
        legend="Stage"
        name="stage"
        values={STAGES}
        chosen={filters.stage}
        onChange={(stage) => set({ stage })}
      />
      <CheckGroup
        legend="Modality"
        name="modality"
        values={MODALITIES}
        chosen={filters.modality}
        onChange={(modality) => set({ modality })}
      />
      <ItemCategoryField value={filters.itemCategory} onChange={(itemCategory) => set({ itemCategory })} />
      <DateRangeFields since={filters.since} until={filters.until} onChange={(range) => set(range)} />
      <div class="facet">
        <label class="field">
          <span>Outlet</span>
          <input
            type="search"
            name="outlet"
            list="outlet-list"
            placeholder="any outlet"
            value={outlet}
            onInput={(e) => setOutlet((e.currentTarget as HTMLInputElement).value)}
            onBlur={applyText}
          />
        </label>
        <datalist id="outlet-list">
          {outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <div class="facet-actions">
        <button type="submit">Apply</button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            onChange({
              q: filters.q,
              type: [],
              stage: [],
              modality: [],
              actor: '',
              itemCategory: '',
              since: '',
              until: '',
              outlet: '',
            })
          }
        >
          Clear facets
        </button>
      </div>
    </form>
  );
}

function useOutlets(): string[] {
  const [outlets, setOutlets] = useState<string[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api.outlets({ signal: controller.signal }).then(
      (rows) => setOutlets(rows.map((r) => r.outlet)),
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return outlets;
}
