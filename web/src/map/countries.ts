import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import iso from '../../../data/iso-country-codes.json' with { type: 'json' };

/**
 * Countries of the bundled world atlas (Natural Earth 1:110m, via world-atlas), found by the ISO alpha-3
 * codes the knowledge base keeps: world-atlas features carry the numeric code, data/iso-country-codes.json
 * maps one to the other. Nothing is fetched: the atlas is part of the bundle.
 */
export type Country = Feature<Geometry, { name: string }>;

const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
export const COUNTRIES = feature(topology, topology.objects.countries) as FeatureCollection<
  Geometry,
  { name: string }
>;

const CODES = (iso as { countries: Record<string, { numeric?: string; name: string }> }).countries;
// Places the atlas draws without an ISO number.
const BY_NAME: Record<string, string> = { XKX: 'Kosovo' };

const byNumeric = new Map<string, Country>();
const byName = new Map<string, Country>();
for (const f of COUNTRIES.features) {
  if (f.id !== undefined) byNumeric.set(String(f.id), f);
  byName.set(f.properties.name, f);
}

/** The atlas feature of a country (alpha-3), or null when the 1:110m atlas does not draw it. */
export function countryFeature(alpha3: string): Country | null {
  const numeric = CODES[alpha3]?.numeric;
  return (numeric && byNumeric.get(numeric)) || byName.get(BY_NAME[alpha3] ?? '') || null;
}

export function countryName(alpha3: string): string {
  return CODES[alpha3]?.name ?? alpha3;
}

const centroids = new Map<string, [number, number] | null>();

/** Where a country's arcs start and end: the centroid of its largest polygon (not of its overseas parts). */
export function countryCentroid(alpha3: string): [number, number] | null {
  if (centroids.has(alpha3)) return centroids.get(alpha3) ?? null;
  const f = countryFeature(alpha3);
  let point: [number, number] | null = null;
  if (f) {
    const geometry = f.geometry;
    if (geometry.type === 'MultiPolygon') {
      const polygons = (geometry as MultiPolygon).coordinates.map(
        (coordinates) => ({ type: 'Polygon', coordinates }) as Polygon,
      );
      const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
      point = geoCentroid(largest) as [number, number];
    } else point = geoCentroid(f) as [number, number];
  }
  centroids.set(alpha3, point);
  return point;
}
