import { WEEKDAY_NAMES } from '../../core/calendar.js';
import { GOVERNORS, SPEECH_VERBS } from './lexicon.js';
import type { ActorUnit, Unit } from './units.js';

/*
 * A little grammar over units, enough to find the roles around a trigger without a parser: the noun phrase
 * before a verb (its subject), after it (its object), the noun phrases that prepositions introduce, the
 * modifiers before a trigger noun ("Israel's offensive", "U.S. arms sales"), and the verb chain between a
 * subject and its verb ("is said to be eager to close"). Every function is pure over one sentence's units.
 */

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'from',
  'with',
  'for',
  'by',
  'between',
  'against',
  'on',
  'at',
  'in',
  'into',
  'inside',
  'near',
  'off',
  'of',
  'via',
  'through',
  'under',
  'toward',
  'towards',
  'across',
  'onto',
  'among',
  'aboard',
  'within',
  'like',
  'as',
  'about',
  'over',
  'during',
  'after',
  'before',
  'since',
  'until',
  'without',
  'outside',
  'along',
]);

/** Words after which a new clause starts: roles are not looked for across them. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  '—',
  '–',
  '--',
  '(',
  ')',
  'but',
  'while',
  'because',
  'although',
  'though',
  'whereas',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'if',
  'unless',
  'so',
]);

const NP_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const CHAIN_POS: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);
const CHAIN_WORDS: ReadonlySet<string> = new Set([
  'to',
  'have',
  'has',
  'had',
  'having',
  'not',
  "n't",
  'also',
  'already',
  'now',
  'still',
  'then',
  'later',
  'just',
  'never',
  'reportedly',
  'allegedly',
  'be',
  'been',
  'being',
  'again',
  'repeatedly',
  'secretly',
  'illegally',
]);
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

export const wordAt = (units: readonly Unit[], i: number): string | undefined => {
  const u = units[i];
  return u?.kind === 'word' ? u.lower : undefined;
};

/** Part of a noun phrase: a mention, or a determiner, adjective, noun, number, possessive mark or hyphen. */
export function isNounPhrasePart(u: Unit | undefined): boolean {
  if (!u || u.kind === 'time') return false;
  if (u.kind !== 'word') return true;
  return (
    NP_POS.has(u.pos) ||
    POSSESSIVE_PRONOUNS.has(u.lower) ||
    POSSESSIVE_MARKS.has(u.lower) ||
    u.lower === '-' ||
    /^[-–]$/.test(u.lower)
  );
}

/** A word that may stand between a subject and its verb: auxiliaries, adverbs, "to", "said to", "eager to". */
function isChainWord(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'word') return false;
  if (CHAIN_POS.has(u.pos) || CHAIN_WORDS.has(u.lower)) return !PREPOSITIONS.has(u.lower) || u.lower === 'to';
  // "attempting to", "eager to", "said to": a verb or adjective that takes the trigger as its infinitive.
  // wink tags some of these as nouns ("Iran plans/NOUN to buy"): a governing verb's form counts whatever its tag.
  // "voted Thursday to extend", "agreed on Tuesday to deepen": past a day to the "to".
  let k = i + 1;
  while (units[k]?.kind === 'time' || WEEKDAYS.has(units[k]?.lower ?? '') || isWord(units[k], 'on')) k++;
  const next = wordAt(units, k);
  if ((u.pos === 'VERB' || u.pos === 'ADJ' || GOVERNORS.has(u.lower)) && next === 'to') return true;
  // "considering buying", "denied selling", "began delivering", "accused of selling": a verb that takes
  // the trigger as its gerund.
  if (CATENATIVES.test(u.lower) && next?.endsWith('ing')) return true;
  if (
    u.lower === 'of' &&
    /^(?:accused|suspected|guilty|capable|charged|convicted)$/.test(wordAt(units, i - 1) ?? '')
  )
    return true;
  return /^(?:accused|suspected|guilty|capable|charged|convicted)$/.test(u.lower) && next === 'of';
}

const CATENATIVES =
  /^(?:consider|considers|considering|considered|deny|denies|denied|denying|began|begin|begins|begun|start|started|starts|continue|continues|continued|resume|resumed|resumes|stop|stopped|stops|halt|halted|avoid|avoided|admit|admitted|admits|finish|finished|keep|kept|discuss|discussed|discussing|explore|exploring|explored|recommend|recommended|propose|proposed)$/;

