import { describe, expect, it } from 'vitest';
import type { EntityType } from '../extract/gazetteer/entry.js';
import {
  acronymMatch,
  jaro,
  jaroWinkler,
  type MergeSuggestion,
  type NamedEntity,
  nameFormOf,
  suggestMerges,
} from './name-similarity.js';

let nextId = 0;
const entity = (
  name: string,
  type: EntityType,
  articles = 1,
  id = `e${String(nextId++).padStart(4, '0')}`,
) => ({
  id,
  name,
  type,
  articles,
});

/** The suggestion for two names of one type, if any, among just those two. */
function suggestionFor(x: string, y: string, type: EntityType = 'person'): MergeSuggestion | undefined {
  const suggestions = suggestMerges([entity(x, type, 1, 'x'), entity(y, type, 1, 'y')]);
  expect(suggestions.length).toBeLessThanOrEqual(1);
  return suggestions[0];
}

describe('Jaro–Winkler', () => {
  it('matches the textbook values', () => {
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });

  it('is 1 for equal strings, 0 with nothing in common or an empty side, and symmetric', () => {
    expect(jaroWinkler('elbit', 'elbit')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('soleimani', 'suleimani')).toBe(jaroWinkler('suleimani', 'soleimani'));
  });
});

describe('nameFormOf', () => {
  it('folds case, accents, punctuation, hyphens and spaces into one compact form', () => {
    const forms = ['Kim Jong-un', 'Kim Jong Un', 'KIM JONG‐UN', 'Kim Jongun'].map((n) =>
      nameFormOf(n, 'person'),
    );
    expect(new Set(forms.map((f) => f.compact))).toEqual(new Set(['kimjongun']));
    expect(nameFormOf('Recep Tayyip Erdoğan', 'person').compact).toBe('receptayyiperdogan');
    expect(nameFormOf("O'Neil", 'person').compact).toBe('oneil');
  });

  it('drops the Arabic article, but not a person’s first name "Al"', () => {
    expect(nameFormOf('Abu Bakr al-Baghdadi', 'person').coreWords).toEqual(['abu', 'bakr', 'baghdadi']);
    expect(nameFormOf('Abdel Fattah el Sisi', 'person').coreWords).toEqual(['abdel', 'fattah', 'sisi']);
    expect(nameFormOf('Al Gore', 'person').coreWords).toEqual(['al', 'gore']);
  });

  it('strips legal forms of companies only, never the whole name', () => {
    expect(nameFormOf('Elbit Systems Ltd.', 'company').coreWords).toEqual(['elbit', 'systems']);
    expect(nameFormOf('JSC Rosoboronexport', 'company').coreWords).toEqual(['rosoboronexport']);
    expect(nameFormOf('Hanwha Co., Ltd', 'company').coreWords).toEqual(['hanwha']);
    expect(nameFormOf('Company Limited', 'company').coreWords).toEqual(['company']);
    expect(nameFormOf('Elbit Systems Ltd', 'organization').coreWords).toEqual(['elbit', 'systems', 'ltd']);
  });

  it('recognizes acronyms by their capitals', () => {
    expect(nameFormOf('KOMID', 'company').acronym).toBe('komid');
    expect(nameFormOf('U.N.', 'organization').acronym).toBe('un');
    expect(nameFormOf('Rostec', 'company').acronym).toBeNull();
    expect(nameFormOf('Hamas', 'armed_group').acronym).toBeNull();
  });
});

describe('acronymMatch', () => {
  it('reads initials, syllables and acronyms of part of a name', () => {
    expect(acronymMatch('irgc', ['islamic', 'revolutionary', 'guard', 'corps'])).toBe('initials');
    expect(acronymMatch('mod', ['ministry', 'of', 'defence'])).toBe('initials');
    expect(acronymMatch('md', ['ministry', 'of', 'defence'])).toBe('initials');
    expect(acronymMatch('darpa', ['defense', 'advanced', 'research', 'projects', 'agency'])).toBe('initials');
    expect(acronymMatch('komid', ['korea', 'mining', 'development', 'trading', 'corporation'])).toBe(
      'partial',
    );
    expect(acronymMatch('komidtc', ['korea', 'mining', 'development', 'trading', 'corporation'])).toBe(
      'syllables',
    );
    expect(acronymMatch('norinco', ['china', 'north', 'industries', 'corporation'])).toBe('partial');
  });

  it('refuses letters that do not follow the words', () => {
    expect(acronymMatch('komid', ['korea', 'aerospace', 'industries'])).toBeNull();
    expect(acronymMatch('ros', ['rosoboronexport'])).toBeNull();
    // One word used out of four is not an acronym of the name.
    expect(acronymMatch('kor', ['korea', 'mining', 'development', 'trading'])).toBeNull();
    // Legal forms may lend letters but do not count as words of the name.
    expect(acronymMatch('alt', ['hanwha', 'aerospace', 'ltd'])).toBeNull();
    expect(acronymMatch('uac', ['united', 'aircraft', 'corporation'])).toBe('initials');
  });
});

