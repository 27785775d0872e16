import type { Assertion, ClaimRecord, EvidenceRef, KbSnapshot } from '../kb/model.js';
import { articleLink, evidenceLink } from './evidence-link.js';
import { articlesOf, claimsByKey, compareStrings } from './snapshot-index.js';

/**
 * The snapshot as one JSON document, for programs: everything the read model holds, each evidence span
 * with its `link`, each claim with its article's `articleLink`, and an `articles` index. Byte-stable: keys
 * sorted at every level, entities and assertions sorted by id, claims by key (the order of evidence,
 * items and aliases is the knowledge base's and is kept), so two exports of one snapshot diff cleanly.
 */

export const JSON_EXPORT_FORMAT = 'armstrace/kb-export';
export const JSON_EXPORT_VERSION = 1;

const withLink = (ref: EvidenceRef) => ({ ...ref, link: evidenceLink(ref) });

const claimOut = (record: ClaimRecord) => ({
  ...record,
  articleLink: articleLink(record.articleId, record.version),
  evidence: record.evidence.map(withLink),
});

const assertionOut = (assertion: Assertion) => ({
  ...assertion,
  claims: claimsByKey(assertion).map(claimOut),
});

export function exportJson(snapshot: KbSnapshot): string {
  const document = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    generatedAt: snapshot.generatedAt,
    entities: [...snapshot.entities].sort((a, b) => compareStrings(a.id, b.id)),
    assertions: [...snapshot.assertions].sort((a, b) => compareStrings(a.id, b.id)).map(assertionOut),
    articles: articlesOf(snapshot).map(({ articleId, version, url, outlet, published }) => ({
      articleId,
      version,
      url,
      outlet,
      published,
      link: articleLink(articleId, version),
    })),
  };
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

/** A copy with every object's keys in code-unit order (arrays keep theirs); undefined members dropped. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
