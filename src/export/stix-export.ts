import { createHash } from 'node:crypto';
import type { Claim } from '../extract/claims/claim.js';
import type { EntityType } from '../extract/gazetteer/entry.js';
import type { Assertion, ClaimRecord, EvidenceRef, KbEntity, KbSnapshot, ReviewStatus } from '../kb/model.js';
import { articleLink, evidenceLink } from './evidence-link.js';
import { alpha2Of, countryNameOf } from './iso-country.js';
import {
  type ArticleSummary,
  articlesOf,
  claimsByKey,
  compareStrings,
  countryOf,
  distinct,
  type EntityIndex,
  entityIdsOf,
  idsIn,
  indexEntities,
  nameOf,
} from './snapshot-index.js';
import { uuidV5 } from './uuid-v5.js';

/**
 * The knowledge base as a STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP, TAXII):
 * - states, companies, organizations, government bodies, units, outlets → `identity` (`organization`),
 *   people → `identity` (`individual`); armed groups → `threat-actor`;
 * - places → `location` (name and country), and each country an actor belongs to → a `location`, the actor
 *   `located-at` it. A place whose country is unknown has no `location`: STIX requires a country, region
 *   or coordinates, and the read model has none of them for it;
 * - each assertion → a `relationship` (custom types, lowercase-hyphenated as the spec allows:
 *   `supplies-arms-to`, `attacks`, `sanctions`, `lifts-sanctions-on`, `affiliated-with`), `confidence`
 *   0–100 from the credibility score, the other roles, stage, modality, sources and credibility as
 *   `x_armstrace_*` properties. Weapons are not STIX objects: no SDO fits (`tool`, `malware` and
 *   `infrastructure` are cyber), so the items ride on the relationship as `x_armstrace_items`;
 * - each article → a `report` (published date, article URL) referring to all it supports;
 * - each evidence span → a `note` on the relationship and the report: the sentence, and as abstract the
 *   modality and who says so;
 * - analyst reviews → `opinion` (confirmed: strongly-agree, corrected: agree, rejected: disagree).
 * Ids are UUIDv5 of the armstrace id each object comes from (kept as `x_armstrace_id`), and `created` /
 * `modified` come from the data (first and last seen), so one snapshot always exports byte-identically.
 */

/** The namespace of every armstrace STIX id. Fixed forever: changing it changes every exported id. */
export const STIX_NAMESPACE = '88d7cd08-74a7-4b94-bb25-c5af9df8ed1b';

export function stixId(type: string, armstraceId: string): string {
  return `${type}--${uuidV5(armstraceId, STIX_NAMESPACE)}`;
}

export type StixObject = { readonly type: string; readonly id: string } & Record<string, unknown>;

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

// ---------------------------------------------------------------------------------------------- times

const DAY_MS = 86_400_000;

