import { createHash } from 'node:crypto';
import type { Claim, ClaimType } from '../extract/claims/claim.js';

/** Every role field of a claim that holds entity ids. */
export const ROLE_FIELDS = [
  'supplier',
  'recipient',
  'intermediaries',
  'end_users',
  'interdicted_by',
  'seizer',
  'actor',
  'target',
  'parties',
] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/**
 * The roles that say which event a claim is about. Claims of many articles become one assertion when
 * these agree (with type, stage and time); the other roles (brokers, end users, who interdicted) add to
 * the assertion rather than split it, since one outlet naming the broker and another not is one story.
 */
export const PRINCIPAL_ROLES: Readonly<Record<ClaimType, readonly RoleField[]>> = {
  arms_transfer: ['supplier', 'recipient'],
  arms_seizure: ['seizer', 'supplier', 'recipient'],
  attack: ['actor', 'target'],
  ties: ['parties'],
  sanction: ['actor', 'target'],
};

/** Each role's entity ids, in a fixed order; lists sorted (order of parties in the text means nothing). */
export function roleEntries(claim: Claim): [RoleField, string][] {
  const entries: [RoleField, string][] = [];
  for (const role of ROLE_FIELDS) {
    const value = claim[role];
    if (typeof value === 'string') entries.push([role, value]);
    else if (Array.isArray(value)) for (const id of [...value].sort()) entries.push([role, id]);
  }
  return entries;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

/**
 * What a claim says, as a short hash of type, stage and every role: stable across re-extraction as long
 * as the extractor reads the same event, so analyst edits keyed on it survive `reextract`.
 */
export function claimFingerprint(claim: Claim): string {
  const roles = roleEntries(claim).map(([role, id]) => `${role}=${id}`);
  return digest([claim.type, claim.stage ?? '', ...roles].join('|'));
}

export function claimKey(articleId: string, claim: Claim): string {
  return `${articleId}#${claimFingerprint(claim)}`;
}

/** Where claims of many articles meet: type, stage and principal roles, with ids already resolved. */
export function groupKeyOf(claim: Claim, resolve: (id: string) => string = (id) => id): string {
  const parts: string[] = [claim.type, claim.stage ?? ''];
  for (const role of PRINCIPAL_ROLES[claim.type]) {
    const value = claim[role];
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    parts.push(`${role}=${[...new Set(ids.map(resolve))].sort().join(',')}`);
  }
  return parts.join('|');
}

export function assertionIdOf(groupKey: string, anchor: string): string {
  return `a:${digest(`${groupKey}@${anchor}`)}`;
}

/** The entity ids in the role fields of a claim or an assertion, in ROLE_FIELDS order. */
export function roleIds(x: { readonly [K in RoleField]?: string | readonly string[] }): string[] {
  const ids: string[] = [];
  for (const role of ROLE_FIELDS) {
    const value = x[role];
    if (typeof value === 'string') ids.push(value);
    else if (value) ids.push(...value);
  }
  return ids;
}

/** Every entity id an assertion names: its roles and its places. */
export function assertionEntityIds(
  a: Parameters<typeof roleIds>[0] & { readonly where: readonly string[] },
): string[] {
  return [...roleIds(a), ...a.where];
}

/** Every entity id a claim names: its roles, where it happened, who it is attributed to. */
export function entityIdsOf(claim: Claim): string[] {
  const ids = roleEntries(claim).map(([, id]) => id);
  if (claim.where) ids.push(claim.where);
  for (const source of claim.sources) if (source.entity) ids.push(source.entity);
  return ids;
}
