import type { Attribution } from './attribution.js';
import type { Modality } from './claim.js';
import { chainWords, clauseStart, isNounPhrasePart, isWord, nounPhraseLeft, wordAt } from './grammar.js';
import type { Unit } from './units.js';

/*
 * How firmly the article holds one trigger's statement, from the words around it. The first rule that
 * applies wins, in GUIDELINES order of strength: a denial or negation of the trigger itself; a condition
 * ("should the two agree", "if"); a confirmation by an authority; a hedge ("is said to", "reportedly");
 * a plan or an attempt ("trying to persuade", "will"); a source ("according to"); else the article asserts.
 */

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const DENIALS: ReadonlySet<string> = new Set([
  'denied',
  'denies',
  'deny',
  'denying',
  'rejected',
  'dismissed',
]);
/** A denial of knowing something is not a denial that it happened. */
const COGNITION: ReadonlySet<string> = new Set([
  'knew',
  'know',
  'knowing',
  'known',
  'aware',
  'recall',
  'remember',
  'comment',
]);
const HEDGES: ReadonlySet<string> = new Set([
  'reportedly',
  'allegedly',
  'apparently',
  'possibly',
  'purportedly',
  'suspected',
  'accused',
  'alleged',
  'may',
  'might',
  'could',
]);
const INTENT: ReadonlySet<string> = new Set([
  // A threat or a vow is no attack yet.
  'threatened',
  'threatens',
  'threaten',
  'threatening',
  'vowed',
  'vows',
  'vow',
  'warned',
  'will',
  'would',
  'shall',
  'wants',
  'want',
  'eager',
  'keen',
  'ready',
  'willing',
  'prepared',
  'planning',
  'plans',
  'plan',
  'trying',
  'tries',
  'try',
  'attempting',
  'attempt',
  'seeking',
  'seeks',
  'seek',
  'hopes',
  'hoping',
  'intends',
  'intend',
  'considering',
  'consider',
  'aims',
  'aiming',
  'going',
]);

export interface ModalityInput {
  readonly units: readonly Unit[];
  /** The trigger's unit index. */
  readonly at: number;
  readonly pos: 'verb' | 'noun';
  readonly attribution: Attribution;
  /** A source's scope covers the trigger. */
  readonly sourced: boolean;
  /** The governing verb marks a plan or attempt ("negotiate", "persuade … to"). */
  readonly governedAsIntent: boolean;
}

export function modalityOf(input: ModalityInput): Modality {
  const { units, at, attribution } = input;
  const chain = input.pos === 'verb' ? chainWords(units, at) : phraseChain(units, at);
  if (negated(chain) || deniedBySpeaker(units, at)) return 'denied';
  if (isConditional(units, at)) return 'conditional';
  const intended =
    input.governedAsIntent ||
    chain.some((w) => INTENT.has(w)) ||
    (input.pos === 'verb' && infinitiveHead(units, at)) ||
    enabledOnly(units, at);
  // A confirmed plan is still a plan: "confirmed … destined for Iran, where the weapons would later be
  // smuggled to Hezbollah" confirms no delivery to Hezbollah.
  if (
    !intended &&
    (attribution.confirmed || wordAt(units, at - 1) === 'confirmed' || confirmedBefore(units, at))
  )
    return 'confirmed';
  if (chain.some((w) => HEDGES.has(w)) || saidTo(units, at) || sentenceHedge(units)) return 'alleged';
  if (intended) return 'intended';
  if (input.sourced) return 'reported';
  return 'asserted';
}

/**
 * For a trigger noun, the chain of the verb that governs it, found by walking left over its phrase and any
 * prepositional phrases it sits in ("is seeking to improve … with the procurement of"), with that verb;
 * "no" counts only inside the noun's own phrase ("no immediate confirmation of the attacks" denies nothing).
 */
function phraseChain(units: readonly Unit[], at: number): string[] {
  const start = clauseStart(units, at);
  const phrase = nounPhraseLeft(units, at - 1);
  const words = phrase.some((i) => wordAt(units, i) === 'no') ? ['no'] : [];
  let i = (phrase[0] ?? at) - 1;
  while (i >= start) {
    const u = units[i] as Unit;
    if (u.kind === 'word' && (u.pos === 'VERB' || u.pos === 'AUX'))
      return [...chainWords(units, i), u.lower, ...words];
    if (u.kind === 'word' && u.pos !== 'ADP' && !isNounPhrasePart(u)) break;
    i--;
  }
  return words;
}

