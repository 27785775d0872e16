import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import { QuerySyntaxError } from '../../src/core/errors.js';
import { finalizeArticle } from '../../src/ingest/finalize-article.js';
import type { ArticleRepository } from '../../src/store/article-repository.js';

/** An article made the way readers make them, from text written for these tests. */
export function makeArticle(
  id: string | null,
  title: string,
  body: string,
  extra: Partial<Record<'published' | 'outlet', string>> = {},
): Article {
  const result = finalizeArticle(
    { id, title, body, fields: {}, warnings: [], ...extra },
    { source: `test/${id ?? 'anon'}.txt`, format: 'text' },
  );
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

const CONVOY = makeArticle(
  'a-1',
  'Convoy of anti-tank missiles intercepted near the border',
  'Customs officers intercepted a convoy carrying anti-tank missiles near the northern border crossing on Tuesday, officials said.\n\nThe shipment was bound for a militia operating in the valley.',
  { published: '2024-03-05', outlet: 'Example Wire' },
);
const FRIGATE = makeArticle(
  'a-2',
  'Navy signs frigate contract',
  'The navy signed a contract for four frigates with a domestic shipyard. The first frigate is due in 2027.',
);
const TRADING = makeArticle(
  'a-3',
  'Trading company accused of brokering rifles',
  'Prosecutors accused a trading company of brokering the sale of assault rifles to an armed group. The company denied it.',
);

/**
 * The behaviour every ArticleRepository keeps. Run it against each backend with a factory that returns a
 * fresh, empty store. Cases a backend cannot run are listed in `skip` with the reason.
 */
export function describeArticleRepositoryContract(
  name: string,
  open: () => Promise<ArticleRepository>,
  skip: Readonly<Record<string, string>> = {},
): void {
  describe(`ArticleRepository contract: ${name}`, () => {
    let repo: ArticleRepository;
    beforeEach(async () => {
      repo = await open();
    });
    afterEach(async () => {
      await repo.close();
    });
    const contractCase = (title: string, body: () => Promise<void>) =>
      skip[title] ? it.skip(`${title} (skipped: ${skip[title]})`, body) : it(title, body);

    contractCase('stores an article and returns it field for field', async () => {
      const [outcome] = await repo.saveArticles([CONVOY]);
      expect(outcome).toEqual({ id: 'a-1', version: 1, status: 'inserted' });
      const stored = await repo.getArticle('a-1');
      expect(stored).toMatchObject({ ...CONVOY, version: 1, latest: true });
      expect(stored?.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await repo.getArticle('nope')).toBeNull();
    });

    contractCase('re-saving the same article is a no-op', async () => {
      await repo.saveArticles([CONVOY, FRIGATE]);
      const again = await repo.saveArticles([CONVOY, FRIGATE]);
      expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
      expect(await repo.stats()).toEqual({ articles: 2, versions: 2 });
    });

    contractCase('changed content under the same id becomes a new version, the old one kept', async () => {
      await repo.saveArticles([CONVOY]);
      const edited = makeArticle(
        'a-1',
        CONVOY.title,
        `${CONVOY.text}\n\nUpdated: two drivers were arrested.`,
      );
      const [outcome] = await repo.saveArticles([edited]);
      expect(outcome).toEqual({ id: 'a-1', version: 2, status: 'new-version' });
      expect((await repo.getArticle('a-1'))?.text).toContain('two drivers were arrested');
      expect((await repo.getArticle('a-1', 1))?.text).toBe(CONVOY.text);
      expect((await repo.getArticle('a-1', 1))?.latest).toBe(false);
      const versions = await repo.listVersions('a-1');
      expect(versions.map((v) => [v.version, v.latest])).toEqual([
        [1, false],
        [2, true],
      ]);
      // Re-ingesting the older copy does not flip the latest version back.
      expect((await repo.saveArticles([CONVOY]))[0]?.status).toBe('unchanged');
      expect((await repo.getArticle('a-1'))?.version).toBe(2);
    });

    contractCase('two versions of one id in the same batch are both kept', async () => {
      const edited = makeArticle(
        'a-1',
        CONVOY.title,
        'A corrected account of the interception near the border crossing.',
      );
      const outcomes = await repo.saveArticles([CONVOY, edited]);
      expect(outcomes.map((o) => o.status)).toEqual(['inserted', 'new-version']);
      expect(await repo.stats()).toEqual({ articles: 1, versions: 2 });
    });

    contractCase('search ranks matches, stems words and highlights them', async () => {
      await repo.saveArticles([CONVOY, FRIGATE, TRADING]);
      const page = await repo.search('missile');
      expect(page.total).toBe(1);
      const hit = page.hits[0];
      expect(hit?.id).toBe('a-1');
      const marked = hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e).toLowerCase());
      expect(marked).toContain('missiles');
      // A title match outranks a body-only match.
      const both = await repo.search('company OR frigate');
      expect(both.hits.map((h) => h.id).sort()).toEqual(['a-2', 'a-3']);
      expect(both.hits[0]?.score).toBeGreaterThanOrEqual(both.hits[1]?.score ?? 0);
    });

    contractCase('search understands phrases, prefixes, OR, exclusion and title:', async () => {
      await repo.saveArticles([CONVOY, FRIGATE, TRADING]);
      const ids = async (q: string) => (await repo.search(q)).hits.map((h) => h.id).sort();
      expect(await ids('"trading company"')).toEqual(['a-3']);
      expect(await ids('"company trading"')).toEqual([]);
      expect(await ids('frig*')).toEqual(['a-2']);
      expect(await ids('frigate OR rifles')).toEqual(['a-2', 'a-3']);
      expect(await ids('contract -frigate')).toEqual([]);
      expect(await ids('(frigate OR rifles) -company')).toEqual(['a-2']);
      expect(await ids('title:missiles')).toEqual(['a-1']);
      expect(await ids('title:shipment')).toEqual([]);
    });

    contractCase('search sees only the latest version', async () => {
      await repo.saveArticles([CONVOY]);
      await repo.saveArticles([
        makeArticle('a-1', 'Convoy story withdrawn', 'This report has been withdrawn by the publisher.'),
      ]);
      expect((await repo.search('convoy')).hits.map((h) => h.title)).toEqual(['Convoy story withdrawn']);
      expect((await repo.search('militia')).total).toBe(0);
    });

    contractCase('search pages with limit and offset', async () => {
      const many = Array.from({ length: 25 }, (_, i) =>
        makeArticle(
          `m-${i}`,
          `Mortar rounds report ${i}`,
          `Report number ${i} on mortar rounds seized at the port.`,
        ),
      );
      await repo.saveArticles(many);
      const first = await repo.search('mortar', { limit: 10 });
      const third = await repo.search('mortar', { limit: 10, offset: 20 });
      expect(first.total).toBe(25);
      expect(first.hits).toHaveLength(10);
      expect(third.hits).toHaveLength(5);
      expect(new Set([...first.hits, ...third.hits].map((h) => h.id)).size).toBe(15);
    });

    contractCase(
      'user query errors are QuerySyntaxErrors, and quotes or operators cannot inject',
      async () => {
        await repo.saveArticles([CONVOY]);
        for (const bad of ['"unclosed', '(missiles', 'missiles)', 'OR missiles', '-missiles', '   ', '***']) {
          await expect(repo.search(bad), bad).rejects.toBeInstanceOf(QuerySyntaxError);
        }
        // FTS5 syntax typed by a user is searched for as words, not executed.
        expect((await repo.search('missiles NEAR/2 convoy')).total).toBe(0);
        expect((await repo.search("missiles'; DROP TABLE article_versions; --")).total).toBe(0);
        expect((await repo.search('missiles')).total).toBe(1);
      },
    );

    contractCase('a failed batch stores nothing', async () => {
      const broken = { ...FRIGATE, text: null as unknown as string };
      await expect(repo.saveArticles([CONVOY, broken])).rejects.toThrow();
      expect(await repo.stats()).toEqual({ articles: 0, versions: 0 });
      expect((await repo.search('convoy')).total).toBe(0);
    });
  });
}
