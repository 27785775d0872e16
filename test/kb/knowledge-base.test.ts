import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMentionPipeline } from '../../src/extract/configuration.js';
import { extractAndStore } from '../../src/kb/extract-and-store.js';
import type { SqliteKnowledgeBase, Store } from '../../src/kb/sqlite/sqlite-knowledge-base.js';
import { ingestAndExtract, KB_CORPUS, tempStore } from './kb-helpers.js';

// The fixture corpus (test/fixtures/kb/corpus.jsonl, written for these tests): a wire story (kb-001) and a
// syndicated copy of it (kb-002), a denial under other names for North Korea (kb-003: "DPRK", "Pyongyang"),
// a UN-sourced delivery naming the same trading company without "Ltd" (kb-004), and a reported agreement (kb-005).

let store: Store;
let kb: SqliteKnowledgeBase;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ store, dispose } = tempStore());
  kb = store.knowledge;
  await ingestAndExtract(store, [KB_CORPUS]);
});
afterEach(async () => dispose());

const who = { who: 'analyst@example.org', why: 'checked against the UN panel report' };

const keysOf = (assertionId: string) => kb.reader.claimsOf(assertionId).map((c) => c.key);

function transfer(supplier: string, recipient: string) {
  const found = kb.reader
    .assertions({ types: ['arms_transfer'], supplier, recipient, includeRejected: true })
    .assertions.filter((a) => a.stage === 'delivery');
  expect(found, `${supplier} → ${recipient}`).toHaveLength(1);
  return found[0] as (typeof found)[number];
}

describe('stories and sources', () => {
  it('groups a syndicated copy with its wire story, and only them', () => {
    expect(kb.reader.storyOf('kb-002').map((a) => a.articleId)).toEqual(['kb-001', 'kb-002']);
    expect(kb.reader.storyOf('kb-004').map((a) => a.articleId)).toEqual(['kb-004']);
  });

  it('counts a syndicated story once as evidence but lists every outlet that carried it', () => {
    const a = transfer('state:PRK', 'group:hamas');
    expect(a.sources.outlets.map((o) => o.outlet).sort()).toEqual(['Daily Example', 'Korea Wire', 'Reuters']);
    expect(a.sources.articles).toBe(3);
    expect(a.sources.stories).toBe(2);
    // The wire story (twice) is one source; the denial supports nothing.
    expect(a.sources.independent).toBe(1);
  });
});

