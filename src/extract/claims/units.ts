import type {
  AmountMention,
  ArticleDoc,
  EntityMention,
  Mention,
  Sentence,
  TimeMention,
  Token,
} from '../types.js';

/**
 * A sentence seen as a row of units: each mention found by the mention layer is one unit (an actor or place,
 * a weapon, a time, an amount), every other token a word. The claim grammar reads units, so "the Israeli
 * Defense Forces" is one thing before "to" and "hundreds of new missiles" one item with its quantity.
 */
export type Unit = ActorUnit | ItemUnit | TimeUnit | AmountUnit | WordUnit;

interface UnitBase {
  /** Index of the unit's first token in the document and one past its last. */
  readonly first: number;
  readonly end: number;
  readonly start: number;
  readonly endOffset: number;
  readonly text: string;
  /** Lower-cased text; for a word its token's lower. */
  readonly lower: string;
}

/** A state, group, company, person, place… "The two" is one unit with two entities. */
export interface ActorUnit extends UnitBase {
  readonly kind: 'actor';
  readonly entities: readonly EntityMention[];
  /** Entities named inside the unit ("Lebanese" in "a Lebanese-based trading company"). */
  readonly inner: readonly EntityMention[];
  /** Ends in a possessive ("Israel's", "North Korea’s"). */
  readonly possessive: boolean;
}

export interface ItemUnit extends UnitBase {
  readonly kind: 'item';
  readonly weapon: EntityMention;
  readonly quantity?: AmountMention;
}

export interface TimeUnit extends UnitBase {
  readonly kind: 'time';
  readonly time: TimeMention;
}

export interface AmountUnit extends UnitBase {
  readonly kind: 'amount';
  readonly amount: AmountMention;
  /** Entities named inside the count ("500 Russian targets"). */
  readonly inner: readonly EntityMention[];
}

export interface WordUnit extends UnitBase {
  readonly kind: 'word';
  readonly pos: string;
}

export interface SentenceUnits {
  readonly sentence: Sentence;
  readonly index: number;
  readonly units: readonly Unit[];
}

/** Cuts every sentence of the document into units. */
export function sentenceUnits(
  doc: ArticleDoc,
  mentions: readonly Mention[],
  wanted: (sentence: Sentence) => boolean = () => true,
): SentenceUnits[] {
  const tokenAt = tokenIndexer(doc.tokens);
  // Spans in token indices, longest first so an outer mention claims its tokens before a nested one.
  const spans = mentions
    .map((m) => ({ m, first: tokenAt(m.start, 'start'), end: tokenAt(m.end, 'end') }))
    .filter((s) => s.first >= 0 && s.end > s.first)
    .sort((a, b) => a.first - b.first || b.end - b.first - (a.end - a.first));
  const byFirst = new Map<number, { m: Mention; end: number }[]>();
  for (const s of spans) byFirst.set(s.first, [...(byFirst.get(s.first) ?? []), s]);

  return doc.sentences.map((sentence, index) => {
    const units: Unit[] = [];
    // A sentence no rule can read stays empty: most sentences of an article name no claim.
    if (!wanted(sentence)) return { sentence, index, units };
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const unit = unitAt(doc, i, sentence.endToken, byFirst);
      units.push(unit);
      i = unit.end;
    }
    return { sentence, index, units: weighedItems(doc, units) };
  });
}

