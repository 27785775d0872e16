import { formatInterval } from '../common/format.js';
import type { AssertionBody, Names } from '../types.js';
import { CLAIM_TYPE_COLORS, CLAIM_TYPE_LABELS, CLAIM_TYPES, STAGE_COLORS } from '../vocab.js';

const W = 1000;
const LANE = 38;
const TOP = 12;
const LEFT = 110;
const RIGHT = 16;

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * An actor's assertions in time: one lane per claim type, one dot per assertion at its date (the event's,
 * else — hollow — the day it was first reported), coloured by stage. A dot opens the assertion.
 */
export function TimelineChart({
  assertions,
  names,
  selected,
  linkOf,
}: {
  assertions: readonly AssertionBody[];
  names: Names;
  selected: string | null;
  /** Where a dot leads: the assertion opened. */
  linkOf: (id: string) => string;
}) {
  const points = assertions
    .map((a) => {
      const date = a.when?.start ?? a.firstSeen;
      return date ? { a, t: dayOf(date), dated: !!a.when } : null;
    })
    .filter((p): p is { a: AssertionBody; t: number; dated: boolean } => !!p && Number.isFinite(p.t));
  if (!points.length) return <p class="muted">No dated assertion.</p>;
  const lanes = CLAIM_TYPES.filter((t) => points.some((p) => p.a.type === t));
  const min = Math.min(...points.map((p) => p.t));
  const max = Math.max(...points.map((p) => p.t));
  const y0 = new Date(min).getUTCFullYear();
  const y1 = new Date(max).getUTCFullYear() + 1;
  const from = Date.UTC(y0, 0, 1);
  const to = Date.UTC(y1, 0, 1);
  const x = (t: number) => LEFT + ((t - from) / (to - from)) * (W - LEFT - RIGHT);
  const height = TOP + lanes.length * LANE + 28;
  const years = y1 - y0;
  const step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
  const ticks: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) ticks.push(y);
  // Dots of one lane that fall close together are spread a little up and down, so each stays clickable.
  const placed = new Map<string, number>();
  const offsets = points.map((p) => {
    const bucket = `${p.a.type}|${Math.round(x(p.t) / 8)}`;
    const n = placed.get(bucket) ?? 0;
    placed.set(bucket, n + 1);
    return n === 0 ? 0 : (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 7;
  });
  return (
    <figure class="timeline">
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label="Timeline of the actor's assertions"
      >
        {lanes.map((lane, i) => (
          <g key={lane}>
            <line
              x1={LEFT}
              x2={W - RIGHT}
              y1={TOP + i * LANE + LANE / 2}
              y2={TOP + i * LANE + LANE / 2}
              stroke="#eceff3"
            />
            <text class="lane-label" x={LEFT - 10} y={TOP + i * LANE + LANE / 2 + 4} text-anchor="end">
              {CLAIM_TYPE_LABELS[lane]}
            </text>
          </g>
        ))}
        <g class="axis">
          <line x1={LEFT} x2={W - RIGHT} y1={TOP + lanes.length * LANE} y2={TOP + lanes.length * LANE} />
          {ticks.map((year) => {
            const tx = x(Date.UTC(year, 0, 1));
            return (
              <g key={year}>
                <line x1={tx} x2={tx} y1={TOP} y2={TOP + lanes.length * LANE + 4} stroke-dasharray="2 3" />
                <text x={tx} y={TOP + lanes.length * LANE + 18} text-anchor="middle">
                  {year}
                </text>
              </g>
            );
          })}
        </g>
        {points.map((p, i) => {
          const lane = lanes.indexOf(p.a.type);
          const color = (p.a.stage && STAGE_COLORS[p.a.stage]) || CLAIM_TYPE_COLORS[p.a.type];
          const who = [p.a.supplier, p.a.recipient, p.a.actor, p.a.target, ...(p.a.parties ?? [])]
            .filter((id): id is string => !!id)
            .map((id) => names[id] ?? id)
            .join(' · ');
          return (
            <a key={p.a.id} href={linkOf(p.a.id)} aria-label={`${CLAIM_TYPE_LABELS[p.a.type]}: ${who}`}>
              <circle
                class={`point${selected === p.a.id ? ' selected' : ''}`}
                cx={x(p.t)}
                cy={TOP + lane * LANE + LANE / 2 + (offsets[i] ?? 0)}
                r={p.a.sources.independent > 1 ? 7 : 5.5}
                fill={p.dated ? color : '#fff'}
                stroke={p.dated ? '#ffffff' : color}
                stroke-width={p.dated ? 1.5 : 2.5}
                data-assertion={p.a.id}
              >
                <title>
                  {`${CLAIM_TYPE_LABELS[p.a.type]}${p.a.stage ? ` (${p.a.stage})` : ''}: ${who}\n${formatInterval(p.a.when)}${p.dated ? '' : ` — first reported ${p.a.firstSeen?.slice(0, 10)}`}\n${p.a.sources.independent} independent source(s)`}
                </title>
              </circle>
            </a>
          );
        })}
      </svg>
      <figcaption class="muted">
        One dot per assertion, at the event's date (hollow: undated, placed when first reported); colour:
        stage; larger: more than one independent source. Click a dot to open it.
      </figcaption>
    </figure>
  );
}
