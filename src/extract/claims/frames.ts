import { describedEntity } from '../entity-mention.js';
import type { EntityType } from '../gazetteer/entry.js';
import type { AmountMention, EntityMention, TimeMention } from '../types.js';
import type { Attribution } from './attribution.js';
import type { ClaimSource, ClaimType, Modality, Stage } from './claim.js';
import {
  actorsIn,
  chainStart,
  clauseEnd,
  clauseStart,
  isWord,
  modifiersOf,
  nextVerb,
  nounPhraseLeft,
  objectOf,
  type PrepositionalPhrase,
  phraseActors,
  phrasesAfter,
  subjectOf,
  subjectPhraseOf,
  wordAt,
} from './grammar.js';
import {
  ARMS_WORDS,
  DEFENCE_WORDS,
  GOVERNOR_NOUNS,
  GOVERNORS,
  type Governor,
  MAJOR_EXPORTERS,
  NOT_ATTACK_WORDS,
  PARTICIPLES,
  SPEECH_VERBS,
  type TriggerSense,
} from './lexicon.js';
import { modalityOf } from './modality.js';
import type { ActorUnit, ItemUnit, SentenceUnits, Unit } from './units.js';

/*
 * One trigger in one sentence, read into a frame: the claim type, the roles its grammar fills, the items,
 * value, time and place of its clause, how firmly it is said and by whom. Frames are merged into claims
 * later (discourse.ts); here nothing looks beyond the sentence.
 */

export type RoleName =
  | 'supplier'
  | 'recipient'
  | 'intermediaries'
  | 'end_users'
  | 'interdicted_by'
  | 'seizer'
  | 'actor'
  | 'target'
  | 'parties';

export interface Frame {
  readonly type: ClaimType;
  stage: Stage | null;
  readonly sense: TriggerSense;
  readonly sentence: number;
  readonly paragraph: number;
  readonly field: 'text' | 'title';
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  /** The trigger's unit index in its sentence, and for a verb the unit indices of its subject and object. */
  readonly at: number;
  readonly arguments: readonly number[];
  readonly roles: Map<RoleName, EntityMention[]>;
  /** Roles filled from the claim in focus rather than this sentence's grammar. */
  readonly inherited: Set<RoleName>;
  readonly items: ItemUnit[];
  value?: AmountMention;
  when?: TimeMention;
  /** How close the time is to the trigger: 2 its own phrase, 1 its clause, 0 its sentence. */
  whenRank?: number;
  where?: EntityMention;
  readonly modality: Modality;
  readonly sources: readonly ClaimSource[];
  readonly evidence: { start: number; end: number; text: string };
  /** A definite noun with no roles of its own ("the deal", "the shipment") continues the claim in focus. */
  readonly anaphoric: boolean;
  /** A definite trigger noun ("the deal between Hamas and North Korea"): the claim in focus, if it agrees. */
  readonly definite: boolean;
  /** Its arms are ones named before ("The drones will be delivered", "began delivering them"). */
  readonly refersBack: boolean;
  /** Arms are named in the clause (or the trigger needs none); a frame without continues an arms claim or goes. */
  readonly armsInClause: boolean;
  /** Entities this frame made up (an attack's target "two ships"); added to the extraction's entities. */
  readonly madeEntities: EntityMention[];
  readonly why: string[];
}

const AGENT_TYPES: ReadonlySet<EntityType> = new Set([
  'state',
  'armed_group',
  'military_unit',
  'government_body',
  'organization',
  'company',
  'person',
]);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['location', 'state']);
const SUPPLIER_SIDE: ReadonlySet<EntityType> = new Set([
  'state',
  'government_body',
  'company',
  'military_unit',
]);
/** Heads of a target phrase that name a thing hit rather than its owner ("an Iranian tanker"). */
const TARGET_OBJECTS =
  /^(?:ships?|tankers?|supertankers?|vessels?|boats?|platforms?|rigs?|bases?|convoys?|planes?|airliners?|facilit(?:y|ies)|plants?|sites?|ports?|airports?|embass(?:y|ies)|buildings?|shipping|targets?|terminals?|installations?|positions?|outposts?|depots?|reactors?|headquarters|compound|barracks|refiner(?:y|ies)|pipelines?|bridges?|hideouts?|camps?|strongholds?|bunkers?|tunnels?|hotels?|schools?|hospitals?|markets?|mosques?|churches|church|restaurants?|malls?|checkpoints?|stations?|patrols?|villages?|warehouses?)$/;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
const INTERMEDIARY_MARKERS =
  /^(?:handled|brokered|arranged|organi[sz]ed|facilitated|mediated|routed|channell?ed|financed|funded)$/;
const TRANSIT_WORDS =
  /^(?:shipment|shipments|cargo|consignment|plane|aircraft|ship|vessel|freighter|truck|trucks|convoy|container|containers|smuggled|smuggling|transit|bound|destined|en|route)$/;
const SELLER_GOVERNORS =
  /^(?:won|wins|win|winning|secured|secures|secure|securing|received|receives|receive|landed|lands|clinched|clinches|bagged|obtained)$/;
const RECEIVING =
  /^(?:received|receives|receive|receiving|took|take|taken|takes|taking|accepted|accepts|got|awaits|awaited|awaiting)$/;

// What makes arms seized arms in transit (a truck or a boat seized with them may be just another find).
const IN_TRANSIT =
  /^(?:shipment|shipments|cargo|consignment|containers?|smuggled|smuggling|transit|bound|destined|route|shipped|en)$/;
const ARREST = /^(?:arrested|detained|caught|seized|intercepted|stopped|apprehended)$/;
const DESTINATION_MARKERS = /^(?:destined|bound|headed|intended|meant|earmarked|sent)$/;

export interface FrameContext {
  readonly articleId: string;
  readonly text: string;
  readonly field: 'text' | 'title';
  readonly attribution: Attribution;
  /** Arms were named in the last sentences before this one (for "the shipment", "them"). */
  readonly armsBefore: boolean;
}

/** The frames of one sentence: one per trigger whose senses and context make a claim. */
export function framesOf(
  ctx: FrameContext,
  s: SentenceUnits,
  triggers: readonly { at: number; sense: TriggerSense }[],
): Frame[] {
  const frames: Frame[] = [];
  for (const { at, sense } of triggers) {
    const frame = frameAt(ctx, s, at, sense);
    if (frame) frames.push(frame);
  }
  // "The shipment was seized …": a trigger noun that is the subject or object of a trigger verb of its
  // type is that verb's event; it adds its sides to the verb's frame instead of making one of its own.
  // "Russia launched … attacks overnight, targeting power plants": a participle after a comma names the
  // target of the attack before it.
  for (const next of frames) {
    if (next.type !== 'attack' || next.sense.pos !== 'verb' || next.roles.has('actor')) continue;
    if (!next.trigger.text.endsWith('ing') || !isWord(s.units[next.at - 1], ',')) continue;
    if (!next.roles.has('target')) continue;
    const f = frames.findLast(
      (g) => g.at < next.at && g.type === 'attack' && g.roles.has('actor') && !g.roles.has('target'),
    );
    if (!f) continue;
    f.roles.set('target', next.roles.get('target') as EntityMention[]);
    f.madeEntities.push(...next.madeEntities);
    f.why.push(`target from "${next.trigger.text}"`);
    next.roles.clear();
  }
  // "a ban on providing weapons to …": what a sanction forbids is not a transfer that happened.
  const forbidden = frames.filter(
    (f) =>
      f.type === 'arms_transfer' &&
      f.sense.pos === 'verb' &&
      isWord(s.units[f.at - 1], 'on', 'against') &&
      frames.some((g) => g.type === 'sanction' && g.at === f.at - 2),
  );
  // A verb that governs deals ("received orders", "signed a contract") is no event of its own: the noun is.
  const governing = frames.filter(
    (verb) =>
      verb.sense.pos === 'verb' &&
      GOVERNORS.has(verb.trigger.text.toLowerCase()) &&
      frames.some((noun) => noun !== verb && noun.sense.pos === 'noun' && verb.arguments.includes(noun.at)),
  );
  return frames.filter((noun) => {
    if (governing.includes(noun) || forbidden.includes(noun)) return false;
    if (noun.sense.pos !== 'noun') return true;
    const verb = frames.find(
      (f) => f !== noun && f.sense.pos === 'verb' && f.type === noun.type && f.arguments.includes(noun.at),
    );
    if (!verb || governing.includes(verb)) return true;
    for (const [role, entities] of noun.roles) if (!verb.roles.has(role)) verb.roles.set(role, entities);
    for (const item of noun.items) if (!verb.items.includes(item)) verb.items.push(item);
    verb.why.push(`takes "${noun.trigger.text}" as its ${noun.at < verb.at ? 'subject' : 'object'}`);
    return false;
  });
}

