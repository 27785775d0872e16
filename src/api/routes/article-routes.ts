import { z } from 'zod';
import type { Store } from '../../kb/sqlite/sqlite-knowledge-base.js';
import { ApiError } from '../api-error.js';
import type { RouteTable } from '../route.js';
import { ID_PARAMS, SEARCH_QUERY } from '../schemas.js';

export function registerArticleRoutes(routes: RouteTable, store: Store): void {
  routes.add({
    method: 'GET',
    url: '/api/search',
    tag: 'articles',
    summary: 'Ranked full-text search over the latest version of every article',
    query: SEARCH_QUERY,
    returns: '{ total, hits: [{ id, version, title, published, outlet, snippet, highlights, score }] }',
    handler: ({ query }) => store.articles.search(query.q, { limit: query.limit, offset: query.offset }),
  });

  routes.add({
    method: 'GET',
    url: '/api/articles/:id',
    tag: 'articles',
    summary:
      'One article: text, metadata, cleaning warnings, entities with mention offsets, claims with evidence offsets',
    params: ID_PARAMS,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }).strict(),
    returns:
      '{ article, versions, extraction: { entities, claims, version, extractor, storyId } | null, story }',
    handler: async ({ params, query }) => {
      const article = await store.articles.getArticle(params.id, query.version);
      if (!article)
        throw new ApiError(
          404,
          'not-found',
          `no article ${params.id}${query.version ? ` version ${query.version}` : ''}`,
        );
      const extraction = store.knowledge.reader.extraction(article.id);
      return {
        article,
        versions: await store.articles.listVersions(article.id),
        // Offsets point into this version's text: the extraction is shown only with the version it was made from.
        extraction: extraction && extraction.version === article.version ? extraction : null,
        story: store.knowledge.reader.storyOf(article.id),
      };
    },
  });
}
