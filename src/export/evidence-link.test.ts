import { describe, expect, it } from 'vitest';
import type { EvidenceRef } from '../kb/model.js';
import { articleLink, evidenceLink, parseEvidenceLink } from './evidence-link.js';

const ref = (articleId: string, extra: Partial<EvidenceRef> = {}): EvidenceRef => ({
  articleId,
  version: 3,
  start: 45,
  end: 231,
  text: 'some words',
  ...extra,
});

describe('evidenceLink', () => {
  it('names the article version and the span, headline spans marked', () => {
    expect(evidenceLink(ref('2701141'))).toBe('armstrace:article/2701141?v=3#45-231');
    expect(evidenceLink(ref('2701141', { field: 'title' }))).toBe(
      'armstrace:article/2701141?v=3&field=title#45-231',
    );
    expect(articleLink('2701141', 1)).toBe('armstrace:article/2701141?v=1');
  });

  it.each(['2701141', 'feed:item/7?x=1#frag', 'a b&c', 'ünïcode-id'])(
    'reads back what it wrote, whatever the article id (%j)',
    (id) => {
      const link = evidenceLink(ref(id, { field: 'title' }));
      expect(link).toMatch(/^armstrace:article\/[^?#/ ]+\?v=3&field=title#45-231$/);
      expect(parseEvidenceLink(link)).toEqual({
        articleId: id,
        version: 3,
        start: 45,
        end: 231,
        field: 'title',
      });
      expect(parseEvidenceLink(evidenceLink(ref(id)))).toEqual({
        articleId: id,
        version: 3,
        start: 45,
        end: 231,
      });
    },
  );

  it('is a URI STIX and browsers accept', () => {
    expect(URL.canParse(evidenceLink(ref('feed:item/7?x=1#frag')))).toBe(true);
  });

  it('reads nothing else', () => {
    expect(parseEvidenceLink('https://example.org/a?v=1#1-2')).toBeNull();
    expect(parseEvidenceLink('armstrace:article/x?v=1')).toBeNull();
  });
});
