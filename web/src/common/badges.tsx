import type { AssertionBody, ClaimType, Modality, ReviewStatus, Stage } from '../types.js';
import { CLAIM_TYPE_LABELS, label } from '../vocab.js';
import { formatInterval, percent } from './format.js';

export function TypeBadge({ type }: { type: ClaimType }) {
  return <span class={`badge type-${type}`}>{CLAIM_TYPE_LABELS[type] ?? label(type)}</span>;
}

export function StageBadge({ stage }: { stage: Stage | null | string }) {
  if (!stage) return null;
  return <span class={`badge stage stage-${stage}`}>{label(stage)}</span>;
}

const MODALITY_HINTS: Record<Modality, string> = {
  confirmed: 'confirmed by the source',
  asserted: 'stated by the article',
  reported: 'attributed to a source',
  alleged: 'alleged, said to be',
  intended: 'planned, intended or attempted',
  conditional: 'conditional (if, should)',
  denied: 'denied',
};

export function ModalityBadge({ modality }: { modality: Modality | string }) {
  return (
    <span class={`badge modality modality-${modality}`} title={MODALITY_HINTS[modality as Modality]}>
      {modality}
    </span>
  );
}

export function ReviewBadge({ review }: { review: ReviewStatus }) {
  if (review === 'unreviewed') return null;
  return <span class={`badge review review-${review}`}>{review}</span>;
}

/** A 0–1 score as a small bar and a number. */
export function Meter({ value, title }: { value: number; title?: string }) {
  const level = value >= 0.7 ? 'high' : value >= 0.45 ? 'mid' : 'low';
  return (
    <span class={`meter meter-${level}`} title={title ?? percent(value)}>
      <span class="meter-track" aria-hidden="true">
        <span
          class="meter-fill"
          ref={(el) => {
            if (el) el.style.width = percent(Math.max(0, Math.min(1, value)));
          }}
        />
      </span>
      <span class="meter-value">{value.toFixed(2)}</span>
    </span>
  );
}

/** The Admiralty information rating (1 confirmed … 5 improbable) with its score. */
export function Credibility({ assertion }: { assertion: AssertionBody }) {
  const { rating, score, why } = assertion.credibility;
  return (
    <span class="credibility" title={why}>
      <span class={`rating rating-${rating}`}>{rating}</span>
      <Meter value={score} title={why} />
    </span>
  );
}

export function When({ when }: { when: { start: string; end: string } | null }) {
  return <span class={when ? 'when' : 'when undated'}>{formatInterval(when)}</span>;
}
