import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import type { ReadResult } from '../../core/problem.js';
import { fileSource, streamSource } from '../input-source.js';
import { DEFAULT_READ_OPTIONS } from '../reader.js';
import { htmlReader } from './html-reader.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/html/${name}`, import.meta.url));

async function readFixture(name: string): Promise<ReadResult<Article>[]> {
  const results: ReadResult<Article>[] = [];
  for await (const result of htmlReader.read(fileSource(fixture(name)), DEFAULT_READ_OPTIONS))
    results.push(result);
  return results;
}

async function readHtml(html: string): Promise<ReadResult<Article>[]> {
  const results: ReadResult<Article>[] = [];
  const source = streamSource('page.html', Readable.from([Buffer.from(html)]), { extension: '.html' });
  for await (const result of htmlReader.read(source, DEFAULT_READ_OPTIONS)) results.push(result);
  return results;
}

async function readArticle(name: string): Promise<Article> {
  const results = await readFixture(name);
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result?.ok) throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.value;
}

describe('htmlReader.matches', () => {
  it('recognizes a doctype, <html>, or <head>/<body> at the start', () => {
    expect(htmlReader.matches('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(htmlReader.matches('\uFEFF  <!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">')).toBe(true);
    expect(htmlReader.matches('<!-- saved from url=(0042) -->\n<HTML lang="en">')).toBe(true);
    expect(htmlReader.matches('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(
      true,
    );
    expect(htmlReader.matches('\n<head><title>x</title></head>')).toBe(true);
    expect(htmlReader.matches('<body><p>x</p></body>')).toBe(true);
  });

  it('does not claim feeds, plain text or HTML-ish text later in a file', () => {
    expect(htmlReader.matches('<?xml version="1.0"?><rss version="2.0">')).toBe(false);
    expect(htmlReader.matches('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(false);
    expect(htmlReader.matches('Navy orders frigates\n\nThe <html> tag is mentioned here.')).toBe(false);
    expect(htmlReader.matches('<header>x</header>')).toBe(false);
  });
});

describe('htmlReader.read', () => {
  it('reads a news page: JSON-LD metadata first, the article body without page furniture', async () => {
    const article = await readArticle('news-page.html');
    expect(article).toMatchObject({
      id: 'HDR-20210301-0042',
      title: 'Valdoria signs deal for coastal anti-ship missiles',
      published: '2021-03-01T08:30:00Z',
      section: 'Naval',
      outlet: 'Harbour Defence Review',
      url: 'https://hdr.example/news/2021/03/valdoria-coastal-missiles',
      language: 'en',
      warnings: [],
    });
    expect(article.origin).toEqual({
      source: fixture('news-page.html'),
      format: 'html',
      fields: {
        id: 'json-ld NewsArticle.identifier',
        title: 'json-ld NewsArticle.headline',
        published: 'json-ld NewsArticle.datePublished',
        section: 'json-ld NewsArticle.articleSection',
        outlet: 'json-ld NewsArticle.publisher.name',
        url: 'json-ld NewsArticle.mainEntityOfPage',
        text: 'readability main content',
        language: 'detected',
      },
    });
    const { text } = article;
    expect(
      text.startsWith('The defence ministry of Valdoria has signed a contract worth 410 million euros'),
    ).toBe(true);
    // Source line wraps are joined; paragraphs, caption, quote, subheading and list items are blocks.
    expect(text).toContain(
      'four batteries of truck-mounted coastal anti-ship missiles, officials said on Monday.\n\nDeliveries',
    );
    expect(text).toContain(
      'ports of Sarn and Elvik.\n\nA coastal missile launcher during trials near Elvik.\n\nThe contract',
    );
    expect(text).toContain(
      'includes training for 120 operators and a stock of spare parts, according to a statement from Nordhavn Missile Systems, the manufacturer.',
    );
    expect(text).toContain(
      '\n\n“This closes a gap we have had for twenty years,” the deputy minister told reporters.\n\n',
    );
    expect(text).toContain('\n\nQuestions over cost\n\nOpposition lawmakers questioned the price & asked');
    expect(text.endsWith('Four launcher batteries\n\nTwo coastal surveillance radars')).toBe(true);
    for (const furniture of [
      'Advertisement',
      'Related stories',
      'fast attack craft',
      'All rights reserved',
      'Privacy policy',
      'Air power',
      'display: block',
    ]) {
      expect(text).not.toContain(furniture);
    }
    // The headline printed as <h1> is not repeated in the body.
    expect(text).not.toContain('Valdoria signs deal');
  });

  it('finds the article in a top-level JSON-LD array behind a malformed block, whatever its wrapping', async () => {
    const article = await readArticle('jsonld-variants.html');
    expect(article).toMatchObject({
      id: 'DW-7781',
      title: 'Depot fire destroys ammunition stocks',
      published: '2020-02-03',
      section: 'Land',
      outlet: 'Depot Watch',
      url: 'https://depotwatch.example/2020/02/depot-fire',
      language: 'en',
    });
    expect(article.origin.fields).toMatchObject({
      id: 'json-ld ReportageNewsArticle.identifier',
      title: 'json-ld ReportageNewsArticle.headline',
      url: 'json-ld ReportageNewsArticle.url',
    });
    expect(article.warnings).toEqual([expect.stringMatching(/^skipped malformed JSON-LD \(script 1\): /)]);
  });

  it('uses Open Graph and article meta tags when there is no JSON-LD', async () => {
    const article = await readArticle('og-only.html');
    expect(article).toMatchObject({
      title: 'Army picks new rifle after two-year trial',
      published: '2019-11-14',
      section: 'Land',
      outlet: 'Frontier Security Weekly',
      url: 'https://fsw.example/army-picks-new-rifle',
      language: 'en',
      warnings: [],
    });
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(article.origin.fields).toEqual({
      id: 'content hash',
      title: 'og:title',
      published: 'article:published_time',
      section: 'article:section',
      outlet: 'og:site_name',
      url: 'og:url',
      text: 'readability main content',
      language: 'detected',
    });
    expect(article.text).toBe(
      'The army has chosen a new service rifle after a two-year trial of three competing designs, the procurement agency announced on Thursday.\n\n' +
        'The first 8,000 rifles will go to infantry battalions in the north, with the rest of the order of 40,000 weapons to follow by 2024.\n\n' +
        'The agency did not give the value of the contract, which it said was still being negotiated with the manufacturer.',
    );
  });

  it('skips malformed JSON-LD with a warning and falls back to meta tags', async () => {
    const article = await readArticle('malformed-jsonld.html');
    expect(article).toMatchObject({
      title: 'Frigate programme delayed again',
      published: '2018-06-05',
      section: null,
      outlet: 'Maritime Monitor',
      url: null,
      language: 'en',
    });
    expect(article.origin.fields).toMatchObject({
      title: 'og:title',
      published: 'meta pubdate',
      outlet: 'og:site_name',
    });
    expect(article.warnings).toHaveLength(1);
    expect(article.warnings[0]).toMatch(/^skipped malformed JSON-LD \(script 1\): /);
    expect(article.text).toBe(
      'The first of six new frigates will enter service two years later than planned, the navy said in a report to parliament on Tuesday.\n\n' +
        'The report blamed late delivery of the combat management system and a shortage of welders at the shipyard.',
    );
  });

  it('leaves out script, noscript and style inside the body, and takes <title> as the last resort', async () => {
    const article = await readArticle('script-in-body.html');
    expect(article).toMatchObject({
      title: 'Drone squadron stands up',
      published: null,
      outlet: null,
      url: null,
      language: 'en',
    });
    expect(article.origin.fields.title).toBe('<title>');
    for (const code of ['SECRET_AD_SLOT_42', 'document.write', 'enable JavaScript', 'hidden-style-marker']) {
      expect(article.text).not.toContain(code);
    }
    expect(article.text.split('\n\n')).toEqual([
      'The air force has stood up its first squadron of armed reconnaissance drones at a base in the east of the country, a spokesman said.',
      'The squadron will operate twelve aircraft and four ground control stations, bought from a foreign supplier in 2020.',
      'Crews trained abroad for six months before the aircraft were delivered in crates last spring.',
    ]);
  });

  it('still reads a file cut off in the middle of a tag', async () => {
    const article = await readArticle('truncated.html');
    expect(article).toMatchObject({
      title: 'Tank upgrade contract awarded',
      outlet: 'Armour Today',
      language: 'en',
    });
    expect(article.text).toContain(
      'active protection system.\n\nWork will be carried out at the state armour depot',
    );
    expect(article.text.endsWith('The second phase of the programme will cover the recovery vehic')).toBe(
      true,
    );
  });

  it('reads a page that omits <html>, <head> and <body>', async () => {
    const article = await readArticle('no-body-tags.html');
    expect(article.title).toBe('Border guards receive patrol boats');
    expect(article.warnings).toEqual([]);
    expect(article.text).toBe(
      'The border guard received the last four of twelve fast patrol boats on Friday, completing an order placed in 2017.\n\n' +
        'The boats will patrol the lake border and the river delta, where smuggling has increased, the interior ministry said.',
    );
  });

  it('falls back to the whole body, with a warning, when Readability finds no article', async () => {
    const article = await readArticle('readability-empty.html');
    expect(article.title).toBe('Live | Coastal Courier');
    expect(article.text).toBe('Tap to load live coverage of the missile test off the east coast');
    expect(article.origin.fields.text).toBe('whole <body>');
    expect(article.warnings).toEqual(['readability found no article; used the whole page body']);
  });

  it('reports a page without text as a no-text problem', async () => {
    const results = await readFixture('no-text.html');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      ok: false,
      problem: { code: 'no-text', source: fixture('no-text.html'), message: 'no article text found' },
    });
  });

  const SENTENCE = '<p>The navy received four new frigates from the national shipyard on Monday.</p>';

  it('does not hang on markup whose first element is not <html> (linkedom roots the tree there)', async () => {
    for (const html of [
      '<table><html><![CDATA[-->--><!doctype html>',
      `<table><html><![CDATA[-->--><!doctype html>${SENTENCE}`,
      `${SENTENCE}<html><body><![CDATA[-->--><!doctype html>${SENTENCE}</body></html>`,
      `<html><body><table><html><![CDATA[-->--><!doctype html>${SENTENCE}</body></html>`,
    ]) {
      const results = await readHtml(html);
      expect(results).toHaveLength(1);
    }
  }, 5_000);

  it('reads a page that starts with stray text before <html>', async () => {
    const [result] = await readHtml(
      `junk <html><head><title>Frigates</title></head><body>${SENTENCE}</body></html>`,
    );
    expect(result).toMatchObject({ ok: true, value: { title: 'Frigates' } });
    if (result?.ok) expect(result.value.text).toContain('The navy received four new frigates');
  });

  it('skips Readability on deeply nested markup and reads the whole body, saying why', async () => {
    const html = `<html><body>${'<div>'.repeat(1000)}${SENTENCE}${'</div>'.repeat(1000)}</body></html>`;
    const [result] = await readHtml(html);
    expect(result).toMatchObject({
      ok: true,
      value: {
        text: 'The navy received four new frigates from the national shipyard on Monday.',
        origin: { fields: { text: 'whole <body>' } },
        warnings: [
          'readability skipped (the page nests elements more than 100 deep); used the whole page body',
        ],
      },
    });
  }, 5_000);

  it('skips Readability on a page of too many elements, saying why', async () => {
    const items = Array.from({ length: 21_000 }, (_, i) => `<span>${i}</span>`).join('');
    const [result] = await readHtml(`<html><body>${SENTENCE}<div>${items}</div></body></html>`);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.value.text.startsWith('The navy received four new frigates')).toBe(true);
    expect(result.value.warnings).toEqual([
      'readability skipped (the page has more than 20,000 elements); used the whole page body',
    ]);
  }, 10_000);

  it('still runs Readability on a page nested 100 deep', async () => {
    const html = `<html><body>${'<div>'.repeat(95)}${SENTENCE.repeat(3)}${'</div>'.repeat(95)}</body></html>`;
    const [result] = await readHtml(html);
    expect(result).toMatchObject({
      ok: true,
      value: { origin: { fields: { text: 'readability main content' } } },
    });
  });

  it('reports a missing file as a problem, not a throw', async () => {
    const results = await readFixture('does-not-exist.html');
    expect(results).toEqual([
      {
        ok: false,
        problem: { code: 'not-found', source: fixture('does-not-exist.html'), message: expect.any(String) },
      },
    ]);
  });
});
