import { useEffect } from 'preact/hooks';
import { ActorPage } from './actor/actor-page.js';
import { LazyPage } from './common/lazy-page.js';
import { Empty } from './common/status.js';
import { Nav } from './nav.js';
import { ReaderPage } from './reader/reader-page.js';
import { ReviewPage } from './review/review-page.js';
import { useRoute } from './router.js';
import { SearchPage } from './search/search-page.js';

const loadNetwork = () => import('./network/network-page.js').then((m) => m.NetworkPage);
const loadMap = () => import('./map/map-page.js').then((m) => m.MapPage);

const TITLES: Record<string, string> = {
  search: 'Search',
  article: 'Article',
  actor: 'Actor',
  network: 'Network',
  map: 'Map',
  review: 'Review queue',
};

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = `${TITLES[route.page] ?? 'Not found'} · armstrace`;
  }, [route.page]);
  let page = null;
  switch (route.page) {
    case 'search':
      page = <SearchPage params={route.params} />;
      break;
    case 'article':
      page = route.id ? <ReaderPage id={route.id} params={route.params} /> : null;
      break;
    case 'actor':
      page = route.id ? <ActorPage id={route.id} params={route.params} /> : null;
      break;
    case 'network':
      page = <LazyPage key="network" load={loadNetwork} params={route.params} />;
      break;
    case 'map':
      page = <LazyPage key="map" load={loadMap} params={route.params} />;
      break;
    case 'review':
      page = <ReviewPage />;
      break;
  }
  return (
    <div class="layout">
      <Nav page={route.page} />
      <main class="content" id="content">
        {page ?? (
          <Empty>
            No page here. <a href="#/search">Search the store</a>.
          </Empty>
        )}
      </main>
    </div>
  );
}