/** A STIX timestamp (UTC, milliseconds) from an ISO date or date-time; a time without a zone is UTC. */
export function stixTimestamp(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = /^\d{4}$/.test(iso) ? `${iso}-01-01` : /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso;
  const zoned = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `${date}T00:00:00Z`
    : /(Z|[+-]\d{2}:?\d{2})$/i.test(date)
      ? date
      : `${date}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The last millisecond of the day (or month, or year) an ISO date names. */
function endOf(iso: string): string | null {
  const start = stixTimestamp(iso);
  if (!start) return null;
  const next = /^\d{4}$/.test(iso)
    ? `${Number(iso) + 1}-01-01`
    : /^\d{4}-\d{2}$/.test(iso)
      ? new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 1)).toISOString()
      : new Date(Date.parse(start) + DAY_MS).toISOString();
  return new Date(Date.parse(stixTimestamp(next) as string) - 1).toISOString();
}

interface Times {
  readonly created: string;
  readonly modified: string;
}

/** Earliest and latest of some dates, else the fallback (the snapshot's earliest date). */
function timesOf(dates: readonly (string | null | undefined)[], fallback: string): Times {
  const stamps = dates
    .map(stixTimestamp)
    .filter((t): t is string => t !== null)
    .sort();
  return { created: stamps[0] ?? fallback, modified: stamps.at(-1) ?? fallback };
}

// ---------------------------------------------------------------------------------------------- context

/** What building the objects needs to know, computed once per export. */
interface Context {
  readonly entities: EntityIndex;
  /** STIX id of each armstrace entity that has an object (weapons and country-less places have none). */
  readonly objectOf: ReadonlyMap<string, string>;
  readonly producer: string;
  readonly analysts: string;
  /** The earliest date in the snapshot: the `created` of objects no date belongs to. */
  readonly epoch: string;
}

const common = (type: string, armstraceId: string, createdBy: string, times: Times) => ({
  type,
  spec_version: '2.1',
  id: stixId(type, armstraceId),
  created_by_ref: createdBy,
  created: times.created,
  modified: times.modified,
});

const refsOf = (ctx: Context, ids: readonly string[]): string[] =>
  distinct(ids.flatMap((id) => (ctx.objectOf.has(id) ? [ctx.objectOf.get(id) as string] : [])));

/** Custom properties only when they say something: STIX lists must not be empty. */
function present(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(
      ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

const confidenceOf = (score: number): number => Math.max(0, Math.min(100, Math.round(score * 100)));

// ---------------------------------------------------------------------------------------------- actors

const IDENTITY_CLASS: Partial<Record<EntityType, string>> = {
  state: 'organization',
  government_body: 'organization',
  military_unit: 'organization',
  organization: 'organization',
  company: 'organization',
  outlet: 'organization',
  person: 'individual',
};

// industry-sector-ov, where the entity type says it.
const SECTORS: Partial<Record<EntityType, string[]>> = {
  state: ['government-national'],
  government_body: ['government-national'],
  military_unit: ['defense'],
};

/** The STIX type an entity becomes, or null when it becomes none. */
function stixTypeOf(entity: KbEntity): string | null {
  if (entity.type === 'armed_group') return 'threat-actor';
  if (entity.type === 'location') return alpha2Of(entity.country ?? '') ? 'location' : null;
  return IDENTITY_CLASS[entity.type] ? 'identity' : null;
}

const countryKey = (alpha3: string) => `country:${alpha3}`;

function entityObject(ctx: Context, entity: KbEntity, type: string, times: Times): StixObject {
  const aliases = distinct(entity.aliases.map((a) => a.alias).filter((a) => a !== entity.name));
  const base = { ...common(type, entity.id, ctx.producer, times), name: entity.name };
  const own = { x_armstrace_id: entity.id, x_armstrace_type: entity.type };
  if (type === 'threat-actor') return { ...base, ...present({ aliases }), ...own };
  if (type === 'location') return { ...base, country: alpha2Of(entity.country ?? '') as string, ...own };
  return {
    ...base,
    identity_class: IDENTITY_CLASS[entity.type] as string,
    ...present({ sectors: SECTORS[entity.type] }),
    ...own,
    ...present({ x_armstrace_aliases: aliases }),
  };
}

function countryLocation(ctx: Context, alpha3: string, times: Times): StixObject {
  const state = ctx.entities.get(`state:${alpha3}`);
  return {
    ...common('location', countryKey(alpha3), ctx.producer, times),
    name: countryNameOf(alpha3) ?? state?.name ?? alpha3,
    country: alpha2Of(alpha3) as string,
    x_armstrace_id: countryKey(alpha3),
  };
}

function locatedAt(ctx: Context, entity: KbEntity, alpha3: string, times: Times): StixObject {
  const key = `located-at:${entity.id}`;
  return {
    ...common('relationship', key, ctx.producer, times),
    relationship_type: 'located-at',
    source_ref: ctx.objectOf.get(entity.id) as string,
    target_ref: stixId('location', countryKey(alpha3)),
    x_armstrace_id: key,
  };
}

// ---------------------------------------------------------------------------------------------- assertions

interface Link {
  readonly key: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
}

/**
 * The relationships an assertion becomes. A transfer runs from the supplier to the recipient; when one of
 * them is unnamed, from or to the nearest broker, so "X bought arms from North Korea" still links the two
 * it names. Ties with more than two parties link every two; the first pair keeps the assertion's id.
 */
function linksOf(a: Assertion): Link[] {
  const first = (ids: readonly (string | undefined)[]) => ids.find((id): id is string => !!id);
  switch (a.type) {
    case 'arms_transfer':
    case 'arms_seizure': {
      const via = idsIn(a, 'intermediaries');
      const source = first([idsIn(a, 'supplier')[0], ...via]);
      const target = first([idsIn(a, 'recipient')[0], ...[...via].reverse()]);
      return source && target && source !== target
        ? [{ key: a.id, type: 'supplies-arms-to', source, target }]
        : [];
    }
    case 'attack':
    case 'sanction': {
      const [source] = idsIn(a, 'actor');
      const [target] = idsIn(a, 'target');
      const type =
        a.type === 'attack' ? 'attacks' : a.stage === 'lifting' ? 'lifts-sanctions-on' : 'sanctions';
      return source && target && source !== target ? [{ key: a.id, type, source, target }] : [];
    }
    case 'ties': {
      const parties = idsIn(a, 'parties');
      const pairs = parties.flatMap((p, i) => parties.slice(i + 1).map((q) => [p, q] as const));
      return pairs.map(([source, target], i) => ({
        key: i === 0 ? a.id : `${a.id}#${source}|${target}`,
        type: 'affiliated-with',
        source,
        target,
      }));
    }
  }
}