describe('suggestMerges: pairs to suggest', () => {
  it('hyphens and spaces ("Kim Jong-un" / "Kim Jong Un")', () => {
    const s = suggestionFor('Kim Jong-un', 'Kim Jong Un');
    expect(s?.score).toBe(1);
    expect(s?.reasons[0]).toMatch(/ignoring case/);
  });

  it('transliteration variants by Jaro–Winkler', () => {
    const s = suggestionFor('Qassem Soleimani', 'Qasem Soleimani');
    expect(s?.score).toBeGreaterThan(0.85);
    expect(s?.reasons[0]).toMatch(/spelling variant \(Jaro–Winkler 0\.9\d\d\)/);
    expect(suggestionFor('Rheinmetall AG', 'Rheinmetal', 'company')?.reasons[0]).toMatch(/spelling variant/);
    expect(suggestionFor('Soleimani', 'Suleimani')?.reasons[0]).toMatch(/spelling variant/);
    // Read from the end too: transliterations often differ in the first letter.
    expect(suggestionFor('Muammar Gaddafi', 'Muammar Qaddafi')?.reasons[0]).toMatch(/spelling variant/);
    expect(suggestionFor('Esmail Qaani', 'Ismail Qaani')?.reasons[0]).toMatch(/spelling variant/);
    // Spaces differ too: the whole names are compared.
    expect(suggestionFor('Abu Bakr Bagdadi', 'Abubakr Baghdadi')?.reasons[0]).toMatch(/spelling variant/);
  });

  it('family name first or last ("Shin Won-sik" / "Won-sik Shin")', () => {
    expect(suggestionFor('Shin Won-sik', 'Won-sik Shin')?.score).toBe(0.9);
    expect(suggestionFor('Shin Won Sik', 'Wonsik Shin')?.score).toBe(0.9);
  });

  it('a surname alone is a weak suggestion, and says so', () => {
    const s = suggestionFor('Shin', 'Shin Won-sik');
    expect(s?.score).toBeLessThan(0.5);
    expect(s?.reasons[0]).toMatch(/^weak: /);
    expect(suggestionFor('Soleimani', 'Qassem Soleimani')?.score).toBeLessThan(0.5);
  });

  it('a shorter form of a full name, first name kept', () => {
    expect(suggestionFor('Mohammed bin Salman', 'Mohammed bin Salman Al Saud')?.score).toBe(0.7);
  });

  it('acronyms', () => {
    const komid = suggestionFor('Korea Mining Development Trading Corporation', 'KOMID', 'company');
    expect(komid?.score).toBe(0.7);
    expect(komid?.reasons[0]).toBe(
      '"KOMID" is an acronym of part of "Korea Mining Development Trading Corporation"',
    );
    expect(suggestionFor('Islamic Revolutionary Guard Corps', 'IRGC', 'armed_group')?.score).toBe(0.85);
    expect(suggestionFor('NORINCO', 'China North Industries Corporation', 'company')?.score).toBe(0.7);
  });

  it('company legal forms ("Elbit Systems Ltd" / "Elbit Systems")', () => {
    const s = suggestionFor('Elbit Systems Ltd', 'Elbit Systems', 'company');
    expect(s?.score).toBe(0.95);
    expect(s?.reasons[0]).toMatch(/legal form/);
    expect(suggestionFor('JSC Rosoboronexport', 'Rosoboronexport', 'company')?.score).toBe(0.95);
    expect(suggestionFor('Hanwha Aerospace Co., Ltd.', 'Hanwha Aerospace Corp', 'company')?.score).toBe(0.95);
  });

  it('the Arabic article ("al-Baghdadi" / "Baghdadi", "el-Sisi" / "Sisi")', () => {
    const s = suggestionFor('Abu Bakr al-Baghdadi', 'Abu Bakr Baghdadi');
    expect(s?.score).toBe(0.93);
    expect(s?.reasons[0]).toMatch(/al-\/el-/);
    expect(suggestionFor('Abdel Fattah el-Sisi', 'Abdel Fattah Sisi')?.score).toBe(0.93);
    expect(suggestionFor('al-Shabaab', 'Shabaab', 'armed_group')?.score).toBe(0.93);
  });

  it('the first word of a company name alone is a weak suggestion', () => {
    const s = suggestionFor('Elbit', 'Elbit Systems', 'company');
    expect(s?.score).toBe(0.5);
    expect(s?.reasons[0]).toMatch(/^weak: /);
  });
});

