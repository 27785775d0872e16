import { formatDate } from '../common/format.js';
import { href } from '../router.js';
import type { SearchHit } from '../types.js';

/** A snippet with its matched words marked: text split at the offsets, never parsed as HTML. */
export function Snippet({
  text,
  highlights,
}: {
  text: string;
  highlights: readonly (readonly [number, number])[];
}) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} class="hit">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <p class="snippet">{parts}</p>;
}

export function ArticleHits({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ol class="hits">
      {hits.map((hit) => (
        <li key={hit.id} class="hit-item">
          <a class="hit-title" href={href('article', hit.id)}>
            {hit.title}
          </a>
          <p class="meta">
            <span>{hit.outlet ?? 'unknown outlet'}</span> · <span>{formatDate(hit.published)}</span> ·{' '}
            <span class="muted">#{hit.id}</span>
            {hit.language && hit.language !== 'en' ? <span class="badge">{hit.language}</span> : null}
          </p>
          <Snippet text={hit.snippet} highlights={hit.highlights} />
        </li>
      ))}
    </ol>
  );
}
