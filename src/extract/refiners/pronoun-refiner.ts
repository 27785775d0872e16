import { referenceTo } from '../entity-mention.js';
import type { EntityType } from '../gazetteer/entry.js';
import { nth } from '../nth.js';
import type { EntityMention, Refiner } from '../types.js';
import { wordTable } from '../word-table.js';

/*
 * Pronouns resolved only where there is no doubt: reported speech whose speaker is an entity, "Iraq said its
 * warplanes…", "Rosoboronexport announced it would…", "Hamas denied that they…". Anywhere else "it" and
 * "they" point as often at a thing ("the arms trade", "the bank statements") as at an actor, and without a
 * parser a wrong actor is worse than none (measured on the dev corpus: about half of the looser rule's
 * resolutions were wrong).
 */

const PRONOUNS = wordTable<'singular' | 'plural'>({
  it: 'singular',
  its: 'singular',
  they: 'plural',
  them: 'plural',
  their: 'plural',
});
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'announced',
  'claimed',
  'denied',
  'insisted',
  'added',
  'stated',
  'warned',
  'confirmed',
  'argued',
  'believes',
  'believed',
  'reported',
  'acknowledged',
  'admitted',
  'threatened',
  'promised',
  'pledged',
]);
const ACTOR_TYPES = new Set<EntityType>([
  'state',
  'armed_group',
  'company',
  'organization',
  'government_body',
  'military_unit',
  'outlet',
]);

export const pronounRefiner: Refiner = {
  id: 'pronoun',
  refine(ctx, doc, mentions) {
    const speakers = mentions.filter(
      (m): m is EntityMention => m.kind === 'entity' && ACTOR_TYPES.has(m.type) && m.via !== 'coreference',
    );
    const added: EntityMention[] = [];
    doc.tokens.forEach((token, i) => {
      if (!PRONOUNS.get(token.lower)) return;
      // Back over an optional "that" to the speech verb, and from it to the entity just before it.
      let v = i - 1;
      if (nth(doc.tokens, v)?.lower === 'that') v--;
      const verb = nth(doc.tokens, v);
      if (!verb || !SPEECH.has(verb.lower)) return;
      const speaker = speakers.find((e) => e.end <= verb.start && verb.start - e.end <= 1);
      if (!speaker) {
        ctx.debug(() => `pronoun: "${token.text}" after "${verb.text}" has no entity speaker, left alone`);
        return;
      }
      added.push(
        referenceTo(
          doc,
          token,
          speaker,
          'pronoun',
          `"${speaker.text} ${verb.text} … ${token.text}": the speaker speaks of itself`,
        ),
      );
    });
    return [...mentions, ...added];
  },
};