function frameAt(ctx: FrameContext, s: SentenceUnits, t: number, sense: TriggerSense): Frame | undefined {
  const { units } = s;
  const trigger = units[t] as Unit;
  const end = clauseEnd(units, t);
  // A noun's own phrases end at the next verb: in "proceeds from arms sales to Iran were diverted to the
  // contras", "to the contras" belongs to "diverted", not to "sales".
  // Phrases to the clause end, and to the end of the sentence (for "destined for", which may come after a
  // relative clause): computed once, read by every role rule below.
  const clausePhrases = phrasesAfter(units, t, end);
  const sentencePhrases = end === units.length ? clausePhrases : phrasesAfter(units, t, units.length);
  const phrases = sense.pos === 'noun' ? phrasesAfter(units, t, nextVerb(units, t, end)) : clausePhrases;
  const passive = sense.pos === 'verb' && isPassive(units, t);
  const why: string[] = [`trigger "${trigger.text}" (${sense.pos}, ${sense.type}/${sense.direction})`];
  const subject = sense.pos === 'verb' ? subjectOrRelativePronoun(units, t) : [];
  const object = sense.pos === 'verb' && !passive ? objectOf(units, t) : [];
  const subjectPhrase = sense.pos === 'verb' ? subjectPhraseOf(units, t) : [];
  const nounPhrase = sense.pos === 'noun' ? nounPhraseLeft(units, t - 1) : [];
  const modifiers = sense.pos === 'noun' ? modifiersOf(units, t) : [];
  const governor = governorOf(units, t, sense, nounPhrase);

  // Items: in the trigger's own phrase, its object, its subject (passive "arms were intercepted"), its
  // prepositional phrases ("for missiles", "of rockets"); a generic verb needs one (or an arms word).
  const itemAt = new Set<number>([
    ...nounPhrase,
    ...object,
    ...subjectPhrase,
    ...clausePhrases.flatMap((p) => p.np),
    // "a contract to produce 1,927 Sparrow missiles": what the infinitive makes or moves.
    ...infinitiveObject(units, t, end),
    // "accused of smuggling weapons": a gerund's object.
    ...(sense.pos === 'noun' && trigger.lower.endsWith('ing') ? objectOf(units, t) : []),
    // "The shipment, which included surface-to-air missiles, …"
    ...relativeContents(units, end),
  ]);
  const items = [...itemAt]
    .sort((a, b) => a - b)
    .map((i) => units[i])
    .filter((u): u is ItemUnit => u?.kind === 'item');
  const definite = sense.pos === 'noun' && nounPhrase.some((i) => DEFINITE.has(units[i]?.lower ?? ''));
  // Arms in play: for a verb or a deal anywhere in its clause ("a contract to produce Sparrow missiles");
  // for a noun of trade only in its own phrase ("arms exports", "exports of weapons" — not "mineral
  // exports" in a clause that mentions missiles). "The deal" may continue an arms deal in focus: whether
  // arms are in play is then the focus's to say.
  const words = sense.type === 'ties' ? DEFENCE_WORDS : ARMS_WORDS;
  // A weak verb ("gave approval to a shipment of arms", "provide support") needs the arms as what it moves:
  // its object, its passive subject, or "with"/"for" ("provided them with rifles", "paid … for the jets").
  const weakVerb = sense.pos === 'verb' && sense.weight <= 0.6 && sense.type === 'arms_transfer';
  const tradeNoun = sense.pos === 'noun' && (sense.direction === 'supply' || sense.direction === 'acquire');
  const moved = phrases.filter((p) => p.prep === 'with' || p.prep === 'for').flatMap((p) => p.np);
  const scope = weakVerb
    ? [...object, ...(passive ? subjectPhrase : []), ...moved].map((i) => units[i] as Unit)
    : tradeNoun
      ? [...itemAt, t].map((i) => units[i] as Unit)
      : [
          ...units.slice(clauseStart(units, t), end),
          // "the missiles that have been fired at Israel": the relative's antecedent counts.
          ...subjectPhrase.map((i) => units[i] as Unit),
        ];
  const armsInClause = scope.some((u) => u.kind === 'item' || words.has(u.lower));
  // "The drones will be delivered next year", "began delivering them": arms named in a sentence before.
  const namedBefore = (np: readonly number[]) =>
    (DEFINITE.has(units[np[0] ?? -1]?.lower ?? '') &&
      np.some((i) => units[i]?.kind === 'item' || TRANSIT_WORDS.test(units[i]?.lower ?? ''))) ||
    isWord(units[np[0] ?? -1], 'them', 'they', 'it');
  const refersBack =
    sense.type !== 'attack' &&
    sense.type !== 'ties' &&
    ([subjectPhrase, object].some(namedBefore) || isWord(units[t + 1], 'them', 'it'));
  if (sense.needsArms && !armsInClause && !definite && !(refersBack && ctx.armsBefore)) return undefined;
  if (sense.type === 'attack' && units.some((u) => NOT_ATTACK_WORDS.has(u.lower))) return undefined;

  const roles = new Map<RoleName, EntityMention[]>();
  const made: EntityMention[] = [];
  const set = (role: RoleName, actors: readonly ActorUnit[], reason: string) => {
    const entities = agentsOf(actors);
    if (entities.length === 0 || roles.has(role)) return;
    roles.set(role, entities);
    why.push(`${role} ← ${entities.map((e) => e.name).join(' & ')} (${reason})`);
  };
  const pp = (...preps: string[]) => phrases.filter((p) => preps.includes(p.prep) && p.np.length > 0);
  const ppActors = (...preps: string[]) => pp(...preps).flatMap((p) => phraseActors(units, p.np));
  // "from the US Pentagon's excess defense articles program": the owner of what supplies.
  const fromActors = () => pp('from').flatMap((p) => phraseActors(units, p.np, { owners: true }));
  // A governor after the noun ("the sale … was approved") has the noun itself for subject.
  const governorSubject = governor && governor.at < t ? subjectOf(units, governor.at) : [];
  const passiveGovernor =
    governor !== undefined && /^(?:is|are|was|were|been|be)$/.test(wordAt(units, governor.at - 1) ?? '');
  // "won/secured/received/was awarded a contract": the subject is the seller.
  const sellerWins =
    sense.pos === 'noun' &&
    governor !== undefined &&
    (SELLER_GOVERNORS.test(units[governor.at]?.lower ?? '') ||
      (passiveGovernor && /^award/.test(units[governor.at]?.lower ?? '')));

  switch (sense.direction) {
    case 'supply': {
      // "The shipment, which included …, was destined for Iran": a destination anywhere after the trigger.
      const destination = destinationOf(units, sentencePhrases).slice(0, 1);
      if (sense.pos === 'verb') {
        if (passive) {
          set('supplier', ppActors('by'), 'passive "by"');
          if (pp('with').length > 0) set('recipient', subject, 'passive subject "supplied with"');
        } else if (governor?.governor.subjectReceives && subject.length > 0) {
          set('supplier', subject, 'subject of the infinitive');
          set('recipient', governorSubject, `subject of "${units[governor.at]?.text}"`);
        } else {
          set('supplier', subject, 'subject');
          const indirect = actorsIn(units, object).filter((a) => !a.possessive);
          if (indirect.length > 0 && items.some((i) => i.first > (indirect[0] as ActorUnit).end - 1))
            set('recipient', indirect, 'indirect object');
          // "build Japan's new fighter aircraft": the owner of what is made or supplied receives it.
          const owner = actorsIn(units, object).filter((a) => a.possessive);
          if (owner.length > 0) set('recipient', owner, "owner of the object (X's aircraft)");
        }
      } else {
        const owners = modifiers.filter((m) => m.possessive);
        set('supplier', owners, 'possessive');
      }
      set('recipient', [...ppActors('to'), ...destination], '"to" / destination');
      // "destined for Iran, where the weapons would be smuggled to Hezbollah": Iran passes them on.
      set('supplier', placeOfWhere(units, t), '"X, where …"');
      set('recipient', ppActors('for').filter(isAgentUnit), '"for"');
      set('supplier', fromActors(), '"from"');
      if (sense.pos === 'noun') {
        const named = modifiers.filter((m) => !m.possessive);
        const byExporter = named.filter((m) => m.entities.some((e) => MAJOR_EXPORTERS.has(e.entityId)));
        if (roles.has('recipient') || byExporter.length > 0)
          set('supplier', byExporter.length > 0 ? byExporter : named, 'modifier of the sale');
        else set('recipient', named, 'modifier of the sale (not a major exporter)');
        // "Russia completed the delivery", "Pakistan received the shipment": the subject of the verb that
        // takes the noun delivers it, or receives it.
        const takerAt = (nounPhrase[0] ?? t) - 1;
        const taker = units[takerAt];
        if (
          isVerb(taker) &&
          !SPEECH_VERBS.has(taker?.lower ?? '') &&
          !GOVERNORS.get(taker?.lower ?? '')?.intended
        ) {
          const agents = subjectOf(units, takerAt).filter((a) =>
            a.entities.some((e) => SUPPLIER_SIDE.has(e.type)),
          );
          if (RECEIVING.test(taker?.lower ?? '')) set('recipient', agents, `receives it ("${taker?.text}")`);
          else if (
            !/^(?:is|are|was|were|be|been)$/.test(taker?.lower ?? '') &&
            governor?.governor.stage !== 'interdiction'
          )
            set('supplier', agents, `makes it ("${taker?.text}")`);
        }
        // "Germany halted arms exports", "Washington suspended the delivery": who stops or clears a sale is its
        // supplier (a state, ministry or company, not a person acting for one).
        if (
          governor &&
          (governor.governor.stage === 'cancellation' || governor.governor.stage === 'agreement')
        )
          set(
            'supplier',
            governorSubject.filter((a) => a.entities.some((e) => SUPPLIER_SIDE.has(e.type))),
            'stops or clears the sale',
          );
        // "shipments of U.S. arms": the arms' origin supplies.
        set(
          'supplier',
          pp('of').flatMap((p) => actorsIn(units, p.np)),
          'origin of the arms',
        );
        set('supplier', ppActors('by'), '"by"');
      }
      break;
    }
    case 'acquire': {
      if (sense.pos === 'verb') {
        if (passive) set('recipient', ppActors('by'), 'passive "by"');
        else set('recipient', subject, 'subject');
        // "Algeria paid Russia $1.5 billion for the jets": the one paid supplies.
        if (/^pa(?:y|ys|id|ying)$/.test(trigger.lower))
          set('supplier', actorsIn(units, object).slice(0, 1), 'is paid');
      } else if (sellerWins) {
        // "BAE Systems secured an order from Australia": the winner supplies, "from" buys.
        set('supplier', governorSubject, `subject of "${units[governor?.at ?? t]?.text}"`);
        set('recipient', [...modifiers, ...ppActors('from', 'by')], 'orders from / by');
      } else {
        set('recipient', modifiers, 'modifier of the purchase');
        set('recipient', ppActors('by'), '"by"');
        if (governor && !governor.governor.intended)
          set('recipient', governorSubject, 'places or cancels the order');
        // "Hanoi is seeking … with the procurement of F-16s": the nearest subject before it buys.
        const before = wordAt(units, (nounPhrase[0] ?? t) - 1) ?? '';
        if (!roles.has('recipient') && /^(?:with|through|via|by)$/.test(before))
          set('recipient', subjectBefore(units, t), 'nearest subject before it');
      }
      if (!sellerWins) set('supplier', fromActors(), '"from"');
      break;
    }
    case 'deal': {
      const parties: ActorUnit[] = [];
      const add = (actors: readonly ActorUnit[]) => {
        for (const a of actors) if (isAgentUnit(a) && !parties.includes(a)) parties.push(a);
      };
      const awarder = governor && /^award/.test(units[governor.at]?.lower ?? '') && !passiveGovernor;
      if (sellerWins) {
        // "Lockheed won a contract from the U.S. Air Force": the winner supplies, "from" buys.
        set('supplier', governorSubject, `subject of "${units[governor?.at ?? t]?.text}"`);
        set('recipient', ppActors('from'), '"from" (the one who awards)');
      }
      if (sense.pos === 'verb') add(subject);
      else {
        add(modifiers);
        add(governorSubject);
      }
      add(ppActors('between'));
      add(ppActors('with'));
      // "Saudi Arabia is in talks with China": the clause's subject is the other side.
      if (sense.pos === 'noun' && parties.length === 1) {
        const seeker = subjectBefore(units, t, clauseStart(units, t)).filter(isAgentUnit);
        if (seeker[0] && !parties.includes(seeker[0])) parties.unshift(seeker[0]);
      }
      if (awarder && governor) {
        // "the Navy awarded Raytheon a contract": the awarder buys, the one awarded supplies.
        set('recipient', governorSubject, 'awards the contract');
        const awarded = objectOf(units, governor.at);
        const pronoun = isWord(units[governor.at + 1], 'it', 'them');
        set('supplier', pronoun ? speakerOf(units) : phraseActors(units, awarded), 'is awarded the contract');
      }
      set('supplier', fromActors().filter(isAgentUnit), '"from"');
      if (sense.stage === 'payment') {
        // "Iraq made a first payment of $500 million to …": the payer receives the arms.
        const phraseStart = nounPhrase[0] ?? t;
        if (isVerb(units[phraseStart - 1]))
          set('recipient', subjectOf(units, phraseStart - 1), 'makes the payment');
        set('supplier', ppActors('to'), 'is paid');
      }
      orientParties(units, t, parties, roles, why);
      break;
    }
    case 'interdict': {
      // An interception of arms in transit: a shipment, a carrier, a destination, a load in tons — not an
      // air-defence intercept ("Arrow 3 intercepted a target missile").
      const inTransit =
        units.some(
          (u) =>
            TRANSIT_WORDS.test(u.lower) ||
            (u.kind === 'amount' && u.amount.unit === 't') ||
            (u.kind === 'item' && u.quantity?.unit === 't'),
        ) || destinationOf(units, sentencePhrases).length > 0;
      if (!inTransit) return undefined;
      if (passive) set('interdicted_by', ppActors('by'), 'passive "by"');
      else set('interdicted_by', subject, 'subject');
      set('recipient', destinationOf(units, sentencePhrases).slice(0, 1), 'destination');
      set('supplier', fromActors().filter(isAgentUnit), '"from"');
      break;
    }
    case 'seize': {
      if (passive || subject.length === 0) set('seizer', ppActors('by'), '"by"');
      else set('seizer', subject, 'subject');
      break;
    }
    case 'attack': {
      if (sense.pos === 'verb') {
        if (passive) {
          set('actor', ppActors('by'), 'passive "by"');
          targetFrom(units, subjectPhrase, roles, made, ctx, why, 'passive subject');
        } else {
          set('actor', subject, 'subject');
          targetFrom(units, object, roles, made, ctx, why, 'object');
        }
      } else {
        set('actor', modifiers, 'modifier of the attack');
        set('actor', ppActors('by'), '"by"');
        if (!roles.has('actor') && possessivePronounBefore(units, t))
          set('actor', firstSubject(units), 'possessive pronoun → subject of the sentence');
        // "Pakistan carried out air strikes", "launched an attack": the subject of the verb before it.
        const phraseStart = nounPhrase[0] ?? t;
        if (
          !roles.has('actor') &&
          isVerb(units[phraseStart - 1]) &&
          !isWord(units[phraseStart - 1], 'is', 'was', 'are', 'were')
        )
          set('actor', subjectOf(units, phraseStart - 1), `subject of "${units[phraseStart - 1]?.text}"`);
        else if (
          !roles.has('actor') &&
          isWord(units[phraseStart - 1], 'out') &&
          isVerb(units[phraseStart - 2])
        )
          set('actor', subjectOf(units, phraseStart - 2), `subject of "${units[phraseStart - 2]?.text} out"`);
      }
      for (const p of pp('on', 'against', 'at', 'upon'))
        targetFrom(units, p.np, roles, made, ctx, why, `"${p.prep}"`);
      // "drones launched by Iran-backed militias", "gunmen stormed": an attacker described, not named.
      if (!roles.has('actor')) {
        const phrases = [
          ...(sense.pos === 'verb' && !passive ? [subjectPhrase] : []),
          ...pp('by').map((p) => p.np),
        ];
        for (const np of phrases) {
          const attacker = describedAttacker(units, np, ctx);
          if (!attacker) continue;
          made.push(attacker);
          roles.set('actor', [attacker]);
          why.push(`actor ← "${attacker.name}" (described, not named)`);
          break;
        }
      }
      break;
    }
    case 'ties': {
      const parties: ActorUnit[] = [];
      const add = (actors: readonly ActorUnit[]) => {
        for (const a of actors)
          if (isAgentUnit(a) && !parties.some((p) => sameEntities(p, a))) parties.push(a);
      };
      if (sense.pos === 'verb') {
        add(subject);
        // "help the United States strengthen its defences", "supported by the United States".
        add(phraseActors(units, object));
        add(ppActors('by'));
      } else add(modifiers);
      add(ppActors('between'));
      add(ppActors('with', 'to'));
      if (parties.length < 2 && sense.pos === 'noun') {
        // "a trading company with close ties to X": the phrase before "with".
        const phraseStart = nounPhraseLeft(units, t - 1)[0] ?? t;
        if (isWord(units[phraseStart - 1], 'with'))
          add(phraseActors(units, nounPhraseLeft(units, phraseStart - 2)));
        // "X has established close ties with Y", "pledged close cooperation": the subject of the verb
        // right before the phrase (an adverb between).
        let verbAt = phraseStart - 1;
        while (units[verbAt]?.kind === 'word' && (units[verbAt] as { pos: string }).pos === 'ADV') verbAt--;
        const verb = units[verbAt];
        if (parties.length < 2 && verb?.kind === 'word' && (verb.pos === 'VERB' || verb.pos === 'AUX'))
          add(subjectOf(units, verbAt));
        // "Hezbollah, Iran's closest ally": the phrase it stands in apposition to.
        if (parties.length < 2 && isWord(units[phraseStart - 1], ','))
          add(actorsIn(units, nounPhraseLeft(units, phraseStart - 2)).filter((a) => !a.possessive));
      }
      set('parties', parties, 'sides of the relationship');
      break;
    }
    case 'sanction': {
      if (sense.pos === 'verb') {
        if (passive) set('actor', ppActors('by'), 'passive "by"');
        else {
          set('actor', subject, 'subject');
          set('target', phraseActors(units, object), 'object');
        }
      } else {
        set(
          'actor',
          modifiers.filter((m) => !isTargetOfSanction(units, m)),
          'modifier of the sanctions',
        );
        set('actor', ppActors('by'), '"by"');
        if (governor) set('actor', governorSubject, `subject of "${units[governor.at]?.text}"`);
        // "The UN sanctions target mineral exports … of the North Korean economy".
        const next = units[t + 1];
        if (next?.kind === 'word' && /^(?:target|targets|hit|hits|cover|covers)$/.test(next.lower))
          set('target', actorsIn(units, objectOf(units, t + 1)), `object of "${next.text}"`);
        // "lifted the sanctions it imposed on Niger": the target in the relative clause about them.
        const verbAt = nextVerb(units, t, end);
        if (!roles.has('target') && /^(?:imposed|placed|slapped|put)$/.test(units[verbAt]?.lower ?? ''))
          set(
            'target',
            phrasesAfter(units, verbAt, end)
              .filter((p) => p.prep === 'on' || p.prep === 'against')
              .flatMap((p) => phraseActors(units, p.np, { owners: true })),
            `on whom "${units[verbAt]?.text}"`,
          );
      }
      // "sanctions on more than 500 Russian targets", "on Venezuela's oil sector": any state or actor in it.
      set(
        'target',
        pp('on', 'against', 'to', 'upon').flatMap((p) => {
          const heads = phraseActors(units, p.np, { owners: true });
          if (heads.length > 0) return heads;
          // "on more than 500 Russian targets": the state a counted target belongs to.
          const counted = p.np
            .map((i) => units[i])
            .flatMap((u) => (u?.kind === 'amount' ? u.inner.filter((e) => e.type === 'state') : []));
          const owner = counted[0] ? [actorOf(counted[0])] : [];
          return [...actorsIn(units, p.np).filter(isAgentUnit).slice(0, 1), ...owner].slice(0, 1);
        }),
        '"on/against/to"',
      );
      // "a ban on providing weapons to Ukraine's Azov Brigade": the target is who the banned trade is with.
      if (!roles.has('target')) {
        const on = clausePhrases.find(
          (p) => p.prep === 'on' && (wordAt(units, p.at + 1) ?? '').endsWith('ing'),
        );
        const gerundAt = on ? on.at + 1 : -1;
        if (on && units[gerundAt]?.kind === 'word')
          set(
            'target',
            phrasesAfter(units, gerundAt, end)
              .filter((p) => p.prep === 'to')
              .flatMap((p) => phraseActors(units, p.np, { owners: true })),
            `"to" of the banned "${units[gerundAt]?.text}"`,
          );
      }
      // "sanctions on two companies and three individuals": unnamed targets, as entities of this article.
      if (!roles.has('target')) {
        for (const p of pp('on', 'against')) {
          const target = describedTarget(units, p.np, ctx);
          if (!target) continue;
          made.push(target);
          roles.set('target', [target]);
          why.push(`target ← "${target.name}" (described, not named)`);
          break;
        }
      }
      break;
    }
  }

  // Brokers: "handled by X", "through X", "via X".
  if (sense.type === 'arms_transfer') {
    // The predicate counts here: "the deal … is being handled by a trading company".
    const brokers = clausePhrases.filter(
      (p) =>
        p.prep === 'via' ||
        p.prep === 'through' ||
        (p.prep === 'by' && INTERMEDIARY_MARKERS.test(p.marker ?? '')),
    );
    // "Zenith Trading acted as a broker for the sale": the subject of "acted as a broker for".
    const phraseStart = sense.pos === 'noun' ? (nounPhrase[0] ?? t) : t;
    const brokerFor =
      isWord(units[phraseStart - 1], 'for', 'in', 'on') &&
      /^(?:broker|brokers|intermediary|intermediaries|middleman|middlemen|agent|go-between|front)$/.test(
        units[phraseStart - 2]?.lower ?? '',
      );
    const brokerSubject = brokerFor ? subjectBefore(units, phraseStart - 2, clauseStart(units, t)) : [];
    const entities = agentsOf([...brokers.flatMap((p) => actorsIn(units, p.np)), ...brokerSubject]).filter(
      (e) => ![...roles.values()].flat().some((r) => r.entityId === e.entityId),
    );
    // "bought mortar shells on behalf of Haftar's Libyan National Army": the end user.
    const behalf = clausePhrases.filter((p) => p.prep === 'on' && isWord(units[p.np[0] ?? -1], 'behalf'));
    const endUsers = agentsOf(behalf.flatMap((p) => phraseActors(units, p.np.slice(2))));
    if (endUsers.length > 0) {
      roles.set('end_users', endUsers);
      why.push(`end users ← ${endUsers.map((e) => e.name).join(' & ')} ("on behalf of")`);
    }
    if (entities.length > 0) {
      roles.set('intermediaries', entities);
      why.push(`intermediaries ← ${entities.map((e) => e.name).join(' & ')}`);
    }
  }

  // Interdiction told with a seizure verb: arms seized in transit are an interdicted transfer.
  let type = sense.type;
  if (type === 'arms_seizure' && units.some((u) => IN_TRANSIT.test(u.lower))) {
    type = 'arms_transfer';
    const seizer = roles.get('seizer');
    roles.delete('seizer');
    if (seizer) roles.set('interdicted_by', seizer);
    const destination = destinationOf(units, sentencePhrases);
    if (destination.length > 0) roles.set('recipient', agentsOf(destination));
    why.push('seizure in transit → interdiction');
  }

  // "bought Italian helicopters", "a ship carrying Iranian weapons": the arms' nationality supplies them.
  if (type === 'arms_transfer' && !roles.has('supplier') && sense.direction !== 'deal') {
    const origin = units
      .slice(clauseStart(units, t), end)
      .filter(
        (u, k, all): u is ActorUnit => u.kind === 'actor' && !u.possessive && all[k + 1]?.kind === 'item',
      );
    const taken = new Set([...roles.values()].flat().map((e) => e.entityId));
    const states = origin.filter((a) => a.entities.some((e) => e.type === 'state' && !taken.has(e.entityId)));
    set('supplier', states, 'nationality of the arms');
  }

  const sources = ctx.attribution.sources.filter((_, k) => (ctx.attribution.scopes[k] ?? 0) <= t);
  // "arrested three men accused of smuggling weapons": the smuggling was stopped.
  const arrestAt = units.findIndex((u) => ARREST.test(u.lower));
  const interdicted = type === 'arms_transfer' && /^smuggl|^traffick/.test(trigger.lower) && arrestAt >= 0;
  // "Italian police arrested three men suspected of smuggling …": who arrests interdicts.
  if (interdicted && arrestAt < t)
    set('interdicted_by', subjectOf(units, arrestAt), `subject of "${units[arrestAt]?.text}"`);
  if (
    type === 'arms_transfer' &&
    governor?.governor.stage === 'interdiction' &&
    TRANSIT_WORDS.test(trigger.lower)
  )
    set('interdicted_by', governorSubject, `stops the shipment ("${units[governor.at]?.text}")`);
  const stage = interdicted ? 'interdiction' : stageOf(sense, type, governor?.governor, units, t);
  const intent = governor?.governor.intended === true;
  const modality = modalityOf({
    sourced: sources.length > 0,
    units,
    at: t,
    pos: sense.pos,
    attribution: ctx.attribution,
    governedAsIntent: intent,
  });
  const anaphoric = definite && roles.size === 0;
  const firstUnit = units[0] as Unit;
  const lastUnit = units[units.length - 1] as Unit;
  const frame: Frame = {
    type,
    // A planned, sought or offered transfer is at the negotiation stage (GUIDELINES: "planning to buy").
    stage:
      intent && type === 'arms_transfer' && stage !== 'interdiction' && stage !== 'cancellation'
        ? 'negotiation'
        : stage,
    sense,
    sentence: s.index,
    paragraph: s.sentence.paragraph,
    field: ctx.field,
    trigger: { start: trigger.start, end: trigger.endOffset, text: trigger.text },
    at: t,
    arguments: [...subjectPhrase, ...(passive ? [] : object)],
    roles,
    inherited: new Set(),
    items,
    modality,
    sources,
    evidence: {
      start: firstUnit.start,
      end: lastUnit.endOffset,
      text: ctx.text.slice(firstUnit.start, lastUnit.endOffset),
    },
    anaphoric,
    definite,
    refersBack,
    armsInClause: armsInClause || !sense.needsArms || ((refersBack || definite) && ctx.armsBefore),
    madeEntities: made,
    why,
  };
  fillCircumstances(frame, units, t, end, clausePhrases);
  // "struck Kharkiv with glide bombs": a place attacked is where the attack was.
  const target = roles.get('target')?.[0];
  if (
    type === 'attack' &&
    !frame.where &&
    target?.type === 'location' &&
    !target.entityId.startsWith('anon:')
  )
    frame.where = target;
  if (roles.size === 0 && !anaphoric && sense.pos === 'verb' && !passive) why.push('no roles');
  return frame;
}

