import type { NetworkEdge, NetworkNode, Stage } from '../types.js';
import { TRANSFER_STAGES } from '../vocab.js';
import { countryCentroid } from './countries.js';

/** Transfers between two countries: every network link from an actor of one to an actor of the other. */
export interface Arc {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly weight: number;
  readonly assertionIds: readonly string[];
  readonly stage: Stage;
  /** Only legs through intermediaries. */
  readonly via: boolean;
  readonly links: readonly NetworkEdge[];
}

export interface Arcs {
  readonly arcs: Arc[];
  /** Links inside one country (no arc to draw). */
  readonly domestic: NetworkEdge[];
  /** Links with a side of unknown country, or a country the atlas does not draw. */
  readonly unplaced: NetworkEdge[];
}

export function arcsOf(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): Arcs {
  const country = new Map(nodes.map((n) => [n.id, n.country]));
  const byPair = new Map<string, { from: string; to: string; links: NetworkEdge[] }>();
  const domestic: NetworkEdge[] = [];
  const unplaced: NetworkEdge[] = [];
  for (const e of edges) {
    const from = country.get(e.source);
    const to = country.get(e.target);
    if (!from || !to || !countryCentroid(from) || !countryCentroid(to)) unplaced.push(e);
    else if (from === to) domestic.push(e);
    else {
      const key = `${from}->${to}`;
      const pair = byPair.get(key) ?? { from, to, links: [] };
      pair.links.push(e);
      byPair.set(key, pair);
    }
  }
  const order = (s: Stage) => TRANSFER_STAGES.indexOf(s as (typeof TRANSFER_STAGES)[number]);
  const arcs = [...byPair.entries()].map(([key, { from, to, links }]) => ({
    key,
    from,
    to,
    links,
    weight: links.reduce((n, l) => n + l.weight, 0),
    assertionIds: [...new Set(links.flatMap((l) => [...l.assertionIds, ...(l.viaAssertionIds ?? [])]))],
    stage: links.map((l) => l.strongestStage).reduce((a, b) => (order(b) > order(a) ? b : a)),
    via: links.every((l) => l.via && !l.direct),
  }));
  // Thin arcs on top, so a thick one never hides them.
  arcs.sort((a, b) => b.weight - a.weight);
  return { arcs, domestic, unplaced };
}
