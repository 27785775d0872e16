import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import type { ReadResult } from '../../core/problem.js';
import { fileSource } from '../input-source.js';
import { DEFAULT_READ_OPTIONS } from '../reader.js';
import { feedReader } from './feed-reader.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url));

async function readFixture(name: string): Promise<ReadResult<Article>[]> {
  const results: ReadResult<Article>[] = [];
  for await (const result of feedReader.read(fileSource(fixture(name)), DEFAULT_READ_OPTIONS))
    results.push(result);
  return results;
}

async function readArticles(name: string): Promise<Article[]> {
  return (await readFixture(name)).map((result) => {
    if (!result.ok) throw new Error(`expected an article, got ${JSON.stringify(result.problem)}`);
    return result.value;
  });
}

describe('feedReader.matches', () => {
  it('recognizes RSS, Atom and RDF roots after a declaration, comments and a doctype', () => {
    expect(feedReader.matches('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">')).toBe(true);
    expect(feedReader.matches('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(feedReader.matches('<?xml version="1.0"?>\n<!-- generator -->\n<rdf:RDF xmlns:rdf="x">')).toBe(
      true,
    );
    expect(
      feedReader.matches(
        '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><!DOCTYPE rss [<!ENTITY n "x">]>\n<rss>',
      ),
    ).toBe(true);
  });

  it('does not claim HTML or other XML', () => {
    expect(feedReader.matches('<!DOCTYPE html><html><body><rss>')).toBe(false);
    expect(feedReader.matches('<?xml version="1.0"?><urlset>')).toBe(false);
    expect(feedReader.matches('<feedback>')).toBe(false);
  });
});

describe('feedReader.read', () => {
  it('reads RSS 2.0 items: content:encoded over description, guid over link, RFC 822 dates in UTC', async () => {
    const [first, second, third, ...rest] = await readArticles('rss2.xml');
    expect(rest).toEqual([]);

    expect(first).toMatchObject({
      id: 'dw-2014-0727-001',
      title: 'Navy orders two more mine countermeasure vessels',
      published: '2014-07-27T11:22:00Z',
      section: 'Naval',
      outlet: 'Defence Wire',
      url: 'https://defencewire.example/2014/07/navy-mcm-vessels',
      language: 'en',
      text:
        'The navy has ordered two more mine countermeasure vessels from a domestic shipyard, bringing the class to six hulls.\n\n' +
        'The ships will carry unmanned underwater vehicles for route survey and will be based at the northern naval station.\n\n' +
        'Delivery of the first of the two is planned for 2017.',
      warnings: [],
    });
    expect(first?.origin).toEqual({
      source: fixture('rss2.xml'),
      format: 'feed',
      locator: 'item 1',
      fields: {
        id: 'item guid',
        title: 'item title',
        published: 'item pubDate',
        section: 'item category',
        outlet: 'channel title',
        url: 'item link',
        text: 'item content:encoded',
        language: 'detected',
      },
    });
    expect(first?.text).not.toContain('trackImpression');
    expect(first?.text).not.toContain('Short summary');

    // A permalink guid is the id and, with no <link>, the URL; the description is entity-encoded HTML.
    expect(second).toMatchObject({
      id: 'https://defencewire.example/2014/07/transport-turboprops',
      title: 'Air force retires last transport turboprops',
      published: '2014-07-28T07:05:00Z',
      section: null,
      outlet: 'Defence Wire',
      url: 'https://defencewire.example/2014/07/transport-turboprops',
      language: 'en',
      text:
        'The air force flew its last two turboprop transports to a storage depot on Monday, ending 41 years of service.\n\n' +
        'Their tasks pass to the new jet transports delivered last year.',
    });
    expect(second?.origin.locator).toBe('item 2');
    expect(second?.origin.fields).toMatchObject({ url: 'item guid (permalink)', text: 'item description' });

    // No guid: the link is the id. Named and numeric entities are decoded in title and text.
    expect(third).toMatchObject({
      id: 'https://defencewire.example/2014/07/radar-sensor-deal',
      title: 'Radar & sensor deal for border force — first phase',
      published: '2014-07-29T16:40:00Z',
      url: 'https://defencewire.example/2014/07/radar-sensor-deal',
      language: 'en',
      text: 'The border force signed a deal for ground surveillance radars & thermal cameras worth 23 million euros, the interior ministry’s spokesman said.',
    });
    expect(third?.origin.fields.id).toBe('item link');
  });

  it('reads Atom entries: html content, text summary, alternate link, published else updated', async () => {
    const [first, second, ...rest] = await readArticles('atom.xml');
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      id: 'tag:slj.example,2016:tanker-contract',
      title: 'Tanker aircraft contract signed',
      published: '2016-05-03T12:30:00Z',
      section: 'Air',
      outlet: 'Strategic Lift Journal',
      url: 'https://slj.example/2016/05/tanker-contract',
      language: 'en',
      text:
        'The ministry has signed a contract for three aerial refuelling tankers, with options for two more.\n\n' +
        'The first aircraft is due in 2019 & will be based at the central air base.',
    });
    expect(first?.origin).toMatchObject({
      locator: 'item 1',
      fields: { published: 'entry published', text: 'entry content' },
    });
    expect(second).toMatchObject({
      id: 'tag:slj.example,2016:simulator',
      title: 'Airlift squadron gets new simulator',
      published: '2016-05-02T10:00:00Z',
      section: null,
      outlet: 'Strategic Lift Journal',
      url: 'https://slj.example/2016/05/simulator',
      language: 'en',
      text: 'The airlift squadron has received a full-motion flight simulator, which will cut training hours flown on the real aircraft by a third & save fuel.',
    });
    expect(second?.origin).toMatchObject({
      locator: 'item 2',
      fields: { published: 'entry updated', text: 'entry summary' },
    });
  });

  it('reads Atom xhtml content as markup', async () => {
    const [entry] = await readArticles('atom-xhtml.atom');
    expect(entry).toMatchObject({
      id: 'tag:sealift.example,2017:roro',
      title: 'Ro-ro ferry chartered for exercise',
      outlet: 'Sealift Notes',
      url: null,
      text:
        'The army has chartered a civilian roll-on roll-off ferry to move armoured vehicles to the autumn exercise.\n\n' +
        'The charter runs for six weeks & includes the crew.',
    });
  });

  it('reads RSS 1.0 (RDF) items with Dublin Core dates and subjects', async () => {
    const [item, ...rest] = await readArticles('rss1.xml');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: 'https://armsmonitor.example/notes/armoured-vehicles-export',
      title: 'Export licence granted for armoured vehicles',
      published: '2012-10-08T07:15:00Z',
      section: 'Exports',
      outlet: 'Arms Monitor',
      url: 'https://armsmonitor.example/notes/armoured-vehicles-export',
      language: 'en',
    });
    expect(item?.origin.fields).toMatchObject({ published: 'item dc:date', section: 'item dc:subject' });
  });

  it('fails a malformed feed as a whole, naming the line', async () => {
    expect(await readFixture('malformed.rss')).toEqual([
      {
        ok: false,
        problem: {
          code: 'malformed',
          source: fixture('malformed.rss'),
          message:
            "malformed XML at line 8, column 5: Expected closing tag 'title' (opened in line 6, col 7) instead of closing tag 'item'.",
        },
      },
    ]);
  });

  it('counts blank lines before the XML declaration in the line number', async () => {
    const [result] = await readFixture('leading-blank-malformed.rss');
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'malformed', message: expect.stringMatching(/^malformed XML at line 8, /) },
    });
  });

  it('repairs bare ampersands, with a warning, instead of rejecting the feed', async () => {
    const [result] = await readFixture('bare-ampersand.rss');
    expect(result).toMatchObject({
      ok: true,
      value: { title: 'Engines & gearboxes', warnings: ['escaped 1 bare "&" that made the XML malformed'] },
    });
  });

  it('salvages a description whose HTML was left unescaped, a paragraph per element', async () => {
    const [item] = await readArticles('unescaped-description.rss');
    expect(item?.text).toBe(
      'The artillery regiment has handed back its last tracked howitzers and now operates only wheeled guns.\n\n' +
        'The change cuts the time needed to move a battery by road.',
    );
  });

  it('names the open tags of a feed cut short', async () => {
    const [result, ...rest] = await readFixture('truncated.rss');
    expect(rest).toEqual([]);
    expect(result).toMatchObject({
      ok: false,
      problem: {
        code: 'malformed',
        message:
          'malformed XML at line 10, column 22: the file ends before <title>, <item>, <channel>, <rss> are closed',
      },
    });
  });

  it('fails only the item without text, with its locator', async () => {
    const results = await readFixture('item-without-text.rss');
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({
      ok: false,
      problem: {
        code: 'no-text',
        source: fixture('item-without-text.rss'),
        locator: 'item 2',
        message: 'no article text found',
      },
    });
    const titles = results.flatMap((r) => (r.ok ? [r.value.title] : []));
    expect(titles).toEqual(['Helicopter upgrade completed', 'Ammunition plant expands production']);
    expect(results[2]).toMatchObject({ ok: true, value: { origin: { locator: 'item 3' } } });
  });

  it('reports a feed without items', async () => {
    expect(await readFixture('empty-channel.rss')).toEqual([
      {
        ok: false,
        problem: { code: 'no-text', source: fixture('empty-channel.rss'), message: 'feed has no items' },
      },
    ]);
  });

  it('reports an empty root element as a feed without items', async () => {
    expect(await readFixture('empty-root.rss')).toEqual([
      {
        ok: false,
        problem: { code: 'no-text', source: fixture('empty-root.rss'), message: 'feed has no items' },
      },
    ]);
  });

  it('reports well-formed XML that is not a feed as unsupported', async () => {
    const [result] = await readFixture('not-a-feed.xml');
    expect(result).toMatchObject({ ok: false, problem: { code: 'unsupported' } });
  });
});