/** Was + participle, or a participle right after its noun with no object ("weapons found inside a tunnel"). */
function isPassive(units: readonly Unit[], t: number): boolean {
  const u = units[t] as Unit;
  // A trigger's participle, or any "-ed" form ("were handed over").
  if (!PARTICIPLES.has(u.lower) && !u.lower.endsWith('ed')) return false;
  let i = t - 1;
  while (i >= 0 && units[i]?.kind === 'word' && /^(?:ADV|PART)$/.test((units[i] as { pos: string }).pos)) i--;
  if (/^(?:is|are|was|were|be|been|being|get|got|gets)$/.test(wordAt(units, i) ?? '')) return true;
  const before = units[i];
  const after = units[t + 1];
  // A thing before the participle ("weapons found inside"), never an actor ("the US sold to Taiwan").
  const nounBefore = before?.kind === 'item' || (before?.kind === 'word' && before.pos === 'NOUN');
  const noObject =
    after === undefined || (after.kind === 'word' && (after.pos === 'ADP' || /^[,.;]$/.test(after.lower)));
  return nounBefore && noObject;
}

/** The verb that governs the trigger: of its noun phrase ("negotiate a deal") or of its infinitive. */
function governorOf(
  units: readonly Unit[],
  t: number,
  sense: TriggerSense,
  nounPhrase: readonly number[],
): { at: number; governor: Governor } | undefined {
  const from = sense.pos === 'noun' ? (nounPhrase[0] ?? t) : t;
  const start = clauseStart(units, from);
  // "the lifting of the US arms embargo", "talks on a possible sale"
  if (sense.pos === 'noun' && /^(?:of|on|about|over)$/.test(wordAt(units, from - 1) ?? '')) {
    const noun = GOVERNOR_NOUNS.get(wordAt(units, from - 2) ?? '');
    if (noun) return { at: from - 2, governor: noun };
  }
  if (sense.pos === 'verb') {
    // "persuade North Korea to provide": skip the chain and the object of the governing verb.
    let i = chainStart(units, t);
    const np = nounPhraseLeft(units, i);
    if (np.length > 0 && wordAt(units, t - 1) === 'to') i = (np[0] as number) - 1;
    const g = GOVERNORS.get(wordAt(units, i) ?? '');
    if (g?.subjectReceives) return { at: i, governor: g };
    for (let k = t - 1; k >= Math.max(start, t - 6); k--) {
      const gov = GOVERNORS.get(wordAt(units, k) ?? '');
      if (gov) return { at: k, governor: gov };
    }
    return undefined;
  }
  for (let k = from - 1; k >= start; k--) {
    const gov = GOVERNORS.get(wordAt(units, k) ?? '');
    if (gov) return { at: k, governor: gov };
    const noun = GOVERNOR_NOUNS.get(wordAt(units, k) ?? '');
    if (noun && k === from - 1) return { at: k, governor: noun };
  }
  // "the sale … was approved in May": a governor in the noun's predicate.
  const verb = nextVerb(units, t);
  for (let k = verb; k < Math.min(units.length, verb + 4); k++) {
    const u = units[k];
    if (u?.kind !== 'word' || (u.pos !== 'AUX' && u.pos !== 'VERB' && u.pos !== 'ADV')) break;
    const gov = GOVERNORS.get(u.lower);
    if (gov && u.pos === 'VERB') return { at: k, governor: gov };
  }
  return undefined;
}

