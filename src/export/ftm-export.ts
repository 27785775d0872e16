import { createHash } from 'node:crypto';
import type { EntityType } from '../extract/gazetteer/entry.js';
import type { Assertion, ClaimRecord, EvidenceRef, KbEntity, KbSnapshot } from '../kb/model.js';
import { articleLink, evidenceLink } from './evidence-link.js';
import { alpha2Of } from './iso-country.js';
import {
  type ArticleSummary,
  articlesOf,
  claimsByKey,
  compareStrings,
  countryOf,
  distinct,
  type EntityIndex,
  idsIn,
  indexEntities,
  nameOf,
  ROLE_FIELDS,
  type RoleField,
} from './snapshot-index.js';

/**
 * The knowledge base as FollowTheMoney entities (JSON lines of `{id, schema, properties}`), which Aleph,
 * OpenAleph and the `ftm` tools load beside company registries and leaks:
 * - actors → `PublicBody` (states, government bodies, military units: FtM has no schema for a state, and
 *   what supplies arms is its government), `Organization` (armed groups, organizations, outlets),
 *   `Company`, `Person`; places and weapons are not entities (see Event below);
 * - each assertion → an `Event`. FtM has no arms-transfer schema. `Payment` is money only, `ContractAward`
 *   needs a contract, and `UnknownLink`/`Representation` join exactly two parties and, being intervals but
 *   not things, cannot be the subject of a `Note`. `Event` is an interval and a thing: it takes any number
 *   of `involved` parties (supplier, recipient, brokers, end users), dates, a `location`, `proof` (the
 *   articles) and notes. Which party did what is spelled out in its name, summary and description;
 *   items go in `keywords`;
 * - each article → an `Article` (publisher, date, `sourceUrl`);
 * - each evidence span → a `Note` on the event: the sentence, with the modality and sources as summary,
 *   the article as `proof`, the evidence link in `notes`.
 * Ids are `armstrace-` and a SHA-1 of the armstrace id: FtM ids allow only letters, digits, `.` and `-`.
 */

export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

export function ftmId(kind: 'entity' | 'assertion' | 'article' | 'evidence', armstraceId: string): string {
  return `armstrace-${createHash('sha1').update(`${kind}:${armstraceId}`).digest('hex')}`;
}

const SCHEMA: Partial<Record<EntityType, string>> = {
  state: 'PublicBody',
  government_body: 'PublicBody',
  military_unit: 'PublicBody',
  armed_group: 'Organization',
  organization: 'Organization',
  outlet: 'Organization',
  company: 'Company',
  person: 'Person',
};

/** FtM `country` values: ISO 3166-1 alpha-2, lower case. */
const ftmCountry = (alpha3: string | null): string[] => {
  const alpha2 = alpha3 ? alpha2Of(alpha3) : null;
  return alpha2 ? [alpha2.toLowerCase()] : [];
};

/** Properties without empty values; FtM values are lists of strings. */
function properties(
  values: Record<string, readonly (string | null | undefined)[]>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(values)) {
    const kept = distinct(list.filter((v): v is string => !!v));
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

function actorEntity(entity: KbEntity, schema: string): FtmEntity {
  return {
    id: ftmId('entity', entity.id),
    schema,
    properties: properties({
      name: [entity.name],
      alias: entity.aliases.map((a) => a.alias).filter((a) => a !== entity.name),
      country: ftmCountry(countryOf(entity)),
      notes: [`armstrace id: ${entity.id}`],
    }),
  };
}

const dateOf = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null);

const ROLE_LABEL: Readonly<Record<RoleField, string>> = {
  supplier: 'Supplier',
  recipient: 'Recipient',
  intermediaries: 'Via',
  end_users: 'End users',
  interdicted_by: 'Interdicted by',
  seizer: 'Seized by',
  actor: 'Actor',
  target: 'Target',
  parties: 'Parties',
};

const TYPE_LABEL: Readonly<Record<Assertion['type'], string>> = {
  arms_transfer: 'Arms transfer',
  arms_seizure: 'Arms seizure',
  attack: 'Attack',
  ties: 'Ties',
  sanction: 'Sanction',
};

function eventName(a: Assertion, entities: EntityIndex): string {
  const names = (roles: readonly RoleField[]) =>
    roles.flatMap((r) => idsIn(a, r).map((id) => nameOf(entities, id))).join(', ');
  const from = names(['supplier', 'seizer', 'actor']);
  const to = names(['recipient', 'target']);
  const via = names(['intermediaries']);
  const who =
    a.type === 'ties'
      ? names(['parties']).replaceAll(', ', ' – ')
      : `${from || '?'} → ${to || '?'}${via ? ` via ${via}` : ''}`;
  return `${TYPE_LABEL[a.type]}${a.stage ? ` (${a.stage})` : ''}: ${who}`;
}

