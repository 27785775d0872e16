import type { Article } from '../core/article.js';
import type { Claim } from './claims/claim.js';
import { extractClaims } from './claims/claim-layer.js';
import type { Pipeline } from './configuration.js';
import { runPipeline } from './pipeline.js';
import type { AmountMention, EntityMention, Mention, TimeMention } from './types.js';

export const SCHEMA_ID = 'armstrace/extraction@1';

/** One contract object (`../shared/contract/extraction.schema.json`): what armstrace extracts from one article. */
export interface Extraction {
  schema: typeof SCHEMA_ID;
  article: Pick<Article, 'id' | 'title' | 'published' | 'section' | 'outlet' | 'url' | 'language' | 'text'>;
  entities: ExtractedEntity[];
  claims: Claim[];
  /** Added fields (the contract allows them): the time and amount mentions claims will be built from. */
  times: Omit<TimeMention, 'kind'>[];
  amounts: Omit<AmountMention, 'kind'>[];
  warnings: string[];
  /** With --explain: every mention with the stage that produced it and why. */
  explain?: { mentions: Mention[]; debug: readonly string[] };
}

export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityMention['type'];
  aliases: string[];
  country: string | null;
  category?: EntityMention['category'];
  designation?: string | null;
  mentions: {
    start: number;
    end: number;
    text: string;
    via: EntityMention['via'];
    resolution?: EntityMention['resolution'];
    /** 'title': a mention in the headline, its offsets into the title. */
    field?: 'title';
  }[];
}

/**
 * Extracts one article: the mention layer over the body (and the headline), then the claim layer over
 * both, shaped as the contract object.
 */
export function extractArticle(
  pipeline: Pipeline,
  article: Article,
  options: { explain?: boolean } = {},
): Extraction {
  const run = runPipeline(pipeline, article, { debug: options.explain ?? false });
  // The headline counts as evidence: it is read as a text of its own (offsets into the title).
  const headline = article.title?.trim() ? article.title : null;
  const titleRun =
    headline && !article.text.startsWith(headline)
      ? runPipeline(pipeline, { id: article.id, text: headline, published: article.published })
      : undefined;
  const debug = [...run.debug];
  const layer = extractClaims({
    articleId: article.id,
    published: article.published,
    body: run,
    ...(titleRun ? { title: titleRun } : {}),
    ...(options.explain ? { debug: (message: () => string) => debug.push(message()) } : {}),
  });
  const entities = new Map<string, ExtractedEntity>();
  const times: Extraction['times'] = [];
  const amounts: Extraction['amounts'] = [];
  const tagged: [Mention, 'title' | undefined][] = [
    ...run.mentions.map((m): [Mention, undefined] => [m, undefined]),
    ...layer.madeEntities.map(({ mention, field }): [Mention, 'title' | undefined] => [
      mention,
      field === 'title' ? 'title' : undefined,
    ]),
    ...(titleRun?.mentions ?? []).map((m): [Mention, 'title'] => [m, 'title']),
  ];
  for (const [m, field] of tagged) {
    if (field && m.kind !== 'entity') continue;
    if (m.kind === 'time') times.push(strip(m));
    else if (m.kind === 'amount') amounts.push(strip(m));
    else {
      let entity = entities.get(m.entityId);
      if (!entity) {
        entity = {
          id: m.entityId,
          name: m.name,
          type: m.type,
          aliases: [...(m.aliases ?? [])],
          country: m.country,
          ...(m.type === 'weapon' ? { category: m.category, designation: m.designation ?? null } : {}),
          mentions: [],
        };
        entities.set(m.entityId, entity);
      }
      if (entity.mentions.some((x) => x.start === m.start && x.end === m.end && x.field === field)) continue;
      entity.mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        via: m.via,
        ...(m.resolution ? { resolution: m.resolution } : {}),
        ...(field ? { field } : {}),
      });
    }
  }
  const { id, title, published, section, outlet, url, language, text } = article;
  return {
    schema: SCHEMA_ID,
    article: { id, title, published, section, outlet, url, language, text },
    entities: [...entities.values()],
    claims: layer.claims,
    times,
    amounts,
    warnings: [...article.warnings],
    ...(options.explain ? { explain: { mentions: [...run.mentions], debug } } : {}),
  };
}

function strip<T extends { kind: string }>(m: T): Omit<T, 'kind'> {
  const { kind: _kind, ...rest } = m;
  return rest;
}
