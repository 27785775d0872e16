import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { STAGE_COLORS } from '../vocab.js';
import type { Arc } from './arcs.js';
import { COUNTRIES, countryCentroid, countryFeature, countryName } from './countries.js';

const W = 960;
const H = 540;
const PAD = 36;

/**
 * The world (Natural Earth projection) with transfers as arcs from the supplier's country to the
 * recipient's: colour by the furthest stage, width by independent sources, dashed through intermediaries.
 * Fitted to the countries involved unless `world` is asked for.
 */
export function WorldMap({
  arcs,
  world,
  selected,
  linkOf,
}: {
  arcs: readonly Arc[];
  world: boolean;
  selected: string | null;
  /** Where an arc leads: the page with that arc chosen. */
  linkOf: (key: string) => string;
}) {
  const involved = [...new Set(arcs.flatMap((a) => [a.from, a.to]))];
  const focus: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: involved.map(countryFeature).filter((f): f is NonNullable<typeof f> => !!f),
  };
  const projection = geoNaturalEarth1();
  const fitWorld = () =>
    projection.fitExtent(
      [
        [PAD, PAD],
        [W - PAD, H - PAD],
      ],
      { type: 'Sphere' },
    );
  const points = involved.map(countryCentroid).filter((p): p is [number, number] => !!p);
  fitWorld();
  if (!world && points.length) {
    const world0 = projection.scale();
    // Fitted to the countries' centres with room around them, not closer than a region.
    projection.fitExtent(
      [
        [PAD * 5, PAD * 3],
        [W - PAD * 5, H - PAD * 3],
      ],
      { type: 'MultiPoint', coordinates: points },
    );
    if (!(projection.scale() <= world0 * 5)) {
      const centre = projection.invert?.([W / 2, H / 2]);
      projection.scale(world0 * 5);
      const p = centre && projection(centre);
      if (p) {
        const [tx, ty] = projection.translate();
        projection.translate([tx + W / 2 - p[0], ty + H / 2 - p[1]]);
      }
    }
    if (projection.scale() < world0) fitWorld();
  }
  const path = geoPath(projection);
  const point = (alpha3: string) => {
    const c = countryCentroid(alpha3);
    return c ? projection(c) : null;
  };
  const width = (w: number) => 1.5 + Math.log2(1 + w) * 2;
  const involvedFeatures = new Set(focus.features);
  return (
    <svg class="map-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Transfers between countries">
      <defs>
        {Object.entries(STAGE_COLORS).map(([stage, color]) => (
          <marker
            key={stage}
            id={`arrow-${stage}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
      <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
      <path class="graticule" d={path(geoGraticule10()) ?? ''} />
      {COUNTRIES.features.map((f, i) => (
        <path
          key={`${f.id ?? f.properties.name}-${i}`}
          class={`country${involvedFeatures.has(f) ? ' involved' : ''}`}
          d={path(f) ?? ''}
        >
          <title>{f.properties.name}</title>
        </path>
      ))}
      {arcs.map((arc) => {
        const a = point(arc.from);
        const b = point(arc.to);
        if (!a || !b) return null;
        const [x1, y1] = a;
        const [x2, y2] = b;
        const dx = x2 - x1;
        const dy = y2 - y1;
        const len = Math.hypot(dx, dy) || 1;
        // Bend to the left of the direction of travel: A → B and B → A stay apart.
        const bend = Math.min(0.3 * len, 120);
        const cx = (x1 + x2) / 2 + (dy / len) * bend;
        const cy = (y1 + y2) / 2 - (dx / len) * bend;
        const d = `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
        const label = `${countryName(arc.from)} → ${countryName(arc.to)}: ${arc.stage}, ${arc.weight} independent source(s), ${arc.assertionIds.length} assertion(s)${arc.via ? ', through an intermediary' : ''}`;
        return (
          <g key={arc.key} data-arc={arc.key}>
            <path
              class={`arc${arc.via ? ' via' : ''}${selected === arc.key ? ' selected' : ''}`}
              d={d}
              stroke={STAGE_COLORS[arc.stage]}
              stroke-width={width(arc.weight)}
              marker-end={`url(#arrow-${arc.stage})`}
            />
            <a href={linkOf(arc.key)} aria-label={label}>
              <path class="arc-hit" d={d}>
                <title>{label}</title>
              </path>
            </a>
          </g>
        );
      })}
      {placeLabels(involved.map((code) => ({ code, at: point(code) }))).map(({ code, at, label }) => (
        <g key={code}>
          <circle class="country-dot" cx={at[0]} cy={at[1]} r={3.5} />
          <text class="country-label" x={label[0]} y={label[1]} text-anchor={label[2]}>
            {countryName(code)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * Country labels placed greedily where they overlap no label placed before: above right of the dot, else
 * below right, above left, below left.
 */
function placeLabels(
  items: { code: string; at: [number, number] | null }[],
): { code: string; at: [number, number]; label: [number, number, 'start' | 'end'] }[] {
  const boxes: [number, number, number, number][] = [];
  const out: { code: string; at: [number, number]; label: [number, number, 'start' | 'end'] }[] = [];
  const placed = items.filter((i): i is { code: string; at: [number, number] } => !!i.at);
  placed.sort((a, b) => a.at[1] - b.at[1]);
  for (const { code, at } of placed) {
    const w = countryName(code).length * 6.6 + 4;
    const h = 13;
    const [x, y] = at;
    const options: [number, number, 'start' | 'end'][] = [
      [x + 6, y - 6, 'start'],
      [x + 6, y + 15, 'start'],
      [x - 6, y - 6, 'end'],
      [x - 6, y + 15, 'end'],
      [x + 6, y + 29, 'start'],
      [x - 6, y - 20, 'end'],
    ];
    const box = ([lx, ly, anchor]: [number, number, 'start' | 'end']): [number, number, number, number] =>
      anchor === 'start' ? [lx, ly - h + 2, lx + w, ly + 2] : [lx - w, ly - h + 2, lx, ly + 2];
    const free = (b: [number, number, number, number]) =>
      boxes.every(([x0, y0, x1, y1]) => b[2] <= x0 || b[0] >= x1 || b[3] <= y0 || b[1] >= y1);
    const choice = options.find((o) => free(box(o))) ?? (options[0] as [number, number, 'start' | 'end']);
    boxes.push(box(choice));
    out.push({ code, at, label: choice });
  }
  return out;
}
