import { ITEM_CATEGORIES, label } from '../vocab.js';

/** The filter fields the search facets and the network and map filters share. */

export function ItemCategoryField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div class="facet">
      <label class="field">
        <span>Item category</span>
        <select
          name="itemCategory"
          value={value}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
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
  );
}

export function DateRangeFields({
  since,
  until,
  onChange,
}: {
  since: string;
  until: string;
  onChange: (range: { since?: string; until?: string }) => void;
}) {
  return (
    <fieldset class="facet dates">
      <legend>Date range</legend>
      <label class="field">
        <span>from</span>
        <input
          type="date"
          name="since"
          value={since}
          onChange={(e) => onChange({ since: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="field">
        <span>to</span>
        <input
          type="date"
          name="until"
          value={until}
          onChange={(e) => onChange({ until: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
    </fieldset>
  );
}
