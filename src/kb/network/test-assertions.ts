import type { ClaimType, Stage } from '../../extract/claims/claim.js';
import type { EntityType, ItemCategory } from '../../extract/gazetteer/entry.js';
import type { Assertion, KbEntity, ReviewStatus } from '../model.js';
import { mulberry32 } from './network-metrics.js';

/** Test helpers: assertions and entities built in code, only the fields the network reads set with care. */

export type TransferSpec = {
  type?: ClaimType;
  stage?: Stage | null;
  supplier?: string;
  recipient?: string;
  intermediaries?: string[];
  endUsers?: string[];
  independent?: number;
  credibility?: number;
  contradicted?: boolean;
  review?: ReviewStatus;
  /** [start, end] ISO days. */
  when?: [string, string] | null;
  firstSeen?: string | null;
  items?: ItemCategory[];
};

export function assertion(id: string, spec: TransferSpec): Assertion {
  const independent = spec.independent ?? 1;
  return {
    id,
    type: spec.type ?? 'arms_transfer',
    stage: spec.stage === undefined ? 'delivery' : spec.stage,
    ...(spec.supplier !== undefined && { supplier: spec.supplier }),
    ...(spec.recipient !== undefined && { recipient: spec.recipient }),
    ...(spec.intermediaries && { intermediaries: spec.intermediaries }),
    ...(spec.endUsers && { end_users: spec.endUsers }),
    items: (spec.items ?? []).map((category) => ({ text: category, category })),
    when: spec.when ? { start: spec.when[0], end: spec.when[1] } : null,
    where: [],
    firstSeen: spec.firstSeen === undefined ? null : spec.firstSeen,
    lastSeen: spec.firstSeen === undefined ? null : spec.firstSeen,
    modality: { strongest: 'reported', weakest: 'reported', all: ['reported'] },
    contradicted: spec.contradicted ?? false,
    sources: { independent, outlets: [], attributed: [], stories: independent, articles: independent },
    credibility: { rating: 3, score: spec.credibility ?? 0.5, why: 'test' },
    review: spec.review ?? 'unreviewed',
    claims: [],
  };
}

/** A transfer from `supplier` to `recipient`. */
export const transfer = (
  id: string,
  supplier: string,
  recipient: string,
  spec: TransferSpec = {},
): Assertion => assertion(id, { supplier, recipient, ...spec });

export const entity = (
  id: string,
  name: string,
  type: EntityType,
  country: string | null = null,
): KbEntity => ({
  id,
  name,
  type,
  country,
  aliases: [],
  mergedFrom: [],
});

export const ENTITIES: readonly KbEntity[] = [
  entity('state:PRK', 'North Korea', 'state', 'PRK'),
  entity('state:IRN', 'Iran', 'state', 'IRN'),
  entity('state:RUS', 'Russia', 'state', 'RUS'),
  entity('state:SYR', 'Syria', 'state', 'SYR'),
  entity('group:hamas', 'Hamas', 'armed_group', 'PSE'),
  entity('group:hezbollah', 'Hezbollah', 'armed_group', 'LBN'),
  entity('group:houthis', 'Houthis', 'armed_group', 'YEM'),
  entity('group:wagner', 'Wagner Group', 'armed_group', 'RUS'),
  entity('company:cedar-trading', 'Cedar Trading SARL', 'company', 'LBN'),
  entity('company:hk-shell', 'Golden Harbour Ltd', 'company', 'HKG'),
];

/**
 * Three unconnected clusters: North Korea → (a Lebanese trading company, once also a Hong Kong shell) →
 * Hamas; Iran → Hezbollah and an interdicted Iran → Houthis; Russia → Syria (two deliveries and an
 * agreement) and an undated Russia → Wagner. Plus what must stay out: a rejected Iran → Hamas (it would
 * join two clusters), a sanction, a transfer naming no recipient.
 */
export const SCENARIO: readonly Assertion[] = [
  transfer('a01', 'state:PRK', 'group:hamas', {
    intermediaries: ['company:cedar-trading'],
    independent: 2,
    credibility: 0.7,
    when: ['2023-09-01', '2023-09-30'],
    items: ['rockets'],
  }),
  transfer('a02', 'state:IRN', 'group:hezbollah', {
    independent: 3,
    credibility: 0.9,
    firstSeen: '2022-03-02T08:00:00Z',
    items: ['missiles'],
  }),
  transfer('a03', 'state:RUS', 'state:SYR', {
    independent: 2,
    credibility: 0.6,
    when: ['2016-01-01', '2016-12-31'],
    items: ['aircraft'],
  }),
  transfer('a04', 'state:RUS', 'state:SYR', {
    independent: 1,
    credibility: 0.8,
    contradicted: true,
    when: ['2017-05-01', '2017-05-31'],
    items: ['aircraft', 'air_defence'],
  }),
  transfer('a05', 'state:RUS', 'state:SYR', {
    stage: 'agreement',
    independent: 1,
    when: ['2015-08-01', '2015-08-31'],
  }),
  transfer('a06', 'state:IRN', 'group:hamas', { review: 'rejected', independent: 5 }),
  transfer('a07', 'state:IRN', 'group:houthis', {
    stage: 'interdiction',
    independent: 2,
    when: ['2024-01-11', '2024-01-11'],
    items: ['missiles'],
  }),
  transfer('a08', 'state:PRK', 'group:hamas', {
    stage: 'negotiation',
    intermediaries: ['company:hk-shell', 'company:cedar-trading'],
    endUsers: ['group:hamas'],
    independent: 1,
    when: ['2023-01-01', '2023-01-31'],
    items: ['small_arms'],
  }),
  assertion('a09', { type: 'sanction', stage: 'imposition' }),
  assertion('a10', { supplier: 'state:IRN' }),
  transfer('a11', 'state:RUS', 'group:wagner', { independent: 1 }),
];

/**
 * A random supply network: `count` transfers among `nodes` entities (`n0` … `n{nodes-1}`), a fifth of them
 * through one or two intermediaries, 0–4 independent sources each. With `hubs`, three picks in ten fall on
 * `n0` … `n{hubs-1}`: busy brokers, many paths. Seeded: the same arguments, the same assertions.
 */
export function generatedAssertions(nodes: number, count: number, seed: number, hubs = 0): Assertion[] {
  const rng = mulberry32(seed);
  const pick = () => `n${Math.floor(rng() * (hubs > 0 && rng() < 0.3 ? hubs : nodes))}`;
  const stages = ['negotiation', 'agreement', 'payment', 'delivery', 'interdiction'] as const;
  const out: Assertion[] = [];
  for (let i = 0; i < count; i++) {
    const supplier = pick();
    let recipient = pick();
    while (recipient === supplier) recipient = pick();
    const hops = rng() < 0.2 ? 1 + Math.floor(rng() * 2) : 0;
    const intermediaries = Array.from({ length: hops }, pick);
    out.push(
      transfer(`g${String(i).padStart(6, '0')}`, supplier, recipient, {
        stage: stages[Math.floor(rng() * stages.length)] ?? 'delivery',
        ...(hops > 0 && { intermediaries }),
        independent: Math.floor(rng() * 5),
        credibility: Math.round(rng() * 100) / 100,
      }),
    );
  }
  return out;
}
