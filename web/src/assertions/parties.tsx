import { EntityLink } from '../common/entity-link.js';
import type { ClaimType, Names } from '../types.js';

/** The roles an assertion or a claim names (entity ids). */
export interface Roles {
  readonly type: ClaimType;
  readonly supplier?: string | undefined;
  readonly recipient?: string | undefined;
  readonly intermediaries?: readonly string[] | undefined;
  readonly end_users?: readonly string[] | undefined;
  readonly interdicted_by?: string | undefined;
  readonly seizer?: string | undefined;
  readonly actor?: string | undefined;
  readonly target?: string | undefined;
  readonly parties?: readonly string[] | undefined;
}

/** The parties of an assertion or claim in one line: "North Korea → Hamas via X", "A attacks B", "A — B". */
export function Parties({
  roles,
  names,
  link = true,
}: {
  roles: Partial<Roles>;
  names: Names;
  link?: boolean;
}) {
  const who = (id: string | undefined) =>
    !id ? (
      <span class="unknown">(unknown)</span>
    ) : link ? (
      <EntityLink id={id} name={names[id] ?? id} />
    ) : (
      <span class="entity-name">{names[id] ?? id}</span>
    );
  const list = (ids: readonly string[] | undefined, sep: string) =>
    (ids ?? []).map((id, i) => (
      <span key={id}>
        {i ? sep : null}
        {who(id)}
      </span>
    ));
  switch (roles.type) {
    case 'arms_transfer':
      return (
        <span class="parties">
          {who(roles.supplier)}
          <span class="arrow">{' → '}</span>
          {who(roles.recipient)}
          {roles.intermediaries?.length ? (
            <span class="via"> via {list(roles.intermediaries, ', ')}</span>
          ) : null}
          {roles.end_users?.length ? <span class="via"> for {list(roles.end_users, ', ')}</span> : null}
          {roles.interdicted_by ? <span class="via"> · stopped by {who(roles.interdicted_by)}</span> : null}
        </span>
      );
    case 'arms_seizure':
      return (
        <span class="parties">
          {who(roles.seizer)} seized{roles.recipient ? <> (bound for {who(roles.recipient)})</> : null}
        </span>
      );
    case 'attack':
      return (
        <span class="parties">
          {who(roles.actor)}
          <span class="arrow"> attacks </span>
          {who(roles.target)}
        </span>
      );
    case 'sanction':
      return (
        <span class="parties">
          {who(roles.actor)}
          <span class="arrow"> sanctions </span>
          {who(roles.target)}
        </span>
      );
    default:
      return (
        <span class="parties">
          {list(roles.parties, ' — ')}
          {(roles.parties?.length ?? 0) < 2 ? <span class="unknown"> — (unnamed party)</span> : null}
        </span>
      );
  }
}

/** Every entity id an assertion or claim names, for a names lookup. */
export function idsOf(roles: Partial<Roles> & { where?: readonly string[] | string | null }): string[] {
  const ids = [
    roles.supplier,
    roles.recipient,
    roles.interdicted_by,
    roles.seizer,
    roles.actor,
    roles.target,
    ...(roles.intermediaries ?? []),
    ...(roles.end_users ?? []),
    ...(roles.parties ?? []),
    ...(typeof roles.where === 'string' ? [roles.where] : (roles.where ?? [])),
  ];
  return [...new Set(ids.filter((x): x is string => !!x))];
}
