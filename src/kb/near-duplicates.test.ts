import { describe, expect, it } from 'vitest';
import {
  candidateProbability,
  compareStoryPrecedence,
  EMPTY_SLOT,
  estimateJaccard,
  exactJaccard,
  fnv1a32,
  hashCoefficients,
  isNearDuplicate,
  lshBandKeys,
  MERSENNE_PRIME,
  minhashSignature,
  murmur3Words,
  NEAR_DUPLICATE_DEFAULTS,
  NearDuplicateIndex,
  normalizedWords,
  shinglesOf,
  storyIdOf,
  universalHash,
  verifiedNearDuplicates,
} from './near-duplicates.js';

// Invented stories (fictional country, company and people), written for these tests.
const LEAD =
  'The government of Valdoria has signed a contract worth 1.2 billion euros for twelve Kestrel medium ' +
  'transport helicopters, the defence ministry said on Tuesday, in the largest aviation purchase the ' +
  'country has made since the end of its civil war.';
const DELIVERY =
  'The helicopters will be built by Arlen Aerospace at its plant in Morvik and delivered in two batches ' +
  'between 2027 and 2029, ministry spokesman Tomas Reiner told reporters in the capital. The first four ' +
  'aircraft will replace ageing utility models that have been grounded for most of the past year after a ' +
  'series of engine failures.';
const SUPPORT =
  'Reiner said the agreement also covers pilot training, spare parts for ten years and a maintenance ' +
  'centre to be set up at the Dravo air base, which will employ about 300 local technicians once it opens.';
const CRITICS =
  'Opposition lawmakers have criticised the deal, arguing that the tender was rushed through parliament ' +
  'in a single session and that a cheaper offer from a rival manufacturer was rejected without ' +
  'explanation. The parliamentary audit committee is expected to review the contract next month.';
const MAKER =
  'Arlen Aerospace declined to comment on the value of the agreement but confirmed in a short statement ' +
  'that it had received the order and that production would begin early next year.';

const WIRE = [
  'Valdoria signs deal for twelve Kestrel helicopters',
  LEAD,
  DELIVERY,
  SUPPORT,
  CRITICS,
  MAKER,
].join('\n\n');

// The same copy as a partner outlet runs it: new headline, dateline, one paragraph more, credits.
const SYNDICATED = [
  'Record helicopter order: Valdoria buys Kestrels from Arlen',
  `MORVIK, March 4 (Northwire) - ${LEAD}`,
  DELIVERY,
  SUPPORT,
  'The purchase comes as neighbouring states expand their own fleets, and analysts said Valdoria had ' +
    'struggled for years to move troops and supplies through the mountainous north of the country during ' +
    'the winter months.',
  CRITICS,
  MAKER,
  'Reporting by Lena Ostrova; Editing by Paul Grady',
].join('\n\n');

const REORDERED = [LEAD, SUPPORT, DELIVERY, MAKER, CRITICS].join('\n\n');

// Another story on the same topic with the same names: must stay a separate story.
const FOLLOW_UP = [
  'First Kestrel lands in Valdoria',
  'The first of Valdoria’s Kestrel helicopters touched down at the Dravo air base on Friday, almost two ' +
    'years after the defence ministry placed its order with Arlen Aerospace, and was greeted by a small ' +
    'crowd of officers and families.',
  'Tomas Reiner, who now heads the ministry’s procurement office, said crews had already completed ' +
    'simulator courses in Morvik and would begin flying the aircraft over the northern valleys within weeks. ' +
    'Three more helicopters are due before the end of the summer, he said.',
  'The arrival follows months of delays blamed on a shortage of engine parts at the Arlen Aerospace ' +
    'factory, which the company says has now been resolved. Lawmakers who opposed the purchase have ' +
    'asked the audit committee to publish its long-delayed report on the tender before the next ' +
    'delivery flight.',
  'A ministry statement said the maintenance centre at Dravo had hired its first 120 technicians and ' +
    'would open fully in the autumn.',
].join('\n\n');

