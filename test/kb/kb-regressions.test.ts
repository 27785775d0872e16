import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractAndStore } from '../../src/kb/extract-and-store.js';
import { openStore, type Store } from '../../src/kb/sqlite/sqlite-knowledge-base.js';
import { articleOf } from '../claim-helpers.js';
import { pipeline, tempStore } from './kb-helpers.js';

// Cases found by review of the knowledge base, each with texts written for it.
let store: Store;
let path: string;
let dispose: () => Promise<void>;
beforeEach(() => {
  ({ store, path, dispose } = tempStore());
});
afterEach(async () => dispose());

const who = { who: 'tester', why: 'regression' };
let n = 0;
function add(text: string, published: string, outlet = `Outlet ${++n}`, target: Store = store) {
  const article = {
    ...articleOf(text, `Report number ${n} of the regression set`, published, `r-${++n}`),
    outlet,
    version: 1,
  };
  extractAndStore(target.knowledge, pipeline, [article], 'test');
  return article.id;
}
const transfers = (s: Store = store) =>
  s.knowledge.reader.assertions({ types: ['arms_transfer'], limit: 100 }).assertions;

describe('time clusters', () => {
  it('one event dated "in 2014" and "between 2013 and 2015" is one assertion, whatever the order', () => {
    add('Russia delivered tanks to Syria between 2013 and 2015, the ministry said.', '2016-02-01');
    add('Russia delivered tanks to Syria in 2014, officials said.', '2016-03-01');
    const [a, ...rest] = transfers();
    expect(rest).toHaveLength(0);
    expect(a?.when).toEqual({ start: '2014-01-01', end: '2014-12-31' });
  });

  it('undated reports published either side of a new year join one assertion', () => {
    add('Russia is delivering tanks to Syria, officials said.', '2019-12-30');
    add('Russia is delivering tanks to Syria, diplomats said.', '2020-01-02');
    expect(transfers()).toHaveLength(1);
  });
});

describe('what does not merge', () => {
  it('seizures with no named party in unrelated stories stay apart', () => {
    add('Police seized mortar rounds near Mosul on Monday, investigators said.', '2021-05-03');
    add('Customs officers seized artillery shells in Aden on Tuesday, investigators said.', '2021-06-08');
    const seizures = store.knowledge.reader.assertions({ types: ['arms_seizure'] }).assertions;
    expect(seizures).toHaveLength(2);
    for (const s of seizures) expect(s.sources.independent).toBe(1);
  });

  it('"investigators said" in two unrelated stories are two sources, not one', () => {
    add('Iran delivered drones to Hezbollah in 2023, investigators said.', '2024-01-10');
    add(
      'A separate inquiry into smuggling across the Syrian border reached the same view: Iran delivered drones to Hezbollah in 2023, investigators said on Friday.',
      '2024-02-20',
    );
    expect(transfers()[0]?.sources.independent).toBe(2);
  });
});

describe('review state shared between connections', () => {
  it('a merge made through another connection is seen by this one, for reads and for writes', async () => {
    add('Iran delivered drones to Hezbollah in 2023, a UN panel said.', '2024-01-10');
    add('Russia delivered tanks to Syria in 2014, officials said.', '2016-03-01');
    expect(store.knowledge.reader.findEntities('state:IRN')[0]?.id).toBe('state:IRN');
    const other = openStore(path);
    try {
      other.knowledge.review(
        { kind: 'entity', action: 'merge', target: 'state:IRN', into: 'state:RUS' },
        who,
      );
    } finally {
      await other.close();
    }
    expect(store.knowledge.reader.findEntities('state:IRN')[0]?.id).toBe('state:RUS');
    // A write here places new claims by the merge too.
    add('Iran delivered missiles to Hezbollah in 2022, a UN panel said.', '2024-03-10');
    const suppliers = new Set(transfers().map((a) => a.supplier));
    expect(suppliers).toEqual(new Set(['state:RUS']));
  });

  it('refuses an undo that would bring back a merge as a cycle', () => {
    add('Iran delivered drones to Hezbollah in 2023, a UN panel said.', '2024-01-10');
    add('North Korea delivered rockets to Hamas in 2022, officials said.', '2024-01-11');
    const kb = store.knowledge;
    kb.review({ kind: 'entity', action: 'merge', target: 'state:PRK', into: 'state:IRN' }, who);
    const split = kb.review({ kind: 'entity', action: 'split', target: 'state:PRK' }, who);
    kb.review({ kind: 'entity', action: 'merge', target: 'state:IRN', into: 'state:PRK' }, who);
    expect(() => kb.review({ kind: 'undo', action: 'undo', edit: split.id }, who)).toThrow(/cycle/);
    // The refused undo left nothing behind.
    expect(kb.reviewLog().filter((e) => e.action === 'undo')).toHaveLength(0);
    expect(kb.reader.entity('state:PRK')?.mergedFrom).toEqual(['state:IRN']);
  });

  it('a split or undone merge takes back the alias the merge gave', () => {
    add('Iran delivered drones to Hezbollah in 2023, a UN panel said.', '2024-01-10');
    add('North Korea delivered rockets to Hamas in 2022, officials said.', '2024-01-11');
    const kb = store.knowledge;
    const merge = kb.review({ kind: 'entity', action: 'merge', target: 'state:PRK', into: 'state:IRN' }, who);
    expect(kb.reader.entity('state:IRN')?.aliases).toContainEqual({
      alias: 'North Korea',
      source: 'analyst',
      articles: 0,
    });
    kb.review({ kind: 'undo', action: 'undo', edit: merge.id }, who);
    expect(kb.reader.entity('state:IRN')?.aliases.some((a) => a.source === 'analyst')).toBe(false);
  });

  it('a correction to a partial date is stored as whole days', () => {
    add('Russia delivered tanks to Syria in December 2009, officials said.', '2010-02-01');
    add('Russia delivered tanks to Syria in 2011, the ministry said.', '2012-02-01');
    const later = transfers().find((a) => a.when?.start === '2011-01-01');
    if (!later) throw new Error('no 2011 assertion');
    store.knowledge.review(
      {
        kind: 'assertion',
        action: 'correct',
        target: later.id,
        correction: { when: { start: '2009', end: '2009' } },
      },
      who,
    );
    const all = transfers();
    expect(all).toHaveLength(1);
    expect(all[0]?.when).toEqual({ start: '2009-12-01', end: '2009-12-31' });
    expect(() =>
      store.knowledge.review(
        {
          kind: 'assertion',
          action: 'correct',
          target: all[0]?.id as string,
          correction: { when: { start: '2009-13-01', end: '2009-13-02' } },
        },
        who,
      ),
    ).toThrow(/calendar date/);
  });
});