function describeAssertion(ctx: Context, a: Assertion): string {
  const name = (id: string) => nameOf(ctx.entities, id);
  const roles = [
    ...idsIn(a, 'supplier').map((id) => `supplier ${name(id)}`),
    ...idsIn(a, 'recipient').map((id) => `recipient ${name(id)}`),
    ...idsIn(a, 'intermediaries').map((id) => `via ${name(id)}`),
    ...idsIn(a, 'end_users').map((id) => `end user ${name(id)}`),
    ...idsIn(a, 'interdicted_by').map((id) => `interdicted by ${name(id)}`),
    ...idsIn(a, 'seizer').map((id) => `seized by ${name(id)}`),
    ...idsIn(a, 'actor').map((id) => `actor ${name(id)}`),
    ...idsIn(a, 'target').map((id) => `target ${name(id)}`),
    ...idsIn(a, 'parties').map((id) => `party ${name(id)}`),
  ];
  const items = a.items.length > 0 ? `; items: ${a.items.map((i) => i.text).join(', ')}` : '';
  const stage = a.stage ? ` (${a.stage})` : '';
  const weakest = a.modality.weakest === a.modality.strongest ? '' : ` (weakest: ${a.modality.weakest})`;
  const contradicted = a.contradicted ? ', contradicted' : '';
  return `${a.type.replace('_', ' ')}${stage}: ${roles.join(', ')}${items}. Modality: ${a.modality.strongest}${weakest}${contradicted}. Credibility ${a.credibility.rating}: ${a.credibility.why}.`;
}

/** Links to the evidence and the articles, as STIX external references. */
function evidenceReferences(records: readonly ClaimRecord[]): Record<string, string>[] {
  const spans = records.flatMap((r) =>
    r.evidence.map((e) => ({ source_name: 'armstrace', url: evidenceLink(e), description: e.text })),
  );
  const articles = new Map<string, string>();
  for (const r of records) if (r.url && !articles.has(r.url)) articles.set(r.url, r.outlet ?? 'article');
  return [...spans, ...[...articles].map(([url, outlet]) => ({ source_name: outlet, url }))];
}

function relationshipObject(ctx: Context, a: Assertion, link: Link): StixObject | null {
  const source = ctx.objectOf.get(link.source);
  const target = ctx.objectOf.get(link.target);
  if (!source || !target) return null;
  const start = a.when ? stixTimestamp(a.when.start) : null;
  const stop = a.when ? endOf(a.when.end) : null;
  return {
    ...common('relationship', link.key, ctx.producer, timesOf([a.firstSeen, a.lastSeen], ctx.epoch)),
    relationship_type: link.type,
    description: describeAssertion(ctx, a),
    source_ref: source,
    target_ref: target,
    ...present({ start_time: start, stop_time: stop && start && stop > start ? stop : null }),
    confidence: confidenceOf(a.credibility.score),
    external_references: evidenceReferences(claimsByKey(a)),
    x_armstrace_id: link.key,
    x_armstrace_assertion_id: a.id,
    x_armstrace_claim_type: a.type,
    ...present({
      x_armstrace_stage: a.stage,
      x_armstrace_items: a.items.map((i) => ({
        text: i.text,
        category: i.category,
        ...(i.designation ? { designation: i.designation } : {}),
      })),
      x_armstrace_intermediary_refs: refsOf(ctx, idsIn(a, 'intermediaries')),
      x_armstrace_end_user_refs: refsOf(ctx, idsIn(a, 'end_users')),
      x_armstrace_interdicted_by_refs: refsOf(ctx, idsIn(a, 'interdicted_by')),
      x_armstrace_seizer_refs: refsOf(ctx, idsIn(a, 'seizer')),
      x_armstrace_where_refs: refsOf(ctx, a.where),
    }),
    x_armstrace_modality: a.modality.strongest,
    x_armstrace_weakest_modality: a.modality.weakest,
    x_armstrace_contradicted: a.contradicted,
    x_armstrace_independent_sources: a.sources.independent,
    x_armstrace_credibility: { ...a.credibility },
    x_armstrace_review: a.review,
  };
}

// ---------------------------------------------------------------------------------------------- articles

