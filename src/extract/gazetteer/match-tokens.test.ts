import { describe, expect, it } from 'vitest';
import { foldKey, type MatchToken, tokenizeForMatch } from './match-tokens.js';

/** The tokenization as first written: one Unicode regex over the text. The scanner must agree with it. */
function reference(text: string, from = 0, to = text.length): MatchToken[] {
  const pattern = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const tokens: MatchToken[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) {
    const value = m[0];
    const lower = value.toLowerCase();
    const capitalized = value.charCodeAt(0) !== lower.charCodeAt(0);
    tokens.push({
      start: m.index,
      end: m.index + value.length,
      key: /^[\x20-\x7e]*$/.test(value) ? lower : foldKey(value),
      capitalized,
      upper: capitalized && value === value.toUpperCase(),
    });
  }
  return tokens;
}

const SAMPLES = [
  'North Korea’s Lebanese-based firm sold 2,000 AK-47s to the IDF.',
  'Café Zürich — naïve résumé; ÉCOLE ÉTÉ ÀB x\u00a0y\u2009z',
  'F-16I Sufa, Mi-17`s, U.S. and u.s.a., 10am,23:45 $1.2bn €300m',
  'tab\there\r\nnew\u000bline\u000cfeed \u001c\u001f\u007f\u0000ctl',
  'astral 𝐀𝐁𝐂 😀 𠀀x a😀b İstanbul ǅemal ß',
  'trailingRun',
  '',
  '   ',
];

describe('match tokens', () => {
  it.each(SAMPLES)('reads %j as the Unicode definition does', (text) => {
    expect(tokenizeForMatch(text)).toEqual(reference(text));
  });

  it('reads a range as the definition does, the last token running past its end', () => {
    const text = SAMPLES.join(' ');
    for (let from = 0; from < text.length; from += 7) {
      for (const to of [from + 1, from + 9, from + 30]) {
        expect(tokenizeForMatch(text, from, to)).toEqual(reference(text, from, to));
      }
    }
  });

  it('agrees with the definition on random text', () => {
    const alphabet = 'aZ9 -’é\u0301\u00a0.ÉßK`😀\t,İ';
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 500; n++) {
      const chars = Array.from(alphabet);
      const text = Array.from({ length: next() % 40 }, () => chars[next() % chars.length]).join('');
      expect(tokenizeForMatch(text)).toEqual(reference(text));
    }
  });
});
