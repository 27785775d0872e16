import { type MatchToken, tokenizeForMatch } from './match-tokens.js';

/** What an alias says about how it may match. */
export interface AliasPattern<V> {
  readonly value: V;
  /** For each alias token: must the text token be capitalized? */
  readonly capitalized: readonly boolean[];
  /** An acronym ("IDF"): the text must be in capitals too. */
  readonly upper: boolean;
}

interface Node<V> {
  readonly children: Map<string, Node<V>>;
  readonly patterns: AliasPattern<V>[];
}

export interface TrieMatch<V> {
  /** Index of the first and one past the last matched token. */
  readonly from: number;
  readonly to: number;
  readonly patterns: readonly AliasPattern<V>[];
}

const newNode = <V>(): Node<V> => ({ children: new Map(), patterns: [] });

/**
 * A trie over match tokens: longest match at each position, case rules checked per alias. Built once
 * from the gazetteer; matching is a walk per token, linear in the text for practical alias lengths.
 */
export class TokenTrie<V> {
  private readonly root: Node<V> = newNode();
  size = 0;

  add(alias: string, value: V): void {
    const tokens = tokenizeForMatch(alias);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let next = node.children.get(token.key);
      if (!next) {
        next = newNode();
        node.children.set(token.key, next);
      }
      node = next;
    }
    const letters = alias.replace(/[^\p{L}]/gu, '');
    node.patterns.push({
      value,
      capitalized: tokens.map((t) => t.capitalized),
      upper: letters.length >= 2 && letters === letters.toUpperCase(),
    });
    this.size++;
  }

  /**
   * Longest matches, left to right, never overlapping. `ignoreCase` (for all-caps headlines) skips the
   * capitalization rules.
   */
  match(tokens: readonly MatchToken[], ignoreCase: (index: number) => boolean): TrieMatch<V>[] {
    const matches: TrieMatch<V>[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: Node<V> | undefined = this.root;
      let best: TrieMatch<V> | null = null;
      for (let j = i; j < tokens.length; j++) {
        node = node.children.get((tokens[j] as MatchToken).key);
        if (!node) break;
        if (node.patterns.length === 0) continue;
        const fitting = ignoreCase(i) ? node.patterns : fittingCase(node.patterns, tokens, i);
        if (fitting.length > 0) best = { from: i, to: j + 1, patterns: fitting };
      }
      if (best) {
        matches.push(best);
        i = best.to;
      } else i++;
    }
    return matches;
  }
}

/** The patterns whose case rules the tokens from `from` on meet; the node's own list when all do (most often). */
function fittingCase<V>(
  patterns: readonly AliasPattern<V>[],
  tokens: readonly MatchToken[],
  from: number,
): readonly AliasPattern<V>[] {
  let fitting: AliasPattern<V>[] | null = null;
  for (let k = 0; k < patterns.length; k++) {
    const pattern = patterns[k] as AliasPattern<V>;
    const fits = fitsCase(pattern, tokens, from);
    if (fitting) {
      if (fits) fitting.push(pattern);
    } else if (!fits) fitting = patterns.slice(0, k);
  }
  return fitting ?? patterns;
}

function fitsCase<V>(pattern: AliasPattern<V>, tokens: readonly MatchToken[], from: number): boolean {
  for (let k = 0; k < pattern.capitalized.length; k++) {
    const token = tokens[from + k] as MatchToken;
    if (pattern.capitalized[k] && !token.capitalized) return false;
    if (pattern.upper && /\p{L}/u.test(token.key) && !token.upper) return false;
  }
  return true;
}
