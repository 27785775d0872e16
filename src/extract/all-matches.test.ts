import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const same = (re: RegExp, text: string) =>
  expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(
    [...text.matchAll(re)].map((m) => [m.index, ...m]),
  );

describe('allMatches', () => {
  it('finds what matchAll finds', () => {
    same(/\b(\d+)\s+(\w+s)\b/g, '20 rifles, 3 tanks and 400 rounds');
    same(/\bx/gi, 'no match here');
  });

  it('steps past empty matches as matchAll does, surrogate pairs whole in Unicode regexes', () => {
    same(/a*/g, 'baaac😀a');
    same(/a*/gu, 'baaac😀a');
    same(/(?:)/gu, '😀x😀');
  });

  it('leaves the regex ready for the next call', () => {
    const re = /\d/g;
    allMatches(re, '1 2 3');
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, '4 5')).toHaveLength(2);
  });

  it('refuses a regex without the g flag', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(/global/);
  });
});
