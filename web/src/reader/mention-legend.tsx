import { MENTION_KINDS, MENTION_LABELS } from '../vocab.js';
import type { MarkSpan } from './segments.js';

/** The colour of each mention type, how many there are, and a box to hide a type. */
export function MentionLegend({
  spans,
  hidden,
  onToggle,
}: {
  spans: readonly MarkSpan[];
  hidden: ReadonlySet<string>;
  onToggle: (kind: string) => void;
}) {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const kinds = MENTION_KINDS.filter((k) => counts.has(k));
  return (
    <section class="legend" aria-label="Mention types">
      <h2>Mentions</h2>
      {kinds.length ? (
        <ul>
          {kinds.map((k) => (
            <li key={k}>
              <label class="check">
                <input type="checkbox" checked={!hidden.has(k)} onChange={() => onToggle(k)} />
                <mark class={`mention k-${k}`}>{MENTION_LABELS[k]}</mark>
                <span class="count">{counts.get(k)}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No mentions.</p>
      )}
    </section>
  );
}
