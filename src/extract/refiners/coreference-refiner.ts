import { referenceTo } from '../entity-mention.js';
import type { EntityType } from '../gazetteer/entry.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { ArticleDoc, EntityMention, Mention, Refiner, Token } from '../types.js';
import { wordTable } from '../word-table.js';

/*
 * Light, explainable reference resolution. A definite description ("the militant Palestinian organisation",
 * "the company", "the regime") is resolved to the nearest preceding entity of a type it can denote, whose
 * country agrees with any demonym in it; "the two" to the pair in focus (the last sentence naming two
 * actors). Each resolved mention says what it was resolved to and why. Pronouns: pronoun-refiner.ts.
 */

const HEADS = wordTable<readonly EntityType[]>({
  organisation: ['armed_group', 'organization'],
  organization: ['armed_group', 'organization'],
  group: ['armed_group', 'organization', 'company'],
  movement: ['armed_group', 'organization'],
  militia: ['armed_group'],
  faction: ['armed_group'],
  insurgents: ['armed_group'],
  rebels: ['armed_group'],
  company: ['company'],
  firm: ['company'],
  manufacturer: ['company'],
  contractor: ['company'],
  regime: ['state'],
  government: ['state'],
  country: ['state'],
  kingdom: ['state'],
  republic: ['state'],
});
// Modifiers that say the referent is an armed group rather than any organisation.
const ARMED = new Set([
  'militant',
  'militants',
  'islamist',
  'terrorist',
  'terror',
  'armed',
  'jihadist',
  'rebel',
  'insurgent',
  'radical',
  'extremist',
  'paramilitary',
  'guerrilla',
]);
const ACTOR_TYPES = new Set<EntityType>([
  'state',
  'armed_group',
  'company',
  'organization',
  'government_body',
  'military_unit',
]);
const LOOKBACK_SENTENCES = 4;
const SALIENT_HEADS = new Set(['government', 'regime', 'authorities']);
const MAX_MODIFIERS = 4;

