import { mentionOf } from '../entity-mention.js';
import type { GazetteerEntry } from '../gazetteer/entry.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { ArticleDoc, EntityMention, Mention, Refiner, Token } from '../types.js';

// After a preposition of place a capital is a place: "arrived in Pyongyang", "flights to Tehran".
const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'outside',
  'inside',
  'via',
  'through',
  'toward',
  'towards',
  'around',
  'across',
  'over',
  'of',
]);

function tokenAt(doc: ArticleDoc, offset: number, direction: 1 | -1): Token | undefined {
  if (direction === 1) return doc.tokens.find((t) => t.start >= offset);
  for (let i = doc.tokens.length - 1; i >= 0; i--)
    if ((doc.tokens[i] as Token).end <= offset) return doc.tokens[i];
  return undefined;
}

/**
 * Capitals standing for their state: "Pyongyang said", "Tehran’s missiles", "Washington has denied". A
 * capital followed by a verb or a possessive, and not after a preposition of place, becomes a mention of
 * the state, recording why.
 */
export function createMetonymRefiner(gazetteer: Gazetteer): Refiner {
  // Capital id → its state, for the few entries that have one: a small map, asked about every listed name.
  const stateOf = new Map<string, GazetteerEntry>();
  for (const entry of gazetteer.entries) {
    const state = entry.metonymOf ? gazetteer.get(entry.metonymOf) : undefined;
    if (state) stateOf.set(entry.id, state);
  }
  return {
    id: 'metonym',
    refine(_ctx, doc, mentions) {
      return mentions.map((m): Mention => {
        if (m.kind !== 'entity' || m.via !== 'gazetteer') return m;
        const state = stateOf.get(m.entityId);
        if (!state) return m;
        const next = tokenAt(doc, m.end, 1);
        const previous = tokenAt(doc, m.start, -1);
        const acts =
          next &&
          (next.pos === 'VERB' || next.pos === 'AUX' || /^['’]s$/.test(next.text)) &&
          next.start - m.end <= 1;
        if (!acts || (previous && LOCATIVE.has(previous.lower))) return m;
        const mention: EntityMention = mentionOf(doc, m, state, 'metonym', 'metonym', {
          to: state.id,
          reason: `the capital "${m.text}" followed by "${next.text}" stands for its state`,
        });
        return mention;
      });
    },
  };
}
