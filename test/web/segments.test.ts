import { describe, expect, it } from 'vitest';
import { arcsOf } from '../../web/src/map/arcs.js';
import { countryCentroid, countryFeature } from '../../web/src/map/countries.js';
import { type MarkSpan, pieces } from '../../web/src/reader/segments.js';
import { keepsArticle } from '../../web/src/search/filters.js';

const m = (start: number, end: number, kind: string, id?: string): MarkSpan => ({
  start,
  end,
  kind,
  name: id ?? kind,
  ...(id ? { id } : {}),
});

// The reader splits article text at span offsets into pieces rendered as text nodes and <mark>s.
describe('pieces of marked text', () => {
  const text = 'a Lebanese-based trading company in Beirut';

  it('covers the text exactly, in order, whatever the spans', () => {
    const out = pieces(
      text,
      [m(2, 32, 'company', 'c'), m(2, 10, 'state', 'LBN'), m(36, 42, 'location')],
      [{ start: 0, end: 20 }],
    );
    expect(out.map((p) => p.text).join('')).toBe(text);
    for (let i = 1; i < out.length; i++) expect(out[i]?.start).toBe(out[i - 1]?.end);
  });

  it('colours a piece by its innermost mention and keeps every covering one', () => {
    const out = pieces(text, [m(2, 32, 'company', 'c'), m(2, 10, 'state', 'LBN')], []);
    const lebanese = out.find((p) => p.text === 'Lebanese');
    expect(lebanese?.mention?.kind).toBe('state');
    expect(lebanese?.mentions.map((x) => x.kind)).toEqual(['state', 'company']);
    expect(out.find((p) => p.text === '-based trading company')?.mention?.kind).toBe('company');
    expect(out.find((p) => p.text === 'a ')?.mention).toBeNull();
  });

  it('marks evidence across mention boundaries, and crossing spans split cleanly', () => {
    const out = pieces(text, [m(2, 16, 'company'), m(11, 24, 'weapon')], [{ start: 5, end: 30 }]);
    expect(out.map((p) => p.text).join('')).toBe(text);
    expect(
      out
        .filter((p) => p.evidence)
        .map((p) => p.text)
        .join(''),
    ).toBe(text.slice(5, 30));
    expect(out.find((p) => p.text === 'based')?.mentions.map((x) => x.kind)).toEqual(['weapon', 'company']);
  });

  it('ignores spans outside the text or empty, and handles no spans at all', () => {
    expect(
      pieces('abc', [m(2, 9, 'state'), m(-1, 1, 'state'), m(1, 1, 'state')], [{ start: 5, end: 7 }]),
    ).toEqual([{ start: 0, end: 3, text: 'abc', mention: null, mentions: [], evidence: false }]);
    expect(pieces('', [], [])).toEqual([]);
  });

  it('keeps markup in the text as text (the pieces are strings, never parsed)', () => {
    const hostile = 'x <script>alert(1)</script> <img src=x onerror=alert(2)> y';
    const out = pieces(hostile, [m(0, 1, 'state')], [{ start: 2, end: 27 }]);
    expect(out.map((p) => p.text).join('')).toBe(hostile);
    expect(out.find((p) => p.evidence)?.text).toBe('<script>alert(1)</script>');
  });
});

describe('search facets on article hits', () => {
  const f = { q: 'x', type: [], stage: [], modality: [], actor: '', itemCategory: '' };
  it('keeps hits by outlet (any case) and publication date range', () => {
    const hit = { outlet: 'Reuters', published: '2024-03-02T10:00' };
    expect(keepsArticle({ ...f, since: '', until: '', outlet: 'reuters' }, hit)).toBe(true);
    expect(keepsArticle({ ...f, since: '', until: '', outlet: 'AP' }, hit)).toBe(false);
    expect(keepsArticle({ ...f, since: '2024-03-02', until: '2024-03-02', outlet: '' }, hit)).toBe(true);
    expect(keepsArticle({ ...f, since: '2024-03-03', until: '', outlet: '' }, hit)).toBe(false);
    expect(keepsArticle({ ...f, since: '', until: '2024-03-01', outlet: '' }, hit)).toBe(false);
    expect(
      keepsArticle({ ...f, since: '2000-01-01', until: '', outlet: '' }, { outlet: null, published: null }),
    ).toBe(false);
  });
});

describe('the map', () => {
  it('finds countries of the bundled atlas by ISO alpha-3, centred on their main land', () => {
    expect(countryFeature('PRK')?.properties.name).toBe('North Korea');
    expect(countryFeature('XKX')?.properties.name).toBe('Kosovo');
    expect(countryFeature('ZZZ')).toBeNull();
    // France's centre is in France, not pulled towards French Guiana.
    const [lon, lat] = countryCentroid('FRA') as [number, number];
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(50);
  });

  it('turns network links into arcs between countries; the rest is said, not dropped', () => {
    const node = (id: string, country: string | null) => ({
      id,
      label: id,
      type: 'state' as const,
      country,
      inDegree: 0,
      outDegree: 0,
      weightedInDegree: 0,
      weightedOutDegree: 0,
      betweenness: 0,
      betweennessNormalized: 0,
      community: 0,
    });
    const edge = (
      source: string,
      target: string,
      weight: number,
      stage: 'delivery' | 'negotiation',
      via = false,
    ) => ({
      source,
      target,
      assertions: 1,
      assertionIds: [`a:${source}${target}`],
      stages: [stage],
      strongestStage: stage,
      interdicted: false,
      cancelled: false,
      weight,
      maxCredibility: 0.5,
      contradicted: false,
      categories: [],
      via,
      direct: !via,
    });
    const { arcs, domestic, unplaced } = arcsOf(
      [
        node('prk', 'PRK'),
        node('prk2', 'PRK'),
        node('hamas', 'PSE'),
        node('broker', null),
        node('lbn', 'LBN'),
      ],
      [
        edge('prk', 'hamas', 1, 'negotiation'),
        edge('prk2', 'hamas', 2, 'delivery'),
        edge('prk', 'broker', 1, 'delivery', true),
        edge('lbn', 'lbn', 1, 'delivery'),
      ],
    );
    expect(arcs).toHaveLength(1);
    expect(arcs[0]).toMatchObject({ key: 'PRK->PSE', weight: 3, stage: 'delivery', via: false });
    expect(arcs[0]?.assertionIds).toHaveLength(2);
    expect(domestic).toHaveLength(1);
    expect(unplaced).toHaveLength(1);
  });
});