const UNRELATED_A =
  'Dockworkers at the port of Selmar walked off the job on Monday over a dispute about night shifts, ' +
  'leaving dozens of container ships waiting at anchor outside the harbour. Union leaders said the strike ' +
  'would continue until the port authority agreed to restore overtime pay that was cut last winter. The ' +
  'authority said it remained open to talks but warned that the stoppage was costing exporters millions ' +
  'every day, and that perishable cargo was already being diverted to smaller terminals along the coast.';
const UNRELATED_B =
  'A court in Brevana sentenced two former customs officers to six years in prison for accepting bribes ' +
  'to wave through shipments of counterfeit medicine, prosecutors said. The officers were arrested after ' +
  'an internal audit found that hundreds of containers had cleared inspection within minutes of arriving. ' +
  'Their lawyers said they would appeal, arguing that the evidence rested on the testimony of a single ' +
  'informant who had himself been charged in the case.';

const sig = (text: string) => minhashSignature(shinglesOf(text));

describe('normalizedWords', () => {
  it('lower-cases, folds accents and ligatures, drops punctuation and keeps numbers whole', () => {
    expect(normalizedWords('Türkiye’s “Baykar” sold 1,200 UAVs—for €3.5 bn to Straße-Ødegård.')).toEqual([
      'turkiyes',
      'baykar',
      'sold',
      '1200',
      'uavs',
      'for',
      '35',
      'bn',
      'to',
      'strasse',
      'odegard',
    ]);
  });

  it('reads letters of other scripts as words', () => {
    expect(normalizedWords('Минобороны России, 2024')).toEqual(['минобороны', 'россии', '2024']);
  });
});

describe('hashing arithmetic', () => {
  it('FNV-1a matches the published test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('MurmurHash3 x86_32 matches the published test vectors for 4-byte blocks', () => {
    // "aaaa" and "abcd" as little-endian 32-bit blocks, seed 0x9747b28c.
    expect(murmur3Words([0x61616161], 0, 1, 0x9747b28c)).toBe(0x5a97808a);
    expect(murmur3Words([0x64636261], 0, 1, 0x9747b28c)).toBe(0xf0478627);
    expect(murmur3Words([], 0, 0, 0)).toBe(0);
    expect(murmur3Words([], 0, 0, 1)).toBe(0x514e28b7);
  });

  const P = BigInt(MERSENNE_PRIME);
  const reference = (a: number, x: number, b: number) => Number((BigInt(a) * BigInt(x) + BigInt(b)) % P);

  it('(a·x + b) mod p is exact where a·x is far beyond 2^53 (checked against BigInt)', () => {
    const extremes = [0, 1, 2, 65535, 65536, MERSENNE_PRIME - 1, MERSENNE_PRIME, 2 ** 31, 2 ** 32 - 1];
    for (const a of [1, 65535, 65536, MERSENNE_PRIME - 1])
      for (const x of extremes)
        for (const b of [0, 1, MERSENNE_PRIME - 1]) expect(universalHash(a, x, b)).toBe(reference(a, x, b));
    // Pseudo-random values over the whole ranges.
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state;
    };
    for (let i = 0; i < 20_000; i++) {
      const a = 1 + (next() % (MERSENNE_PRIME - 1));
      const x = next();
      const b = next() % MERSENNE_PRIME;
      const got = universalHash(a, x, b);
      if (got !== reference(a, x, b)) expect(got).toBe(reference(a, x, b));
    }
  });

  it('the signature equals a BigInt reference MinHash', () => {
    const shingles = shinglesOf(WIRE);
    const { a, b } = hashCoefficients(128);
    const expected = a.map((ai, i) => {
      let min = EMPTY_SLOT;
      for (const x of shingles) min = Math.min(min, reference(ai, x, b[i] as number));
      return min;
    });
    expect([...minhashSignature(shingles, 128)]).toEqual(expected);
  });

  it('coefficients are fixed: the i-th hash does not depend on the signature length', () => {
    const shingles = shinglesOf(WIRE);
    expect([...minhashSignature(shingles, 16)]).toEqual([...minhashSignature(shingles, 128).slice(0, 16)]);
  });
});

