import { MENTION_LABELS, type MentionKind } from '../vocab.js';
import type { MarkSpan } from './segments.js';
import { pieces } from './segments.js';

/**
 * Article text (or its headline) with mentions marked by type and evidence highlighted. Built from text
 * nodes and <mark> elements only.
 */
export function MarkedText({
  text,
  mentions,
  evidence,
  focus,
  onMention,
}: {
  text: string;
  mentions: readonly MarkSpan[];
  evidence: readonly { start: number; end: number }[];
  /** An entity whose mentions stand out. */
  focus?: string | null;
  onMention?: (span: MarkSpan) => void;
}) {
  const nodes = pieces(text, mentions, evidence).map((p) => {
    let node = p.mention ? (
      // biome-ignore lint/a11y/useKeyWithClickEvents: a shortcut for the mouse; every entity is also a link in the claim panel
      <mark
        key={`m${p.start}`}
        class={`mention k-${p.mention.kind}${focus && p.mentions.some((m) => m.id === focus) ? ' focused' : ''}`}
        title={p.mentions
          .map((m) => `${m.name} · ${MENTION_LABELS[m.kind as MentionKind] ?? m.kind}`)
          .join('\n')}
        data-kind={p.mention.kind}
        data-entity={p.mention.id}
        onClick={onMention && p.mention.id ? () => onMention(p.mention as MarkSpan) : undefined}
      >
        {p.text}
      </mark>
    ) : (
      p.text
    );
    if (p.evidence)
      node = (
        <mark key={`e${p.start}`} class="evidence">
          {node}
        </mark>
      );
    return node;
  });
  return <>{nodes}</>;
}
