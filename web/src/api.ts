/**
 * A small typed client over the HTTP API (same origin: the page and the API come from one server). Errors
 * become ApiError with the API's stable code and message; nothing here ever builds HTML.
 */
import type {
  ActorProfile,
  ArticleResponse,
  AssertionBody,
  AssertionPage,
  AssertionWithNames,
  Correction,
  KbEntity,
  Names,
  NetworkResponse,
  ReviewEdit,
  SearchPage,
  Stats,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** `?a=1&b=x,y`, leaving out empty values. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  readonly method?: 'GET' | 'POST';
  readonly query?: Query;
  readonly body?: unknown;
  readonly token?: string;
  readonly signal?: AbortSignal;
}

async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(`${path}${queryString(options.query)}`, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'the server did not answer (is `armstrace serve` still running?)');
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? `the server answered ${response.status} ${response.statusText}`,
    );
  }
  if (json === null && text)
    throw new ApiError(response.status, 'bad-response', 'the server did not answer JSON');
  return json as T;
}

/** The assertion filters the API shares (`armstrace transfers`), plus paging. */
export interface AssertionFilter {
  readonly type?: readonly string[];
  readonly stage?: readonly string[];
  readonly modality?: readonly string[];
  readonly involving?: string;
  readonly supplier?: string;
  readonly recipient?: string;
  readonly via?: string;
  readonly itemCategory?: string;
  readonly since?: string;
  readonly until?: string;
  readonly outlet?: string;
  readonly minSources?: number;
  readonly limit?: number;
  readonly offset?: number;
}

const one = (id: string) => encodeURIComponent(id);
type Opts = { readonly signal?: AbortSignal };

export const api = {
  stats: (o: Opts = {}) => request<Stats>('/api/stats', o),
  search: (q: string, query: { limit?: number; offset?: number } = {}, o: Opts = {}) =>
    request<SearchPage>('/api/search', { ...o, query: { q, ...query } }),
  article: (id: string, version?: number, o: Opts = {}) =>
    request<ArticleResponse>(`/api/articles/${one(id)}`, { ...o, query: { version } }),
  assertions: (filter: AssertionFilter, o: Opts = {}) =>
    request<AssertionPage>('/api/assertions', { ...o, query: filter as Query }),
  assertion: (id: string, o: Opts = {}) => request<AssertionWithNames>(`/api/assertions/${one(id)}`, o),
  findActors: (q: string, limit = 8, o: Opts = {}) =>
    request<KbEntity[]>('/api/actors', { ...o, query: { q, limit } }),
  actor: (id: string, o: Opts = {}) =>
    request<ActorProfile>(`/api/actors/${one(id)}`, { ...o, query: { timeline: 50 } }),
  timeline: (id: string, o: Opts = {}) =>
    request<{ entity: KbEntity; assertions: AssertionBody[] }>(`/api/actors/${one(id)}/timeline`, {
      ...o,
      query: { limit: 1000 },
    }),
  network: (filter: AssertionFilter, o: Opts = {}) =>
    request<NetworkResponse>('/api/network', { ...o, query: filter as Query }),
  names: (ids: readonly string[], o: Opts = {}) =>
    ids.length ? request<Names>('/api/names', { ...o, query: { ids } }) : Promise.resolve({} as Names),
  outlets: (o: Opts = {}) => request<{ outlet: string; articles: number }[]>('/api/outlets', o),
  reviewQueue: (limit = 50, o: Opts = {}) =>
    request<AssertionBody[]>('/api/review/queue', { ...o, query: { limit } }),
  reviewLog: (limit = 20, o: Opts = {}) =>
    request<ReviewEdit[]>('/api/review/log', { ...o, query: { limit } }),
  review: (
    body:
      | { action: 'confirm' | 'reject'; kind: 'assertion' | 'claim'; target: string; why: string }
      | {
          action: 'correct';
          kind: 'assertion' | 'claim';
          target: string;
          correction: Correction;
          why: string;
        },
    token: string,
  ) => request<ReviewEdit>('/api/review', { method: 'POST', body, token }),
};
