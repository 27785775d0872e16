import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleDoc } from '../types.js';
import { type GazetteerEntry, GazetteerEntrySchema, GazetteerFileSchema } from './entry.js';
import { type MatchToken, tokenizeForMatch } from './match-tokens.js';
import { type AliasPattern, TokenTrie } from './token-trie.js';

/** A gazetteer match in a document: where, and every alias reading that fits its case. */
export interface DocMatch {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** The sentence's match tokens and this match's token range in them. */
  readonly tokens: readonly MatchToken[];
  readonly from: number;
  readonly to: number;
  readonly values: readonly AliasValue[];
}

/** How an alias names its entry: the name itself, another name, or a demonym ("Lebanese" for Lebanon). */
export type AliasKind = 'name' | 'alias' | 'demonym';

export interface AliasValue {
  readonly entry: GazetteerEntry;
  readonly alias: string;
  readonly kind: AliasKind;
  /** A common word or another thing's name: accepted only with supporting context. */
  readonly ambiguous: boolean;
}

export const GAZETTEER_DIR = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));

export class Gazetteer {
  readonly byId = new Map<string, GazetteerEntry>();
  readonly trie = new TokenTrie<AliasValue>();

  constructor(readonly entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      if (this.byId.has(entry.id)) throw new Error(`gazetteer: duplicate id ${entry.id}`);
      this.byId.set(entry.id, entry);
      const ambiguousList = Array.isArray(entry.ambiguous) ? new Set(entry.ambiguous) : null;
      const isAmbiguous = (alias: string) => entry.ambiguous === true || (ambiguousList?.has(alias) ?? false);
      const add = (alias: string, kind: AliasKind) => {
        this.trie.add(alias, { entry, alias, kind, ambiguous: isAmbiguous(alias) });
        // "The Telegraph" is printed as "the Telegraph" and "Telegraph" too: match the name without its article.
        const bare = /^the\s+(.+)$/i.exec(alias)?.[1];
        if (bare)
          this.trie.add(bare, {
            entry,
            alias: bare,
            kind,
            // One word left ("Times", "Telegraph", "Sun") is a common word too: it needs context then.
            ambiguous: !/\s/.test(bare) || isAmbiguous(alias) || isAmbiguous(bare),
          });
      };
      add(entry.name, 'name');
      for (const alias of entry.aliases) add(alias, 'alias');
      for (const demonym of entry.demonyms ?? []) add(demonym, 'demonym');
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  // The stages of a pipeline run ask about one document after another, so the last one is all there is to
  // remember (a WeakMap keyed by every document read adds ephemeron bookkeeping to each garbage collection).
  private last: { readonly doc: ArticleDoc; readonly matches: readonly DocMatch[] } | null = null;

  /**
   * Every alias match in a document, sentence by sentence (case rules relaxed in all-caps sentences).
   * Computed once per document and shared by the stages that ask in turn.
   */
  matchesIn(doc: ArticleDoc): readonly DocMatch[] {
    if (this.last?.doc === doc) return this.last.matches;
    const matches: DocMatch[] = [];
    doc.sentences.forEach((sentence, index) => {
      const tokens = tokenizeForMatch(doc.text, sentence.start, sentence.end);
      for (const m of this.trie.match(tokens, () => sentence.allCaps)) {
        matches.push({
          start: (tokens[m.from] as MatchToken).start,
          end: (tokens[m.to - 1] as MatchToken).end,
          sentence: index,
          tokens,
          from: m.from,
          to: m.to,
          values: m.patterns.map((p: AliasPattern<AliasValue>) => p.value),
        });
      }
    });
    this.last = { doc, matches };
    return matches;
  }

  /** The state a span names or whose demonym it contains ("Lebanese-based" → Lebanon), if any. */
  stateWithin(doc: ArticleDoc, start: number, end: number): GazetteerEntry | null {
    for (const m of this.matchesIn(doc)) {
      if (m.start < start || m.end > end) continue;
      const state = m.values.find((v) => v.entry.type === 'state');
      if (state) return state.entry;
    }
    return null;
  }
}

/** Reads and validates every data/gazetteer/*.json file; a bad file is a broken build, so it throws. */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const parsed = GazetteerFileSchema.safeParse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
    if (!parsed.success) throw new Error(`gazetteer ${file}: ${parsed.error.message}`);
    parsed.data.entries.forEach((raw, index) => {
      const entry = GazetteerEntrySchema.safeParse(raw);
      if (!entry.success) {
        const where = (raw as { id?: string })?.id ?? `entry ${index}`;
        throw new Error(
          `gazetteer ${file} ${where}: ${entry.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      entries.push(entry.data);
    });
  }
  return new Gazetteer(entries);
}

let shared: Gazetteer | null = null;

/** The gazetteer in data/, loaded on first use and kept. */
export function defaultGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