describe('suggestMerges: pairs not to suggest', () => {
  it('different types, even with the same name', () => {
    expect(suggestMerges([entity('North Korea Ltd', 'company'), entity('North Korea', 'person')])).toEqual(
      [],
    );
    expect(suggestMerges([entity('Hamas', 'armed_group'), entity('Hamas', 'organization')])).toEqual([]);
  });

  it('"Ahmed Ali" / "Ali Ahmed Hassan": the parts of a patronymic chain in another order', () => {
    // In a name of given name + father's name + grandfather's name, "Ali Ahmed Hassan" is Ali son of
    // Ahmed; "Ahmed Ali" is an Ahmed son of Ali: as likely the father as the same man. Only an exact
    // reordering (same parts, as in family-name-first names) or a shortened form keeping the first name
    // is suggested.
    expect(suggestionFor('Ahmed Ali', 'Ali Ahmed Hassan')).toBeUndefined();
    expect(suggestionFor('Ali Ahmed', 'Ali Ahmed Hassan')?.score).toBe(0.7);
    // Two plain names swapped: only weakly, for the same reason.
    const swapped = suggestionFor('Ahmed Ali', 'Ali Ahmed');
    expect(swapped?.score).toBe(0.55);
    expect(swapped?.reasons[0]).toMatch(/^weak: two names swapped/);
  });

  it('unrelated names that share letters', () => {
    expect(suggestionFor('Rosoboronexport', 'Rostec', 'company')).toBeUndefined();
    expect(
      suggestionFor('Korea Aerospace Industries', 'Korea Mining Development Trading Corporation', 'company'),
    ).toBeUndefined();
    expect(suggestionFor('KOMID', 'Korea Aerospace Industries', 'company')).toBeUndefined();
  });

  it('close spellings of different people or units', () => {
    expect(suggestionFor('Kim Jong-un', 'Kim Jong-il')).toBeUndefined();
    expect(suggestionFor('Kim Yo-jong', 'Kim Jong-un')).toBeUndefined();
    expect(suggestionFor('Hassan Nasrallah', 'Hussein Nasrallah')).toBeUndefined();
    expect(suggestionFor('Unit 8200', 'Unit 8201', 'military_unit')).toBeUndefined();
    // A shared generic word does not carry a different distinctive one.
    expect(suggestionFor('Lembak Industries', 'Lemka Industries', 'company')).toBeUndefined();
    // A word with a syllable more is another word, however high Jaro–Winkler rates common prefixes.
    expect(suggestionFor('Huljin', 'Huljinvel', 'company')).toBeUndefined();
    expect(suggestionFor('Quazainar', 'Quazai Velnar', 'company')).toBeUndefined();
  });

  it('a lone name matching several full names is ambiguous: no weak suggestion', () => {
    const names = ['Kim', 'Kim Jong-un', 'Kim Yo-jong', 'Kim Tok-hun', 'Kim Song-nam'];
    const suggestions = suggestMerges(names.map((n, i) => entity(n, 'person', 1, `k${i}`)));
    expect(suggestions.filter((s) => s.a === 'k0' || s.b === 'k0')).toEqual([]);
    // Two are still a choice an analyst can make.
    const two = suggestMerges(names.slice(0, 3).map((n, i) => entity(n, 'person', 1, `k${i}`)));
    expect(two.map((s) => [s.a, s.b])).toEqual([
      ['k0', 'k1'],
      ['k0', 'k2'],
    ]);
  });
});