describe('outlet grades', () => {
  it('grade an outlet whatever the case of its name, in any script', () => {
    add('Russia delivered tanks to Syria in 2014, officials said.', '2016-02-01', 'Élysée Wire');
    const grade = () => transfers()[0]?.sources.outlets[0]?.grade;
    expect(grade()).toBe('F');
    store.knowledge.review({ kind: 'outlet', action: 'grade', target: 'ÉLYSÉE WIRE', grade: 'B' }, who);
    expect(grade()).toBe('B');
  });
});

describe('kept counts and pages', () => {
  it("an entity's article count follows re-extraction: an article that stops naming it no longer counts", () => {
    const first = add('Russia delivered tanks to Syria in 2014, officials said.', '2016-02-01');
    add('Russia delivered helicopters to Egypt in 2015, officials said.', '2016-03-01');
    const articlesOf = (id: string) => store.knowledge.reader.profile(id)?.articles;
    expect(articlesOf('state:RUS')).toBe(2);
    expect(articlesOf('state:SYR')).toBe(1);
    // The first article, edited: it now speaks of Iran, not of Russia and Syria.
    const edited = {
      ...articleOf(
        'Iran delivered drones to Hezbollah in 2023, officials said.',
        'An edited report',
        '2016-02-01',
        first,
      ),
      outlet: 'Outlet edited',
      version: 2,
    };
    extractAndStore(store.knowledge, pipeline, [edited], 'test');
    expect(articlesOf('state:RUS')).toBe(1);
    expect(articlesOf('state:SYR')).toBe(0);
    expect(articlesOf('state:IRN')).toBe(1);
  });

  it('suggests no merge for a name no stored extraction uses any more', () => {
    const first = add('Balkan Kestrel Ltd sold rifles to Libya in 2014, officials said.', '2016-02-01');
    const unlisted = () => store.knowledge.reader.unlistedEntities().map((e) => e.name);
    expect(unlisted()).toContain('Balkan Kestrel Ltd');
    const edited = {
      ...articleOf('Russia delivered tanks to Syria in 2014.', 'An edited report', '2016-02-01', first),
      outlet: 'Outlet edited',
      version: 2,
    };
    extractAndStore(store.knowledge, pipeline, [edited], 'test');
    expect(unlisted()).not.toContain('Balkan Kestrel Ltd');
  });

  it('lists each role of a profile strongest first, however many rows another role has', () => {
    add('Russia delivered tanks to Syria in 2014, officials said.', '2016-02-01');
    add('Russia delivered tanks to Syria in 2017, officials said.', '2018-02-01');
    add('Russia delivered helicopters to Egypt in 2015, officials said.', '2016-03-01');
    add('Iran delivered drones to Russia in 2022, officials said.', '2023-03-01');
    const links = store.knowledge.reader.profile('state:RUS')?.links ?? {};
    expect(links.supplier?.map((l) => [l.counterpart, l.assertions])).toEqual([
      ['state:SYR', 2],
      ['state:EGY', 1],
    ]);
    expect(links.recipient?.map((l) => l.counterpartName)).toEqual(['Iran']);
  });

  it('totals a short page without counting, and counts a full one', () => {
    for (const year of [2011, 2013, 2015])
      add(`Russia delivered tanks to Syria in ${year}, officials said.`, `${year + 1}-02-01`);
    const page = (limit: number, offset = 0) =>
      store.knowledge.reader.assertions({ types: ['arms_transfer'], limit, offset });
    expect(page(50)).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(page(2)).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(page(2).assertions).toHaveLength(2);
    expect(page(2, 2)).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(page(2, 10)).toMatchObject({ total: 3, totalIsLowerBound: false, assertions: [] });
  });

  it('counts what a driving index yields and the filters keep', () => {
    for (const year of [2011, 2013, 2015, 2017])
      add(`Russia delivered tanks to Syria in ${year}, officials said.`, `${year + 1}-02-01`);
    add('Iran delivered drones to Syria in 2016, officials said.', '2017-02-01');
    const count = (since?: string) =>
      store.knowledge.reader.assertions({ supplier: 'state:RUS', ...(since ? { since } : {}), limit: 1 });
    expect(count()).toMatchObject({ total: 4, totalIsLowerBound: false });
    expect(count('2014-01-01')).toMatchObject({ total: 2, totalIsLowerBound: false });
    expect(
      store.knowledge.reader.assertions({ itemCategory: 'uav', since: '2016-01-01', limit: 1 }),
    ).toMatchObject({ total: 1, totalIsLowerBound: false });
  });
});