/** The index just left of the verb chain that ends before `t` (the chain's own words are skipped). */
export function chainStart(units: readonly Unit[], t: number): number {
  let i = t - 1;
  // "The Treasury on Friday imposed": a time between subject and verb is skipped with its preposition.
  while (
    i >= 0 &&
    (isChainWord(units, i) ||
      units[i]?.kind === 'time' ||
      WEEKDAYS.has(units[i]?.lower ?? '') ||
      (isWord(units[i], 'on') && (units[i + 1]?.kind === 'time' || WEEKDAYS.has(units[i + 1]?.lower ?? ''))))
  )
    i--;
  return i;
}

/** The chain's words, lower-cased, from left to right. */
export function chainWords(units: readonly Unit[], t: number): string[] {
  const words: string[] = [];
  for (let i = chainStart(units, t) + 1; i < t; i++) words.push(units[i]?.lower ?? '');
  return words;
}

/** Indices of the noun phrase ending at `i` (walking left), in order. */
export function nounPhraseLeft(units: readonly Unit[], i: number): number[] {
  const at: number[] = [];
  let j = i;
  while (j >= 0) {
    const u = units[j];
    if (isNounPhrasePart(u)) at.unshift(j);
    // "their military and technical cooperation": adjectives joined by "and".
    else if (isWord(u, 'and', 'or') && isAdjective(units[j - 1]) && isAdjective(units[j + 1])) at.unshift(j);
    // "Hamas and Hezbollah", "Israel and the United Arab Emirates", "Japan, Britain and Italy".
    else if (
      isWord(u, 'and', '&', ',') &&
      units[j - 1]?.kind === 'actor' &&
      (units[j + 1]?.kind === 'actor' || (isWord(units[j + 1], 'the') && units[j + 2]?.kind === 'actor')) &&
      (!isWord(u, ',') || listGoesOn(units, j))
    )
      at.unshift(j);
    // "Gulf shipping/VERB sources": a mistagged modifier between a name or noun and the phrase's noun.
    else if (
      at.length > 0 &&
      u?.kind === 'word' &&
      u.pos === 'VERB' &&
      u.lower.endsWith('ing') &&
      isNoun(units[j + 1]) &&
      (units[j - 1]?.kind === 'actor' || isNoun(units[j - 1]))
    )
      at.unshift(j);
    else break;
    j--;
  }
  return at;
}

/** After a comma in a phrase: a list ("Ukraine, Poland, Azerbaijan and Morocco") ends in "and"/"or" + name. */
function listGoesOn(units: readonly Unit[], comma: number): boolean {
  for (let k = comma + 1; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.kind === 'actor' || u.kind === 'item' || isWord(u, ',', 'the')) continue;
    const next = isWord(units[k + 1], 'the') ? units[k + 2] : units[k + 1];
    return isWord(u, 'and', 'or') && next !== undefined && next.kind !== 'word';
  }
  return false;
}

const isAdjective = (u: Unit | undefined): boolean => u?.kind === 'word' && u.pos === 'ADJ';

const isNoun = (u: Unit | undefined): boolean => u?.kind === 'word' && u.pos === 'NOUN';

/** Indices of the noun phrase starting at `i` (walking right), through "of", lists and "such as". */
export function nounPhraseRight(units: readonly Unit[], i: number, end = units.length): number[] {
  const at: number[] = [];
  let j = i;
  while (j < end) {
    const u = units[j];
    if (isWord(u, 'such') && wordAt(units, j + 1) === 'as') {
      at.push(j, j + 1);
      j += 2;
      continue;
    }
    if (isNounPhrasePart(u) || mistaggedModifier(units, j, at.length)) at.push(j);
    else if (
      at.length > 0 &&
      ((isWord(u, 'and', 'or', '&') && isNounPhrasePart(units[j + 1]) && !isFiniteVerb(units, j + 1)) ||
        (isWord(u, ',') &&
          (units[j + 1]?.kind === 'actor' || units[j + 1]?.kind === 'item') &&
          listGoesOn(units, j)))
    )
      at.push(j);
    else if (isWord(u, 'of') && at.length > 0 && isNounPhrasePart(units[j + 1])) at.push(j);
    // "more than 500", "less than a third"
    else if (isWord(u, 'than') && isWord(units[j - 1], 'more', 'less', 'fewer')) at.push(j);
    else if (isWord(u, 'including') && at.length > 0) at.push(j);
    else break;
    j++;
  }
  return at;
}

/**
 * wink tags some noun modifiers as verbs or adverbs ("an offshore/ADV oil/VERB platform", "a U.S.-flagged/VERB
 * tanker"): inside a phrase, such a word followed by its noun is part of the phrase.
 */
