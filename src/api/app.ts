import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { AppError, NotFoundError, QuerySyntaxError } from '../core/errors.js';
import type { Store } from '../kb/sqlite/sqlite-knowledge-base.js';
import { ApiError } from './api-error.js';
import { RouteTable } from './route.js';
import { registerArticleRoutes } from './routes/article-routes.js';
import { registerKnowledgeRoutes } from './routes/knowledge-routes.js';
import { registerReviewRoutes } from './routes/review-routes.js';
import { findWebRoot, registerWebRoutes } from './web-routes.js';

export interface AppOptions {
  readonly store: Store;
  /** Requests per minute per client address (default 600). */
  readonly rateLimit?: number;
  /** Largest request body in bytes (default 64 KiB). */
  readonly bodyLimit?: number;
  readonly version?: string;
  /** The built web app's folder (default: dist/web, found from this file); null serves no web app. */
  readonly webRoot?: string | null;
}

/**
 * Headers on every response: the page may load only what this server serves (no third-party request,
 * no inline script), and article text can never run as HTML.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** The HTTP API over one store, ready to listen or to be called in-process (`app.inject`). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? 64 * 1024 });
  await app.register(rateLimit, {
    max: options.rateLimit ?? 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: {
        code: 'rate-limited',
        message: `more than ${context.max} requests a minute: retry in ${context.after}`,
      },
    }),
  });
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  });
  app.setErrorHandler((error, _request, reply) => {
    const e = error as Error & { statusCode?: number; code?: string };
    const status = e.statusCode;
    if (e instanceof ApiError)
      return reply.status(e.status).send({ error: { code: e.code, message: e.message, ...e.details } });
    if (e instanceof NotFoundError)
      return reply.status(404).send({ error: { code: 'not-found', message: e.message } });
    if (e instanceof QuerySyntaxError)
      return reply.status(400).send({ error: { code: 'bad-query', message: e.message } });
    if (e instanceof AppError && e.code === 'review')
      return reply.status(400).send({ error: { code: 'bad-review', message: e.message } });
    if (status === 429) return reply.status(429).send(error);
    if (status && status >= 400 && status < 500)
      return reply
        .status(status)
        .send({ error: { code: (e.code ?? 'bad-request').toLowerCase(), message: e.message } });
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'internal error (see the server log)' } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    }),
  );

  const routes = new RouteTable(app, (request) => authorize(options.store, request));
  registerArticleRoutes(routes, options.store);
  registerKnowledgeRoutes(routes, options.store);
  registerReviewRoutes(routes, options.store);
  const document = routes.openApi({ title: 'armstrace API', version: options.version ?? '0.1.0' });
  app.get('/api/docs', async () => document);
  await registerWebRoutes(app, options.webRoot === undefined ? findWebRoot() : options.webRoot);
  return app;
}

/** The reviewer a bearer token stands for: 401 without a token, 403 with one the store does not know. */
function authorize(store: Store, request: FastifyRequest): string {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match)
    throw new ApiError(401, 'unauthorized', 'this endpoint needs a bearer token (armstrace token create)');
  const label = store.tokens.verify(match[1] as string);
  if (!label) throw new ApiError(403, 'forbidden', 'the token is not valid (unknown or revoked)');
  return label;
}
