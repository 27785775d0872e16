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

/** The definition of a match token; the scanner below reads ASCII by hand and defers to it for the rest. */
const TOKEN_AT = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/uy;

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

// Character classes of printable ASCII (0x20–0x7e); anything else goes through TOKEN_AT.
const SPACE = 1;
const UPPER = 2;
const LOWER = 3;
const DIGIT = 4;
const OTHER = 5;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] =
    c === 0x20 || (c >= 0x09 && c <= 0x0d)
      ? SPACE
      : c < 0x20 || c === 0x7f
        ? 0 // control characters: rare, read by TOKEN_AT
        : c >= 0x41 && c <= 0x5a
          ? UPPER
          : c >= 0x61 && c <= 0x7a
            ? LOWER
            : c >= 0x30 && c <= 0x39
              ? DIGIT
              : OTHER;
}
const classOf = (c: number) => (c < 128 ? (ASCII_CLASS[c] as number) : 0);

/**
 * The match tokens that start in `text[from, to)`, the last one possibly running past `to`. Runs of ASCII
 * letters and digits, spaces and ASCII punctuation are read by char code (this runs for every token of
 * every article); a run that reaches a non-ASCII character is read by TOKEN_AT, which defines the tokens.
 */
export function tokenizeForMatch(text: string, from = 0, to = text.length): MatchToken[] {
  const tokens: MatchToken[] = [];
  // A Unicode regex started inside a surrogate pair reads from the pair's start: so does the scanner.
  let i =
    isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1)) ? from - 1 : from;
  while (i < to) {
    const c = classOf(text.charCodeAt(i));
    if (c === SPACE) {
      i++;
      continue;
    }
    if (c === OTHER) {
      const value = text[i] as string;
      tokens.push({ start: i, end: i + 1, key: value, capitalized: false, upper: false });
      i++;
      continue;
    }
    if (c !== 0) {
      // An ASCII letter or digit: scan the run, noting the cases it holds.
      let j = i + 1;
      let next = classOf(text.charCodeAt(j));
      let hasUpper = c === UPPER;
      let hasLower = c === LOWER;
      while (next === UPPER || next === LOWER || next === DIGIT) {
        hasUpper ||= next === UPPER;
        hasLower ||= next === LOWER;
        next = classOf(text.charCodeAt(++j));
      }
      // The run ends at text's end, a space or ASCII punctuation; a non-ASCII character may continue it.
      if (j >= text.length || next === SPACE || next === OTHER) {
        const value = text.slice(i, j);
        const capitalized = c === UPPER;
        tokens.push({
          start: i,
          end: j,
          key: hasUpper ? value.toLowerCase() : value,
          capitalized,
          upper: capitalized && !hasLower,
        });
        i = j;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (m === null) {
      i++; // white space beyond ASCII (no-break space, …): every such character is a single UTF-16 unit
      continue;
    }
    tokens.push(tokenOf(m[0], i));
    i += m[0].length;
  }
  return tokens;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The general case: any token, as the definition reads it. */
function tokenOf(value: string, start: number): MatchToken {
  const lower = value.toLowerCase();
  const capitalized = value.charCodeAt(0) !== lower.charCodeAt(0);
  return {
    start,
    end: start + value.length,
    key: ASCII.test(value) ? lower : foldKey(value),
    capitalized,
    upper: capitalized && value === value.toUpperCase(),
  };
}
