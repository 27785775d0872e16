/**
 * The text split at every span boundary: each piece knows the mentions covering it (the innermost one
 * gives its colour) and whether evidence covers it. Pieces are rendered as text nodes and <mark>
 * elements, so nothing of the article is ever read as HTML.
 */

export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  /** The entity it names (none for times and amounts). */
  readonly id?: string;
  readonly name: string;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The innermost mention covering the piece, if any. */
  readonly mention: MarkSpan | null;
  /** Every mention covering it, innermost first. */
  readonly mentions: readonly MarkSpan[];
  readonly evidence: boolean;
}

export function pieces(
  text: string,
  mentions: readonly MarkSpan[],
  evidence: readonly { readonly start: number; readonly end: number }[],
): Piece[] {
  const n = text.length;
  const valid = <T extends { start: number; end: number }>(s: T) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end;
  const ms = mentions.filter(valid);
  const es = evidence.filter(valid);
  const cuts = new Set<number>([0, n]);
  for (const s of [...ms, ...es]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter as the cursor passes them and leave when it reaches their end.
  const byStart = [...ms].sort((a, b) => a.start - b.start);
  const evByStart = [...es].sort((a, b) => a.start - b.start);
  let mi = 0;
  let ei = 0;
  let active: MarkSpan[] = [];
  let activeEv: { start: number; end: number }[] = [];
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    active = active.filter((s) => s.end > a);
    activeEv = activeEv.filter((s) => s.end > a);
    while (mi < byStart.length && (byStart[mi] as MarkSpan).start <= a)
      active.push(byStart[mi++] as MarkSpan);
    while (ei < evByStart.length && (evByStart[ei] as { start: number }).start <= a)
      activeEv.push(evByStart[ei++] as { start: number; end: number });
    const covering = active.filter((s) => s.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start));
    out.push({
      start: a,
      end: b,
      text: text.slice(a, b),
      mention: covering[0] ?? null,
      mentions: covering,
      evidence: activeEv.some((s) => s.end >= b),
    });
  }
  return out;
}
