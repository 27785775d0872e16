import type { GazetteerEntry } from './gazetteer/entry.js';
import type { ArticleDoc, EntityMention, EntityVia, Span } from './types.js';

/** An entity mention of a gazetteer entry at `span`. */
export function mentionOf(
  doc: ArticleDoc,
  span: Span,
  entry: GazetteerEntry,
  extractor: string,
  via: EntityVia,
  resolution?: EntityMention['resolution'],
): EntityMention {
  return {
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
    ...(entry.type === 'weapon'
      ? {
          category: entry.category ?? 'weapons_unspecified',
          designation: entry.designation ? entry.name : null,
        }
      : {}),
    ...(entry.aliases.length ? { aliases: entry.aliases } : {}),
    ...(resolution ? { resolution } : {}),
  };
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

/** Lower-case ASCII slug for ids: "Kibbutz Sufa" → "kibbutz-sufa". */
export function slugify(name: string): string {
  // Accents are folded away first; plain ASCII (most names) has none to fold.
  return (NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
