import { isWord, wordAt } from './grammar.js';
import { TRIGGERS, type TriggerSense } from './lexicon.js';
import type { Unit } from './units.js';

export interface TriggerAt {
  readonly at: number;
  readonly sense: TriggerSense;
}

const NOUN_BEFORE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
const VERB_BEFORE: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
]);

/**
 * The triggers of a sentence, each with the one sense its context picks. wink's tag decides between a
 * verb and a noun reading ("order", "attack", "ban"), corrected by the word before: after a determiner,
 * an adjective or a mention ("arms sales", "the deal") it is a noun; after "to" or an auxiliary a verb.
 */
export function triggersOf(units: readonly Unit[]): TriggerAt[] {
  const found: TriggerAt[] = [];
  units.forEach((u, at) => {
    if (u.kind !== 'word') return;
    // "set the supertanker on fire"
    if (u.lower === 'set' || u.lower === 'sets' || u.lower === 'setting') {
      for (let k = at + 1; k < Math.min(units.length - 1, at + 8); k++) {
        if (wordAt(units, k) === 'on' && wordAt(units, k + 1) === 'fire') {
          found.push({ at, sense: SET_ON_FIRE });
          return;
        }
      }
      return;
    }
    // "are jointly developing", "joint production of": cooperation between the subject's parties.
    if (u.lower === 'jointly' || u.lower === 'together') {
      const verb = units.findIndex((v, k) => k > at && k <= at + 2 && v.kind === 'word' && v.pos === 'VERB');
      if (verb > 0 && JOINT_WORK.test(units[verb]?.lower ?? '')) found.push({ at: verb, sense: JOINT_VERB });
      return;
    }
    if (u.lower === 'joint' && JOINT_WORK.test(units[at + 1]?.lower ?? '')) {
      found.push({ at: at + 1, sense: { ...JOINT_VERB, pos: 'noun' } });
      return;
    }
    // "U.S. hits Russia with new sanctions", "slapped an embargo on": sanctions, not an attack.
    if (
      /^(?:hit|hits|hitting|slap|slaps|slapped|target|targets|targeted|punish|punishes|punished)$/.test(
        u.lower,
      )
    ) {
      const rest = units.slice(at + 1, at + 12).map((v) => v.lower);
      const withAt = rest.indexOf('with');
      if (rest.some((w) => SANCTION_WORDS.test(w)) && (withAt >= 0 || /^slap/.test(u.lower))) {
        found.push({ at, sense: SANCTION_VERB });
        return;
      }
    }
    // "were handed over to Ukraine": a supply.
    if (/^hand(?:s|ed|ing)?$/.test(u.lower) && isWord(units[at + 1], 'over')) {
      found.push({ at, sense: HAND_OVER });
      return;
    }
    // "is helping Iran develop its missile programme": know-how for weapons moves (GUIDELINES).
    if (/^help(?:s|ed|ing)?$/.test(u.lower)) {
      const verb = units.findIndex((v, k) => k > at && k <= at + 5 && v.kind === 'word' && v.pos === 'VERB');
      if (verb > 0 && KNOW_HOW.test(units[verb]?.lower ?? '') && !isWord(units[at + 1], 'to')) {
        found.push({ at, sense: HELP_DEVELOP });
        return;
      }
    }
    const senses = TRIGGERS.get(u.lower);
    if (!senses) return;
    // "seeking to build", "offered to sell": the verb governs the infinitive's claim, it is not one itself.
    const next = units[at + 2];
    if (
      GOVERNING.test(u.lower) &&
      wordAt(units, at + 1) === 'to' &&
      next?.kind === 'word' &&
      next.pos === 'VERB'
    )
      return;
    const pos = readingOf(units, at, u.pos);
    const tagged = u.pos === 'VERB' || u.pos === 'AUX' ? 'verb' : u.pos === 'NOUN' ? 'noun' : undefined;
    // Context first; wink's tag when the context's reading has no sense ("weapons found inside").
    const sense = senses.find((s) => s.pos === pos) ?? senses.find((s) => s.pos === tagged);
    if (sense) found.push({ at, sense });
  });
  return found;
}

const JOINT_WORK =
  /^(?:develop|developing|developed|develops|development|produce|producing|produced|production|build|building|built|manufactur\w*|design\w*|venture)$/;
/** Joint work on arms or defence is a tie (GUIDELINES: "joint development"). */
const JOINT_VERB: TriggerSense = {
  type: 'ties',
  direction: 'ties',
  stage: null,
  pos: 'verb',
  needsArms: true,
  weight: 0.7,
};

/** Every word that can start a trigger (a cheap test before a sentence is read). */
export const TRIGGER_CUES: ReadonlySet<string> = new Set([
  ...TRIGGERS.keys(),
  'set',
  'sets',
  'setting',
  'jointly',
  'together',
  'joint',
  'slap',
  'slaps',
  'slapped',
  'punish',
  'punishes',
  'punished',
  'hand',
  'hands',
  'handed',
  'handing',
]);

const SANCTION_WORDS = /^(?:sanctions|embargo|embargoes|tariffs|penalties|restrictions|export controls)$/;
const SANCTION_VERB: TriggerSense = {
  type: 'sanction',
  direction: 'sanction',
  stage: 'imposition',
  pos: 'verb',
  needsArms: false,
  weight: 0.8,
};

const HAND_OVER: TriggerSense = {
  type: 'arms_transfer',
  direction: 'supply',
  stage: 'delivery',
  pos: 'verb',
  needsArms: true,
  weight: 0.8,
};
const KNOW_HOW = /^(?:develop|build|produce|manufacture|design|make|upgrade)$/;
const HELP_DEVELOP: TriggerSense = { ...HAND_OVER, weight: 0.7 };

const GOVERNING = /^(?:seek|seeks|seeking|sought|offer|offers|offered|offering)$/;

const SET_ON_FIRE: TriggerSense = {
  type: 'attack',
  direction: 'attack',
  stage: null,
  pos: 'verb',
  needsArms: false,
  weight: 0.8,
};

function readingOf(units: readonly Unit[], at: number, tag: string): 'verb' | 'noun' {
  const before = units[at - 1];
  if (before && (before.kind === 'item' || before.kind === 'amount' || before.kind === 'time')) return 'noun';
  if (before?.kind === 'actor' && before.possessive) return 'noun';
  // "Egypt orders Chinese jets", "Hamas attacks Israel": after a name and before a phrase, a verb.
  const after = units[at + 1];
  const phraseNext =
    after !== undefined &&
    (after.kind === 'actor' ||
      after.kind === 'item' ||
      (after.kind === 'word' && /^(?:DET|ADJ|NUM)$/.test(after.pos)));
  if (before?.kind === 'actor' && phraseNext) return 'verb';
  if (before?.kind === 'word') {
    if (VERB_BEFORE.has(before.lower)) return 'verb';
    if (NOUN_BEFORE_POS.has(before.pos) || /^['’]s$/.test(before.lower)) return 'noun';
  }
  if (isWord(units[at + 1], 'of')) return 'noun';
  return tag === 'VERB' || tag === 'AUX' ? 'verb' : 'noun';
}