describe('assertions', () => {
  it('merges a report and a denial of the same delivery and flags the contradiction', () => {
    const a = transfer('state:PRK', 'group:hamas');
    expect(a.modality.strongest).toBe('reported');
    expect(a.modality.weakest).toBe('denied');
    expect(a.contradicted).toBe(true);
    expect(a.credibility.rating).toBe(4);
    expect(
      keysOf(a.id)
        .map((k) => k.split('#')[0])
        .sort(),
    ).toEqual(['kb-001', 'kb-002', 'kb-003']);
    expect(a.when).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(a.firstSeen).toBe('2024-03-02');
    expect(a.lastSeen).toBe('2024-03-05');
  });

  it('keeps every claim with its evidence, pointing into the stored article', async () => {
    const id = transfer('state:PRK', 'group:hamas').id;
    const full = kb.reader.assertion(id);
    expect(full?.claims).toHaveLength(3);
    for (const claim of full?.claims ?? []) {
      const article = await store.articles.getArticle(claim.articleId, claim.version);
      for (const e of claim.evidence) {
        const source = e.field === 'title' ? article?.title : article?.text;
        expect(source?.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('resolves names of one actor to one entity and records where each alias came from', () => {
    const prk = kb.reader.findEntities('DPRK')[0];
    expect(prk?.id).toBe('state:PRK');
    // "Pyongyang" is first the city; the state it stood for in kb-003 is the next candidate.
    expect(kb.reader.findEntities('Pyongyang').map((e) => e.id)).toEqual(['place:pyongyang', 'state:PRK']);
    const fromArticles = prk?.aliases.filter((a) => a.source === 'article').map((a) => a.alias);
    expect(fromArticles).toEqual(expect.arrayContaining(['North Korea', 'DPRK', 'Pyongyang']));
    expect(prk?.aliases.find((a) => a.alias === 'North Korea' && a.source === 'article')?.articles).toBe(2);
  });

  it('builds the same assertions whatever order the articles arrive in', async () => {
    const before = kb.reader.assertions({ limit: 100 }).assertions;
    const other = tempStore();
    try {
      // Re-store in reverse order into a second store.
      const pipeline = createMentionPipeline();
      const ids = ['kb-005', 'kb-004', 'kb-003', 'kb-002', 'kb-001'];
      for (const id of ids) {
        const article = await store.articles.getArticle(id);
        if (!article) throw new Error(id);
        await other.store.articles.saveArticles([article]);
        extractAndStore(other.store.knowledge, pipeline, [article], 'test');
      }
      const after = other.store.knowledge.reader.assertions({ limit: 100 }).assertions;
      const strip = (list: typeof before, reader: typeof kb.reader) =>
        list
          .map(({ id, sources, ...rest }) => ({
            id,
            rest,
            keys: reader.claimsOf(id).map((c) => c.key),
            n: sources.independent,
          }))
          .sort((a, b) => a.id.localeCompare(b.id));
      expect(strip(after, other.store.knowledge.reader)).toEqual(strip(before, kb.reader));
    } finally {
      await other.dispose();
    }
  });
});

describe('bulk load', () => {
  it('storeDeferred then settle builds the same assertions as storing batch by batch', async () => {
    const other = tempStore();
    try {
      const pipeline = createMentionPipeline();
      const { newWorkSet } = await import('../../src/kb/sqlite/kb-writer.js');
      const work = newWorkSet();
      for (const id of ['kb-001', 'kb-002', 'kb-003', 'kb-004', 'kb-005']) {
        const article = await store.articles.getArticle(id);
        if (!article) throw new Error(id);
        await other.store.articles.saveArticles([article]);
        const { extractArticle } = await import('../../src/extract/extraction.js');
        other.store.knowledge.storeDeferred(
          [{ article, extraction: extractArticle(pipeline, article) }],
          'test',
          work,
        );
      }
      expect(other.store.knowledge.reader.assertions().total).toBe(0);
      const progress: number[] = [];
      other.store.knowledge.settle(work, 2, (done) => progress.push(done));
      expect(progress.at(-1)).toBeGreaterThan(2);
      const view = (reader: typeof kb.reader) =>
        reader
          .assertions({ limit: 100 })
          .assertions.map((a) => ({ ...a, keys: reader.claimsOf(a.id).map((c) => c.key) }))
          .sort((a, b) => a.id.localeCompare(b.id));
      expect(view(other.store.knowledge.reader)).toEqual(view(kb.reader));
    } finally {
      await other.dispose();
    }
  });
});

describe('review', () => {
  it('refuses an edit without who or why, and one naming nothing stored', () => {
    const id = transfer('state:PRK', 'group:hamas').id;
    expect(() =>
      kb.review({ kind: 'assertion', action: 'confirm', target: id }, { who: '', why: 'x' }),
    ).toThrow(/who/);
    expect(() =>
      kb.review({ kind: 'assertion', action: 'confirm', target: id }, { who: 'a', why: ' ' }),
    ).toThrow(/why/);
    expect(() => kb.review({ kind: 'claim', action: 'reject', target: 'kb-001#nope' }, who)).toThrow(
      /no claim/,
    );
    expect(() =>
      kb.review({ kind: 'entity', action: 'merge', target: 'state:PRK', into: 'state:XXX' }, who),
    ).toThrow(/no entity/);
    expect(kb.reviewLog()).toHaveLength(0);
  });

  it('rejecting every claim of an assertion hides it from questions; undo brings it back', () => {
    const id = transfer('state:IRN', 'group:hezbollah').id;
    const edit = kb.review({ kind: 'assertion', action: 'reject', target: id }, who);
    expect(kb.reader.assertions({ supplier: 'state:IRN' }).assertions).toHaveLength(0);
    expect(kb.reader.profile('state:IRN')?.links.supplier ?? []).toHaveLength(0);
    kb.review({ kind: 'undo', action: 'undo', edit: edit.id }, who);
    expect(kb.reader.assertions({ supplier: 'state:IRN' }).assertions).toHaveLength(1);
    expect(kb.reader.profile('state:IRN')?.links.supplier?.[0]?.counterpart).toBe('group:hezbollah');
    const log = kb.reviewLog();
    expect(log.map((e) => e.action)).toEqual(['undo', 'reject']);
    expect(log[1]?.undoneBy).toBe(log[0]?.id);
  });

  it('the review log cannot be rewritten or deleted', () => {
    kb.review({ kind: 'outlet', action: 'grade', target: 'Korea Wire', grade: 'D' }, who);
    const db = (kb as unknown as { db: import('better-sqlite3').Database }).db;
    expect(() => db.prepare("UPDATE review_edits SET why = 'edited'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM review_edits').run()).toThrow(/append-only/);
  });

  it('an outlet grade changes the credibility of what it carried', () => {
    const before = transfer('state:IRN', 'group:hezbollah').credibility.score;
    kb.review({ kind: 'outlet', action: 'grade', target: 'Associated Press', grade: 'E' }, who);
    const after = transfer('state:IRN', 'group:hezbollah');
    expect(after.sources.outlets[0]?.grade).toBe('E');
    expect(after.credibility.score).toBeLessThan(before);
  });

  it('merges entities reversibly: the merged name becomes an analyst alias and roles follow the merge', () => {
    kb.review(
      {
        kind: 'entity',
        action: 'merge',
        target: 'company:ocean-star-trading',
        into: 'company:ocean-star-trading-ltd',
      },
      who,
    );
    const merged = kb.reader.entity('company:ocean-star-trading-ltd');
    expect(merged?.mergedFrom).toEqual(['company:ocean-star-trading']);
    expect(merged?.aliases).toContainEqual({ alias: 'Ocean Star Trading', source: 'analyst', articles: 0 });
    expect(kb.reader.findEntities('Ocean Star Trading')[0]?.id).toBe('company:ocean-star-trading-ltd');
    expect(() =>
      kb.review(
        {
          kind: 'entity',
          action: 'merge',
          target: 'company:ocean-star-trading-ltd',
          into: 'company:ocean-star-trading',
        },
        who,
      ),
    ).toThrow(/cycle/);
    kb.review({ kind: 'entity', action: 'split', target: 'company:ocean-star-trading' }, who);
    expect(kb.reader.entity('company:ocean-star-trading-ltd')?.mergedFrom).toEqual([]);
    expect(kb.reader.findEntities('Ocean Star Trading')[0]?.id).toBe('company:ocean-star-trading');
  });

  it('a merge regroups claims: two suppliers merged become one assertion, split again they part', () => {
    // kb-005's agreement names Russia; merge Iran into Russia (a deliberate, wrong merge) and undo it.
    const before = kb.reader.assertions({ types: ['arms_transfer'], limit: 100 }).total;
    const edit = kb.review(
      { kind: 'entity', action: 'merge', target: 'group:hezbollah', into: 'group:hamas' },
      who,
    );
    const merged = kb.reader.assertions({ types: ['arms_transfer'], recipient: 'group:hamas', limit: 100 });
    expect(merged.assertions.map((a) => a.supplier).sort()).toEqual(['state:IRN', 'state:PRK']);
    kb.review({ kind: 'undo', action: 'undo', edit: edit.id }, who);
    expect(
      kb.reader.assertions({ types: ['arms_transfer'], recipient: 'group:hamas' }).assertions,
    ).toHaveLength(1);
    expect(kb.reader.assertions({ types: ['arms_transfer'], limit: 100 }).total).toBe(before);
  });

  it("an analyst's correction survives re-extraction", () => {
    const agreement = kb.reader.assertions({
      supplier: 'state:RUS',
      recipient: 'state:IRN',
      stages: ['agreement'],
    }).assertions[0];
    expect(agreement).toBeDefined();
    const key = keysOf(agreement?.id ?? '')[0] as string;
    kb.review(
      {
        kind: 'claim',
        action: 'correct',
        target: key,
        correction: { when: { start: '2024-03-01', end: '2024-03-31' }, modality: 'confirmed' },
      },
      who,
    );
    const check = () => {
      const a = kb.reader.assertions({ supplier: 'state:RUS', stages: ['agreement'] }).assertions[0];
      expect(a?.when).toEqual({ start: '2024-03-01', end: '2024-03-31' });
      expect(a?.modality.strongest).toBe('confirmed');
      expect(a?.review).toBe('corrected');
      expect(a?.credibility.rating).toBe(1);
    };
    check();
    // Re-extract everything (a new extractor version): the claim comes back under the same key, corrected.
    return (async () => {
      const pipeline = createMentionPipeline();
      const articles = await Promise.all(
        kb.pending('a-newer-extractor').map(async ({ id }) => store.articles.getArticle(id)),
      );
      expect(articles).toHaveLength(5);
      extractAndStore(
        kb,
        pipeline,
        articles.filter((a) => a !== null),
        'a-newer-extractor',
      );
      expect(kb.pending('a-newer-extractor')).toHaveLength(0);
      check();
    })();
  });

  it('a reviewed claim the extractor stops producing is reported, and its edit applies again when it returns', async () => {
    const id = transfer('state:IRN', 'group:hezbollah').id;
    kb.review({ kind: 'assertion', action: 'confirm', target: id }, who);
    const article = await store.articles.getArticle('kb-004');
    if (!article) throw new Error('kb-004');
    const pipeline = createMentionPipeline();
    const { extractArticle } = await import('../../src/extract/extraction.js');
    const real = extractArticle(pipeline, article);
    // An extractor that no longer reads the claim.
    kb.storeExtractions([{ article, extraction: { ...real, claims: [] } }], 'forgetful');
    expect(kb.reader.orphanedReviews().map((o) => o.status)).toEqual(['confirmed']);
    expect(kb.reader.assertions({ supplier: 'state:IRN' }).assertions).toHaveLength(0);
    kb.storeExtractions([{ article, extraction: real }], 'better');
    expect(kb.reader.orphanedReviews()).toEqual([]);
    expect(transfer('state:IRN', 'group:hezbollah').review).toBe('confirmed');
  });

  it('rejects a malformed correction with the field named', () => {
    const key = keysOf(transfer('state:IRN', 'group:hezbollah').id)[0] as string;
    expect(() =>
      kb.review(
        { kind: 'claim', action: 'correct', target: key, correction: { stage: 'shipped' } as never },
        who,
      ),
    ).toThrow(/stage/);
    expect(() =>
      kb.review(
        { kind: 'claim', action: 'correct', target: key, correction: { supplier: 'state:NOPE' } },
        who,
      ),
    ).toThrow(/no entity state:NOPE/);
  });
});

describe('questions', () => {
  it('profiles an actor: transfers out by counterpart and stage, sources', () => {
    const p = kb.reader.profile('state:PRK');
    expect(p?.links.supplier?.map((l) => [l.counterpartName, l.stage])).toEqual([['Hamas', 'delivery']]);
    expect(p?.outlets.map((o) => o.outlet).sort()).toEqual(['Daily Example', 'Korea Wire', 'Reuters']);
    const ocean = kb.reader.profile('company:ocean-star-trading-ltd');
    expect(ocean?.links.intermediary?.[0]?.counterpartName).toBe('North Korea → Hamas');
  });

  it('filters transfers by stage, item category, time and sources', () => {
    const r = kb.reader;
    expect(
      r.assertions({ types: ['arms_transfer'], itemCategory: 'uav' }).assertions.map((a) => a.recipient),
    ).toEqual(['group:hezbollah']);
    expect(
      r
        .assertions({ types: ['arms_transfer'], stages: ['agreement'] })
        .assertions.every((a) => a.stage === 'agreement'),
    ).toBe(true);
    expect(
      r
        .assertions({ types: ['arms_transfer'], since: '2024-05-01' })
        .assertions.every((a) => a.supplier === 'state:RUS'),
    ).toBe(true);
    expect(r.assertions({ types: ['arms_transfer'], until: '2022-12-31' }).total).toBe(0);
    expect(
      r.assertions({ types: ['arms_transfer'], via: 'company:ocean-star-trading-ltd' }).assertions,
    ).toHaveLength(1);
    expect(r.assertions({ types: ['arms_transfer'], minSources: 2 }).total).toBe(0);
  });
});
