import { href } from '../router.js';
import type { EntityType } from '../types.js';

/** An actor's name linking to its page, with a dot of its type's colour when the type is known. */
export function EntityLink({
  id,
  name,
  type,
}: {
  id: string;
  name?: string | undefined;
  type?: EntityType | undefined;
}) {
  return (
    <a class="entity-link" href={href('actor', id)} title={id}>
      {type ? <span class={`dot k-${type}`} aria-hidden="true" /> : null}
      {name ?? id}
    </a>
  );
}