describe('shinglesOf', () => {
  it('returns distinct hashes, sorted', () => {
    const shingles = shinglesOf('one two three four five one two three four five six');
    // 7 windows, two of them repeated ("one two three four five" once, not twice).
    expect(shingles.length).toBe(6);
    expect([...shingles]).toEqual([...shingles].sort((x, y) => x - y));
  });

  it('ignores case, accents and punctuation', () => {
    expect(shinglesOf('Ankara’s drones, sold to Kyiv: “Bayraktar” TB2s!')).toEqual(
      shinglesOf('ankaras DRONES sold to kyiv bayraktar tb2s'),
    );
  });

  it('a text shorter than k words is one shingle that only the same words match', () => {
    expect(shinglesOf('Missile test').length).toBe(1);
    expect(shinglesOf('Missile test!')).toEqual(shinglesOf('missile TEST'));
    expect(shinglesOf('Missile test')).not.toEqual(shinglesOf('Missile launch'));
    expect(isNearDuplicate(sig('Missile test'), sig('Missile launch'))).toBe(false);
    expect(isNearDuplicate(sig('Missile test'), sig('Missile test.'))).toBe(true);
    // Its shingle is not a shingle of a longer text containing those words.
    expect(exactJaccard(shinglesOf('Kestrel helicopters'), shinglesOf(WIRE))).toBe(0);
  });

  it('an empty text has no shingles, no band keys, and matches nothing (not even another empty text)', () => {
    expect(shinglesOf(' — ').length).toBe(0);
    const empty = sig('');
    expect(empty.every((v) => v === EMPTY_SLOT)).toBe(true);
    expect(lshBandKeys(empty)).toEqual([]);
    expect(isNearDuplicate(empty, sig('...'))).toBe(false);
    expect(exactJaccard(shinglesOf(''), shinglesOf(''))).toBe(0);
  });

  it('rejects a shingle size that is not a positive integer', () => {
    expect(() => shinglesOf(WIRE, 0)).toThrow(RangeError);
  });
});

describe('near-duplicate decisions', () => {
  const pairs = {
    syndicated: [WIRE, SYNDICATED],
    reordered: [WIRE, REORDERED],
    followUp: [WIRE, FOLLOW_UP],
    unrelated: [UNRELATED_A, UNRELATED_B],
    wireAndUnrelated: [WIRE, UNRELATED_A],
  } as const;
  const exact = (a: string, b: string) => exactJaccard(shinglesOf(a), shinglesOf(b));

  it('the exact similarities are where the threshold assumes', () => {
    // Recorded so a change in normalization or shingling that moves them shows up here.
    expect(exact(...pairs.syndicated)).toBeGreaterThan(0.65);
    expect(exact(...pairs.reordered)).toBeGreaterThan(0.8);
    expect(exact(...pairs.followUp)).toBeLessThan(0.05);
    expect(exact(...pairs.unrelated)).toBe(0);
  });

  it('the estimate is close to the exact similarity', () => {
    for (const [a, b] of Object.values(pairs)) {
      expect(Math.abs(estimateJaccard(sig(a), sig(b)) - exact(a, b))).toBeLessThan(0.15);
    }
  });

  it('groups a syndicated copy with a new headline, dateline, added paragraph and credits', () => {
    expect(isNearDuplicate(sig(WIRE), sig(SYNDICATED))).toBe(true);
  });

  it('groups the same story with its paragraphs reordered', () => {
    expect(isNearDuplicate(sig(WIRE), sig(REORDERED))).toBe(true);
  });

  it('keeps apart a different story on the same topic that shares the names', () => {
    expect(isNearDuplicate(sig(WIRE), sig(FOLLOW_UP))).toBe(false);
    expect(estimateJaccard(sig(WIRE), sig(FOLLOW_UP))).toBeLessThan(0.15);
  });

  it('keeps apart unrelated texts', () => {
    expect(isNearDuplicate(sig(UNRELATED_A), sig(UNRELATED_B))).toBe(false);
    expect(isNearDuplicate(sig(WIRE), sig(UNRELATED_A))).toBe(false);
  });

  it('verifies candidates from a store', () => {
    const candidates = [
      { id: 'b', signature: sig(FOLLOW_UP) },
      { id: 'c', signature: sig(SYNDICATED) },
      { id: 'a', signature: sig(REORDERED) },
    ];
    expect(verifiedNearDuplicates(sig(WIRE), candidates)).toEqual(['c', 'a']);
  });
});

