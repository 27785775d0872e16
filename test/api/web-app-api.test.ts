import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, SECURITY_HEADERS } from '../../src/api/app.js';
import type { Store } from '../../src/kb/sqlite/sqlite-knowledge-base.js';
import { ingestAndExtract, KB_CORPUS, tempStore } from '../kb/kb-helpers.js';

// What the web app needs of the server: its files (with the CSP), and the API's facets and lookups.
let store: Store;
let dispose: () => Promise<void>;
let web: FastifyInstance;
let bare: FastifyInstance;
const webRoot = mkdtempSync(join(tmpdir(), 'armstrace-webroot-'));

beforeAll(async () => {
  ({ store, dispose } = tempStore());
  await ingestAndExtract(store, [KB_CORPUS]);
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>armstrace</title><div id="app"></div>');
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
  web = await buildApp({ store, rateLimit: 10_000, webRoot });
  bare = await buildApp({ store, rateLimit: 10_000, webRoot: null });
});
afterAll(async () => {
  await web.close();
  await bare.close();
  await dispose();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves index.html at / and hashed assets, with the security headers', async () => {
    const index = await web.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.body).toContain('<div id="app">');
    expect(index.headers['cache-control']).toBe('no-cache');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(index.headers[name]).toBe(value);
    const asset = await web.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
  });

  it('leaves the API and its JSON 404s alone', async () => {
    expect((await web.inject({ method: 'GET', url: '/api/stats' })).json()).toHaveProperty('assertions');
    const missing = await web.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not-found');
    expect((await web.inject({ method: 'GET', url: '/nothing-here.js' })).statusCode).toBe(404);
  });

  it('says to build the app when it is not built', async () => {
    const index = await bare.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('npm run build');
  });
});

describe('what the web app asks of the API', () => {
  const get = async (url: string) => {
    const r = await web.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() };
  };

  it('filters assertions by modality (any of their claims) and by outlet', async () => {
    const denied = await get('/api/assertions?modality=denied');
    expect(denied.status).toBe(200);
    expect(denied.body.assertions.length).toBeGreaterThan(0);
    for (const a of denied.body.assertions) expect(a.modality.all).toContain('denied');
    const reuters = await get('/api/assertions?outlet=reuters');
    expect(reuters.body.assertions.length).toBeGreaterThan(0);
    for (const a of reuters.body.assertions)
      expect(a.sources.outlets.map((o: { outlet: string }) => o.outlet)).toContain('Reuters');
    expect((await get('/api/assertions?outlet=Nobody%20Weekly')).body.total).toBe(0);
    expect((await get('/api/assertions?modality=rumoured')).status).toBe(400);
  });

  it('names entity ids and lists outlets', async () => {
    const names = await get('/api/names?ids=state:PRK,group:hamas,nope:x');
    expect(names.body).toEqual({ 'state:PRK': 'North Korea', 'group:hamas': 'Hamas', 'nope:x': 'nope:x' });
    expect((await get('/api/names')).status).toBe(400);
    const outlets = await get('/api/outlets');
    expect(outlets.body.map((o: { outlet: string }) => o.outlet)).toContain('Reuters');
  });

  it('names the places of one assertion', async () => {
    const list = await get('/api/assertions?recipient=Hamas&stage=delivery');
    const one = await get(`/api/assertions/${encodeURIComponent(list.body.assertions[0].id)}`);
    for (const place of one.body.where) expect(one.body.names[place]).toBeTruthy();
  });
});