function stageOf(
  sense: TriggerSense,
  type: ClaimType,
  governor: Governor | undefined,
  units: readonly Unit[],
  t: number,
): Stage | null {
  if (type === 'attack' || type === 'ties' || type === 'arms_seizure') return null;
  if (type === 'sanction') {
    if (governor?.stage === 'lifting' || governor?.stage === 'imposition') return governor.stage;
    return /^lift/.test(units[t]?.lower ?? '') ? 'lifting' : 'imposition';
  }
  if (sense.direction === 'interdict' || type !== sense.type) return 'interdiction';
  // "stopped a shipment" interdicts it; "stopped arms exports" cancels them.
  if (governor?.stage === 'interdiction' && !TRANSIT_WORDS.test(units[t]?.lower ?? '')) return 'cancellation';
  if (governor?.stage && governor.stage !== 'lifting' && governor.stage !== 'imposition')
    return governor.stage;
  if (governor?.intended && sense.stage === 'agreement') return 'negotiation';
  return sense.stage ?? 'delivery';
}

/** "destined for Iran", "bound for Syria", "en route to Sudan". */
function destinationOf(units: readonly Unit[], phrases: readonly PrepositionalPhrase[]): ActorUnit[] {
  return phrases
    .filter(
      (p) =>
        (p.prep === 'for' && DESTINATION_MARKERS.test(p.marker ?? '')) ||
        (p.prep === 'to' && (p.marker === 'route' || DESTINATION_MARKERS.test(p.marker ?? ''))),
    )
    .flatMap((p) => phraseActors(units, p.np))
    .filter(isAgentUnit);
}

