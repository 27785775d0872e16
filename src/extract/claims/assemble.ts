import type { EntityMention } from '../types.js';
import type { Claim, ClaimItem, ClaimSource, EvidenceSpan, Modality } from './claim.js';
import { CORE_ROLES, type Continuation } from './discourse.js';
import type { Frame, RoleName } from './frames.js';

/*
 * Frames become the contract's claims: one claim per type + roles + stage, carrying every sentence that
 * supports it. A role holding several entities ("smuggled to Hezbollah and Hamas") makes one claim per
 * entity, except `parties` (ties), `intermediaries` and `end_users`, which are lists in the contract.
 * A claim that lacks what its type needs to mean anything (a transfer without a recipient, an attack
 * without an attacker and a target) is dropped; so are planned or conditional attacks and ties (a threat
 * is not an attack, a hope for links is not a tie).
 */

const LIST_ROLES: ReadonlySet<RoleName> = new Set(['parties', 'intermediaries', 'end_users']);
const SINGLE_ROLES: readonly RoleName[] = [
  'supplier',
  'recipient',
  'interdicted_by',
  'seizer',
  'actor',
  'target',
];

/** How a merged claim's modality is chosen from its sentences': an authority's word, then a source's, … */
const MODALITY_PRECEDENCE: readonly Modality[] = [
  'confirmed',
  'denied',
  'reported',
  'asserted',
  'alleged',
  'intended',
  'conditional',
];

interface Draft {
  readonly type: Frame['type'];
  readonly stage: Frame['stage'];
  readonly roles: Map<RoleName, EntityMention[]>;
  readonly inherited: Set<RoleName>;
  readonly members: Frame[];
}

export interface AssembledClaims {
  readonly claims: Claim[];
  /** Entities the claims name that the mention layer did not find (attack targets such as "two ships"). */
  readonly madeEntities: { mention: EntityMention; field: 'text' | 'title' }[];
}

export function assembleClaims(
  articleId: string,
  published: string | null,
  frames: readonly Frame[],
  continuations: readonly Continuation[],
): AssembledClaims {
  const drafts = frames.filter(isEvent).flatMap((frame) => {
    const members = [frame, ...continuations.filter((c) => c.into === frame).map((c) => c.frame)];
    return expand(frame).map((roles) => ({
      type: frame.type,
      stage: frame.stage,
      roles,
      inherited: frame.inherited,
      members,
    }));
  });
  const merged = subsume(mergeByKey(drafts)).filter(isMeaningful);
  const claims = merged.map((d, i) => toClaim(articleId, published, d, i + 1));
  const used = new Set(claims.flatMap(roleIds));
  const madeEntities = merged
    .flatMap((d) => d.members.flatMap((m) => m.madeEntities.map((mention) => ({ mention, field: m.field }))))
    // The body names an entity better than a capitalised headline does.
    .sort((a, b) => (a.field === 'title' ? 1 : 0) - (b.field === 'title' ? 1 : 0))
    .filter((e) => used.has(e.mention.entityId));
  return { claims, madeEntities };
}

/**
 * A planned or conditional attack is no event ("equipment that would allow terrorists to better coordinate
 * their attacks"): it is no claim of its own, nor evidence for an attack another sentence states. (Ties
 * keep such sentences: a condition is read sentence-wide, and "signed a pact that includes a pledge of aid
 * if either is attacked" states the tie.)
 */
function isEvent(frame: Frame): boolean {
  return frame.type !== 'attack' || (frame.modality !== 'intended' && frame.modality !== 'conditional');
}

/** One role map per combination of single-valued roles. */
function expand(frame: Frame): Map<RoleName, EntityMention[]>[] {
  let out: Map<RoleName, EntityMention[]>[] = [new Map()];
  for (const [role, entities] of frame.roles) {
    if (LIST_ROLES.has(role)) {
      for (const m of out) m.set(role, entities);
      continue;
    }
    out = out.flatMap((m) => entities.map((e) => new Map([...m, [role, [e]]])));
  }
  return out;
}

const keyOf = (d: Draft): string =>
  [
    d.type,
    d.stage ?? '',
    ...SINGLE_ROLES.map((r) => d.roles.get(r)?.[0]?.entityId ?? ''),
    (d.roles.get('parties') ?? [])
      .map((e) => e.entityId)
      .sort()
      .join('+'),
  ].join('|');

