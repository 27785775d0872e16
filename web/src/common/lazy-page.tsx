import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBox, Loading } from './status.js';

type PageComponent = FunctionComponent<{ params: URLSearchParams }>;

/** A page whose code (and heavy libraries: sigma, d3-geo, the world atlas) loads when it is first opened. */
export function LazyPage({ load, params }: { load: () => Promise<PageComponent>; params: URLSearchParams }) {
  const [Page, setPage] = useState<PageComponent | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    setPage(null);
    load().then(
      (component) => live && setPage(() => component),
      (e: Error) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, []);
  if (error) return <ErrorBox error={error} />;
  if (!Page) return <Loading what="Loading the page" />;
  return <Page params={params} />;
}
