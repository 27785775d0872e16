import { href } from '../router.js';
import { counterpartIds, type LinkRow, relationOf } from './relations.js';

const W = 560;
const H = 380;
const CX = W / 2;
const CY = H / 2;
const MAX = 24;

interface Neighbour {
  id: string;
  name: string;
  out: number;
  in: number;
  other: number;
}

/**
 * The actor and its counterparts on a circle: red arrows for what it supplies, blue for what it receives,
 * grey dashes for the other links (ties, attacks, brokering, sanctions); width grows with the sources.
 */
export function EgoNetwork({
  name,
  rows,
  names,
}: {
  name: string;
  rows: readonly LinkRow[];
  names: Readonly<Record<string, string>>;
}) {
  const byId = new Map<string, Neighbour>();
  for (const row of rows) {
    const rel = relationOf(row.role);
    const ids = counterpartIds(row.counterpart);
    const parts = row.counterpartName.split(' → ');
    ids.forEach((id, i) => {
      if (!id) return;
      const n = byId.get(id) ?? { id, name: names[id] ?? parts[i] ?? id, out: 0, in: 0, other: 0 };
      n[rel.direction] += Math.max(1, row.independent);
      byId.set(id, n);
    });
  }
  const neighbours = [...byId.values()]
    .sort((a, b) => b.out + b.in + b.other - (a.out + a.in + a.other) || a.name.localeCompare(b.name))
    .slice(0, MAX);
  if (!neighbours.length) return <p class="muted">No counterpart yet.</p>;
  // Where each counterpart goes: recipients to the right, suppliers to the left (the flow reads left to
  // right through the actor), both ways on top, other links below.
  const groups: Record<'right' | 'left' | 'top' | 'bottom', Neighbour[]> = {
    right: [],
    left: [],
    top: [],
    bottom: [],
  };
  for (const n of neighbours) {
    if (n.out && n.in) groups.top.push(n);
    else if (n.out) groups.right.push(n);
    else if (n.in) groups.left.push(n);
    else (groups.bottom.length <= groups.top.length ? groups.bottom : groups.top).push(n);
  }
  const centre = { right: 0, left: Math.PI, top: -Math.PI / 2, bottom: Math.PI / 2 };
  const angleOf = new Map<string, number>();
  for (const [side, list] of Object.entries(groups) as [keyof typeof groups, Neighbour[]][]) {
    const span = Math.min(Math.PI * 0.6, list.length * 0.28);
    list.forEach((n, i) => {
      angleOf.set(n.id, centre[side] - span / 2 + ((i + 0.5) * span) / list.length);
    });
  }
  const rx = W / 2 - 130;
  const ry = H / 2 - 40;
  const width = (n: number) => 1.5 + Math.log2(1 + n) * 1.8;
  return (
    <figure class="ego">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Counterparts of ${name}`}>
        <defs>
          <marker
            id="ego-arrow-out"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#dc2626" />
          </marker>
          <marker
            id="ego-arrow-in"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#2563eb" />
          </marker>
        </defs>
        {neighbours.map((n) => {
          const angle = angleOf.get(n.id) ?? 0;
          const nx = CX + Math.cos(angle) * rx;
          const ny = CY + Math.sin(angle) * ry;
          // Shorten the lines so arrows stop at the circles.
          const dx = nx - CX;
          const dy = ny - CY;
          const len = Math.hypot(dx, dy) || 1;
          const ux = dx / len;
          const uy = dy / len;
          const bend = 14;
          const curve = (x1: number, y1: number, x2: number, y2: number, side: number) => {
            const mx = (x1 + x2) / 2 - uy * bend * side;
            const my = (y1 + y2) / 2 + ux * bend * side;
            return `M${x1},${y1} Q${mx},${my} ${x2},${y2}`;
          };
          const labelRight = Math.cos(angle) >= -0.2;
          return (
            <g key={n.id}>
              {n.out ? (
                <path
                  class="link out"
                  d={curve(CX + ux * 16, CY + uy * 16, nx - ux * 12, ny - uy * 12, n.in ? 1 : 0)}
                  stroke-width={width(n.out)}
                  marker-end="url(#ego-arrow-out)"
                />
              ) : null}
              {n.in ? (
                <path
                  class="link in"
                  d={curve(nx - ux * 12, ny - uy * 12, CX + ux * 16, CY + uy * 16, n.out ? 1 : 0)}
                  stroke-width={width(n.in)}
                  marker-end="url(#ego-arrow-in)"
                />
              ) : null}
              {n.other && !n.out && !n.in ? (
                <path
                  class="link other"
                  d={curve(CX + ux * 16, CY + uy * 16, nx - ux * 9, ny - uy * 9, 0)}
                  stroke-width={width(n.other)}
                />
              ) : null}
              <a href={href('actor', n.id)}>
                <circle
                  cx={nx}
                  cy={ny}
                  r={8}
                  fill={n.out ? '#fde2e2' : n.in ? '#dbe7fb' : '#eef1f5'}
                  stroke="#64748b"
                />
                <text
                  class="node-label"
                  x={nx + (labelRight ? 12 : -12)}
                  y={ny + 4}
                  text-anchor={labelRight ? 'start' : 'end'}
                >
                  {n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name}
                </text>
              </a>
            </g>
          );
        })}
        <circle cx={CX} cy={CY} r={14} fill="#1c2430" />
        <text class="node-label center-label" x={CX} y={CY + 30} text-anchor="middle">
          {name}
        </text>
      </svg>
      <ul class="chart-legend">
        <li>
          <span class="key key-out" /> supplies to
        </li>
        <li>
          <span class="key key-in" /> receives from
        </li>
        <li>
          <span class="key key-other" /> ties, attacks, brokering, sanctions
        </li>
      </ul>
    </figure>
  );
}
