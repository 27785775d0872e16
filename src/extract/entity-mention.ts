import type { GazetteerEntry } from './gazetteer/entry.js';
import type { ArticleDoc, EntityMention, EntityVia, Span } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An entity mention of a gazetteer entry at `span`. */
export function mentionOf(
  doc: ArticleDoc,
  span: Span,
  entry: GazetteerEntry,
  extractor: string,
  via: EntityVia,
  resolution?: EntityMention['resolution'],
): EntityMention {
  // Optional fields are added in place, in their output order: spreads of `{}` cost more, on every name.
  const mention: Mutable<EntityMention> = {
    kind: 'entity',
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    entityId: entry.id,
    name: entry.name,
    type: entry.type,
    country: entry.country ?? null,
    extractor,
    via,
  };
  if (entry.type === 'weapon') {
    mention.category = entry.category ?? 'weapons_unspecified';
    mention.designation = entry.designation ? entry.name : null;
  }
  if (entry.aliases.length) mention.aliases = entry.aliases;
  if (entry.metonymOf) mention.metonymOf = entry.metonymOf;
  if (resolution) mention.resolution = resolution;
  return mention;
}

/** A reference at `span` ("the company", "the two", "its") resolved to the entity `antecedent` names, and why. */
export function referenceTo(
  doc: ArticleDoc,
  span: Span,
  antecedent: EntityMention,
  extractor: string,
  reason: string,
): EntityMention {
  return {
    ...antecedent,
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    extractor,
    via: 'coreference',
    resolution: { to: antecedent.entityId, reason },
  };
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * An actor the text describes but does not name ("a Lebanese-based trading company", "two ships",
 * "Iran-backed militias"): an entity of this article only, `anon:<article id>:<slug of the words>`.
 */
export function describedEntity(
  articleId: string,
  text: string,
  span: Span,
  type: EntityMention['type'],
  country: string | null,
  extractor: string,
): EntityMention {
  const words = text.slice(span.start, span.end);
  return {
    kind: 'entity',
    start: span.start,
    end: span.end,
    text: words,
    entityId: `anon:${articleId}:${slugify(words)}`,
    name: words,
    type,
    country,
    extractor,
    via: 'description',
  };
}

/** Lower-case ASCII slug for ids: "Kibbutz Sufa" → "kibbutz-sufa". */
export function slugify(name: string): string {
  // Accents are folded away first; plain ASCII (most names) has none to fold.
  return (NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
