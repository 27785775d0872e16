import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  HAS_CHROMIUM,
  launch,
  type Server,
  screenshot,
  startServer,
  unexpected,
  type Watch,
  watchedPage,
} from './browser.js';

if (!HAS_CHROMIUM)
  console.warn(
    'web app end-to-end tests skipped: /usr/bin/chromium is absent (apt-get install chromium; .ci/run does)',
  );

// The web app end to end: a real server over a real store, driven by Debian's Chromium. Every test also
// checks that the page asked nothing of any other host, logged no error and broke no CSP rule.
describe.skipIf(!HAS_CHROMIUM)('web app in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    ({ page, watch } = await watchedPage(context, server.url));
  });
  afterEach(async () => {
    await context.close();
    expect(watch.offsite, 'requests that left 127.0.0.1').toEqual([]);
    expect(unexpected(watch), 'console errors and CSP violations').toEqual([]);
  });

  const open = async (hash: string) => {
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector('.nav');
  };

  it('search → open the seed → click the interdiction claim → its evidence is highlighted', async () => {
    await open('#/search');
    await page.fill('input[name=q]', 'north korea');
    await page.press('input[name=q]', 'Enter');
    const seed = page.locator('.hit-title', { hasText: 'Hamas to negotiate weapons deal with North Korea' });
    await seed.waitFor();
    expect(await page.locator('.hits mark.hit').count()).toBeGreaterThan(0);
    await screenshot(page, '01-search');
    await seed.click();
    await page.waitForSelector('.article-body mark.mention');
    expect(page.url()).toContain('#/article/2701141');
    // Mentions are colour-coded by type, with a legend; the cleaning warnings are visible.
    expect(
      await page.locator('.article-body mark.mention.k-state', { hasText: 'North Korea' }).count(),
    ).toBeGreaterThan(0);
    expect(
      await page.locator('.article-title mark.mention.k-armed_group', { hasText: 'Hamas' }).count(),
    ).toBe(1);
    expect(await page.locator('.legend').textContent()).toContain('Armed group');
    expect(await page.locator('.warnings').textContent()).toContain(
      'removed paragraph 3, a repeat of paragraph 2',
    );
    expect(await page.locator('mark.evidence').count()).toBe(0);
    await screenshot(page, '02-reader');

    await page.click('button.claim-card[data-stage=interdiction]');
    await page.waitForSelector('.article-body mark.evidence');
    const evidence = (await page.locator('.article-body mark.evidence').allTextContents()).join('');
    expect(evidence).toContain('35 tons of arms were intercepted');
    expect(evidence).toContain('was later confirmed by investigators to be destined for Iran');
    expect(evidence).not.toContain('Security officials say the deal');
    // The claim's roles, stage, modality, sources and confidence.
    const detail = page.locator('.claim-detail');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('interdiction');
    expect(text).toContain('confirmed');
    expect(text).toContain('investigators');
    expect(await detail.locator('.role-recipient').textContent()).toContain('Iran');
    expect(text).toMatch(/Confidence\s*0\.\d\d/);
    expect(page.url()).toContain('claim=');
    // Scrolled into view.
    await page.waitForTimeout(600);
    const box = await page.locator('.article-body mark.evidence').first().boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await screenshot(page, '03-reader-interdiction-evidence', { fullPage: false });
  });

  it('facets narrow the assertions, and the URL keeps them', async () => {
    await open('#/search');
    await page.waitForSelector('.assertions tbody tr');
    const all = await page.locator('.assertions tbody tr').count();
    await page.check('input[name=stage][value=interdiction]');
    await expect.poll(() => page.locator('.assertions tbody tr').count()).toBeLessThan(all);
    for (const row of await page.locator('.assertions tbody tr').allTextContents())
      expect(row).toContain('interdiction');
    expect(page.url()).toContain('stage=interdiction');
    await page.uncheck('input[name=stage][value=interdiction]');
    await page.fill('input[name=actor]', 'Russia');
    await page.press('input[name=actor]', 'Enter');
    await expect
      .poll(async () =>
        (await page.locator('.assertions tbody tr').allTextContents()).every((r) => r.includes('Russia')),
      )
      .toBe(true);
    await page.check('input[name=modality][value=reported]');
    // The table shows the last answer until the new one comes: wait for the one row left.
    await expect.poll(() => page.locator('.assertions tbody tr').count()).toBe(1);
    expect(await page.locator('.assertions tbody tr').textContent()).toContain('fighter jets');
    expect(page.url()).toMatch(/actor=Russia.*modality=reported|modality=reported.*actor=Russia/);
    await page.locator('.assertions tbody tr').first().click();
    await page.waitForSelector('.drawer .claim-evidence');
    expect(await page.locator('.drawer').textContent()).toContain('Russia');
    await screenshot(page, '01b-search-facets', { fullPage: false });
    // An unknown actor is said plainly.
    await open('#/search?actor=Atlantis');
    await page.waitForSelector('.status.error');
    expect(await page.locator('.status.error').textContent()).toContain('Atlantis');
    watch.expected.push(/status of 404/);
  });

  it('the actor page of North Korea lists Hamas as a recipient', async () => {
    await open('#/actor/North%20Korea');
    await page.waitForSelector('.counterparts tbody tr');
    expect(await page.locator('h1').textContent()).toContain('North Korea');
    const hamas = page
      .locator('.counterparts tbody tr', { hasText: 'Hamas' })
      .filter({ hasText: 'recipient' });
    expect(await hamas.count()).toBeGreaterThan(0);
    expect(await hamas.first().textContent()).toMatch(/out\s*supplies/i);
    // Aliases, timeline and ego network are drawn.
    expect(await page.locator('.aliases').textContent()).toContain('DPRK');
    expect(await page.locator('.timeline circle.point').count()).toBeGreaterThan(0);
    expect(await page.locator('.ego a', { hasText: 'Hamas' }).count()).toBe(1);
    // Sorting the table by sources.
    await page.click('.counterparts th >> text=Sources');
    expect(await page.locator('.counterparts th[aria-sort]').textContent()).toContain('Sources');
    await screenshot(page, '04-actor-north-korea');
    // A timeline dot opens its assertion, with its evidence.
    await page.locator('.timeline circle.point').first().click();
    await page.waitForSelector('.drawer .claim-evidence');
    await screenshot(page, '05-actor-assertion', { fullPage: false });
  });

  it('a review action without a token is refused; with one it is stored', async () => {
    await open('#/review');
    await page.waitForSelector('.queue-item.selected');
    const target = await page.locator('.queue-item.selected').getAttribute('data-assertion');
    expect(target).toBeTruthy();
    // The queue puts contradicted assertions first.
    expect(await page.locator('.queue-item').first().textContent()).toContain('contradicted');
    // The browser logs the refused request itself; that one line is expected.
    watch.expected.push(/Failed to load resource: the server responded with a status of 401/);
    await page.keyboard.press('c');
    await page.waitForSelector('.notice.refused');
    expect(await page.locator('.notice.refused').textContent()).toContain('401');
    expect(await server.store.knowledge.reviewLog({ limit: 10 })).toHaveLength(0);
    await screenshot(page, '06-review-refused');

    await page.fill('input[name=token]', server.token);
    await page.press('input[name=token]', 'Enter');
    await page.waitForSelector('.token-state.set');
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('c');
    await page.waitForSelector('.notice.ok');
    expect(await page.locator('.notice.ok').textContent()).toContain(`Confirmed ${target}`);
    const log = await server.store.knowledge.reviewLog({ limit: 10 });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      action: 'confirm',
      target,
      who: 'e2e-reviewer',
      why: 'reviewed in queue',
    });
    // j/k move through the queue; the log on the page shows the edit.
    await page.keyboard.press('k');
    expect(await page.locator('.queue-item.selected').getAttribute('data-assertion')).toBe(target);
    await page.waitForSelector(`.log li[data-edit="${log[0]?.id}"]`);
    await screenshot(page, '07-review-stored');
  });

  it('corrects an assertion from the queue: a name for a role, a modality, a time; the log keeps the correction', async () => {
    await open('#/review');
    await page.fill('input[name=token]', server.token);
    await page.press('input[name=token]', 'Enter');
    await page.waitForSelector('.token-state.set');
    // A transfer: its supplier is corrected by name.
    const item = page.locator('.queue-item', { hasText: 'Arms transfer' }).first();
    await item.click();
    const target = await item.getAttribute('data-assertion');
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('e');
    await page.waitForSelector('form.correction');
    await page.fill('form.correction input[name=supplier]', 'Iran');
    await page.selectOption('form.correction select[name=modality]', 'alleged');
    await page.fill('form.correction input[name=since]', '2013');
    await page.fill('form.correction input[name=until]', '2013');
    await page.click('form.correction button[type=submit]');
    await page.waitForSelector('.notice.ok');
    expect(await page.locator('.notice.ok').textContent()).toContain(`Corrected ${target}`);
    const [edit] = await server.store.knowledge.reviewLog({ limit: 1 });
    expect(edit).toMatchObject({ action: 'correct', target, who: 'e2e-reviewer' });
    expect(edit?.payload).toMatchObject({
      correction: {
        supplier: 'state:IRN',
        modality: 'alleged',
        when: { start: '2013-01-01', end: '2013-12-31' },
      },
    });
    const corrected = server.store.knowledge.reader.assertions({
      supplier: 'state:IRN',
      since: '2013-01-01',
      until: '2013-12-31',
    });
    expect(
      corrected.assertions.some((a) => a.review === 'corrected' && a.modality.strongest === 'alleged'),
    ).toBe(true);
    // Reviewed, it leaves the queue, which is read again.
    await page.waitForSelector(`.queue-item[data-assertion="${target}"]`, { state: 'detached' });
    // A name nobody has is refused on the page, before any request.
    await page.locator('.queue-item', { hasText: 'Arms transfer' }).first().click();
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('e');
    await page.fill('form.correction input[name=supplier]', 'Nobody Of That Name');
    await page.click('form.correction button[type=submit]');
    await page.waitForSelector('form.correction .notice.refused');
    await screenshot(page, '07b-review-correction');
  });

  it('the network: supplier → recipient graph, intermediaries visible, a link clicks through to its evidence', async () => {
    await open('#/network');
    await page.waitForSelector('.sigma-container canvas');
    await page.waitForSelector('.links tbody tr');
    expect(Number(await page.locator('.sigma-container').getAttribute('data-nodes'))).toBeGreaterThan(3);
    const viaBroker = page.locator('.links tbody tr', { hasText: 'Ocean Star Trading Ltd' });
    expect(await viaBroker.first().textContent()).toContain('through an intermediary');
    expect(await page.locator('.viz-overlay').textContent()).toContain('intermediary');
    await page.waitForTimeout(500);
    await screenshot(page, '09-network');
    // A link (the table is the graph's keyboard twin) → its assertions → one with its evidence → the reader.
    await page
      .locator('.links tbody tr', { hasText: 'North Korea' })
      .filter({ hasText: 'Hamas' })
      .first()
      .click();
    await page.waitForSelector('.edge-panel .link-assertions button');
    expect(await page.locator('.edge-panel').textContent()).toContain('North Korea');
    await screenshot(page, '10-network-link', { fullPage: false });
    await page.locator('.edge-panel .link-assertions button').first().click();
    await page.waitForSelector('.drawer .claim-evidence a.evidence-quote');
    await page.locator('.drawer a.evidence-quote').first().click();
    await page.waitForSelector('.article-body mark.evidence');
    expect(page.url()).toContain('claim=');
  });

  it('the map: transfers as arcs between countries, drawn from the bundled atlas', async () => {
    await open('#/map');
    await page.waitForSelector('.map-svg .arc');
    expect(await page.locator('.map-svg path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('.map-svg .arc').count()).toBeGreaterThanOrEqual(3);
    const labels = await page.locator('.map-svg .country-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['North Korea', 'Iran', 'Russia']));
    expect(await page.locator('.map-svg .arc.via').count()).toBeGreaterThan(0);
    expect(await page.locator('.off-map').textContent()).toContain('Ocean Star Trading Ltd');
    await screenshot(page, '11-map');
    // Click the arc where it is drawn: halfway along the curve (its bounding box's centre is off the line).
    interface SvgPath {
      getTotalLength(): number;
      getPointAtLength(at: number): { x: number; y: number };
      getScreenCTM(): { a: number; d: number; e: number; f: number };
    }
    const { x, y } = await page.locator('[data-arc="RUS->IRN"] a path').evaluate((el) => {
      const path = el as unknown as SvgPath;
      const point = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM();
      return { x: point.x * m.a + m.e, y: point.y * m.d + m.f };
    });
    await page.mouse.click(x, y);
    await page.waitForSelector('.arc-panel .link-assertions button');
    expect(await page.locator('.arc-panel').textContent()).toContain('Russia → Iran');
    await screenshot(page, '12-map-arc', { fullPage: false });
    await open('#/map?view=world');
    await page.waitForSelector('.map-svg .arc');
    await screenshot(page, '13-map-world');
  });

  it('an article whose text holds <script> and <img onerror> renders inert, as text', async () => {
    await open('#/search?q=broker%20rifles');
    await page.waitForSelector('.hit-title');
    expect(await page.locator('.hits').textContent()).toContain('<script>');
    await page.click('.hit-title >> text=Broker');
    await page.waitForSelector('.article-body');
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    const body = (await page.locator('.article-body').textContent()) ?? '';
    expect(body).toContain(`<script>window.__pwned='script'</script>`);
    expect(body).toContain(`<img src=x onerror="window.__pwned='img'">`);
    expect(await page.locator('.article-title').textContent()).toContain('<script>');
    expect(await page.locator('.article img, .article script, .article iframe').count()).toBe(0);
    // The javascript: URL is not made a link; the visible text is visible.
    expect(await page.locator('.article a.external').count()).toBe(0);
    expect(await page.getByText(`<img src=x onerror=`, { exact: false }).first().isVisible()).toBe(true);
    await screenshot(page, '08-hostile-article');
  });
});
