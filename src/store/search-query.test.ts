import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../core/errors.js';
import { parseSearchQuery, type QueryNode, toFts5 } from './search-query.js';

const fts = (query: string) => toFts5(parseSearchQuery(query));

/** Runs `fn` and returns the QuerySyntaxError it throws; fails the test when it does not throw one. */
function syntaxError(fn: () => unknown): QuerySyntaxError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    return error as QuerySyntaxError;
  }
  throw new Error('expected a QuerySyntaxError');
}

describe('parseSearchQuery + toFts5', () => {
  it.each([
    ['single word', 'missile', '"missile"'],
    ['two words are ANDed', 'north korea', '("north" AND "korea")'],
    ['three words', 'north korea rockets', '("north" AND "korea" AND "rockets")'],
    ['phrase', '"trading company"', '"trading company"'],
    ['curly-quoted phrase', '“trading company”', '"trading company"'],
    ['German low-high quotes', '„Waffen“ export', '("Waffen" AND "export")'],
    ['phrase and word', 'hamas "north korea"', '("hamas" AND "north korea")'],
    ['prefix', 'missil*', '"missil" *'],
    ['prefix with other words', 'iran missil*', '("iran" AND "missil" *)'],
    ['OR', 'iran OR syria', '("iran" OR "syria")'],
    ['pipe as OR', 'iran | syria', '("iran" OR "syria")'],
    ['lower-case or is a word', 'iran or syria', '("iran" AND "or" AND "syria")'],
    ['OR binds looser than AND', 'a OR b c', '("a" OR ("b" AND "c"))'],
    ['AND is ignored', 'iran AND syria', '("iran" AND "syria")'],
    ['exclusion', 'arms -iran', '("arms" NOT "iran")'],
    ['NOT exclusion', 'arms NOT iran', '("arms" NOT "iran")'],
    ['exclusion first', '-iran arms', '("arms" NOT "iran")'],
    ['two positives and an exclusion', 'arms deal -iran', '(("arms" AND "deal") NOT "iran")'],
    ['two exclusions under one NOT', 'arms -iran -syria', '("arms" NOT ("iran" OR "syria"))'],
    ['excluded group', 'arms -(iran OR syria)', '("arms" NOT ("iran" OR "syria"))'],
    ['grouping', '(iran OR syria) arms', '(("iran" OR "syria") AND "arms")'],
    ['exclusion inside a group within OR', '(arms -iran) OR drones', '(("arms" NOT "iran") OR "drones")'],
    ['redundant parentheses', '((missile))', '"missile"'],
    ['title field', 'title:hamas', 'title : "hamas"'],
    ['text field', 'text:rockets', 'text : "rockets"'],
    ['field name is case-insensitive', 'Title:Hamas', 'title : "Hamas"'],
    ['field then space then word', 'title: hamas', 'title : "hamas"'],
    ['field with a phrase', 'title:"sea mines"', 'title : "sea mines"'],
    ['field with a prefix', 'title:missil*', 'title : "missil" *'],
    ['excluded field term', 'arms -title:iran', '("arms" NOT title : "iran")'],
    ['unknown field is a plain word', 'url:example', '"url:example"'],
    ['hyphen inside a word is kept', 'T-72 tanks', '("T-72" AND "tanks")'],
    ['curly apostrophe inside a word', 'Iran’s navy', '("Iran’s" AND "navy")'],
    ['lone hyphen is dropped', 'arms - iran', '("arms" AND "iran")'],
    ['punctuation-only words are dropped', 'arms !!! iran', '("arms" AND "iran")'],
    ['non-Latin script', 'ракета Сирия', '("ракета" AND "Сирия")'],
    ['FTS5 keyword as a word is quoted', 'NEAR', '"NEAR"'],
  ])('%s: %s → %s', (_name, query, expected) => {
    expect(fts(query)).toBe(expected);
  });

  it.each([
    ['a bare term', { kind: 'term', text: 'say"hi', prefix: false, field: null }, '"say""hi"'],
    ['a prefix term', { kind: 'term', text: '"x', prefix: true, field: 'title' }, 'title : """x" *'],
    ['a phrase', { kind: 'phrase', text: 'the "big" deal', field: null }, '"the ""big"" deal"'],
  ] as const)('toFts5 escapes a double quote inside %s by doubling it', (_name, node, expected) => {
    expect(toFts5(node as QueryNode)).toBe(expected);
  });

  it('returns the tree for a simple query', () => {
    expect(parseSearchQuery('title:missil* -iran')).toEqual({
      kind: 'and',
      items: [
        { kind: 'term', text: 'missil', prefix: true, field: 'title' },
        { kind: 'not', item: { kind: 'term', text: 'iran', prefix: false, field: null } },
      ],
    });
  });

  it('does not invert a double negation arms" → ("arms" NOT "iran"))', () => {
    let out: string | null = null;
    try {
      out = fts('-(-iran) arms');
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError); // rejecting the query would also be acceptable
    }
    if (out !== null) expect(out).not.toContain('NOT');
  });

  it('accepts exclusions grouped next to a positive word', () => {
    expect(fts('arms (-iran -syria)')).toBe('("arms" NOT ("iran" OR "syria"))');
  });
});

