import { useEffect } from 'preact/hooks';
import { api } from './api.js';
import { href } from './router.js';
import { useApi } from './use-api.js';

const PAGES = [
  { page: 'search', label: 'Search', key: 'S' },
  { page: 'network', label: 'Network', key: 'N' },
  { page: 'map', label: 'Map', key: 'M' },
  { page: 'review', label: 'Review queue', key: 'R' },
] as const;

/** The left column: the app's pages and what the store holds. */
export function Nav({ page }: { page: string }) {
  const stats = useApi((signal) => api.stats({ signal }), []);
  // The counts change when a review is stored.
  useEffect(() => {
    window.addEventListener('armstrace:store-changed', stats.reload);
    return () => window.removeEventListener('armstrace:store-changed', stats.reload);
  }, [stats.reload]);
  const active = page === 'article' || page === 'actor' ? 'search' : page;
  return (
    <nav class="nav" aria-label="Pages">
      <a class="brand" href={href('search')}>
        <span class="brand-mark" aria-hidden="true" />
        armstrace
      </a>
      <ul>
        {PAGES.map((p) => (
          <li key={p.page}>
            <a
              href={href(p.page)}
              class={active === p.page ? 'active' : ''}
              aria-current={active === p.page ? 'page' : undefined}
            >
              {p.label}
            </a>
          </li>
        ))}
      </ul>
      {stats.data ? (
        <dl class="nav-stats">
          <dt>Articles</dt>
          <dd>{stats.data.articles.toLocaleString('en')}</dd>
          <dt>Assertions</dt>
          <dd>{stats.data.assertions.toLocaleString('en')}</dd>
          <dt>Entities</dt>
          <dd>{stats.data.entities.toLocaleString('en')}</dd>
          <dt>Review edits</dt>
          <dd>{stats.data.edits.toLocaleString('en')}</dd>
        </dl>
      ) : null}
      <a class="nav-docs" href="/api/docs">
        API (OpenAPI)
      </a>
    </nav>
  );
}
