import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { AssertionDrawer } from '../assertions/assertion-detail.js';
import { AssertionTable } from '../assertions/assertion-table.js';
import { plural } from '../common/format.js';
import { Empty, ErrorBox, Loading } from '../common/status.js';
import { href, navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { ArticleHits } from './article-hits.js';
import { Facets } from './facets.js';
import {
  assertionFilterOf,
  type Filters,
  filtersFrom,
  hasFacets,
  keepsArticle,
  paramsOf,
} from './filters.js';

const HITS = 100;
const ROWS = 200;

/** Full-text search over articles, and the knowledge base's assertions narrowed by facets. */
export function SearchPage({ params }: { params: URLSearchParams }) {
  const filters = filtersFrom(params);
  const selected = params.get('assertion');
  const go = (next: Filters, assertion?: string | null) =>
    navigate(href('search', null, { ...paramsOf(next), assertion: assertion ?? undefined }));
  return (
    <div class="page search-page">
      <header class="page-head">
        <h1>Search</h1>
        <SearchBox q={filters.q} onSearch={(q) => go({ ...filters, q })} />
      </header>
      <div class="with-sidebar">
        <Facets filters={filters} onChange={(next) => go(next, selected)} />
        <div class="results">
          {filters.q ? <ArticleResults filters={filters} /> : null}
          <AssertionResults filters={filters} selected={selected} onSelect={(id) => go(filters, id)} />
        </div>
      </div>
      {selected ? <AssertionDrawer id={selected} onClose={() => go(filters, null)} /> : null}
    </div>
  );
}

function SearchBox({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  return (
    <form
      class="search-box"
      aria-label="Search articles"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <input
        type="search"
        name="q"
        aria-label="Search articles"
        placeholder='Search articles: north korea missiles, "trading company", iran OR syria, title:hamas'
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

function ArticleResults({ filters }: { filters: Filters }) {
  const loaded = useApi((signal) => api.search(filters.q, { limit: HITS }, { signal }), [filters.q]);
  const narrowed = !!(filters.outlet || filters.since || filters.until);
  return (
    <section class="result-section" aria-labelledby="articles-heading">
      <h2 id="articles-heading">Articles</h2>
      {loaded.error ? (
        <ErrorBox error={loaded.error} retry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading what="Searching" />
      ) : (
        (() => {
          const hits = loaded.data.hits.filter((h) => keepsArticle(filters, h));
          return (
            <>
              <p class="summary">
                {plural(loaded.data.total, 'article')} match “{filters.q}”
                {narrowed
                  ? `; ${hits.length} of the first ${loaded.data.hits.length} are from the outlet and dates chosen`
                  : ''}
                {!narrowed && loaded.data.total > loaded.data.hits.length ? ` (the ${HITS} best shown)` : ''}.
              </p>
              {hits.length ? (
                <ArticleHits hits={hits} />
              ) : (
                <Empty>No article matches. Try fewer words, a prefix (missil*), or OR.</Empty>
              )}
            </>
          );
        })()
      )}
    </section>
  );
}

function AssertionResults({
  filters,
  selected,
  onSelect,
}: {
  filters: Filters;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const filter = assertionFilterOf(filters);
  const key = JSON.stringify(filter);
  const loaded = useApi((signal) => api.assertions({ ...filter, limit: ROWS }, { signal }), [key]);
  const facets = hasFacets(filters);
  return (
    <section class="result-section" aria-labelledby="assertions-heading">
      <h2 id="assertions-heading">Assertions</h2>
      {loaded.error ? (
        <ErrorBox error={loaded.error} retry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading what="Loading assertions" />
      ) : (
        <>
          <p class="summary">
            {loaded.data.totalIsLowerBound ? 'More than ' : ''}
            {plural(loaded.data.total, 'assertion')}{' '}
            {facets
              ? loaded.data.total === 1
                ? 'matches the facets'
                : 'match the facets'
              : 'in the knowledge base'}
            {loaded.data.total > loaded.data.assertions.length
              ? ` (the latest ${loaded.data.assertions.length} shown)`
              : ''}
            {filters.q && !facets ? ' — the facets narrow them; the words above search articles' : ''}.
          </p>
          {loaded.data.assertions.length ? (
            <div class={loaded.loading ? 'stale' : ''}>
              <AssertionTable
                assertions={loaded.data.assertions}
                names={loaded.data.names}
                selected={selected}
                onSelect={onSelect}
              />
            </div>
          ) : (
            <Empty>
              {facets
                ? 'No assertion matches these facets: clear some.'
                : 'The store holds no assertion yet: ingest articles (armstrace ingest PATH).'}
            </Empty>
          )}
        </>
      )}
    </section>
  );
}
