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

// Most tokens are plain ASCII: lower-casing is all they need, and NFD normalization is the costly part.
const ASCII = /^[\x20-\x7e]*$/;

export function foldKey(token: string): string {
  if (ASCII.test(token)) return token.toLowerCase().replace(/`/g, "'");
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
    const lower = value.toLowerCase();
    // Computed from `lower` once: this runs for every token of every article.
    const capitalized = value.charCodeAt(0) !== lower.charCodeAt(0);
    tokens.push({
      start: m.index,
      end: m.index + value.length,
      key: ASCII.test(value) ? lower : foldKey(value),
      capitalized,
      upper: capitalized && value === value.toUpperCase(),
    });
  }
  return tokens;
}