const isVerb = (u: Unit | undefined): boolean =>
  u?.kind === 'word' && (u.pos === 'VERB' || u.pos === 'AUX') && u.lower !== 'according';

/** The actor who speaks in the sentence ("Raytheon said the Navy awarded it …"): the subject of its speech verb. */
function speakerOf(units: readonly Unit[]): ActorUnit[] {
  const at = units.findIndex((u) => u.kind === 'word' && SPEECH_VERBS.has(u.lower));
  return at > 0 ? subjectOf(units, at).filter(isAgentUnit) : [];
}

/** What a relative clause right after the trigger says it held: ", which included X", ", containing X". */
function relativeContents(units: readonly Unit[], end: number): number[] {
  if (!isWord(units[end], ',')) return [];
  let i = end + 1;
  if (isWord(units[i], 'which', 'that')) i++;
  if (
    !/^(?:included|includes|including|contained|contains|containing|comprised|carried|carrying)$/.test(
      wordAt(units, i) ?? '',
    )
  )
    return [];
  const stop = clauseEnd(units, i);
  const at: number[] = [];
  for (let k = i + 1; k < stop; k++) at.push(k);
  return at;
}

/** The object of an infinitive right after the trigger's phrase ("a contract to produce X"). */
function infinitiveObject(units: readonly Unit[], t: number, end: number): number[] {
  for (let i = t + 1; i < Math.min(end, t + 8); i++) {
    const next = units[i + 1];
    if (wordAt(units, i) === 'to' && next?.kind === 'word' && next.pos === 'VERB')
      return objectOf(units, i + 1);
    // "helping Iran develop its missile programme": a bare infinitive after the object.
    const u = units[i];
    if (u?.kind === 'word' && u.pos === 'VERB' && units[i - 1]?.kind === 'actor') return objectOf(units, i);
  }
  return [];
}

