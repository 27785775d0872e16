/**
 * Routing in the URL's hash (`#/search?q=…`, `#/article/ID`, `#/actor/ID`, `#/network`, `#/map`, `#/review`):
 * the server serves index.html and its assets only, whatever page is open.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  readonly page: string;
  /** The page's subject (an article or actor id), decoded. */
  readonly id: string | null;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const [page = '', ...rest] = path.split('/');
  let id: string | null = null;
  if (rest.length) {
    try {
      id = decodeURIComponent(rest.join('/'));
    } catch {
      id = rest.join('/');
    }
  }
  return { page: page || 'search', id, params };
}

type Params = Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

/** A link: `href('article', '2701141', { claim: 'c1' })` → `#/article/2701141?claim=c1`. */
export function href(page: string, id?: string | null, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const s = search.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${s ? `?${s}` : ''}`;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState(null, '', to);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = to.slice(1);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