const claimEntityIds = (claim: Claim): string[] =>
  [
    claim.supplier,
    claim.recipient,
    ...(claim.intermediaries ?? []),
    ...(claim.end_users ?? []),
    claim.interdicted_by,
    claim.seizer,
    claim.actor,
    claim.target,
    ...(claim.parties ?? []),
    claim.where ?? undefined,
    ...claim.sources.map((s) => s.entity),
  ].filter((id): id is string => !!id);

const noteKey = (record: ClaimRecord, ref: EvidenceRef) => `${record.key}@${evidenceLink(ref)}`;
const articleKey = (articleId: string) => `article:${articleId}`;

function reportObject(
  ctx: Context,
  article: ArticleSummary,
  relationshipsOf: ReadonlyMap<string, string[]>,
  fallback: string,
): StixObject {
  const published = stixTimestamp(article.published);
  const when = published ?? fallback;
  const refs = distinct([
    ...article.claims.flatMap(({ assertion }) => relationshipsOf.get(assertion.id) ?? []),
    ...refsOf(
      ctx,
      article.claims.flatMap(({ record }) => claimEntityIds(record.claim)),
    ),
    ...article.claims.flatMap(({ record }) => record.evidence.map((e) => stixId('note', noteKey(record, e)))),
  ]);
  const key = articleKey(article.articleId);
  return {
    ...common('report', key, ctx.producer, { created: when, modified: when }),
    name: `${article.outlet ?? 'Unknown outlet'}, article ${article.articleId}`,
    published: when,
    object_refs: refs,
    external_references: [
      ...(article.url ? [{ source_name: article.outlet ?? 'article', url: article.url }] : []),
      {
        source_name: 'armstrace',
        external_id: article.articleId,
        url: articleLink(article.articleId, article.version),
      },
    ],
    x_armstrace_id: key,
    x_armstrace_version: article.version,
    // No publication date known: `published` is then the snapshot's earliest date, and says so here.
    ...(published ? {} : { x_armstrace_published_unknown: true }),
  };
}

function abstractOf(record: ClaimRecord): string {
  const who = record.claim.sources.map((s) => s.text);
  return `${record.claim.modality}: ${who.length > 0 ? who.join('; ') : (record.outlet ?? 'the article')}`;
}

function noteObject(
  ctx: Context,
  record: ClaimRecord,
  ref: EvidenceRef,
  assertion: Assertion,
  relationships: readonly string[],
): StixObject {
  const key = noteKey(record, ref);
  const when = stixTimestamp(record.published) ?? stixTimestamp(assertion.firstSeen) ?? ctx.epoch;
  // With no relationship (an assertion missing one side), the note says which actors it is about.
  const about = relationships.length > 0 ? relationships : refsOf(ctx, claimEntityIds(record.claim));
  return {
    ...common('note', key, ctx.producer, { created: when, modified: when }),
    abstract: abstractOf(record),
    content: ref.text,
    object_refs: distinct([...about, stixId('report', articleKey(record.articleId))]),
    external_references: [
      { source_name: 'armstrace', url: evidenceLink(ref) },
      ...(record.url ? [{ source_name: record.outlet ?? 'article', url: record.url }] : []),
    ],
    ...(record.claim.confidence !== undefined ? { confidence: confidenceOf(record.claim.confidence) } : {}),
    x_armstrace_id: key,
    x_armstrace_assertion_id: assertion.id,
    x_armstrace_claim_key: record.key,
    x_armstrace_modality: record.claim.modality,
    x_armstrace_review: record.review,
    ...(ref.field ? { x_armstrace_field: ref.field } : {}),
  };
}

// ---------------------------------------------------------------------------------------------- reviews

const OPINION: Partial<Record<ReviewStatus, string>> = {
  confirmed: 'strongly-agree',
  corrected: 'agree',
  rejected: 'disagree',
};

function opinionObject(
  ctx: Context,
  key: string,
  review: ReviewStatus,
  refs: readonly string[],
  when: string,
): StixObject | null {
  const opinion = OPINION[review];
  if (!opinion || refs.length === 0) return null;
  return {
    ...common('opinion', `review:${key}`, ctx.analysts, { created: when, modified: when }),
    explanation: `Analyst review in armstrace: ${review}.`,
    object_refs: [...refs],
    opinion,
    x_armstrace_id: `review:${key}`,
    x_armstrace_review: review,
  };
}

// ---------------------------------------------------------------------------------------------- bundle

