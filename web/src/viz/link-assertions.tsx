import { api } from '../api.js';
import { Parties } from '../assertions/parties.js';
import { Credibility, StageBadge } from '../common/badges.js';
import { ErrorBox, Loading } from '../common/status.js';
import { useApi } from '../use-api.js';

/** The assertions behind a link of the network or an arc of the map; a click opens one with its evidence. */
export function LinkAssertions({ ids, onOpen }: { ids: readonly string[]; onOpen: (id: string) => void }) {
  const key = ids.join(',');
  const loaded = useApi(
    (signal) => Promise.all(ids.slice(0, 30).map((id) => api.assertion(id, { signal }))),
    [key],
  );
  if (loaded.error) return <ErrorBox error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading what="Loading the assertions" />;
  return (
    <ul class="side-list link-assertions">
      {loaded.data.map((a) => (
        <li key={a.id}>
          <button type="button" class="link" data-assertion={a.id} onClick={() => onOpen(a.id)}>
            <StageBadge stage={a.stage} />
            <Parties roles={a} names={a.names} link={false} />
          </button>
          <div class="muted">
            {a.items.map((i) => i.text).join(', ') || 'items not named'} · <Credibility assertion={a} /> ·{' '}
            {a.sources.independent} source(s)
          </div>
        </li>
      ))}
    </ul>
  );
}