/**
 * The subject of a verb; in a relative clause with a pronoun for subject ("the F-16 jets it ordered from
 * the United States"), the pronoun is the sentence's first subject.
 */
function subjectOrRelativePronoun(units: readonly Unit[], t: number): ActorUnit[] {
  const subject = subjectOf(units, t);
  if (subject.length > 0) return subject;
  const at = chainStart(units, t);
  const before = units[at - 1];
  const relative = before?.kind === 'item' || (before?.kind === 'word' && before.pos === 'NOUN');
  return isWord(units[at], 'it', 'they') && relative ? firstSubject(units) : [];
}

/** What "their offensive" means when nothing closer does: the subject of the sentence's first verb. */
function firstSubject(units: readonly Unit[]): ActorUnit[] {
  for (let i = 0; i < units.length; i++) {
    if (!isVerb(units[i])) continue;
    const subject = subjectOf(units, i).filter(isAgentUnit);
    if (subject.length > 0) return subject;
  }
  return [];
}

/** The subject of the nearest verb before `t` (not before `from`) that has an actor for subject. */
function subjectBefore(units: readonly Unit[], t: number, from = 0): ActorUnit[] {
  for (let i = t - 1; i >= from; i--) {
    // A speaker is not a side: "officials say the deal …".
    if (!isVerb(units[i]) || SPEECH_VERBS.has(units[i]?.lower ?? '')) continue;
    const subject = subjectOf(units, i).filter(isAgentUnit);
    if (subject.length > 0) return subject;
  }
  return [];
}

/** The actor a "where" clause holding `t` hangs on: "Iran, where the weapons would be smuggled to …". */
function placeOfWhere(units: readonly Unit[], t: number): ActorUnit[] {
  let i = clauseStart(units, t) - 1;
  if (wordAt(units, i) !== 'where') return [];
  i--;
  if (isWord(units[i], ',')) i--;
  const u = units[i];
  return u?.kind === 'actor' && u.entities.some((e) => e.type === 'state') ? [u] : [];
}

function possessivePronounBefore(units: readonly Unit[], t: number): boolean {
  return nounPhraseLeft(units, t - 1).some((i) => /^(?:their|its|his|her)$/.test(wordAt(units, i) ?? ''));
}

