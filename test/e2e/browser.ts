import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/api/app.js';
import { openStore, type Store } from '../../src/kb/sqlite/sqlite-knowledge-base.js';
import { ingestAndExtract, KB_CORPUS } from '../kb/kb-helpers.js';

/** Debian's Chromium: the browser the end-to-end tests drive (.ci/run installs it with apt-get). */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
export const WEB_ROOT = root('dist/web');
export const SCREENSHOTS = root('test-artifacts/screenshots');
const SAMPLES = root('samples');
export const HOSTILE = root('test/fixtures/web/hostile.jsonl');

export interface Server {
  readonly url: string;
  readonly store: Store;
  readonly token: string;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1 (any free port) over a fresh store: the seed, the KB corpus and a hostile article. */
export async function startServer(): Promise<Server> {
  if (!existsSync(join(WEB_ROOT, 'index.html')))
    throw new Error(`the web app is not built (${WEB_ROOT}): run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'armstrace-e2e-'));
  const store = openStore(join(dir, 'e2e.db'));
  await ingestAndExtract(store, [SAMPLES, KB_CORPUS, HOSTILE]);
  const token = store.tokens.create('e2e-reviewer').token;
  const app: FastifyInstance = await buildApp({ store, rateLimit: 100_000, webRoot: WEB_ROOT });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    store,
    token,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** What a page did that it must not: requests off 127.0.0.1, console errors, CSP violations, uncaught errors. */
export interface Watch {
  readonly offsite: string[];
  readonly errors: string[];
  /** Errors a test expects (the browser logs every 4xx answer to a fetch). */
  readonly expected: RegExp[];
}

/** The errors no test expected. */
export const unexpected = (watch: Watch): string[] =>
  watch.errors.filter((e) => !watch.expected.some((pattern) => pattern.test(e)));

export async function watchedPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { offsite: [], errors: [], expected: [] };
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && url !== origin && !url.startsWith('data:')) watch.offsite.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
  // Reported by the browser itself, whatever the page's code does.
  await page.exposeFunction('__reportCsp', (text: string) => watch.errors.push(`CSP: ${text}`));
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
  `);
  return { page, watch };
}

/** A PNG in test-artifacts/screenshots: the whole page, or what is on screen (with a drawer open). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
}
