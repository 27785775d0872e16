import { ITEM_CATEGORIES, label } from '../vocab.js';

/** Labelled form fields the search facets, the network and map filters and the correction form share. */

export function SelectField({
  label: text,
  name,
  value,
  options,
  empty,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  options: readonly string[];
  /** The label of an empty choice ("any", "none"); no empty choice without it. */
  empty?: string;
  onChange: (value: string) => void;
}) {
  return (
    <label class="field">
      <span>{text}</span>
      <select
        name={name}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TextField({
  label: text,
  name,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return (
    <label class="field">
      <span>{text}</span>
      <input
        type="text"
        name={name}
        value={value}
        placeholder={placeholder}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}

export function ItemCategoryField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div class="facet">
      <SelectField
        label="Item category"
        name="itemCategory"
        value={value}
        options={ITEM_CATEGORIES}
        empty="any"
        onChange={onChange}
      />
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