function mergeByKey(drafts: readonly Draft[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const key = keyOf(d);
    const into = byKey.get(key);
    if (!into)
      byKey.set(key, {
        ...d,
        roles: new Map(d.roles),
        inherited: new Set(d.inherited),
        members: [...d.members],
      });
    else absorb(into, d);
  }
  return [...byKey.values()];
}

function absorb(into: Draft, d: Draft): void {
  for (const m of d.members) if (!into.members.includes(m)) into.members.push(m);
  for (const [role, entities] of d.roles) {
    const mine = into.roles.get(role);
    if (!mine) into.roles.set(role, entities);
    else if (LIST_ROLES.has(role))
      into.roles.set(role, [
        ...mine,
        ...entities.filter((e) => !mine.some((x) => x.entityId === e.entityId)),
      ]);
  }
  for (const r of [...into.inherited]) if (!d.inherited.has(r) && d.roles.has(r)) into.inherited.delete(r);
}

/** A claim naming fewer sides than another of its type and stage, and none differently, is part of it. */
function subsume(drafts: Draft[]): Draft[] {
  const out = [...drafts];
  for (const d of [...out].sort((a, b) => a.roles.size - b.roles.size)) {
    const wider = out.filter(
      (e) =>
        e !== d &&
        e.type === d.type &&
        e.stage === d.stage &&
        e.roles.size > d.roles.size &&
        [...d.roles].every(([role, entities]) =>
          (e.roles.get(role) ?? []).some((x) => entities.some((y) => x.entityId === y.entityId)),
        ),
    );
    if (wider.length !== 1) continue;
    absorb(wider[0] as Draft, d);
    out.splice(out.indexOf(d), 1);
  }
  return out;
}

function isMeaningful(d: Draft): boolean {
  const has = (r: RoleName) => (d.roles.get(r)?.length ?? 0) > 0;
  const modality = modalityOf(d);
  switch (d.type) {
    case 'arms_transfer':
      // A transfer needs its recipient; an interdiction may name only who stopped it or where it came from.
      return (
        (has('recipient') || (d.stage === 'interdiction' && (has('supplier') || has('interdicted_by')))) &&
        !(
          has('supplier') &&
          d.roles.get('supplier')?.[0]?.entityId === d.roles.get('recipient')?.[0]?.entityId
        )
      );
    case 'arms_seizure':
      return has('seizer') || d.members.some((m) => m.where);
    case 'attack':
      return (
        has('actor') &&
        has('target') &&
        d.roles.get('actor')?.[0]?.entityId !== d.roles.get('target')?.[0]?.entityId &&
        modality !== 'intended' &&
        modality !== 'conditional'
      );
    case 'ties':
      return (
        (d.roles.get('parties')?.length ?? 0) >= 2 && modality !== 'intended' && modality !== 'conditional'
      );
    case 'sanction':
      return has('target');
  }
}

/**
 * The modality of a claim told in several sentences: an authority's confirmation or a denial first; then,
 * when any sentence gives a source, reported (the article holds the claim on someone's word); else the
 * firmest of the rest.
 */
function modalityOf(d: Draft): Modality {
  const present = new Set(d.members.map((m) => m.modality));
  if (present.has('confirmed')) return 'confirmed';
  // Reported by one sentence and denied in another ("…, Seoul said. Both countries deny it"): the article
  // holds it as reported. A sentence that states it (reported or asserted) outweighs hedged ones; a claim
  // only ever hedged, planned, conditional or denied keeps that.
  const factual = d.members.filter((m) => m.modality === 'reported' || m.modality === 'asserted');
  if (factual.length > 0) return factual.some((m) => m.sources.length > 0) ? 'reported' : 'asserted';
  if (present.has('denied')) return 'denied';
  return MODALITY_PRECEDENCE.find((m) => present.has(m)) ?? 'asserted';
}

/**
 * Confidence: how much of the claim the text itself states. From 0.3, plus the trigger's strength (a
 * "sale" says more than a "deal"), plus each core role found by grammar in the claim's own sentences
 * (a role taken from the claim in focus counts less), plus each further sentence that repeats the claim;
 * hedged and conditional claims lose a little.
 */