/** The target of an attack: an owner for people ("Hamas operatives"), a made-up entity for a thing hit. */
const SANCTIONED_HEADS: ReadonlyMap<string, EntityType> = new Map([
  ['companies', 'company'],
  ['company', 'company'],
  ['firms', 'company'],
  ['firm', 'company'],
  ['banks', 'company'],
  ['individuals', 'person'],
  ['individual', 'person'],
  ['bank', 'company'],
  ['entity', 'organization'],
  ['people', 'person'],
  ['persons', 'person'],
  ['officials', 'person'],
  ['entities', 'organization'],
]);

/** Who a sanction names without naming: "two companies", "three Russian individuals". */
function describedTarget(
  units: readonly Unit[],
  np: readonly number[],
  ctx: FrameContext,
): EntityMention | undefined {
  // The first of a list ("two companies and one individual").
  const cut = np.findIndex((i) => isWord(units[i], 'and', 'or', ','));
  const parts = (cut > 0 ? np.slice(0, cut) : np)
    .map((i) => units[i] as Unit)
    .filter((u) => !(u.kind === 'word' && u.pos === 'DET'));
  const head = parts.findLast((u) => u.kind !== 'word' || u.pos === 'NOUN');
  const noun = head?.kind === 'amount' ? (head.amount.of ?? '').toLowerCase() : head?.lower;
  const type = SANCTIONED_HEADS.get(noun ?? '');
  const first = parts[0];
  if (!type || !first || !head) return undefined;
  return describedEntity(
    ctx.articleId,
    ctx.text,
    { start: first.start, end: head.endOffset },
    type,
    null,
    'claims:target',
  );
}

const ATTACKER_HEADS =
  /^(?:militias?|militiamen|militants|gunmen|fighters|rebels|insurgents|jihadists|attackers|assailants|guerrillas|extremists|separatists)$/;

/** An unnamed attacker as an entity of this article: "Iran-backed militias", "unidentified gunmen". */
function describedAttacker(
  units: readonly Unit[],
  np: readonly number[],
  ctx: FrameContext,
): EntityMention | undefined {
  const head = units[np[np.length - 1] ?? -1];
  if (head?.kind !== 'word' || !ATTACKER_HEADS.test(head.lower) || phraseActors(units, np).length > 0)
    return undefined;
  const first = np.map((i) => units[i] as Unit).find((u) => !(u.kind === 'word' && u.pos === 'DET'));
  if (!first) return undefined;
  const span = { start: first.start, end: head.endOffset };
  return describedEntity(ctx.articleId, ctx.text, span, 'armed_group', null, 'claims:attacker');
}

function targetFrom(
  units: readonly Unit[],
  np: readonly number[],
  roles: Map<RoleName, EntityMention[]>,
  made: EntityMention[],
  ctx: FrameContext,
  why: string[],
  reason: string,
): void {
  if (roles.has('target') || np.length === 0) return;
  const ofAt = np.findIndex((i) => isWord(units[i], 'of'));
  const headPart = ofAt > 0 ? np.slice(0, ofAt) : np;
  const thingAt = headPart.findLastIndex((i) => {
    const u = units[i];
    // "two ships" is an amount counting ships.
    if (u?.kind === 'amount') return TARGET_OBJECTS.test(u.amount.of?.toLowerCase() ?? '');
    return u?.kind === 'word' && TARGET_OBJECTS.test(u.lower);
  });
  const actors = actorsIn(units, headPart).filter((a) => a.entities.some((e) => e.type !== 'location'));
  if (thingAt >= 0) {
    // "the Cypriot supertanker Pivot": the thing with its name.
    const head = units[headPart[headPart.length - 1] as number] as Unit;
    const words = headPart
      .map((i) => units[i] as Unit)
      .filter((u) => !(u.kind === 'word' && u.pos === 'DET'));
    const first = words[0];
    if (!first) return;
    const name = ctx.text.slice(first.start, head.endOffset);
    const owner = actors.flatMap((a) => a.entities).find((e) => e.type === 'state');
    const country = owner?.country ?? owner?.entityId.replace(/^state:/, '') ?? null;
    const span = { start: first.start, end: head.endOffset };
    const mention = describedEntity(ctx.articleId, ctx.text, span, 'location', country, 'claims:target');
    made.push(mention);
    roles.set('target', [mention]);
    why.push(`target ← "${name}" (${reason}, a thing hit)`);
    return;
  }
  // A city or a region can be a target ("fired missiles at Kyiv").
  const entities = phraseActors(units, np)
    .flatMap((a) => a.entities)
    .filter((e) => AGENT_TYPES.has(e.type) || e.type === 'location')
    .slice(0, 1);
  if (entities.length > 0) {
    roles.set('target', entities);
    why.push(`target ← ${entities.map((e) => e.name).join(' & ')} (${reason})`);
  }
}

/** "an embargo on Iran's ports"? no: a modifier right before "sanctions on" is the imposer, never the target. */
function isTargetOfSanction(units: readonly Unit[], m: ActorUnit): boolean {
  return /^(?:against|on)$/.test(wordAt(units, m.first - 1) ?? '');
}

/**
 * Two sides of a deal, oriented: an infinitive says it ("a deal with Iran to supply"); else the kinds of
 * the parties (a company supplies a state or a force; a state supplies an armed group; a major exporter
 * supplies anyone); else the one who seeks the deal is the buyer ("Hamas negotiates with North Korea").
 */
function orientParties(
  units: readonly Unit[],
  t: number,
  parties: ActorUnit[],
  roles: Map<RoleName, EntityMention[]>,
  why: string[],
): void {
  const candidates = parties.filter(
    (p) => !agentsOf([p]).some((e) => [...roles.values()].flat().some((r) => r.entityId === e.entityId)),
  );
  const setRole = (role: RoleName, unit: ActorUnit, reason: string) => {
    const entities = agentsOf([unit]);
    if (entities.length === 0 || roles.has(role)) return;
    roles.set(role, entities);
    why.push(`${role} ← ${entities.map((e) => e.name).join(' & ')} (${reason})`);
  };
  if (candidates.length === 0) return;
  const [a, b] = candidates as [ActorUnit, ActorUnit | undefined];
  if (a.entities.length === 2 && !b) {
    // "the deal between the two": the unit holds both sides.
    const [x, y] = a.entities as [EntityMention, EntityMention];
    const [supplier, recipient] = supplierFirst(x, y);
    roles.set('supplier', [supplier]);
    roles.set('recipient', [recipient]);
    why.push(`supplier ← ${supplier.name}, recipient ← ${recipient.name} (kinds of the two)`);
    return;
  }
  if (roles.has('recipient') && !roles.has('supplier')) {
    setRole('supplier', a, 'the other side');
    return;
  }
  if (roles.has('supplier') && !roles.has('recipient')) {
    setRole('recipient', a, 'the other side');
    return;
  }
  const infinitive = infinitiveAfter(units, t);
  if (!b) {
    if (infinitive === 'supply') {
      setRole('supplier', a, 'deal "to supply"');
      return;
    }
    if (infinitive === 'acquire') {
      setRole('recipient', a, 'deal "to buy"');
      return;
    }
    const e = agentsOf([a])[0];
    if (e?.type === 'company') {
      setRole('supplier', a, 'a company takes the contract');
      return;
    }
    if (e && ['military_unit', 'government_body'].includes(e.type)) {
      setRole('recipient', a, 'a force or ministry buys');
      return;
    }
    return;
  }
  if (infinitive === 'supply') {
    setRole('supplier', a, 'deal "to supply"');
    setRole('recipient', b, 'the other side');
    return;
  }
  if (infinitive === 'acquire') {
    setRole('recipient', a, 'deal "to buy"');
    setRole('supplier', b, 'the other side');
    return;
  }
  const [ea, eb] = [agentsOf([a])[0], agentsOf([b])[0]];
  if (!ea || !eb) return;
  const [supplier] = supplierFirst(ea, eb);
  if (supplier === ea) {
    setRole('supplier', a, 'kinds of the parties');
    setRole('recipient', b, 'kinds of the parties');
  } else {
    setRole('recipient', a, 'kinds of the parties (the seeker buys)');
    setRole('supplier', b, 'kinds of the parties');
  }
}

