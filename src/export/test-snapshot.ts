import type { Claim } from '../extract/claims/claim.js';
import type { Assertion, ClaimRecord, EvidenceRef, KbEntity, KbSnapshot } from '../kb/model.js';

/*
 * A small knowledge base for the export tests, invented (the company and the person do not exist):
 * - a delivery of rockets from North Korea to Hamas through a Beirut company (two articles, one span in a
 *   headline), analyst-confirmed;
 * - an agreement through a person, reported by one article and denied by another, analyst-rejected, with
 *   an attributed source whose text is a spreadsheet formula (article text is attacker-controlled);
 * - an attack by Hamas on Israel, and ties between Hamas and North Korea.
 * Names carry `&`, `"`, `<` and an item text a control character that XML 1.0 cannot hold.
 */

export const COMPANY_NAME = 'Al-Noor Trading & Shipping "Beirut" <Ltd>';
export const FORMULA_SOURCE = '=HYPERLINK("http://evil.invalid","click")';
export const CONTROL_CHAR_ITEM = 'Fajr-5\u0001 rockets';

const entity = (id: string, name: string, type: KbEntity['type'], country: string | null, extra = {}) =>
  ({ id, name, type, country, aliases: [], mergedFrom: [], ...extra }) as KbEntity;

export const ENTITIES: KbEntity[] = [
  entity('state:PRK', 'North Korea', 'state', 'PRK', {
    aliases: [{ alias: 'DPRK', source: 'gazetteer', articles: 0 }],
  }),
  entity('state:ISR', 'Israel', 'state', 'ISR'),
  entity('group:hamas', 'Hamas', 'armed_group', 'PSE', {
    aliases: [{ alias: 'Islamic Resistance Movement', source: 'gazetteer', articles: 1 }],
  }),
  entity('company:al-noor', COMPANY_NAME, 'company', 'LBN'),
  entity('person:kim-sang-ho', 'Kim Sang-ho', 'person', 'PRK'),
  entity('weapon:fajr-5', 'Fajr-5', 'weapon', 'IRN', { category: 'rockets', designation: 'Fajr-5' }),
  entity('place:beirut', 'Beirut', 'location', 'LBN'),
];

interface ArticleMeta {
  articleId: string;
  version: number;
  outlet: string | null;
  url: string | null;
  published: string | null;
  storyId: string;
}

const ART1: ArticleMeta = {
  articleId: 'art-1',
  version: 2,
  outlet: 'The Telegraph',
  url: 'https://example.org/news/1?a=1&b=2',
  published: '2014-07-27T11:22',
  storyId: 'story-1',
};
const ART2: ArticleMeta = {
  articleId: 'art-2',
  version: 1,
  outlet: 'Smith & Jones Gazette',
  url: null,
  published: '2014-08-02',
  storyId: 'story-2',
};
const ART3: ArticleMeta = {
  articleId: 'art-3',
  version: 1,
  outlet: 'Smith & Jones Gazette',
  url: 'https://example.org/news/3',
  published: '2015-03-01',
  storyId: 'story-3',
};
const ART4: ArticleMeta = {
  articleId: 'art-4',
  version: 1,
  outlet: 'The Telegraph',
  url: 'https://example.org/news/4',
  published: '2015-03-04T08:00:00+02:00',
  storyId: 'story-4',
};

type Span = Omit<EvidenceRef, 'articleId' | 'version'>;

function record(
  article: ArticleMeta,
  key: string,
  claim: Omit<Claim, 'id' | 'evidence'>,
  spans: Span[],
  review: ClaimRecord['review'] = 'unreviewed',
): ClaimRecord {
  const { articleId, version, outlet, url, published, storyId } = article;
  const evidence = spans.map((s) => ({ articleId, version, ...s }));
  return {
    key,
    articleId,
    version,
    outlet,
    url,
    published,
    storyId,
    claim: { id: key, ...claim, evidence: spans },
    evidence,
    review,
  };
}

const deliveryRoles = {
  type: 'arms_transfer',
  stage: 'delivery',
  supplier: 'state:PRK',
  recipient: 'group:hamas',
  intermediaries: ['company:al-noor'],
} as const;