describe('bad queries throw QuerySyntaxError with a helpful message', () => {
  it.each([
    ['unclosed quote at the start', '"north korea', /unclosed quote at character 1\b/],
    ['unclosed quote later on', 'arms "north korea', /unclosed quote at character 6\b/],
    ['unclosed curly quote', 'arms “north korea', /unclosed quote at character 6\b/],
    ['unclosed parenthesis', '(iran OR syria', /unclosed parenthesis at character 1\b/],
    ['unclosed inner parenthesis', 'arms (iran OR (syria)', /unclosed parenthesis at character 6\b/],
    ['stray closing parenthesis', 'iran)', /"\)" with no matching "\(" at character 5\b/],
    ['empty parentheses', '()', /empty parentheses at character 1/],
    ['deep nesting', `${'('.repeat(40)}arms${')'.repeat(40)}`, /nested parentheses/],
    ['a 3,000-deep query', `${'('.repeat(3000)}arms${')'.repeat(3000)}`, /too long/],
    ['too many words', Array.from({ length: 500 }, (_, i) => `-x${i}`).join(' '), /too long/],
    ['OR at the start', 'OR iran', /"OR" with nothing before it/],
    ['OR at the end', 'iran OR', /expected a word at the end/],
    ['OR OR', 'iran OR OR syria', /expected a word at character 9/],
    ['only an exclusion', '-iran', /cannot only exclude/],
    ['only exclusions', '-iran -syria', /cannot only exclude/],
    ['only a NOT exclusion', 'NOT iran', /cannot only exclude/],
    ['NOT with nothing after it', 'arms NOT', /ends where a word was expected/],
    ['empty', '', /empty query/],
    ['blank', '  \t ', /empty query/],
    ['only AND', 'AND', /empty query/],
    ['only punctuation', '!!! ... ?', /no letters or digits/],
    ['only a star', '*', /no letters or digits/],
    ['field with nothing after it', 'title:', /"title:" at character 1 must be followed by a word/],
    ['field later with nothing after it', 'arms text:', /"text:" at character 6 must be followed by a word/],
    ['field followed by a group', 'title:(a OR b)', /"title:" .*must be followed by a word or a "phrase"/],
    ['field followed by a field', 'text:title:x', /"text:" .*must be followed/],
    ['exclusion as a side of OR', 'a OR -b', /exclusion cannot be one side of OR/],
    ['NOT as a side of OR', 'NOT a OR b', /exclusion cannot be one side of OR/],
  ])('%s: %j', (_name, query, message) => {
    const error = syntaxError(() => parseSearchQuery(query));
    expect(error.message).toMatch(message);
    expect(error.code).toBe('query-syntax');
  });
});

describe('no user text reaches FTS5 unquoted', () => {
  const NASTY = [
    "'; DROP TABLE x; --",
    'NEAR(a b)',
    'NEAR(a b, 3)',
    'a:b',
    'col:*',
    '^start',
    '{x y}',
    '{title text}: hamas',
    'title:*',
    'a + b',
    'a AND OR b',
    '"a" "b"',
    '""',
    'missil**',
    '-"x',
    'x"',
    'a"b',
    '“a” ”b“',
    'iran:syria:arms',
    'text:title:"x"',
    '(a) (b) -(c) NOT (d OR e*)',
    '\\"x\\"',
    'SELECT * FROM articles',
    'a) OR (b',
    '\u0000null\u0000byte',
    '日本 OR 北朝鮮',
  ];
  const ALLOWED_OUTSIDE_STRINGS = /^(?:[()\s*:]|\bAND\b|\bOR\b|\bNOT\b|\btitle\b|\btext\b)*$/;

  it.each(NASTY)('%j', (query) => {
    let out: string;
    try {
      out = fts(query);
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      return;
    }
    // FTS5 strings are "..." with "" as an escaped quote; removing them must leave only syntax.
    const outside = out.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).toMatch(ALLOWED_OUTSIDE_STRINGS);
    // Every string is well-formed: an even number of quotes overall.
    expect((out.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('the check itself catches unquoted text', () => {
    for (const bad of ['"a" AND b', 'NEAR("a" "b")', '"a" : "b" ^', '{title} : "x"']) {
      expect(bad.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(ALLOWED_OUTSIDE_STRINGS);
    }
  });

  it('never passes a NUL character to FTS5', () => {
    let out = '';
    try {
      out = fts('arms null\u0000byte');
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
    }
    expect(out).not.toContain('\u0000');
  });
});