function confidenceOf(d: Draft): number {
  const weight = Math.max(...d.members.map((m) => m.sense.weight));
  const core = CORE_ROLES[d.type].filter((r) => d.roles.has(r));
  const direct = core.filter((r) => !d.inherited.has(r)).length;
  const inherited = core.length - direct;
  const repeats = Math.min(new Set(d.members.map((m) => `${m.field}:${m.sentence}`)).size - 1, 3);
  const modality = modalityOf(d);
  const hedge = modality === 'alleged' || modality === 'conditional' ? 0.05 : 0;
  const value = 0.3 + 0.3 * weight + 0.12 * direct + 0.04 * inherited + 0.05 * repeats - hedge;
  return Math.round(Math.min(0.98, Math.max(0.05, value)) * 100) / 100;
}

function toClaim(articleId: string, published: string | null, d: Draft, n: number): Claim {
  const members = [...d.members].sort((a, b) => order(a) - order(b));
  const one = (r: RoleName) => d.roles.get(r)?.[0]?.entityId;
  const list = (r: RoleName) => d.roles.get(r)?.map((e) => e.entityId);
  const items: ClaimItem[] = [];
  for (const m of members)
    for (const item of m.items) {
      if (items.some((i) => i.text.toLowerCase() === item.weapon.text.toLowerCase())) continue;
      items.push({
        text: item.weapon.text,
        category: item.weapon.category ?? 'weapons_unspecified',
        designation: item.weapon.designation ?? null,
        ...(item.quantity
          ? {
              quantity: {
                text: item.quantity.text,
                min: item.quantity.min,
                max: item.quantity.max,
                unit: item.quantity.unit,
              },
            }
          : {}),
      });
    }
  const value = members.find((m) => m.value)?.value;
  const dated = members.filter((m) => m.when);
  const best = Math.max(-1, ...dated.map((m) => m.whenRank ?? 0));
  const when = dated.find((m) => (m.whenRank ?? 0) === best)?.when;
  // The body places a claim better than a headline ("IN GULF"): its places first, and ones with a country.
  const placed = members
    .filter((m) => m.where)
    .sort((a, b) => (a.field === 'title' ? 1 : 0) - (b.field === 'title' ? 1 : 0));
  const where = (placed.find((m) => m.where?.country) ?? placed[0])?.where;
  const sources: ClaimSource[] = [];
  for (const m of members)
    for (const s of m.sources)
      if (
        !sources.some(
          (x) => x.text.toLowerCase() === s.text.toLowerCase() || (s.entity && x.entity === s.entity),
        )
      )
        sources.push(s);
  const evidence: EvidenceSpan[] = [];
  for (const m of members) {
    const span = { ...m.evidence, ...(m.field === 'title' ? { field: 'title' as const } : {}) };
    if (!evidence.some((e) => e.start === span.start && e.field === span.field)) evidence.push(span);
  }
  const day = published?.slice(0, 10);
  const claim: Claim = {
    id: `${articleId}#c${n}`,
    type: d.type,
    stage: d.stage,
    ...(one('supplier') ? { supplier: one('supplier') } : {}),
    ...(one('recipient') ? { recipient: one('recipient') } : {}),
    ...(list('intermediaries') ? { intermediaries: list('intermediaries') } : {}),
    ...(list('end_users') ? { end_users: list('end_users') } : {}),
    ...(one('interdicted_by') ? { interdicted_by: one('interdicted_by') } : {}),
    ...(one('seizer') ? { seizer: one('seizer') } : {}),
    ...(one('actor') ? { actor: one('actor') } : {}),
    ...(one('target') ? { target: one('target') } : {}),
    ...(list('parties') ? { parties: list('parties') } : {}),
    ...(items.length > 0 ? { items } : {}),
    ...(value ? { value: { text: value.text, min: value.min, max: value.max, unit: value.unit } } : {}),
    when: when
      ? { text: when.text, start: when.interval.start, end: when.interval.end }
      : day && /^\d{4}-\d{2}-\d{2}$/.test(day)
        ? { text: '', start: day, end: day, basis: 'published' }
        : null,
    where: where?.entityId ?? null,
    modality: modalityOf(d),
    sources,
    evidence,
    confidence: confidenceOf(d),
  };
  return claim;
}

const order = (f: Frame): number => (f.field === 'title' ? -1 : f.sentence);

function roleIds(c: Claim): string[] {
  return [
    c.supplier,
    c.recipient,
    c.interdicted_by,
    c.seizer,
    c.actor,
    c.target,
    c.where ?? undefined,
    ...(c.parties ?? []),
    ...(c.intermediaries ?? []),
    ...(c.end_users ?? []),
  ].filter((x): x is string => typeof x === 'string');
}
