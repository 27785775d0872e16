import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Where the built web app (`vite build` → dist/web) is: next to the compiled API (dist/api → dist/web), or,
 * when the API runs from source (src/api, in tests and with tsx), in dist/web of the checkout.
 */
const CANDIDATES = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map(
  (url) => fileURLToPath(url),
);

/** The built web app's folder, or null when it has not been built. */
export function findWebRoot(candidates: readonly string[] = CANDIDATES): string | null {
  return candidates.find((dir) => existsSync(`${dir}/index.html`)) ?? null;
}

const NOT_BUILT =
  'armstrace: the web app is not built. Run `npm run build` (it writes dist/web), then start the server again.\n' +
  'The API is served meanwhile: /api/docs describes it.\n';

/**
 * The web app: index.html at `/` and its hashed assets under /assets/ (the app routes in the URL's hash, so
 * nothing else is needed). Assets are cached for good (their names change with their content); index.html
 * is revalidated. The security headers of every response (CSP) apply here too.
 */
export async function registerWebRoutes(
  app: FastifyInstance,
  root: string | null = findWebRoot(),
): Promise<void> {
  if (!root) {
    app.get('/', async (_request, reply) => reply.type('text/plain; charset=utf-8').send(NOT_BUILT));
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