function mistaggedModifier(units: readonly Unit[], j: number, sofar: number): boolean {
  const u = units[j];
  // "raids against shipping": a gerund right after a preposition is its noun.
  if (sofar === 0 && u?.kind === 'word' && u.pos === 'VERB' && u.lower.endsWith('ing'))
    return PREPOSITIONS.has(wordAt(units, j - 1) ?? '');
  if (sofar === 0 || u?.kind !== 'word' || (u.pos !== 'VERB' && u.pos !== 'ADV')) return false;
  // Only after a modifier ("an offshore", "U.S.-"): after a noun or a name a verb starts a clause.
  const prev = units[j - 1];
  if (prev?.kind !== 'word' || !/^(?:DET|ADJ|ADV|VERB|NUM|PUNCT)$/.test(prev.pos)) return false;
  if (prev.pos === 'PUNCT' && prev.lower !== '-') return false;
  const noun = (v: Unit | undefined) => v?.kind === 'item' || (v?.kind === 'word' && v.pos === 'NOUN');
  const next = units[j + 1];
  return (
    noun(next) || (next?.kind === 'word' && (next.pos === 'VERB' || next.pos === 'ADJ') && noun(units[j + 2]))
  );
}

/** Verbs of taking a stand on a statement: "Pyongyang denied it had supplied", "the firm admitted it sold". */
const STANCE_VERBS: ReadonlySet<string> = new Set([
  'denied',
  'denies',
  'deny',
  'admitted',
  'admits',
  'acknowledged',
  'acknowledges',
  'confirmed',
  'confirms',
  'insisted',
  'insists',
]);

/** The actors among units at these indices. */
export function actorsIn(units: readonly Unit[], at: readonly number[]): ActorUnit[] {
  return at.map((i) => units[i]).filter((u): u is ActorUnit => u?.kind === 'actor');
}

/**
 * The actors of the subject of the verb at `t`: the noun phrase left of its chain, or for "the company,
 * which sold", the phrase before the relative pronoun. Coordinated actors ("Hamas and Hezbollah") all count;
 * a possessive before the head ("Textron's subsidiary") counts only when nothing else does.
 */
export function subjectOf(units: readonly Unit[], t: number): ActorUnit[] {
  const i = subjectEnd(units, t);
  // "Raytheon said it will provide": a pronoun right after a speech verb is its speaker.
  if (isWord(units[i], 'it', 'they', 'he', 'she')) {
    let verb = isWord(units[i - 1], 'that') ? i - 2 : i - 1;
    // "Saab said on Tuesday it had received …"
    while (verb > 0 && (units[verb]?.kind === 'time' || isWord(units[verb], 'on'))) verb--;
    const said = wordAt(units, verb) ?? '';
    return SPEECH_VERBS.has(said) || STANCE_VERBS.has(said) ? subjectOf(units, verb) : [];
  }
  const np = nounPhraseLeft(units, i);
  // "licenses from the State Department to import": a phrase after a preposition is nobody's subject.
  const bareInfinitive = wordAt(units, t - 1) === 'to' && chainStart(units, t) === t - 2;
  const prep = wordAt(units, (np[0] ?? 0) - 1) ?? '';
  if (bareInfinitive && np.length > 0 && PREPOSITIONS.has(prep)) return [];
  // "Police in Belfast seized", "Customs officials at the airport intercepted": the phrase before the
  // preposition is the subject, the one after it only says where it is.
  if (np.length > 0 && /^(?:in|at|of|from|near|on)$/.test(prep)) {
    const head = phraseActors(units, nounPhraseLeft(units, (np[0] as number) - 2));
    if (head.length > 0) return head;
  }
  return phraseActors(units, np);
}

/** The indices of the subject phrase of the verb at `t` (through a relative pronoun to its antecedent). */
export function subjectPhraseOf(units: readonly Unit[], t: number): number[] {
  const np = nounPhraseLeft(units, subjectEnd(units, t));
  // "A U.S. military base in northeastern Syria was targeted": the phrase before "in" is the subject.
  if (np.length > 0 && /^(?:in|at|of|near|on)$/.test(wordAt(units, (np[0] as number) - 1) ?? '')) {
    const head = nounPhraseLeft(units, (np[0] as number) - 2);
    if (head.length > 0) return head;
  }
  return np;
}

const BACKED =
  /^-?(?:backed|supported|funded|sponsored|allied|aligned|linked|affiliated|inspired|armed|trained)$/;

/** The hyphenated word after an actor that says it only backs what follows ("Iran-backed"); else ''. */
function backing(units: readonly Unit[], a: ActorUnit): string {
  const next = units.indexOf(a) + 1;
  const word = wordAt(units, next);
  if (word === '-') return wordAt(units, next + 1) ?? '';
  return word?.startsWith('-') ? word : '';
}

