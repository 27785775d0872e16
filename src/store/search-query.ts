import { QuerySyntaxError } from '../core/errors.js';

/**
 * The search language users type, parsed into a tree that each store translates to its own engine
 * (FTS5 here, tsquery for PostgreSQL later). Users never write engine syntax, so their typos produce a
 * message about their query, never an SQL error, and no input can reach the engine unquoted.
 *
 *   north korea            both words (AND is implied)
 *   "trading company"      the phrase
 *   missil*                a prefix
 *   iran OR syria          either
 *   -iran  NOT iran        exclude
 *   (iran OR syria) arms   grouping
 *   title:hamas            only in the title (also text:)
 */
export type QueryNode =
  | {
      readonly kind: 'term';
      readonly text: string;
      readonly prefix: boolean;
      readonly field: QueryField | null;
    }
  | { readonly kind: 'phrase'; readonly text: string; readonly field: QueryField | null }
  | { readonly kind: 'and'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly items: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly item: QueryNode };

export const QUERY_FIELDS = ['title', 'text'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

type Token =
  | { readonly type: 'open' | 'close' | 'or' | 'not'; readonly at: number }
  | { readonly type: 'word'; readonly text: string; readonly at: number }
  | { readonly type: 'phrase'; readonly text: string; readonly at: number }
  | { readonly type: 'field'; readonly field: QueryField; readonly at: number };

const OPEN_QUOTES = '"“”„';
const CLOSE_QUOTES = '"”“';
// Deeper nesting than any person writes; the limit keeps the recursive parser and FTS5 within bounds.
const MAX_DEPTH = 32;
const MAX_TERMS = 200;
const HAS_WORD = /[\p{L}\p{N}]/u;

function tokenize(input: string): Token[] {
  // Control characters (NUL among them) have no place in a query and would break FTS5 string literals.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const query = input.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'open' : 'close', at: i });
      i++;
    } else if (OPEN_QUOTES.includes(ch)) {
      let end = i + 1;
      while (end < query.length && !CLOSE_QUOTES.includes(query[end] as string)) end++;
      if (end >= query.length)
        throw new QuerySyntaxError(`unclosed quote at character ${i + 1}: add a closing "`);
      tokens.push({ type: 'phrase', text: query.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (ch === '-' && i + 1 < query.length && !/[\s)]/.test(query[i + 1] as string)) {
      tokens.push({ type: 'not', at: i });
      i++;
    } else {
      let end = i;
      while (end < query.length && !/[\s()"“”„]/.test(query[end] as string)) end++;
      const word = query.slice(i, end);
      const field = /^(\w+):$/.exec(word) ?? /^(\w+):(?=.)/.exec(word);
      if (field && (QUERY_FIELDS as readonly string[]).includes((field[1] as string).toLowerCase())) {
        tokens.push({ type: 'field', field: (field[1] as string).toLowerCase() as QueryField, at: i });
        i += (field[1] as string).length + 1;
        continue;
      }
      if (word === 'OR' || word === '|') tokens.push({ type: 'or', at: i });
      else if (word === 'NOT') tokens.push({ type: 'not', at: i });
      else if (word === 'AND') {
        // AND is what juxtaposition means already.
      } else tokens.push({ type: 'word', text: word, at: i });
      i = end;
    }
  }
  return tokens;
}

/** Parses a user query; throws `QuerySyntaxError` with a message that names the problem and where. */
export function parseSearchQuery(query: string): QueryNode {
  const tokens = tokenize(query);
  if (tokens.length > MAX_TERMS * 2)
    throw new QuerySyntaxError(`too long: at most ${MAX_TERMS} words and operators`);
  if (tokens.length === 0) throw new QuerySyntaxError('empty query: give at least one word to search for');
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const where = (t: Token | undefined) => (t ? `at character ${t.at + 1}` : 'at the end');

  function parseOr(): QueryNode {
    const items = [parseAnd()];
    while (peek()?.type === 'or') {
      pos++;
      items.push(parseAnd());
    }
    return items.length === 1 ? (items[0] as QueryNode) : { kind: 'or', items };
  }
  function parseAnd(): QueryNode {
    const items: QueryNode[] = [];
    for (let t = peek(); t && t.type !== 'or' && t.type !== 'close'; t = peek()) items.push(parseUnary());
    if (items.length === 0)
      throw new QuerySyntaxError(`expected a word ${where(peek())}, found ${describe(peek())}`);
    return items.length === 1 ? (items[0] as QueryNode) : { kind: 'and', items };
  }
  function parseUnary(): QueryNode {
    if (peek()?.type === 'not') {
      pos++;
      return { kind: 'not', item: parseUnary() };
    }
    return parsePrimary();
  }
  function parsePrimary(): QueryNode {
    const t = peek();
    if (!t) throw new QuerySyntaxError('the query ends where a word was expected');
    pos++;
    if (t.type === 'open') {
      if (++depth > MAX_DEPTH) throw new QuerySyntaxError(`more than ${MAX_DEPTH} nested parentheses`);
      if (peek()?.type === 'close') throw new QuerySyntaxError(`empty parentheses at character ${t.at + 1}`);
      const inner = parseOr();
      depth--;
      if (peek()?.type !== 'close')
        throw new QuerySyntaxError(`unclosed parenthesis at character ${t.at + 1}`);
      pos++;
      return inner;
    }
    let field: QueryField | null = null;
    let target: Token | undefined = t;
    if (t.type === 'field') {
      field = t.field;
      target = peek();
      pos++;
      if (target?.type !== 'word' && target?.type !== 'phrase') {
        throw new QuerySyntaxError(`"${field}:" ${where(t)} must be followed by a word or a "phrase"`);
      }
    }
    if (target?.type === 'phrase') return { kind: 'phrase', text: target.text, field };
    if (target?.type === 'word') {
      const prefix = target.text.endsWith('*');
      return { kind: 'term', text: prefix ? target.text.slice(0, -1) : target.text, prefix, field };
    }
    throw new QuerySyntaxError(`unexpected ${describe(t)} ${where(t)}`);
  }

  const tree = parseOr();
  if (pos < tokens.length) throw new QuerySyntaxError(`unexpected ${describe(peek())} ${where(peek())}`);
  return checkSearchable(tree);
}

function describe(t: Token | undefined): string {
  if (!t) return 'the end of the query';
  if (t.type === 'close') return '")" with no matching "("';
  if (t.type === 'or') return '"OR" with nothing before it';
  return t.type === 'word' || t.type === 'phrase' ? `"${t.text}"` : t.type;
}

/**
 * Simplifies the tree the parser built: nested ANDs flattened into their parent (so `arms (-iran -syria)`
 * is three conditions) and double negations cancelled; then drops words with no letter or digit (they match
 * nothing) and rejects what no engine can answer: a query made only of exclusions, or an exclusion as one
 * side of OR.
 */
function checkSearchable(node: QueryNode): QueryNode {
  const simplify = (n: QueryNode): QueryNode | null => {
    switch (n.kind) {
      case 'term':
      case 'phrase':
        return HAS_WORD.test(n.text) ? n : null;
      case 'not': {
        const item = simplify(n.item);
        if (!item) return null;
        return item.kind === 'not' ? item.item : { kind: 'not', item };
      }
      case 'and':
      case 'or': {
        const items = n.items
          .map(simplify)
          .filter((x): x is QueryNode => x !== null)
          .flatMap((x) => (x.kind === n.kind ? (x as { items: readonly QueryNode[] }).items : [x]));
        if (items.length === 0) return null;
        return items.length === 1 ? (items[0] as QueryNode) : { kind: n.kind, items };
      }
    }
  };
  const check = (n: QueryNode): void => {
    if (n.kind === 'or') {
      if (
        n.items.some((i) => i.kind === 'not' || (i.kind === 'and' && i.items.every((j) => j.kind === 'not')))
      ) {
        throw new QuerySyntaxError('an exclusion cannot be one side of OR: write "(a OR b) -c" instead');
      }
      n.items.forEach(check);
    } else if (n.kind === 'and') {
      if (n.items.every((i) => i.kind === 'not')) {
        throw new QuerySyntaxError(
          'a query cannot only exclude: add a word to search for besides the -excluded ones',
        );
      }
      n.items.forEach(check);
    } else if (n.kind === 'not') check(n.item);
  };
  const simplified = simplify(node);
  if (!simplified) throw new QuerySyntaxError('nothing to search for: the query has no letters or digits');
  if (simplified.kind === 'not')
    throw new QuerySyntaxError('a query cannot only exclude: add a word to search for');
  check(simplified);
  return simplified;
}

/** The FTS5 MATCH expression for a parsed query: every word and phrase double-quoted, nothing else passed through. */
export function toFts5(node: QueryNode): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const column = (field: QueryField | null, expr: string) => (field ? `${field} : ${expr}` : expr);
  switch (node.kind) {
    case 'term':
      return column(node.field, node.prefix ? `${quote(node.text)} *` : quote(node.text));
    case 'phrase':
      return column(node.field, quote(node.text));
    case 'or':
      return `(${node.items.map(toFts5).join(' OR ')})`;
    case 'not':
      // Only reachable inside 'and' (checkSearchable forbids a lone NOT); FTS5's NOT is binary.
      return toFts5(node.item);
    case 'and': {
      const positives = node.items.filter((i) => i.kind !== 'not').map(toFts5);
      const negatives = node.items.filter((i) => i.kind === 'not').map(toFts5);
      const base = positives.length === 1 ? (positives[0] as string) : `(${positives.join(' AND ')})`;
      // One NOT over all exclusions: a chain of NOTs nests, and FTS5's parser stack is shallow.
      if (negatives.length === 0) return base;
      return `(${base} NOT ${negatives.length === 1 ? negatives[0] : `(${negatives.join(' OR ')})`})`;
    }
  }
}