describe('suggestMerges: output', () => {
  const entities: NamedEntity[] = [
    entity('Elbit Systems', 'company', 12, 'company:elbit'),
    entity('Elbit Systems Ltd', 'company', 3, 'company:elbit-ltd'),
    entity('Elbit', 'company', 1, 'company:elbit-short'),
    entity('Kim Jong Un', 'person', 2, 'person:kju-2'),
    entity('Kim Jong-un', 'person', 40, 'person:kju'),
    entity('Qasem Soleimani', 'person', 5, 'person:qs-2'),
    entity('Qassem Soleimani', 'person', 5, 'person:qs'),
    entity('Rostec', 'company', 9, 'company:rostec'),
  ];

  it('sorted by score, the entity seen in more articles first in each pair', () => {
    const suggestions = suggestMerges(entities);
    expect(suggestions.map((s) => [s.a, s.b, s.score])).toEqual([
      ['person:kju', 'person:kju-2', 1],
      ['company:elbit', 'company:elbit-ltd', 0.95],
      ['person:qs', 'person:qs-2', expect.any(Number)],
      ['company:elbit', 'company:elbit-short', 0.5],
      ['company:elbit-ltd', 'company:elbit-short', 0.5],
    ]);
    // Equal article counts: the smaller id is kept.
    expect(suggestions.map((s) => s.score)).toEqual(
      [...suggestions.map((s) => s.score)].sort((x, y) => y - x),
    );
  });

  it('minScore drops weak suggestions', () => {
    expect(suggestMerges(entities, { minScore: 0.6 }).every((s) => s.score >= 0.6)).toBe(true);
    expect(suggestMerges(entities, { minScore: 0.6 })).toHaveLength(3);
  });

  it('is deterministic and does not depend on input order or duplicated entries', () => {
    const forward = suggestMerges(entities);
    const backward = suggestMerges([...entities].reverse());
    const doubled = suggestMerges([...entities, ...entities]);
    expect(backward).toEqual(forward);
    expect(doubled).toEqual(forward);
  });

  it('ignores names that normalize to nothing', () => {
    expect(suggestMerges([entity('—', 'person'), entity('...', 'person')])).toEqual([]);
  });
});

describe('suggestMerges at scale', () => {
  /** Deterministic pseudo-random names: syllables make words, words make names. */
  function generatedEntities(count: number, seed: number): NamedEntity[] {
    let state = seed;
    const random = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
    const syllables =
      'ka ri mo ta sen ul bak dor fa gi hul jin ko lem nar pet qua ros sha tuv vel wen yor zai'.split(' ');
    const word = () => {
      const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
      return w[0]?.toUpperCase() + w.slice(1);
    };
    const suffixes = ['', '', ' Ltd', ' Industries', ' Systems', ' Corporation', ' JSC'];
    const types: EntityType[] = ['person', 'person', 'person', 'company', 'company', 'organization'];
    return Array.from({ length: count }, (_, i) => {
      const type = pick(types);
      const r = random();
      const name =
        type === 'person'
          ? r < 0.05
            ? word()
            : `${word()} ${word()}${r < 0.3 ? ` ${word()}` : ''}`
          : r < 0.05
            ? Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(syllables)[0])
                .join('')
                .toUpperCase()
            : `${word()}${r < 0.5 ? ` ${word()}` : ''}${pick(suffixes)}`;
      return { id: `g${i}`, name, type, articles: 1 + Math.floor(random() * 20) };
    });
  }

  const planted: NamedEntity[] = [
    entity('Qassem Soleimani', 'person', 3, 'p:qs'),
    entity('Qasem Soleimani', 'person', 3, 'p:qs-2'),
    entity('Elbit Systems Ltd', 'company', 3, 'p:elbit'),
    entity('Elbit Systems', 'company', 3, 'p:elbit-2'),
    entity('Korea Mining Development Trading Corporation', 'company', 3, 'p:komid'),
    entity('KOMID', 'company', 3, 'p:komid-2'),
    entity('Shin Won-sik', 'person', 3, 'p:shin'),
    entity('Won-sik Shin', 'person', 3, 'p:shin-2'),
  ];

  function run(count: number) {
    let comparisons = 0;
    const start = performance.now();
    const suggestions = suggestMerges([...generatedEntities(count, 7), ...planted], {
      onCompare: () => {
        comparisons++;
      },
    });
    return { suggestions, comparisons, ms: performance.now() - start };
  }

  it('20,000 names cost a number of comparisons linear in their count, and planted pairs are found', () => {
    const large = run(20_000);
    const half = run(10_000);
    const allPairs = (20_000 * 19_999) / 2;
    expect(large.comparisons).toBeLessThan(20 * 20_000);
    expect(large.comparisons / allPairs).toBeLessThan(0.002);
    // Doubling the names roughly doubles the comparisons (all pairs would quadruple them).
    // Each name meets at most maxBlockSize − 1 or 2·window others per block it is in, so comparisons per
    // name level off as names are added (all pairs would double them): about 9 at 10,000, 12 at 20,000.
    expect(large.comparisons / 20_000 / (half.comparisons / 10_000)).toBeLessThan(1.5);
    const found = new Set(large.suggestions.map((s) => `${s.a} ${s.b}`));
    for (const [a, b] of [
      ['p:qs', 'p:qs-2'],
      ['p:elbit', 'p:elbit-2'],
      ['p:komid', 'p:komid-2'],
      ['p:shin', 'p:shin-2'],
    ]) {
      expect(found.has(`${a} ${b}`)).toBe(true);
    }
    // Generous: catches a quadratic regression, not a slow machine.
    expect(large.ms).toBeLessThan(20_000);
  });
});