describe('determinism', () => {
  it('the same text always gives the same shingles, signature and band keys', () => {
    expect(shinglesOf(WIRE)).toEqual(shinglesOf(`${WIRE}`));
    expect(sig(WIRE)).toEqual(sig(WIRE.slice()));
    expect(lshBandKeys(sig(WIRE))).toEqual(lshBandKeys(sig(WIRE)));
  });

  it('values are pinned: stored signatures stay comparable across versions and platforms', () => {
    const signature = minhashSignature(shinglesOf('the defence ministry said on Tuesday'), 4);
    expect([...shinglesOf('the defence ministry said on Tuesday')]).toEqual([764924067, 3044912864]);
    expect([...signature]).toEqual([71161001, 112798679, 1105811750, 1333236809]);
    expect(lshBandKeys(signature, 2)).toEqual([3573008657, 5521874557]);
  });
});

describe('LSH banding', () => {
  it('identical signatures share every band key', () => {
    const keys = lshBandKeys(sig(WIRE));
    expect(keys).toHaveLength(32);
    expect(lshBandKeys(sig(`${WIRE} `))).toEqual(keys);
  });

  it('keys are distinct per band, safe integers, and carry their band', () => {
    const keys = lshBandKeys(sig(WIRE));
    expect(new Set(keys).size).toBe(32);
    keys.forEach((key, band) => {
      expect(Number.isSafeInteger(key)).toBe(true);
      expect(Math.floor(key / 2 ** 32)).toBe(band);
    });
  });

  it('candidates from bands: near-duplicates share a key, unrelated texts do not', () => {
    const shared = (a: string, b: string) => {
      const keys = new Set(lshBandKeys(sig(a)));
      return lshBandKeys(sig(b)).filter((k) => keys.has(k)).length;
    };
    expect(shared(WIRE, SYNDICATED)).toBeGreaterThan(0);
    expect(shared(WIRE, REORDERED)).toBeGreaterThan(0);
    expect(shared(UNRELATED_A, UNRELATED_B)).toBe(0);
    expect(shared(WIRE, UNRELATED_A)).toBe(0);
  });

  it('candidate probability follows the S-curve the parameters were chosen for', () => {
    expect(candidateProbability(1)).toBe(1);
    expect(candidateProbability(0.8)).toBeGreaterThan(0.9999);
    expect(candidateProbability(0.5)).toBeCloseTo(0.873, 3);
    expect(candidateProbability(0.1)).toBeLessThan(0.01);
  });

  it('rejects a band count that does not divide the signature', () => {
    expect(() => lshBandKeys(sig(WIRE), 30)).toThrow(RangeError);
  });
});

