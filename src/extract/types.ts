import type { EntityType, ItemCategory } from './gazetteer/entry.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A wink-nlp token with its offsets into the article text. */
export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag from wink's model (PROPN, NOUN, VERB, …). */
  readonly pos: string;
  readonly lower: string;
}

export interface Sentence extends Span {
  /** Index of its first token and one past its last in `ArticleDoc.tokens`. */
  readonly firstToken: number;
  readonly endToken: number;
  readonly paragraph: number;
  /** Written in capitals throughout (a wire headline): case tells nothing here. */
  readonly allCaps: boolean;
}

/** The analysed article every extractor reads: text, title, tokens, sentences. Immutable. */
export interface ArticleDoc {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** How an entity mention was found; shown by `--explain`. */
export type EntityVia = 'gazetteer' | 'demonym' | 'metonym' | 'name-pattern' | 'description' | 'coreference';

export interface EntityMention extends Span {
  readonly kind: 'entity';
  readonly text: string;
  readonly entityId: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly extractor: string;
  readonly via: EntityVia;
  /** For weapons. */
  readonly category?: ItemCategory;
  readonly designation?: string | null;
  /** For references resolved to an entity: what was resolved and why. */
  readonly resolution?: { readonly to: string; readonly reason: string };
  /** Aliases the entity has in the gazetteer, for the contract's `aliases`. */
  readonly aliases?: readonly string[];
  /** A capital's state ("Pyongyang" → state:PRK): the city can act for it as a party to a claim. */
  readonly metonymOf?: string;
}

export interface TimeMention extends Span {
  readonly kind: 'time';
  readonly text: string;
  /** ISO dates, first and last day the expression can mean. */
  readonly interval: { readonly start: string; readonly end: string };
  readonly extractor: string;
}

export interface AmountMention extends Span {
  readonly kind: 'amount';
  readonly text: string;
  readonly measure: 'money' | 'quantity';
  readonly min: number | null;
  readonly max: number | null;
  /** ISO 4217 for money; 'items', 't', 'kg', … for quantities. */
  readonly unit: string | null;
  /** For quantities: the thing counted, as written ("missiles"), when it follows. */
  readonly of?: string;
  readonly extractor: string;
}

export type Mention = EntityMention | TimeMention | AmountMention;

/** What every stage gets besides the document: options and a lazy debug channel (silent unless asked). */
export interface RunContext {
  readonly debug: (message: () => string) => void;
}

export interface Extractor {
  readonly id: string;
  extract(ctx: RunContext, doc: ArticleDoc): Mention[];
}

export interface Refiner {
  readonly id: string;
  refine(ctx: RunContext, doc: ArticleDoc, mentions: readonly Mention[]): Mention[];
}