export function createCoreferenceRefiner(gazetteer: Gazetteer): Refiner {
  const demonymCountries = (doc: ArticleDoc, start: number, end: number): string[] =>
    gazetteer
      .matchesIn(doc)
      .filter((m) => m.start >= start && m.end <= end)
      .flatMap((m) => m.values.filter((v) => v.kind === 'demonym').map((v) => v.entry.country ?? ''));

  return {
    id: 'coreference',
    refine(ctx, doc, mentions) {
      const entities = mentions.filter((m): m is EntityMention => m.kind === 'entity');
      const added: Mention[] = [];
      doc.sentences.forEach((sentence, s) => {
        const windowStart = doc.sentences[Math.max(0, s - LOOKBACK_SENTENCES)]?.start ?? 0;
        for (let i = sentence.firstToken; i < sentence.endToken; i++) {
          const the = doc.tokens[i] as Token;
          if (the.lower !== 'the') continue;
          // "the two": the pair in focus.
          const next = doc.tokens[i + 1];
          // "the two" as a pronoun ("should the two agree"), not a quantifier ("the two deposits").
          const following = doc.tokens[i + 2];
          if (next?.lower === 'two' && !(following && /^(NOUN|PROPN|ADJ|NUM)$/.test(following.pos))) {
            const pair = pairInFocus(doc, entities, s);
            if (pair) {
              for (const antecedent of pair) {
                added.push(
                  referenceTo(
                    doc,
                    { start: the.start, end: next.end },
                    antecedent,
                    'coreference',
                    `"the two": the pair named last (${pair.map((p) => p.name).join(', ')})`,
                  ),
                );
              }
              ctx.debug(() => `coreference: "the two" → ${pair.map((p) => p.entityId).join(' + ')}`);
            }
            continue;
          }
          // "the [modifiers] HEAD"
          let h = i + 1;
          while (
            h < sentence.endToken &&
            h - i <= MAX_MODIFIERS &&
            !HEADS.get((doc.tokens[h] as Token).lower)
          ) {
            const pos = (doc.tokens[h] as Token).pos;
            if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN' && (doc.tokens[h] as Token).text !== '-')
              break;
            h++;
          }
          const head = doc.tokens[h];
          if (!head || h >= sentence.endToken || !HEADS.get(head.lower)) continue;
          // A following "of"/name makes it a name, not a reference: "the Group of Seven", "the company Avco".
          const after = doc.tokens[h + 1];
          if (after && (after.lower === 'of' || after.pos === 'PROPN')) continue;
          if (entities.some((e) => e.start <= the.start && head.end <= e.end && e.via !== 'demonym'))
            continue;
          // "the U.N. monitoring group" is a body of the U.N., not the armed group named before: a name
          // among the modifiers (other than a nationality) makes the phrase describe something new.
          if (
            entities.some(
              (e) =>
                e.start >= the.start && e.end <= head.start && e.via !== 'demonym' && e.type !== 'weapon',
            )
          )
            continue;
          const modifiers = doc.tokens.slice(i + 1, h).map((t) => t.lower);
          const countries = demonymCountries(doc, the.start, head.start);
          let types = HEADS.get(head.lower) as readonly EntityType[];
          if (modifiers.some((m) => ARMED.has(m))) types = types.filter((t) => t === 'armed_group');
          // "the government" and "the regime" mean the country the story is about: the state named most
          // so far (ties go to the latest); other heads take the nearest fitting entity.
          const salient =
            SALIENT_HEADS.has(head.lower) && countries.length === 0
              ? mostNamedState(entities, the.start)
              : undefined;
          const antecedent =
            salient ??
            [...entities]
              .reverse()
              .find(
                (e) =>
                  e.end <= the.start &&
                  e.start >= windowStart &&
                  types.includes(e.type) &&
                  e.via !== 'coreference' &&
                  (countries.length === 0 || countries.includes(e.country ?? '')),
              );
          if (!antecedent) {
            ctx.debug(() => `coreference: "${doc.text.slice(the.start, head.end)}" has no antecedent`);
            continue;
          }
          const why = salient
            ? `"the ${head.lower}" without a nationality: the state named most so far`
            : `nearest preceding ${types.join('/')}${countries.length ? ` of ${countries.join('/')}` : ''} within ${LOOKBACK_SENTENCES} sentences`;
          added.push(referenceTo(doc, { start: the.start, end: head.end }, antecedent, 'coreference', why));
        }
      });
      return [...mentions, ...added];
    },
  };
}

function mostNamedState(entities: readonly EntityMention[], before: number): EntityMention | undefined {
  const counts = new Map<string, { count: number; last: EntityMention }>();
  for (const e of entities) {
    if (e.type !== 'state' || e.end > before || e.via === 'coreference') continue;
    const c = counts.get(e.entityId);
    counts.set(e.entityId, { count: (c?.count ?? 0) + 1, last: e });
  }
  let best: { count: number; last: EntityMention } | undefined;
  for (const c of counts.values()) {
    if (!best || c.count > best.count || (c.count === best.count && c.last.start > best.last.start)) best = c;
  }
  return best?.last;
}

function pairInFocus(
  doc: ArticleDoc,
  entities: readonly EntityMention[],
  sentenceIndex: number,
): EntityMention[] | null {
  for (let s = sentenceIndex; s >= Math.max(0, sentenceIndex - LOOKBACK_SENTENCES); s--) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const distinct: EntityMention[] = [];
    for (const e of entities) {
      // Unnamed officials are sources, not parties: "officials say the two…" means the actors they speak of.
      if (
        e.start < sentence.start ||
        e.end > sentence.end ||
        !ACTOR_TYPES.has(e.type) ||
        e.via === 'coreference' ||
        e.extractor === 'description:officials'
      )
        continue;
      if (s === sentenceIndex) continue; // the pair is named before the sentence that refers to it
      if (!distinct.some((d) => d.entityId === e.entityId)) distinct.push(e);
    }
    if (distinct.length >= 2) return distinct.slice(0, 2);
  }
  return null;
}