function eventDescription(a: Assertion, entities: EntityIndex): string {
  const roles = ROLE_FIELDS.flatMap((role) => {
    const ids = idsIn(a, role);
    return ids.length > 0
      ? [`${ROLE_LABEL[role]}: ${ids.map((id) => nameOf(entities, id)).join(', ')}.`]
      : [];
  });
  const items = a.items.map(
    (i) =>
      `${i.text} (${i.category}${i.designation && i.designation !== i.text ? `, ${i.designation}` : ''})`,
  );
  return [...roles, ...(items.length > 0 ? [`Items: ${items.join('; ')}.`] : [])].join(' ');
}

function eventSummary(a: Assertion): string {
  const weakest = a.modality.weakest === a.modality.strongest ? '' : ` (weakest: ${a.modality.weakest})`;
  const contradicted = a.contradicted ? ', contradicted' : '';
  return `Modality: ${a.modality.strongest}${weakest}${contradicted}. Credibility ${a.credibility.rating}: ${a.credibility.why}. Analyst review: ${a.review}.`;
}

function eventEntity(a: Assertion, entities: EntityIndex, exported: ReadonlySet<string>): FtmEntity {
  const claims = claimsByKey(a);
  const involved = ROLE_FIELDS.flatMap((role) => idsIn(a, role)).filter((id) => exported.has(id));
  const places = a.where.map((id) => entities.get(id));
  const sameDay = a.when && a.when.start === a.when.end;
  return {
    id: ftmId('assertion', a.id),
    schema: 'Event',
    properties: properties({
      name: [eventName(a, entities)],
      summary: [eventSummary(a)],
      description: [eventDescription(a, entities)],
      involved: involved.map((id) => ftmId('entity', id)),
      date: [sameDay ? dateOf(a.when?.start) : null],
      startDate: [sameDay ? null : dateOf(a.when?.start)],
      endDate: [sameDay ? null : dateOf(a.when?.end)],
      location: a.where.map((id) => nameOf(entities, id)),
      country: places.flatMap((p) => ftmCountry(p?.country ?? null)),
      keywords: a.items.flatMap((i) => [i.designation, i.category]),
      publisher: a.sources.outlets.map((o) => o.outlet),
      sourceUrl: claims.map((c) => c.url),
      proof: claims.map((c) => ftmId('article', c.articleId)),
      recordId: [a.id],
      notes: claims.flatMap((c) => c.evidence.map(evidenceLink)),
    }),
  };
}

function articleEntity(article: ArticleSummary): FtmEntity {
  return {
    id: ftmId('article', article.articleId),
    schema: 'Article',
    properties: properties({
      name: [`${article.outlet ?? 'Unknown outlet'}, article ${article.articleId}`],
      publisher: [article.outlet],
      publishedAt: [dateOf(article.published)],
      sourceUrl: [article.url],
      notes: [articleLink(article.articleId, article.version)],
    }),
  };
}

function noteEntity(a: Assertion, record: ClaimRecord, ref: EvidenceRef): FtmEntity {
  const link = evidenceLink(ref);
  const who = record.claim.sources.map((s) => s.text);
  return {
    id: ftmId('evidence', `${record.key}@${link}`),
    schema: 'Note',
    properties: properties({
      name: [`Evidence: ${record.outlet ?? 'article'} ${record.articleId} [${ref.start}-${ref.end}]`],
      description: [ref.text],
      summary: [
        `${record.claim.modality}: ${who.length > 0 ? who.join('; ') : (record.outlet ?? 'the article')}`,
      ],
      entity: [ftmId('assertion', a.id)],
      proof: [ftmId('article', record.articleId)],
      publisher: [record.outlet],
      sourceUrl: [record.url],
      notes: [link],
    }),
  };
}

export function buildFtmEntities(snapshot: KbSnapshot): FtmEntity[] {
  const entities = indexEntities(snapshot);
  const actors = [...snapshot.entities]
    .sort((a, b) => compareStrings(a.id, b.id))
    .flatMap((e) => {
      const schema = SCHEMA[e.type];
      return schema ? [actorEntity(e, schema)] : [];
    });
  const exported = new Set(snapshot.entities.filter((e) => SCHEMA[e.type]).map((e) => e.id));
  const assertions = [...snapshot.assertions].sort((a, b) => compareStrings(a.id, b.id));
  const events = assertions.map((a) => eventEntity(a, entities, exported));
  const articles = articlesOf(snapshot).map(articleEntity);
  const notes = assertions.flatMap((a) =>
    claimsByKey(a).flatMap((record) => record.evidence.map((ref) => noteEntity(a, record, ref))),
  );
  return [...actors, ...articles, ...events, ...notes];
}

/** One entity per line, each line ended by LF. */
export function exportFtm(snapshot: KbSnapshot): string {
  return buildFtmEntities(snapshot)
    .map((e) => `${JSON.stringify(e)}\n`)
    .join('');
}
