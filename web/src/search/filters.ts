import type { AssertionFilter } from '../api.js';

/** What the search page shows, as its URL holds it (`#/search?q=…&type=…&stage=…`). */
export interface Filters {
  readonly q: string;
  readonly type: readonly string[];
  readonly stage: readonly string[];
  readonly modality: readonly string[];
  readonly actor: string;
  readonly itemCategory: string;
  readonly since: string;
  readonly until: string;
  readonly outlet: string;
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

export function filtersFrom(params: URLSearchParams): Filters {
  return {
    q: params.get('q') ?? '',
    type: list(params.get('type')),
    stage: list(params.get('stage')),
    modality: list(params.get('modality')),
    actor: params.get('actor') ?? '',
    itemCategory: params.get('itemCategory') ?? '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    outlet: params.get('outlet') ?? '',
  };
}

export function paramsOf(filters: Filters): Record<string, string | readonly string[]> {
  return { ...filters };
}

/** The facets as the assertions API takes them. */
export function assertionFilterOf(f: Filters): AssertionFilter {
  return {
    type: f.type,
    stage: f.stage,
    modality: f.modality,
    ...(f.actor ? { involving: f.actor } : {}),
    ...(f.itemCategory ? { itemCategory: f.itemCategory } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(f.outlet ? { outlet: f.outlet } : {}),
  };
}

export const hasFacets = (f: Filters): boolean =>
  !!(
    f.type.length ||
    f.stage.length ||
    f.modality.length ||
    f.actor ||
    f.itemCategory ||
    f.since ||
    f.until ||
    f.outlet
  );

/** Article hits the outlet and date facets keep (the full-text index does not filter by them). */
export function keepsArticle(f: Filters, hit: { outlet: string | null; published: string | null }): boolean {
  if (f.outlet && (hit.outlet ?? '').toLowerCase() !== f.outlet.toLowerCase()) return false;
  const day = hit.published?.slice(0, 10) ?? '';
  if (f.since && (!day || day < f.since)) return false;
  if (f.until && (!day || day.slice(0, f.until.length) > f.until)) return false;
  return true;
}
