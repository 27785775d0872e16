import { describe, expect, it } from 'vitest';
import type { Assertion } from '../kb/model.js';
import { parseEvidenceLink } from './evidence-link.js';
import { exportJson, JSON_EXPORT_FORMAT } from './json-export.js';
import { reordered, SNAPSHOT } from './test-snapshot.js';

// biome-ignore lint/suspicious/noExplicitAny: the parsed document is walked generically
type Json = any;

function keysSortedEverywhere(value: Json, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysSortedEverywhere(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const here = keys.join() === [...keys].sort().join() ? [] : [path];
  return [...here, ...keys.flatMap((k) => keysSortedEverywhere(value[k], `${path}.${k}`))];
}

describe('exportJson', () => {
  const text = exportJson(SNAPSHOT);
  const doc: Json = JSON.parse(text);

  it('writes a versioned document with keys sorted at every level', () => {
    expect(doc.format).toBe(JSON_EXPORT_FORMAT);
    expect(doc.generatedAt).toBe(SNAPSHOT.generatedAt);
    expect(keysSortedEverywhere(doc)).toEqual([]);
    expect(doc.entities.map((e: Json) => e.id)).toEqual([
      'company:al-noor',
      'group:hamas',
      'person:kim-sang-ho',
      'place:beirut',
      'state:ISR',
      'state:PRK',
      'weapon:fajr-5',
    ]);
  });

  it('does not depend on the order of the snapshot', () => {
    expect(exportJson(reordered(SNAPSHOT))).toBe(text);
  });

  it('links every evidence span and every claim to its article', () => {
    const spans = doc.assertions.flatMap((a: Json) => a.claims.flatMap((c: Json) => c.evidence));
    expect(spans).toHaveLength(7);
    for (const span of spans) {
      const { link, text: _, ...ref } = span;
      expect(parseEvidenceLink(link)).toEqual(ref);
    }
    const claim = doc.assertions.find((a: Json) => a.id === 'asr-delivery-1').claims[0];
    expect(claim.articleLink).toBe('armstrace:article/art-1?v=2');
    expect(claim.evidence[0].link).toBe('armstrace:article/art-1?v=2&field=title#0-37');
    expect(doc.articles.map((a: Json) => [a.articleId, a.url, a.link])).toEqual([
      ['art-1', 'https://example.org/news/1?a=1&b=2', 'armstrace:article/art-1?v=2'],
      ['art-2', null, 'armstrace:article/art-2?v=1'],
      ['art-3', 'https://example.org/news/3', 'armstrace:article/art-3?v=1'],
      ['art-4', 'https://example.org/news/4', 'armstrace:article/art-4?v=1'],
    ]);
  });

  it('keeps everything the snapshot holds', () => {
    const stripLinks = (a: Json): Assertion => ({
      ...a,
      claims: a.claims.map(({ articleLink: _, ...c }: Json) => ({
        ...c,
        evidence: c.evidence.map(({ link: __, ...e }: Json) => e),
      })),
    });
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(doc.assertions.map(stripLinks)).toEqual(
      [...SNAPSHOT.assertions].sort(byId).map((a) => ({
        ...a,
        claims: [...a.claims].sort((x, y) => (x.key < y.key ? -1 : 1)),
      })),
    );
    expect(doc.entities).toEqual([...SNAPSHOT.entities].sort(byId));
  });
});