export const DELIVERY: Assertion = {
  id: 'asr-delivery-1',
  ...deliveryRoles,
  items: [
    { text: '40 Fajr-5 rockets', category: 'rockets', designation: 'Fajr-5' },
    { text: 'communications equipment', category: 'communications' },
  ],
  when: { start: '2014-07-01', end: '2014-07-31' },
  where: ['place:beirut'],
  firstSeen: ART1.published,
  lastSeen: ART2.published,
  modality: { strongest: 'reported', weakest: 'alleged', all: ['reported', 'alleged'] },
  contradicted: false,
  sources: {
    independent: 2,
    outlets: [
      { outlet: 'The Telegraph', grade: 'B', stories: 1 },
      { outlet: 'Smith & Jones Gazette', grade: 'C', stories: 1 },
    ],
    attributed: [{ text: 'security officials', kind: 'officials_unnamed' }],
    stories: 2,
    articles: 2,
  },
  credibility: { rating: 2, score: 0.7, why: 'reported; 2 independent sources, none contradicting' },
  review: 'confirmed',
  claims: [
    record(
      ART1,
      'art-1:delivery',
      {
        ...deliveryRoles,
        intermediaries: ['company:al-noor'],
        items: [
          {
            text: '40 Fajr-5 rockets',
            category: 'rockets',
            designation: 'Fajr-5',
            quantity: { text: '40', min: 40, max: 40, unit: null },
          },
          { text: 'communications equipment', category: 'communications', designation: null },
        ],
        when: { text: 'in July 2014', start: '2014-07-01', end: '2014-07-31' },
        where: 'place:beirut',
        modality: 'reported',
        sources: [{ text: 'security officials', kind: 'officials_unnamed' }],
        confidence: 0.8,
      },
      [
        { start: 0, end: 37, text: 'North Korea delivered rockets to Hamas', field: 'title' },
        {
          start: 120,
          end: 221,
          text: 'The rockets were shipped through Al-Noor Trading & Shipping, a Beirut firm, security officials said.',
        },
      ],
      'confirmed',
    ),
    record(
      ART2,
      'art-2:delivery',
      {
        ...deliveryRoles,
        intermediaries: ['company:al-noor'],
        items: [
          {
            text: 'Fajr-5 rockets',
            category: 'rockets',
            designation: 'Fajr-5',
            quantity: { text: 'dozens', min: 24, max: 99, unit: null },
          },
        ],
        when: { text: 'last month', start: '2014-07-01', end: '2014-07-31' },
        modality: 'alleged',
        sources: [],
      },
      [{ start: 10, end: 70, text: 'Dozens of Fajr-5 rockets reportedly reached Hamas last month.' }],
    ),
  ],
};

const agreementRoles = {
  type: 'arms_transfer',
  stage: 'agreement',
  supplier: 'state:PRK',
  recipient: 'group:hamas',
  intermediaries: ['person:kim-sang-ho'],
} as const;

export const DENIED_AGREEMENT: Assertion = {
  id: 'asr-agreement-2',
  ...agreementRoles,
  items: [{ text: 'small arms', category: 'small_arms' }],
  when: null,
  where: [],
  firstSeen: ART3.published,
  lastSeen: ART4.published,
  modality: { strongest: 'reported', weakest: 'denied', all: ['reported', 'denied'] },
  contradicted: true,
  sources: {
    independent: 2,
    outlets: [
      { outlet: 'Smith & Jones Gazette', grade: 'C', stories: 1 },
      { outlet: 'The Telegraph', grade: 'B', stories: 1 },
    ],
    attributed: [
      { text: FORMULA_SOURCE, kind: 'other' },
      { text: 'the North Korean foreign ministry', kind: 'government', entity: 'state:PRK' },
    ],
    stories: 2,
    articles: 2,
  },
  credibility: { rating: 4, score: 0.3, why: 'contradicted: denied by one source' },
  review: 'rejected',
  claims: [
    record(
      ART3,
      'art-3:agreement',
      {
        ...agreementRoles,
        intermediaries: ['person:kim-sang-ho'],
        items: [{ text: 'small arms', category: 'small_arms' }],
        modality: 'reported',
        sources: [{ text: FORMULA_SOURCE, kind: 'other' }],
      },
      [{ start: 0, end: 58, text: 'Kim Sang-ho brokered a small-arms deal for Hamas, it said.' }],
      'rejected',
    ),
    record(
      ART4,
      'art-4:agreement',
      {
        ...agreementRoles,
        intermediaries: ['person:kim-sang-ho'],
        modality: 'denied',
        sources: [{ text: 'the North Korean foreign ministry', kind: 'government', entity: 'state:PRK' }],
      },
      [{ start: 200, end: 262, text: 'The foreign ministry denied that any deal with Hamas existed.' }],
      'rejected',
    ),
  ],
};

