import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import type { Store } from '../../src/kb/sqlite/sqlite-knowledge-base.js';
import { ingestAndExtract, KB_CORPUS, tempStore } from '../kb/kb-helpers.js';

// Every endpoint in-process (app.inject), over a real store built from the written fixture corpus.
let app: FastifyInstance;
let store: Store;
let dispose: () => Promise<void>;
let token: string;

beforeAll(async () => {
  ({ store, dispose } = tempStore());
  await ingestAndExtract(store, [KB_CORPUS]);
  token = store.tokens.create('api-tester').token;
  app = await buildApp({ store, rateLimit: 10_000 });
});
afterAll(async () => {
  await app.close();
  await dispose();
});

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  return {
    status: r.statusCode,
    body: /^application\/json/.test(String(r.headers['content-type'])) ? r.json() : r.body,
    headers: r.headers,
  };
};
const review = (payload: unknown, auth?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/review',
    payload: payload as Record<string, unknown>,
    ...(auth ? { headers: { authorization: auth } } : {}),
  });

describe('read endpoints', () => {
  it('search finds articles and says why a query is bad', async () => {
    const ok = await get('/api/search?q=missiles');
    expect(ok.status).toBe(200);
    expect(ok.body.total).toBeGreaterThan(0);
    expect(ok.body.hits[0]).toHaveProperty('highlights');
    const bad = await get('/api/search?q=%22unclosed');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad-query');
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/search?q=x&limit=0')).body.error.message).toMatch(/limit/);
  });

  it('article: text with entities and claims whose offsets point into it', async () => {
    const { status, body } = await get('/api/articles/kb-001');
    expect(status).toBe(200);
    const text: string = body.article.text;
    for (const entity of body.extraction.entities)
      for (const m of entity.mentions.filter((x: { field?: string }) => !x.field))
        expect(text.slice(m.start, m.end)).toBe(m.text);
    const claim = body.extraction.claims[0];
    expect(claim.evidence.length).toBeGreaterThan(0);
    expect(body.story.map((s: { articleId: string }) => s.articleId)).toEqual(['kb-001', 'kb-002']);
    expect((await get('/api/articles/nope')).status).toBe(404);
    expect((await get('/api/articles/kb-001?version=x')).status).toBe(400);
  });

  it('assertions with filters, names resolved, and clear 400s', async () => {
    const { body } = await get('/api/assertions?recipient=Hamas&stage=delivery');
    expect(body.assertions.map((a: { supplier: string }) => a.supplier)).toEqual(['state:PRK']);
    expect(body.names['state:PRK']).toBe('North Korea');
    const one = await get(`/api/assertions/${encodeURIComponent(body.assertions[0].id)}`);
    expect(one.body.claims).toHaveLength(3);
    expect((await get('/api/assertions/a:nope')).status).toBe(404);
    for (const bad of [
      'stage=shipped',
      'since=yesterday',
      'minSources=-1',
      'limit=100000',
      'colour=red',
      'itemCategory=lasers',
    ]) {
      const r = await get(`/api/assertions?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.code).toBe('bad-request');
    }
    const unknown = await get('/api/assertions?supplier=Atlantis');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown-actor');
  });

  it('actors: search, profile by name or id, timeline', async () => {
    expect((await get('/api/actors?q=DPRK')).body[0].id).toBe('state:PRK');
    const profile = await get('/api/actors/North%20Korea');
    expect(profile.body.entity.id).toBe('state:PRK');
    expect(profile.body.links.supplier[0]).toMatchObject({
      counterpart: 'group:hamas',
      counterpartName: 'Hamas',
    });
    const timeline = await get('/api/actors/state:PRK/timeline');
    expect(timeline.body.assertions.length).toBeGreaterThan(0);
    expect((await get('/api/actors/Atlantis')).status).toBe(404);
  });

  it('network and path', async () => {
    const network = await get('/api/network');
    expect(network.body.totals.nodes).toBeGreaterThan(3);
    expect(network.body.edges[0]).toHaveProperty('weight');
    const path = await get('/api/path?from=North%20Korea&to=Hamas');
    expect(path.body.status).toBe('ok');
    expect(path.body.paths.length).toBeGreaterThan(0);
    expect((await get('/api/path?from=North%20Korea')).status).toBe(400);
  });

  it('exports download in every format', async () => {
    for (const format of ['csv', 'json', 'graphml', 'gexf', 'stix', 'ftm']) {
      const r = await get(`/api/export/${format}`);
      expect(r.status, format).toBe(200);
      expect(r.headers['content-disposition']).toMatch(/attachment; filename="armstrace\./);
      expect(typeof r.body === 'string' ? r.body : JSON.stringify(r.body)).toContain(
        'armstrace:article/kb-001',
      );
    }
    expect((await get('/api/export/pdf')).status).toBe(400);
  });

  it('stats, docs, unknown routes, security headers', async () => {
    expect((await get('/api/stats')).body).toMatchObject({ articles: 5, extracted: 5 });
    const docs = await get('/api/docs');
    expect(docs.body.openapi).toBe('3.1.0');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/assertions', '/api/actors/{id}', '/api/review']),
    );
    expect(docs.body.paths['/api/review'].post.security).toEqual([{ bearer: [] }]);
    const missing = await get('/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not-found');
    expect(docs.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('write endpoints', () => {
  const confirm = async () => {
    const id = (await get('/api/assertions?supplier=Iran')).body.assertions[0].id;
    return { action: 'confirm', kind: 'assertion', target: id, why: 'checked the panel report' };
  };

  it('refuses a review without a token (401) or with a wrong one (403), and stores nothing', async () => {
    const payload = await confirm();
    expect((await review(payload)).statusCode).toBe(401);
    expect((await review(payload, 'Bearer at_not-a-token')).statusCode).toBe(403);
    expect((await review(payload, `Basic ${token}`)).statusCode).toBe(401);
    expect((await get('/api/review/log')).body).toEqual([]);
  });

  it('stores a review with the token holder as reviewer', async () => {
    const payload = await confirm();
    const r = await review(payload, `Bearer ${token}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ who: 'api-tester', why: 'checked the panel report', action: 'confirm' });
    const after = (await get('/api/assertions?supplier=Iran')).body.assertions[0];
    expect(after.review).toBe('confirmed');
    expect((await get('/api/review/log')).body[0].who).toBe('api-tester');
  });

  it('400 for malformed reviews, 404 for unknown targets, 413 for huge bodies', async () => {
    const auth = `Bearer ${token}`;
    expect((await review({ action: 'confirm', kind: 'assertion', target: 'a:x' }, auth)).statusCode).toBe(
      400,
    );
    expect(
      (await review({ action: 'explode', kind: 'assertion', target: 'a:x', why: 'x' }, auth)).statusCode,
    ).toBe(400);
    const wrongCorrection = await review(
      { action: 'correct', kind: 'assertion', target: 'a:x', correction: { stage: 'shipped' }, why: 'x' },
      auth,
    );
    expect(wrongCorrection.statusCode).toBe(400);
    expect(
      (await review({ action: 'confirm', kind: 'assertion', target: 'a:x', why: 'x' }, auth)).statusCode,
    ).toBe(404);
    const huge = await app.inject({
      method: 'POST',
      url: '/api/review',
      headers: { authorization: auth, 'content-type': 'application/json' },
      payload: JSON.stringify({
        action: 'confirm',
        kind: 'assertion',
        target: 'a:x',
        why: 'x'.repeat(100_000),
      }),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('revoked tokens stop working', async () => {
    const extra = store.tokens.create('temp');
    store.tokens.revoke(extra.id);
    expect((await review(await confirm(), `Bearer ${extra.token}`)).statusCode).toBe(403);
  });
});

describe('rate limit', () => {
  it('answers 429 with a JSON error past the limit', async () => {
    const limited = await buildApp({ store, rateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await limited.inject({ method: 'GET', url: '/api/stats' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      const r = await limited.inject({ method: 'GET', url: '/api/stats' });
      expect(r.json().error.code).toBe('rate-limited');
    } finally {
      await limited.close();
    }
  });
});