describe('stories', () => {
  it('the story id is the earliest-published member, then the smallest id; undated members last', () => {
    expect(
      storyIdOf([
        { id: 'c', published: '2025-03-05' },
        { id: 'b', published: '2025-03-04T10:00Z' },
        { id: 'a', published: null },
      ]),
    ).toBe('b');
    expect(
      storyIdOf([
        { id: 'z', published: '2025-03-04' },
        { id: 'y', published: '2025-03-04' },
      ]),
    ).toBe('y');
    expect(storyIdOf([{ id: 'q', published: null }])).toBe('q');
    expect(compareStoryPrecedence({ id: 'a', published: null }, { id: 'b', published: '2020-01-01' })).toBe(
      1,
    );
    expect(() => storyIdOf([])).toThrow(RangeError);
  });

  const documents = [
    { id: 'outlet-b/2', published: '2025-03-04T12:00', text: SYNDICATED },
    { id: 'outlet-c/9', published: '2025-03-07', text: FOLLOW_UP },
    { id: 'outlet-a/1', published: '2025-03-04T09:30', text: WIRE },
    { id: 'outlet-d/5', published: null, text: REORDERED },
    { id: 'outlet-e/3', published: '2025-03-01', text: UNRELATED_A },
  ];

  it('groups near-duplicates into stories named after their earliest article', () => {
    const index = new NearDuplicateIndex();
    for (const d of documents) index.add(d);
    expect(index.count).toBe(5);
    expect(index.storyOf('outlet-b/2')).toBe('outlet-a/1');
    expect(index.storyOf('outlet-d/5')).toBe('outlet-a/1');
    expect(index.storyOf('outlet-c/9')).toBe('outlet-c/9');
    expect(index.storyOf('nope')).toBeUndefined();
    expect([...index.stories()]).toEqual([
      ['outlet-e/3', ['outlet-e/3']],
      ['outlet-a/1', ['outlet-a/1', 'outlet-b/2', 'outlet-d/5']],
      ['outlet-c/9', ['outlet-c/9']],
    ]);
  });

  it('the grouping does not depend on the order articles arrive in', () => {
    const forward = new NearDuplicateIndex();
    const backward = new NearDuplicateIndex();
    for (const d of documents) forward.add(d);
    for (const d of [...documents].reverse()) backward.add(d);
    expect([...backward.stories()]).toEqual([...forward.stories()]);
  });

  it('add returns the story the article joins; candidates come from band keys', () => {
    const index = new NearDuplicateIndex();
    expect(index.add(documents[0] as (typeof documents)[number])).toBe('outlet-b/2');
    expect(index.add(documents[2] as (typeof documents)[number])).toBe('outlet-a/1');
    expect(index.candidatesOf(index.signatureOf(REORDERED))).toEqual(['outlet-b/2', 'outlet-a/1']);
    expect(index.candidatesOf(index.signatureOf(UNRELATED_B))).toEqual([]);
  });

  it('grouping is transitive: successive updates of a story stay one story', () => {
    // Each update keeps the last 80 words of the one before and adds 20: J ≈ 0.66 per step, 0.41 end to end.
    const words = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
    const base = words(0, 100);
    const update1 = words(20, 120);
    const update2 = words(40, 140);
    expect(isNearDuplicate(sig(base), sig(update1))).toBe(true);
    expect(isNearDuplicate(sig(update1), sig(update2))).toBe(true);
    expect(isNearDuplicate(sig(base), sig(update2))).toBe(false);
    const index = new NearDuplicateIndex();
    index.add({ id: 'u2', published: '2025-01-03', text: update2 });
    index.add({ id: 'base', published: '2025-01-01', text: base });
    index.add({ id: 'u1', published: '2025-01-02', text: update1 });
    expect([...index.stories()]).toEqual([['base', ['base', 'u1', 'u2']]]);
  });

  it('rejects a second article with the same id and options that do not fit', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'x', published: null, text: WIRE });
    expect(() => index.add({ id: 'x', published: null, text: WIRE })).toThrow(/already indexed/);
    expect(() => new NearDuplicateIndex({ numHashes: 100, bands: 32 })).toThrow(RangeError);
    expect(() => index.addSigned({ id: 'y', published: null }, new Uint32Array(64))).toThrow(RangeError);
  });

  it('defaults are the documented ones', () => {
    expect(NEAR_DUPLICATE_DEFAULTS).toEqual({ shingleSize: 5, numHashes: 128, bands: 32, threshold: 0.5 });
  });
});

describe('speed', () => {
  it('signs a thousand-word article in well under a few milliseconds on average', () => {
    const text = Array.from({ length: 5 }, () => `${WIRE} ${FOLLOW_UP} ${UNRELATED_A}`).join(' ');
    expect(normalizedWords(text).length).toBeGreaterThan(1000);
    const start = performance.now();
    for (let i = 0; i < 20; i++) sig(text);
    // Generous bound: a regression to BigInt or string-building hashing would be an order slower.
    expect((performance.now() - start) / 20).toBeLessThan(20);
  });
});