export function buildStixBundle(snapshot: KbSnapshot): StixBundle {
  const entities = indexEntities(snapshot);
  const assertions = [...snapshot.assertions].sort((a, b) => compareStrings(a.id, b.id));
  const articles = articlesOf(snapshot);
  const epoch = timesOf(
    assertions.flatMap((a) => [a.firstSeen, ...a.claims.map((c) => c.published)]),
    stixTimestamp(snapshot.generatedAt) ?? '1970-01-01T00:00:00.000Z',
  ).created;

  const typed = [...snapshot.entities]
    .sort((a, b) => compareStrings(a.id, b.id))
    .flatMap((entity) => {
      const type = stixTypeOf(entity);
      return type ? [{ entity, type }] : [];
    });
  const ctx: Context = {
    entities,
    objectOf: new Map(typed.map(({ entity, type }) => [entity.id, stixId(type, entity.id)])),
    producer: stixId('identity', 'armstrace'),
    analysts: stixId('identity', 'armstrace:analysts'),
    epoch,
  };

  // An entity exists from the first article naming it to the last.
  const seen = new Map<string, (string | null)[]>();
  for (const a of assertions)
    for (const id of entityIdsOf(a)) seen.set(id, [...(seen.get(id) ?? []), a.firstSeen, a.lastSeen]);
  const entityTimes = (id: string) => timesOf(seen.get(id) ?? [], epoch);

  const producers: StixObject[] = [
    {
      ...common('identity', 'armstrace', ctx.producer, { created: epoch, modified: epoch }),
      name: 'armstrace',
      identity_class: 'system',
      description:
        'Extracts arms transfers and the networks behind them from news, each fact linked to its evidence.',
      x_armstrace_id: 'armstrace',
    },
    {
      ...common('identity', 'armstrace:analysts', ctx.producer, { created: epoch, modified: epoch }),
      name: 'armstrace analysts',
      identity_class: 'group',
      description: 'The analysts who review what armstrace extracted; their reviews are the opinions.',
      x_armstrace_id: 'armstrace:analysts',
    },
  ];

  const actors = typed.map(({ entity, type }) => entityObject(ctx, entity, type, entityTimes(entity.id)));
  const located = typed.flatMap(({ entity, type }) => {
    const alpha3 = type === 'location' ? null : countryOf(entity);
    return alpha3 && alpha2Of(alpha3) ? [{ entity, alpha3 }] : [];
  });
  const countries = distinct(located.map((l) => l.alpha3))
    .sort(compareStrings)
    .map((alpha3) => countryLocation(ctx, alpha3, { created: epoch, modified: epoch }));
  const placements = located.map(({ entity, alpha3 }) =>
    locatedAt(ctx, entity, alpha3, entityTimes(entity.id)),
  );

  const relationshipsOf = new Map<string, string[]>();
  const relationships = assertions.flatMap((a) => {
    const objects = linksOf(a).flatMap((link) => relationshipObject(ctx, a, link) ?? []);
    relationshipsOf.set(
      a.id,
      objects.map((o) => o.id),
    );
    return objects;
  });

  const reports = articles.map((article) => reportObject(ctx, article, relationshipsOf, epoch));

  const notes: StixObject[] = [];
  const opinions: StixObject[] = [];
  for (const a of assertions) {
    const rels = relationshipsOf.get(a.id) ?? [];
    const reviewedAt = stixTimestamp(a.lastSeen) ?? epoch;
    for (const record of claimsByKey(a)) {
      const claimNotes = record.evidence.map((ref) => noteObject(ctx, record, ref, a, rels));
      notes.push(...claimNotes);
      const opinion = opinionObject(
        ctx,
        record.key,
        record.review,
        claimNotes.map((n) => n.id),
        stixTimestamp(record.published) ?? reviewedAt,
      );
      if (opinion) opinions.push(opinion);
    }
    const opinion = opinionObject(ctx, a.id, a.review, rels, reviewedAt);
    if (opinion) opinions.push(opinion);
  }

  const objects = [
    ...producers,
    ...actors,
    ...countries,
    ...placements,
    ...relationships,
    ...reports,
    ...notes,
    ...opinions,
  ];
  // The bundle's id is a digest of what it holds: the same objects, the same bundle.
  const digest = createHash('sha1')
    .update(objects.map((o) => `${o.id}@${o.modified}`).join('\n'))
    .digest('hex');
  return { type: 'bundle', id: stixId('bundle', `bundle:${digest}`), objects };
}

/** The bundle as JSON text, two-space indented, ending in a newline. */
export function exportStix(snapshot: KbSnapshot): string {
  return `${JSON.stringify(buildStixBundle(snapshot), null, 2)}\n`;
}
