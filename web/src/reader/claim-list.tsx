import type { ComponentChildren } from 'preact';
import { Parties } from '../assertions/parties.js';
import { Meter, ModalityBadge, StageBadge, TypeBadge } from '../common/badges.js';
import type { Claim, Names } from '../types.js';

/** The article's claims; choosing one highlights its evidence. */
export function ClaimList({
  claims,
  names,
  selected,
  onSelect,
  detail,
}: {
  claims: readonly Claim[];
  names: Names;
  selected: string | null;
  onSelect: (claim: Claim | null) => void;
  /** Shown under the chosen claim. */
  detail?: ComponentChildren;
}) {
  return (
    <section class="claim-list" aria-label="Claims">
      <h2>Claims ({claims.length})</h2>
      {claims.length ? (
        <ul>
          {claims.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class={`claim-card${selected === c.id ? ' selected' : ''}`}
                aria-pressed={selected === c.id}
                data-claim={c.id}
                data-stage={c.stage ?? ''}
                onClick={() => onSelect(selected === c.id ? null : c)}
              >
                <span class="claim-card-head">
                  <TypeBadge type={c.type} />
                  <StageBadge stage={c.stage} />
                  <ModalityBadge modality={c.modality} />
                </span>
                <span class="claim-card-parties">
                  <Parties roles={c} names={names} link={false} />
                </span>
                {typeof c.confidence === 'number' ? (
                  <span class="claim-card-confidence">
                    confidence <Meter value={c.confidence} />
                  </span>
                ) : null}
              </button>
              {selected === c.id ? detail : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No claim found in this article.</p>
      )}
    </section>
  );
}