/** Where the subject of the verb at `t` ends: left of its chain, or left of "which/who/that". */
function subjectEnd(units: readonly Unit[], t: number): number {
  let i = chainStart(units, t);
  if (isWord(units[i], 'which', 'who', 'that')) {
    i--;
    if (isWord(units[i], ',')) i--;
  }
  // "North Korea, which has been under an embargo since 2006, has shipped": past a relative clause or an
  // apposition between commas to the subject before it.
  if (isWord(units[i], ',')) {
    for (let j = i - 1; j > 0; j--) {
      if (!isWord(units[j], ',')) continue;
      const opener = units[j + 1];
      const aside =
        isWord(opener, 'which', 'who', 'whose', 'where') || nounPhraseLeft(units, i - 1)[0] === j + 1;
      if (aside && units[j - 1]?.kind !== 'word') return j - 1;
      if (aside && nounPhraseLeft(units, j - 1).length > 0) return j - 1;
      break;
    }
  }
  return i;
}

/**
 * Nouns that stand for the actor written before them: "Hamas militants", "U.S. naval forces", "South
 * Sudan's leaders", "American companies", "Textron's subsidiary". Any other head ("the Swiss bank account",
 * "a US defense industry source") makes the phrase name no actor.
 */
const ACTOR_HEADS =
  /^(?:dissidents|loyalists|paramilitaries|cartels?|gangs?|gangsters|smugglers|traffickers|militias?|militiamen|gunmen|customs|police|guards?|coastguard|prosecutors|militants?|fighters?|operatives?|rebels?|guerrillas?|insurgents?|forces?|troops?|soldiers?|army|armies|navy|military|militar(?:y|ies)|government|governments|regime|authorities|leaders?|leadership|officials?|ministry|companies|company|firms?|subsidiary|subsidiaries|units?|division|contractors?|manufacturers?|makers?|industry|economy|planners|commanders?|administration|agents?|groups?|factions?|members?|warplanes?|jets?|planes?|aircraft|warships?|ships?|vessels?|submarines?|gunboats?|helicopters?|drones?|artillery|batteries|positions)$/;

/**
 * The actors a noun phrase names: one per coordinated part ("Hezbollah and Hamas"), each the part's head
 * when it is an actor (the last that is not a possessive: "Japanese Defence Minister Yuko Kurihara" is
 * Kurihara), or the actor before a head that stands for it ("Hamas operatives"); "such as" and "including"
 * lists count as parts; what follows "of" does not ("a shipment of U.S. arms" names no actor).
 */
export function phraseActors(
  units: readonly Unit[],
  np: readonly number[],
  options: { owners?: boolean } = {},
): ActorUnit[] {
  const parts: number[][] = [[]];
  let afterOf = false;
  for (const i of np) {
    const u = units[i] as Unit;
    if (isWord(u, 'and', 'or', ',', '&', 'including') || (isWord(u, 'as') && isWord(units[i - 1], 'such'))) {
      parts.push([]);
      afterOf = false;
      continue;
    }
    if (isWord(u, 'such')) continue;
    if (isWord(u, 'of')) afterOf = true;
    if (!afterOf) (parts[parts.length - 1] as number[]).push(i);
  }
  const out: ActorUnit[] = [];
  for (const part of parts) {
    // The head is the last noun, name or weapon ("Kyiv overnight/ADJ" is Kyiv).
    const headAt = part.findLastIndex((i) => {
      const u = units[i] as Unit;
      return u.kind !== 'word' || u.pos === 'NOUN' || u.pos === 'PROPN';
    });
    const last = units[part[headAt] as number];
    // "Iran-backed militias" are not Iran: an actor that backs, funds or is allied to the head is no head.
    const actors = actorsIn(units, part).filter((a) => !BACKED.test(backing(units, a)));
    if (last?.kind === 'actor') {
      const heads = actors.filter((a) => !a.possessive);
      out.push(...(heads.length > 0 ? heads.slice(-1) : actors.slice(-1)));
    } else if (
      last &&
      ((last.kind === 'word' && ACTOR_HEADS.test(last.lower)) || last.kind === 'item') &&
      actors.length > 0
    ) {
      const heads = actors.filter((a) => !a.possessive);
      out.push(...(heads.length > 0 ? heads.slice(-1) : actors.slice(-1)));
    } else if (options.owners) out.push(...actors.filter((a) => a.possessive).slice(-1));
  }
  return out;
}

