import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { SelectField, TextField } from '../common/fields.js';
import type { AssertionBody, Correction, Names } from '../types.js';
import { label, MODALITIES, SANCTION_STAGES, TRANSFER_STAGES } from '../vocab.js';

type RoleField = 'supplier' | 'recipient' | 'seizer' | 'actor' | 'target';

const ROLES: Readonly<Record<AssertionBody['type'], readonly RoleField[]>> = {
  arms_transfer: ['supplier', 'recipient'],
  arms_seizure: ['seizer'],
  attack: ['actor', 'target'],
  sanction: ['actor', 'target'],
  ties: [],
};

const ENTITY_ID = /^[a-z]+:\S+$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Corrects an assertion's stage, modality, principal roles and time: only what the analyst changed is sent.
 * A role takes an entity id or a name (looked up; the best match is used and shown); emptied, it is removed.
 */
export function CorrectionForm({
  assertion: a,
  names,
  busy,
  onSubmit,
  onCancel,
}: {
  assertion: AssertionBody;
  names: Names;
  busy: boolean;
  onSubmit: (correction: Correction) => void;
  onCancel: () => void;
}) {
  const roles = ROLES[a.type];
  const stages = a.type === 'arms_transfer' ? TRANSFER_STAGES : a.type === 'sanction' ? SANCTION_STAGES : [];
  const [stage, setStage] = useState(a.stage ?? '');
  const [modality, setModality] = useState<string>(a.modality.strongest);
  const [role, setRole] = useState<Partial<Record<RoleField, string>>>(
    Object.fromEntries(roles.map((r) => [r, (a[r] as string | undefined) ?? ''])),
  );
  const [since, setSince] = useState(a.when?.start ?? '');
  const [until, setUntil] = useState(a.when?.end ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const correction: Correction = {};
    if (stages.length && stage !== (a.stage ?? '')) correction.stage = stage || null;
    if (modality !== a.modality.strongest) correction.modality = modality;
    for (const r of roles) {
      const typed = (role[r] ?? '').trim();
      if (typed === ((a[r] as string | undefined) ?? '')) continue;
      if (!typed) {
        correction[r] = null;
        continue;
      }
      if (ENTITY_ID.test(typed)) {
        correction[r] = typed;
        continue;
      }
      const [best] = await api.findActors(typed, 1);
      if (!best) {
        setProblem(`No entity is called “${typed}”: give its name as stored or its id (state:PRK).`);
        return;
      }
      correction[r] = best.id;
    }
    if (since !== (a.when?.start ?? '') || until !== (a.when?.end ?? '')) {
      if (!since && !until) correction.when = null;
      else if (!DATE.test(since) || !DATE.test(until || since)) {
        setProblem('Dates are YYYY, YYYY-MM or YYYY-MM-DD.');
        return;
      } else correction.when = { start: since, end: until || since };
    }
    if (!Object.keys(correction).length) {
      setProblem('Nothing changed.');
      return;
    }
    setProblem(null);
    onSubmit(correction);
  };

  return (
    <form
      class="correction"
      aria-label="Correct the assertion"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {stages.length ? (
        <SelectField
          label="Stage"
          name="stage"
          value={stage}
          options={stages}
          empty="none"
          onChange={setStage}
        />
      ) : null}
      <SelectField
        label="Modality"
        name="modality"
        value={modality}
        options={MODALITIES}
        onChange={setModality}
      />
      {roles.map((r) => (
        <TextField
          key={r}
          label={`${label(r)}${role[r] && names[role[r] as string] ? ` (${names[role[r] as string]})` : ''}`}
          name={r}
          value={role[r] ?? ''}
          placeholder="a name or an id"
          onChange={(value) => setRole({ ...role, [r]: value })}
        />
      ))}
      <TextField
        label="When, from"
        name="since"
        value={since}
        placeholder="YYYY[-MM[-DD]]"
        onChange={setSince}
      />
      <TextField label="to" name="until" value={until} placeholder="YYYY[-MM[-DD]]" onChange={setUntil} />
      <div class="correction-actions">
        <button type="submit" disabled={busy}>
          Store the correction
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem ? (
        <p class="notice refused" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