function unitAt(
  doc: ArticleDoc,
  i: number,
  limit: number,
  byFirst: Map<number, { m: Mention; end: number }[]>,
): Unit {
  const listed = byFirst.get(i);
  const starting = listed ? listed.filter((s) => s.end <= limit) : NONE;
  const token = doc.tokens[i] as Token;
  if (starting.length === 0) {
    // A hyphen with spaces round it is a dash ("WASHINGTON, March 9 - President Reagan…"), not a compound.
    const spacedDash = token.text === '-' && doc.text[token.start - 1] === ' ' && doc.text[token.end] === ' ';
    return {
      kind: 'word',
      first: i,
      end: i + 1,
      start: token.start,
      endOffset: token.end,
      text: token.text,
      lower: spacedDash ? '—' : token.lower,
      pos: token.pos,
    };
  }
  const end = Math.max(...starting.map((s) => s.end));
  const last = doc.tokens[end - 1] as Token;
  // Plain literals per kind, no spreads: one unit per mention of every article, and spreading a base object
  // was the claim layer's hottest line.
  const first = i;
  const start = token.start;
  const endOffset = last.end;
  const text = doc.text.slice(start, endOffset);
  const lower = text.toLowerCase();
  const outer = starting.filter((s) => s.end === end).map((s) => s.m);
  const inside: Mention[] = [];
  for (let k = i; k < end; k++) for (const s of byFirst.get(k) ?? []) if (s.end <= end) inside.push(s.m);
  const weapon = outer.find((m): m is EntityMention => m.kind === 'entity' && m.type === 'weapon');
  const amount = outer.find((m): m is AmountMention => m.kind === 'amount');
  const described = outer.filter((m): m is EntityMention => m.kind === 'entity' && m.type !== 'weapon');
  if (described.length > 0) {
    const inner = inside.filter(
      (m): m is EntityMention => m.kind === 'entity' && m.type !== 'weapon' && !described.includes(m),
    );
    const actors = described.map((m) => stateForcesOf(m, inner) ?? m);
    const next = doc.tokens[end];
    const possessive =
      /['’]s$/i.test(text) || (next !== undefined && /^['’]s?$/.test(next.text) && next.start === last.end);
    return { kind: 'actor', first, end, start, endOffset, text, lower, entities: actors, inner, possessive };
  }
  if (amount) {
    // "hundreds of new missiles": an amount that holds a weapon is that weapon with its quantity.
    const held = inside.find((m): m is EntityMention => m.kind === 'entity' && m.type === 'weapon');
    if (held && amount.measure === 'quantity')
      return { kind: 'item', first, end, start, endOffset, text, lower, weapon: held, quantity: amount };
    const inner = inside.filter((m): m is EntityMention => m.kind === 'entity' && m.type !== 'weapon');
    return { kind: 'amount', first, end, start, endOffset, text, lower, amount, inner };
  }
  // "passenger jets", "civilian helicopters": named like arms, but not arms.
  const before = doc.tokens[i - 1];
  if (weapon && !(before && CIVILIAN.test(before.lower)))
    return { kind: 'item', first, end, start, endOffset, text, lower, weapon };
  const time = outer.find((m): m is TimeMention => m.kind === 'time');
  if (time) return { kind: 'time', first, end, start, endOffset, text, lower, time };
  return { kind: 'word', first, end, start, endOffset, text, lower, pos: token.pos };
}

/** "35 tons of arms": a weight, "of", then arms is that item with its weight as the quantity. */
function weighedItems(doc: ArticleDoc, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const amount = units[k] as Unit;
    const of = units[k + 1];
    const item = units[k + 2];
    if (
      amount.kind === 'amount' &&
      amount.amount.measure === 'quantity' &&
      amount.amount.unit !== 'items' &&
      of?.kind === 'word' &&
      of.lower === 'of' &&
      item?.kind === 'item' &&
      !item.quantity
    ) {
      const text = doc.text.slice(amount.start, item.endOffset);
      out.push({
        ...item,
        first: amount.first,
        start: amount.start,
        text,
        lower: text.toLowerCase(),
        quantity: amount.amount,
      });
      k += 2;
    } else out.push(amount);
  }
  return out;
}

/**
 * "Israeli troops", "Iraqi security forces": a state's armed forces described act for the state in a claim
 * (the mention layer keeps the description as an entity of its own).
 */
function stateForcesOf(m: EntityMention, inner: readonly EntityMention[]): EntityMention | undefined {
  if (m.via !== 'description' || m.type !== 'military_unit' || !/\b(?:forces|troops)$/i.test(m.text)) return;
  return inner.find((e) => e.type === 'state');
}

const NONE: { m: Mention; end: number }[] = [];
const CIVILIAN = /^(?:passenger|civilian|commercial|business|private|firefighting|agricultural)$/;

/** Maps a character offset to the token that starts (or ends) there; -1 when none does. */
function tokenIndexer(tokens: readonly Token[]): (offset: number, edge: 'start' | 'end') => number {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  tokens.forEach((t, i) => {
    starts.set(t.start, i);
    ends.set(t.end, i + 1);
  });
  return (offset, edge) => {
    const exact = (edge === 'start' ? starts : ends).get(offset);
    if (exact !== undefined) return exact;
    // A mention may start or end inside a token ("Lebanese" in "Lebanese-based"): take the token holding it.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.start <= offset && offset < t.end) return edge === 'start' ? i : i + 1;
      if (edge === 'end' && offset === t.end) return i + 1;
    }
    return -1;
  };
}