/** Where the clause holding `t` ends (exclusive): a clause break, or a comma not inside a list. */
export function clauseEnd(units: readonly Unit[], t: number): number {
  for (let i = t + 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind !== 'word') continue;
    // A short aside in brackets ("8.5 billion euros ($9.2 billion)", "(EDA)") does not end the clause.
    if (u.lower === '(') {
      const close = units.findIndex((v, k) => k > i && k <= i + 8 && isWord(v, ')'));
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(u.lower)) return i;
    if (u.lower === ',' && units[i + 1]?.kind === 'word' && units[i - 1]?.kind === 'word') return i;
    if (u.lower === ',' && isWord(units[i + 1], 'where', 'which', 'who', 'when', 'but', 'while')) return i;
    // "destroyed a platform and raided another": a second verb starts a new clause.
    if (u.lower === 'and' && isFiniteVerb(units, i + 1)) return i;
    if (isQuote(u.lower)) return i;
  }
  return units.length;
}

/** A verb that is not a participle before its noun ("associated hardware", "U.S.-flagged tanker"). */
function isFiniteVerb(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'word' || u.pos !== 'VERB') return false;
  const next = units[i + 1];
  return !(next?.kind === 'word' && (next.pos === 'NOUN' || next.pos === 'PROPN')) && next?.kind !== 'item';
}

/** Where the clause holding `t` starts (inclusive), walking left. */
export function clauseStart(units: readonly Unit[], t: number): number {
  for (let i = t - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.kind !== 'word') continue;
    if (CLAUSE_BREAKS.has(u.lower) || u.lower === ',' || isQuote(u.lower)) return i + 1;
  }
  return 0;
}

const isQuote = (w: string): boolean => /^["“”]$/.test(w);

/** The noun phrase after the verb at `t` (particles such as "down" skipped), as indices. */
export function objectOf(units: readonly Unit[], t: number): number[] {
  let i = t + 1;
  const end = clauseEnd(units, t);
  while (i < end && isWord(units[i], 'down', 'up', 'out', 'back', 'over', 'also', 'again')) i++;
  if (PREPOSITIONS.has(wordAt(units, i) ?? '')) return [];
  return nounPhraseRight(units, i, end);
}

/** The first verb after `t` (the end of a trigger noun's own phrases), or `end`. */
export function nextVerb(units: readonly Unit[], t: number, end = units.length): number {
  for (let i = t + 1; i < end; i++) {
    const u = units[i] as Unit;
    if (u.kind !== 'word' || PREPOSITIONS.has(u.lower)) continue;
    if (u.pos === 'AUX' || (u.pos === 'VERB' && isFiniteVerb(units, i) && !u.text.startsWith('-'))) return i;
    // "accused of supplying fuel to …": a gerund after a preposition starts a verb phrase of its own.
    if (u.pos === 'VERB' && u.lower.endsWith('ing') && PREPOSITIONS.has(wordAt(units, i - 1) ?? '')) return i;
    if (u.pos === 'VERB' && /^(?:accused|suspected|charged|blamed)$/.test(u.lower)) return i;
  }
  return end;
}

export interface PrepositionalPhrase {
  readonly prep: string;
  /** The preposition's index; the phrase's indices follow. */
  readonly at: number;
  readonly np: readonly number[];
  /** The word before the preposition when it makes a fixed phrase ("destined for", "bound for"). */
  readonly marker?: string;
}

/** The prepositional phrases after `from` up to the clause end. */
export function phrasesAfter(
  units: readonly Unit[],
  from: number,
  end = clauseEnd(units, from),
): PrepositionalPhrase[] {
  const found: PrepositionalPhrase[] = [];
  for (let i = from + 1; i < end; i++) {
    const w = wordAt(units, i);
    if (!w || !PREPOSITIONS.has(w)) continue;
    if (w === 'as' && wordAt(units, i - 1) === 'such') continue;
    const np = nounPhraseRight(units, i + 1, end);
    const before = wordAt(units, i - 1);
    found.push({ prep: w, at: i, np, ...(before ? { marker: before } : {}) });
    if (np.length > 0) i = np[np.length - 1] as number;
  }
  return found;
}

/** The noun phrase that ends with the trigger noun at `t`: its indices up to and including `t`. */
export function phraseOfNoun(units: readonly Unit[], t: number): number[] {
  return [...nounPhraseLeft(units, t - 1), t];
}

/** Actors written before a trigger noun inside its phrase ("Israel's latest offensive", "U.S. arms sales"). */
export function modifiersOf(units: readonly Unit[], t: number): ActorUnit[] {
  return actorsIn(units, nounPhraseLeft(units, t - 1));
}

export const isWord = (u: Unit | undefined, ...words: string[]): boolean =>
  u?.kind === 'word' && (words.length === 0 || words.includes(u.lower));