export const ATTACK: Assertion = {
  id: 'asr-attack-3',
  type: 'attack',
  stage: null,
  actor: 'group:hamas',
  target: 'state:ISR',
  items: [{ text: CONTROL_CHAR_ITEM, category: 'rockets', designation: 'Fajr-5' }],
  when: { start: '2014-07-17', end: '2014-07-17' },
  where: [],
  firstSeen: ART1.published,
  lastSeen: ART1.published,
  modality: { strongest: 'asserted', weakest: 'asserted', all: ['asserted'] },
  contradicted: false,
  sources: {
    independent: 1,
    outlets: [{ outlet: 'The Telegraph', grade: 'B', stories: 1 }],
    attributed: [],
    stories: 1,
    articles: 1,
  },
  credibility: { rating: 3, score: 0.6, why: 'asserted; a single source' },
  review: 'unreviewed',
  claims: [
    record(
      ART1,
      'art-1:attack',
      {
        type: 'attack',
        stage: null,
        actor: 'group:hamas',
        target: 'state:ISR',
        items: [{ text: CONTROL_CHAR_ITEM, category: 'rockets', designation: 'Fajr-5' }],
        when: { text: 'on July 17', start: '2014-07-17', end: '2014-07-17' },
        modality: 'asserted',
        sources: [],
      },
      [{ start: 300, end: 349, text: 'Hamas fired Fajr-5 rockets at Israel on July 17.' }],
    ),
  ],
};

export const TIES: Assertion = {
  id: 'asr-ties-4',
  type: 'ties',
  stage: null,
  parties: ['group:hamas', 'state:PRK'],
  items: [],
  when: null,
  where: [],
  firstSeen: ART1.published,
  lastSeen: ART1.published,
  modality: { strongest: 'asserted', weakest: 'asserted', all: ['asserted'] },
  contradicted: false,
  sources: {
    independent: 1,
    outlets: [{ outlet: 'The Telegraph', grade: 'B', stories: 1 }],
    attributed: [],
    stories: 1,
    articles: 1,
  },
  credibility: { rating: 3, score: 0.55, why: 'asserted; a single source' },
  review: 'unreviewed',
  claims: [
    record(
      ART1,
      'art-1:ties',
      { type: 'ties', stage: null, parties: ['group:hamas', 'state:PRK'], modality: 'asserted', sources: [] },
      [{ start: 400, end: 452, text: 'The relationship between Hamas and North Korea is not new.' }],
    ),
  ],
};

export const SNAPSHOT: KbSnapshot = {
  generatedAt: '2026-01-15T09:30:00.000Z',
  entities: ENTITIES,
  assertions: [DELIVERY, DENIED_AGREEMENT, ATTACK, TIES],
};

/** Every evidence span of the snapshot. */
export const ALL_EVIDENCE: EvidenceRef[] = SNAPSHOT.assertions.flatMap((a) =>
  a.claims.flatMap((c) => c.evidence),
);

/** The snapshot with every list an export must not depend on reversed: entities, assertions, claims. */
export function reordered(snapshot: KbSnapshot): KbSnapshot {
  return {
    ...snapshot,
    entities: [...snapshot.entities].reverse(),
    assertions: [...snapshot.assertions].reverse().map((a) => ({ ...a, claims: [...a.claims].reverse() })),
  };
}
