/**
 * The tokenization gazetteer matching runs on, the same for aliases and for text so the two always agree:
 * runs of letters, marks and digits, and every other non-space character on its own. "North Korea’s" is
 * North · Korea · ’ · s; "Lebanese-based" is Lebanese · - · based. Keys are case- and accent-folded, with
 * one kind of apostrophe and dash; offsets always point into the original text.
 */
export interface MatchToken {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** The first character is upper-case. */
  readonly capitalized: boolean;
  /** Has letters, all upper-case. */
  readonly upper: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function foldKey(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}

export function tokenizeForMatch(text: string, from = 0, to = text.length): MatchToken[] {
  const tokens: MatchToken[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const value = m[0];
    const first = value[0] as string;
    tokens.push({
      start: m.index,
      end: m.index + value.length,
      key: foldKey(value),
      capitalized: first !== first.toLowerCase(),
      upper: value !== value.toLowerCase() && value === value.toUpperCase(),
    });
  }
  return tokens;
}