const SUPPLIER_RANK: Readonly<Partial<Record<EntityType, number>>> = {
  company: 4,
  state: 2,
  government_body: 1,
  military_unit: 1,
  organization: 1,
  person: 1,
  armed_group: 0,
};

/** Which of two parties supplies: by kind and export record; a tie keeps the seeker (the first) as buyer. */
function supplierFirst(x: EntityMention, y: EntityMention): [EntityMention, EntityMention] {
  const rank = (e: EntityMention) => (SUPPLIER_RANK[e.type] ?? 1) + (MAJOR_EXPORTERS.has(e.entityId) ? 1 : 0);
  return rank(x) > rank(y) ? [x, y] : [y, x];
}

function infinitiveAfter(units: readonly Unit[], t: number): 'supply' | 'acquire' | undefined {
  for (let i = t + 1; i < Math.min(units.length, t + 12); i++) {
    if (wordAt(units, i) !== 'to') continue;
    const verb = wordAt(units, i + 1) ?? '';
    if (/^(?:supply|sell|provide|deliver|ship|build|produce|manufacture|make|develop|upgrade)$/.test(verb))
      return 'supply';
    if (/^(?:buy|purchase|acquire|procure|obtain|import)$/.test(verb)) return 'acquire';
  }
  return undefined;
}

/** Value, time and place from the trigger's clause first, then anywhere in its sentence. */
function fillCircumstances(
  frame: Frame,
  units: readonly Unit[],
  t: number,
  end: number,
  clausePhrases: readonly PrepositionalPhrase[],
): void {
  const start = clauseStart(units, t);
  const inClause = units.slice(start, end);
  const near = [...inClause, ...units.slice(end), ...units.slice(0, start)];
  const money = near.find((u) => u.kind === 'amount' && u.amount.measure === 'money');
  if (money?.kind === 'amount' && frame.type === 'arms_transfer') frame.value = money.amount;
  // The trigger's own phrase dates it best ("a 1985 arms sale", "the sales of 1985"), then its clause,
  // then the sentence; `whenRank` lets the claim keep the best-placed time of all its sentences.
  const own = new Set([...nounPhraseLeft(units, t - 1), ...clausePhrases.flatMap((p) => p.np)]);
  const ownTime = units.find((u, i) => u.kind === 'time' && own.has(i));
  const time = ownTime ?? near.find((u) => u.kind === 'time');
  if (time?.kind === 'time') {
    frame.when = time.time;
    frame.whenRank = ownTime ? 2 : inClause.includes(time) ? 1 : 0;
  }
  // "in Gaza", "off the Iranian coast", "in Kuwaiti waters" — not "near the Venezuelan border".
  const places = clausePhrases
    .filter(
      (p) => /^(?:in|at|near|off|inside|into|outside|over)$/.test(p.prep) && !notThePlace(frame, units, p.at),
    )
    .flatMap((p) => placeOf(units, p.np))
    .flatMap((a) => a.entities)
    .filter((e) => PLACE_TYPES.has(e.type));
  // Else a place anywhere in the clause ("Police in Belfast seized …"); a dateline is a clause of its own.
  // then after the trigger in its sentence ("intercepted when the plane … landed at Bangkok airport").
  const located = (from: number, to: number) =>
    units
      .slice(from, to)
      .filter(
        (u, i) =>
          u.kind === 'actor' &&
          /^(?:in|at|near|off)$/.test(prepositionBefore(units, from + i)) &&
          !notThePlace(frame, units, prepositionIndex(units, from + i)),
      )
      .flatMap((u) => (u.kind === 'actor' ? u.entities : []))
      .filter((e) => PLACE_TYPES.has(e.type));
  // A side of the claim is not its place ("fired at Israel": Israel is the target).
  const sides = new Set([...frame.roles.values()].flat().map((e) => e.entityId));
  const place = [...places, ...located(start, end), ...located(t + 1, units.length)]
    .filter((e) => !sides.has(e.entityId))
    .sort((a, b) => (a.type === 'location' ? 0 : 1) - (b.type === 'location' ? 0 : 1))[0];
  if (place && frame.type !== 'ties' && frame.type !== 'sanction') frame.where = place;
}

/** A unit standing for one entity, for an entity found inside another unit. */
function actorOf(e: EntityMention): ActorUnit {
  return {
    kind: 'actor',
    first: -1,
    end: -1,
    start: e.start,
    endOffset: e.end,
    text: e.text,
    lower: e.text.toLowerCase(),
    entities: [e],
    inner: [],
    possessive: false,
  };
}

/** The preposition before a name, over its adjectives ("in northeastern Syria"). */
function prepositionBefore(units: readonly Unit[], at: number): string {
  return wordAt(units, prepositionIndex(units, at)) ?? '';
}

function prepositionIndex(units: readonly Unit[], at: number): number {
  let i = at - 1;
  while (units[i]?.kind === 'word' && (units[i] as { pos: string }).pos === 'ADJ') i--;
  return i;
}

/**
 * A place named after a preposition that is not where the claim took place: what was fired at ("missiles
 * fired at Israel"), and, for a transfer, where a party sits ("a trading company based in east Beirut" —
 * an offensive against fighters based in Gaza is in Gaza).
 */
function notThePlace(frame: Frame, units: readonly Unit[], preposition: number): boolean {
  const before = wordAt(units, preposition - 1) ?? '';
  // "fired at Israel", "fired them at Israel", "launched rockets at Israel".
  const firedAt = [1, 2, 3].some((k) =>
    /^(?:fired|fire|firing|launched|launch|launching|aimed|lobbed|hurled)$/.test(
      wordAt(units, preposition - k) ?? '',
    ),
  );
  if (wordAt(units, preposition) === 'at' && firedAt) return true;
  return frame.type === 'arms_transfer' && /^(?:based|headquartered|registered|incorporated)$/.test(before);
}

/** The place a phrase names: the place itself, or a state by the coast, waters or soil it owns. */
function placeOf(units: readonly Unit[], np: readonly number[]): ActorUnit[] {
  const head =
    units[
      np.findLast((i) => units[i]?.kind !== 'word' || (units[i] as { pos: string }).pos === 'NOUN') ?? -1
    ];
  const actors = actorsIn(units, np);
  if (head?.kind === 'actor') return [head];
  if (head?.kind === 'word' && PLACE_HEADS.test(head.lower)) return actors.slice(-1);
  return [];
}

const PLACE_HEADS =
  /^(?:coast|coastline|waters|territory|soil|airspace|capital|province|region|city|town|side|north|south|east|west|port|shores?|mainland|interior)$/;

/** Who can act in a claim: states, groups, forces, bodies, companies, people — and a capital for its state. */
const isAgent = (e: EntityMention): boolean => AGENT_TYPES.has(e.type) || e.metonymOf !== undefined;

function isAgentUnit(a: ActorUnit): boolean {
  return a.entities.some(isAgent);
}

function agentsOf(actors: readonly ActorUnit[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const a of actors)
    for (const e of a.entities) if (isAgent(e) && !out.some((o) => o.entityId === e.entityId)) out.push(e);
  return out;
}

function sameEntities(a: ActorUnit, b: ActorUnit): boolean {
  return a.entities.every((e) => b.entities.some((f) => f.entityId === e.entityId));
}