/** A negation of the trigger, unless a verb of knowing stands between ("did not recall approving"). */
function negated(chain: readonly string[]): boolean {
  for (let k = chain.length - 1; k >= 0; k--) {
    const w = chain[k] as string;
    if (COGNITION.has(w)) return false;
    if (NEGATIONS.has(w)) return true;
  }
  return false;
}

/** "X denied that it sold…", "denies any further arms sales" — not "denied he knew about the sales". */
function deniedBySpeaker(units: readonly Unit[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const w = wordAt(units, i);
    if (!w) continue;
    if (COGNITION.has(w)) return false;
    if (w === ';' || w === '.') return false;
    if (DENIALS.has(w)) return true;
  }
  return false;
}

/** "Should the two agree, …", "if they fail to cooperate", "unless" anywhere in the sentence's clauses. */
function isConditional(units: readonly Unit[], at: number): boolean {
  for (let i = 0; i < units.length; i++) {
    const w = wordAt(units, i);
    if (w === 'unless') return true;
    // "asked if he would…" is a question, not a condition.
    if (w === 'if' && !/^(?:asked|ask|asking|wondered|whether)$/.test(wordAt(units, i - 1) ?? ''))
      return true;
    if (w === 'should' && (i === 0 || isWord(units[i - 1], ',', '"', '“')) && i < at) return true;
  }
  return false;
}

function confirmedBefore(units: readonly Unit[], at: number): boolean {
  for (let i = clauseStart(units, at); i < at; i++) if (wordAt(units, i) === 'confirmed') return true;
  return false;
}

/**
 * "Hamas is said to be eager to…", "was reported to have sold" before the trigger in its clause; after it,
 * the passive form hedges a fronted phrase too ("With a large down payment on the weaponry, Hamas is said to…").
 */
function saidTo(units: readonly Unit[], at: number): boolean {
  const hedge = (i: number) =>
    /^(?:said|reported|believed|thought|rumou?red|understood)$/.test(wordAt(units, i) ?? '') &&
    wordAt(units, i + 1) === 'to';
  for (let i = clauseStart(units, at); i < at; i++) if (hedge(i)) return true;
  for (let i = at + 1; i < units.length; i++) {
    const w = wordAt(units, i);
    if (w === ';' || w === '.') return false;
    if (/^(?:is|are|was|were)$/.test(w ?? '') && hedge(i + 1)) return true;
  }
  return false;
}

function sentenceHedge(units: readonly Unit[]): boolean {
  return units.some((u) => u.kind === 'word' && /^(?:reportedly|allegedly|purportedly)$/.test(u.lower));
}

/**
 * "radios that would allow its fighters to better coordinate their attacks", "money to help them buy
 * rifles": what something would make possible has not happened — unless it goes on ("allow them to
 * maintain their offensive"). A past "allowed them to buy" may have happened.
 */
function enabledOnly(units: readonly Unit[], at: number): boolean {
  for (let i = clauseStart(units, at); i < at; i++) {
    if (
      !/^(?:allow|allows|allowing|enable|enables|enabling|help|helps|helping)$/.test(wordAt(units, i) ?? '')
    )
      continue;
    for (let j = i + 1; j < Math.min(at, i + 6); j++)
      // "… allow them to maintain their offensive": the offensive is under way.
      if (wordAt(units, j) === 'to') return !CONTINUING.test(wordAt(units, j + 1) ?? '');
  }
  return false;
}

const CONTINUING = /^(?:maintain|continue|sustain|keep|resume|step|intensify|escalate|expand|press)$/;

/** A headline's "Hamas to negotiate": a bare infinitive as the main verb announces a plan. */
function infinitiveHead(units: readonly Unit[], at: number): boolean {
  if (wordAt(units, at - 1) !== 'to') return false;
  const before = units[at - 2];
  return before?.kind === 'actor';
}
