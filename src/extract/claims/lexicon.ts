import type { ClaimType, Stage } from './claim.js';

/*
 * The words that start a claim (triggers) and the words that govern one (a verb whose object is a trigger
 * noun, or whose infinitive is a trigger verb): what type of claim, which way the roles point and how far
 * the event got. Data, not code: a rule elsewhere reads these tables, so a new trigger is a new row.
 */

/**
 * How a trigger's grammatical positions map to roles:
 * - supply: subject gives (sell, supply, ship); "to X" receives; passive "X was supplied with" receives.
 * - acquire: subject receives (buy, order, import); "from X" gives.
 * - deal: two sides (deal, contract, talks); direction from context and the kinds of the parties.
 * - interdict / seize: subject or "by X" stops or finds the arms.
 * - attack: subject or modifier attacks; object, "on/against/at X" is the target.
 * - ties: subject and "with X", or "between X and Y", or the modifiers ("X and Y's partnership").
 * - sanction: subject or modifier imposes; "on/against/to X" or the object is the target.
 */
export type Direction =
  | 'supply'
  | 'acquire'
  | 'deal'
  | 'interdict'
  | 'seize'
  | 'attack'
  | 'ties'
  | 'sanction';

export interface TriggerSense {
  readonly type: ClaimType;
  readonly direction: Direction;
  /** null: the stage comes from the governing verb, the focus, or the default for the type. */
  readonly stage: Stage | null;
  readonly pos: 'verb' | 'noun';
  /** A verb as general as "sell" or "ship" starts an arms claim only with arms in its clause. */
  readonly needsArms: boolean;
  /** How strongly the word alone signals the claim (0..1), for confidence. */
  readonly weight: number;
}

/** Inflected forms of a verb: regular ones derived, irregular ones given. */
export function verbForms(
  base: string,
  irregular: { s?: string; past?: string; pp?: string; ing?: string; double?: boolean } = {},
): { base: string; forms: string[]; participles: string[] } {
  const stem = irregular.double ? base + base.at(-1) : base;
  const s =
    irregular.s ??
    (/(s|sh|ch|x|z|o)$/.test(base)
      ? `${base}es`
      : /[^aeiou]y$/.test(base)
        ? `${base.slice(0, -1)}ies`
        : `${base}s`);
  const past =
    irregular.past ??
    (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`);
  const pp = irregular.pp ?? past;
  const ing = irregular.ing ?? (/[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${stem}ing`);
  return { base, forms: [...new Set([base, s, past, pp, ing])], participles: [pp] };
}

interface VerbRow {
  base: string;
  irregular?: Parameters<typeof verbForms>[1];
  sense: Omit<TriggerSense, 'pos'>;
}

const T = (
  type: ClaimType,
  direction: Direction,
  stage: Stage | null,
  needsArms: boolean,
  weight = 0.8,
): Omit<TriggerSense, 'pos'> => ({ type, direction, stage, needsArms, weight });

const VERBS: VerbRow[] = [
  // Transfers, from the giving side.
  { base: 'sell', irregular: { past: 'sold' }, sense: T('arms_transfer', 'supply', 'delivery', true) },
  { base: 'supply', sense: T('arms_transfer', 'supply', 'delivery', true) },
  { base: 'provide', sense: T('arms_transfer', 'supply', 'delivery', true, 0.6) },
  { base: 'deliver', sense: T('arms_transfer', 'supply', 'delivery', true) },
  { base: 'ship', irregular: { double: true }, sense: T('arms_transfer', 'supply', 'delivery', true) },
  { base: 'send', irregular: { past: 'sent' }, sense: T('arms_transfer', 'supply', 'delivery', true, 0.6) },
  {
    base: 'give',
    irregular: { past: 'gave', pp: 'given' },
    sense: T('arms_transfer', 'supply', 'delivery', true, 0.5),
  },
  { base: 'transfer', irregular: { double: true }, sense: T('arms_transfer', 'supply', 'delivery', true) },
  { base: 'export', sense: T('arms_transfer', 'supply', 'delivery', true) },
  { base: 'smuggle', sense: T('arms_transfer', 'supply', 'delivery', true, 0.9) },
  { base: 'funnel', irregular: { double: true }, sense: T('arms_transfer', 'supply', 'delivery', true, 0.6) },
  { base: 'equip', irregular: { double: true }, sense: T('arms_transfer', 'supply', 'delivery', true, 0.6) },
  { base: 'offer', sense: T('arms_transfer', 'supply', 'negotiation', true, 0.6) },
  { base: 'pay', irregular: { past: 'paid' }, sense: T('arms_transfer', 'acquire', 'payment', true, 0.6) },
  { base: 'deposit', sense: T('arms_transfer', 'acquire', 'payment', true, 0.6) },
  // Moving arms without a sale: "moving assault rifles from Yemen to …", "ferried weapons to".
  { base: 'transport', sense: T('arms_transfer', 'supply', 'delivery', true, 0.5) },
  { base: 'ferry', sense: T('arms_transfer', 'supply', 'delivery', true, 0.5) },
  { base: 'move', sense: T('arms_transfer', 'supply', 'delivery', true, 0.5) },
  {
    base: 'traffic',
    irregular: { past: 'trafficked', ing: 'trafficking' },
    sense: T('arms_transfer', 'supply', 'delivery', true),
  },
  // "the first tanks arrived in Budapest": a delivery, its sides from the deal in focus.
  { base: 'arrive', sense: T('arms_transfer', 'supply', 'delivery', true, 0.5) },
  {
    base: 'build',
    irregular: { past: 'built' },
    sense: T('arms_transfer', 'supply', 'delivery', true, 0.5),
  },
  { base: 'manufacture', sense: T('arms_transfer', 'supply', 'delivery', true, 0.5) },
  // Transfers, from the receiving side.
  {
    base: 'buy',
    irregular: { past: 'bought' },
    sense: T('arms_transfer', 'acquire', 'delivery', true),
  },
  { base: 'purchase', sense: T('arms_transfer', 'acquire', 'delivery', true) },
  { base: 'acquire', sense: T('arms_transfer', 'acquire', 'delivery', true) },
  { base: 'procure', sense: T('arms_transfer', 'acquire', 'delivery', true) },
  { base: 'import', sense: T('arms_transfer', 'acquire', 'delivery', true) },
  { base: 'obtain', sense: T('arms_transfer', 'acquire', 'delivery', true, 0.6) },
  { base: 'receive', sense: T('arms_transfer', 'acquire', 'delivery', true, 0.6) },
  {
    base: 'get',
    irregular: { past: 'got', pp: 'gotten', double: true },
    sense: T('arms_transfer', 'acquire', 'delivery', true, 0.4),
  },
  { base: 'order', sense: T('arms_transfer', 'acquire', 'agreement', true, 0.7) },
  {
    base: 'seek',
    irregular: { past: 'sought' },
    sense: T('arms_transfer', 'acquire', 'negotiation', true, 0.6),
  },
  // Deals between two sides.
  { base: 'negotiate', sense: T('arms_transfer', 'deal', 'negotiation', true) },
  // Interdiction and seizure.
  { base: 'intercept', sense: T('arms_transfer', 'interdict', 'interdiction', true, 0.9) },
  { base: 'interdict', sense: T('arms_transfer', 'interdict', 'interdiction', true, 0.9) },
  { base: 'impound', sense: T('arms_seizure', 'seize', null, true) },
  { base: 'seize', sense: T('arms_seizure', 'seize', null, true) },
  { base: 'confiscate', sense: T('arms_seizure', 'seize', null, true) },
  {
    base: 'find',
    irregular: { past: 'found' },
    sense: T('arms_seizure', 'seize', null, true, 0.6),
  },
  { base: 'discover', sense: T('arms_seizure', 'seize', null, true, 0.6) },
  { base: 'uncover', sense: T('arms_seizure', 'seize', null, true, 0.6) },
  // Attacks.
  { base: 'attack', sense: T('attack', 'attack', null, false, 0.9) },
  {
    base: 'strike',
    irregular: { past: 'struck' },
    sense: T('attack', 'attack', null, false, 0.8),
  },
  {
    base: 'hit',
    irregular: { past: 'hit', ing: 'hitting' },
    sense: T('attack', 'attack', null, false, 0.6),
  },
  { base: 'fire', sense: T('attack', 'attack', null, true, 0.6) },
  { base: 'shell', sense: T('attack', 'attack', null, false, 0.8) },
  { base: 'bomb', sense: T('attack', 'attack', null, false, 0.8) },
  { base: 'bombard', sense: T('attack', 'attack', null, false, 0.8) },
  { base: 'raid', sense: T('attack', 'attack', null, false, 0.7) },
  { base: 'destroy', sense: T('attack', 'attack', null, false, 0.6) },
  { base: 'ambush', sense: T('attack', 'attack', null, false, 0.8) },
  { base: 'storm', sense: T('attack', 'attack', null, false, 0.7) },
  { base: 'target', sense: T('attack', 'attack', null, false, 0.6) },
  // "launched rockets at Tel Aviv"; a launch with no arms ("launched a satellite") is no attack.
  { base: 'launch', sense: T('attack', 'attack', null, true, 0.6) },
  {
    base: 'shoot',
    irregular: { past: 'shot' },
    sense: T('attack', 'attack', null, false, 0.5),
  },
  // Ties.
  { base: 'ally', sense: T('ties', 'ties', null, false, 0.8) },
  { base: 'cooperate', sense: T('ties', 'ties', null, false, 0.7) },
  { base: 'partner', sense: T('ties', 'ties', null, false, 0.7) },
  // "help X strengthen its defences": cooperation, when arms or defence are in the clause.
  { base: 'help', sense: T('ties', 'ties', null, true, 0.5) },
  // Sanctions.
  { base: 'sanction', sense: T('sanction', 'sanction', 'imposition', false, 0.8) },
  { base: 'blacklist', sense: T('sanction', 'sanction', 'imposition', false, 0.8) },
  {
    base: 'bar',
    irregular: { double: true },
    sense: T('sanction', 'sanction', 'imposition', false, 0.6),
  },
  {
    base: 'ban',
    irregular: { double: true },
    sense: T('sanction', 'sanction', 'imposition', false, 0.6),
  },
  { base: 'embargo', sense: T('sanction', 'sanction', 'imposition', false, 0.9) },
];

interface NounRow {
  forms: string[];
  sense: Omit<TriggerSense, 'pos'>;
}

const NOUNS: NounRow[] = [
  { forms: ['sale', 'sales'], sense: T('arms_transfer', 'supply', 'delivery', true) },
  { forms: ['shipment', 'shipments'], sense: T('arms_transfer', 'supply', 'delivery', true) },
  { forms: ['delivery', 'deliveries'], sense: T('arms_transfer', 'supply', 'delivery', true) },
  { forms: ['supplies'], sense: T('arms_transfer', 'supply', 'delivery', true, 0.6) },
  { forms: ['transfer', 'transfers'], sense: T('arms_transfer', 'supply', 'delivery', true, 0.7) },
  { forms: ['export', 'exports'], sense: T('arms_transfer', 'supply', 'delivery', true, 0.6) },
  { forms: ['smuggling'], sense: T('arms_transfer', 'supply', 'delivery', true, 0.8) },
  // A purchase is agreed before it is delivered: "an initial purchase of 173 engines".
  { forms: ['purchase', 'purchases'], sense: T('arms_transfer', 'acquire', 'agreement', true) },
  { forms: ['procurement'], sense: T('arms_transfer', 'acquire', 'delivery', true, 0.7) },
  { forms: ['import', 'imports'], sense: T('arms_transfer', 'acquire', 'delivery', true, 0.6) },
  { forms: ['order', 'orders'], sense: T('arms_transfer', 'acquire', 'agreement', true, 0.5) },
  { forms: ['deal', 'deals'], sense: T('arms_transfer', 'deal', 'agreement', true) },
  { forms: ['contract', 'contracts'], sense: T('arms_transfer', 'deal', 'agreement', true) },
  { forms: ['agreement'], sense: T('arms_transfer', 'deal', 'agreement', true, 0.6) },
  { forms: ['negotiations', 'talks'], sense: T('arms_transfer', 'deal', 'negotiation', true, 0.6) },
  {
    forms: ['payment', 'payments', 'advance', 'deposit'],
    sense: T('arms_transfer', 'deal', 'payment', true, 0.6),
  },
  { forms: ['trafficking'], sense: T('arms_transfer', 'supply', 'delivery', true, 0.8) },
  {
    forms: ['interception', 'interdiction'],
    sense: T('arms_transfer', 'interdict', 'interdiction', true, 0.9),
  },
  { forms: ['seizure', 'seizures'], sense: T('arms_seizure', 'seize', null, true, 0.8) },
  { forms: ['cache', 'caches'], sense: T('arms_seizure', 'seize', null, true, 0.5) },
  { forms: ['attack', 'attacks'], sense: T('attack', 'attack', null, false, 0.9) },
  { forms: ['strike', 'strikes', 'airstrike', 'airstrikes'], sense: T('attack', 'attack', null, false) },
  { forms: ['offensive'], sense: T('attack', 'attack', null, false) },
  { forms: ['raid', 'raids'], sense: T('attack', 'attack', null, false, 0.7) },
  { forms: ['bombing', 'bombings', 'shelling'], sense: T('attack', 'attack', null, false) },
  { forms: ['assault'], sense: T('attack', 'attack', null, false, 0.7) },
  { forms: ['ties'], sense: T('ties', 'ties', null, false, 0.9) },
  { forms: ['partnership', 'alliance'], sense: T('ties', 'ties', null, false, 0.9) },
  // "a mutual defence pact", "a security pact": ties when defence is in the clause.
  { forms: ['pact', 'pacts'], sense: T('ties', 'ties', null, true, 0.8) },
  { forms: ['ally', 'allies'], sense: T('ties', 'ties', null, false, 0.7) },
  { forms: ['cooperation'], sense: T('ties', 'ties', null, false, 0.7) },
  { forms: ['relationship', 'relations'], sense: T('ties', 'ties', null, false, 0.5) },
  { forms: ['sanctions'], sense: T('sanction', 'sanction', 'imposition', false, 0.9) },
  { forms: ['embargo'], sense: T('sanction', 'sanction', 'imposition', false, 0.9) },
  { forms: ['ban'], sense: T('sanction', 'sanction', 'imposition', false, 0.5) },
];

/** Lower-cased token → its trigger senses (a word such as "order" is both a verb and a noun). */
export const TRIGGERS: ReadonlyMap<string, readonly TriggerSense[]> = (() => {
  const map = new Map<string, TriggerSense[]>();
  const add = (form: string, sense: TriggerSense) => map.set(form, [...(map.get(form) ?? []), sense]);
  for (const row of VERBS) {
    for (const form of verbForms(row.base, row.irregular).forms) add(form, { ...row.sense, pos: 'verb' });
  }
  for (const row of NOUNS) for (const form of row.forms) add(form, { ...row.sense, pos: 'noun' });
  return map;
})();

/** Past participles of trigger verbs, for telling passive "was supplied with" from active "supplied". */
export const PARTICIPLES: ReadonlySet<string> = new Set(
  VERBS.flatMap((row) => verbForms(row.base, row.irregular).participles),
);

/**
 * Verbs that govern a trigger (its object "negotiate a deal", or its infinitive "persuade X to provide") and
 * set the stage the trigger reaches. `intended` marks the ones that make the claim a plan or an attempt.
 */
export interface Governor {
  readonly stage?: Stage;
  readonly intended?: boolean;
  /** For a supply trigger in the infinitive ("persuade X to provide"), the governor's subject receives. */
  readonly subjectReceives?: boolean;
}

const GOVERNOR_ROWS: [string, Parameters<typeof verbForms>[1] | undefined, Governor][] = [
  ['negotiate', undefined, { stage: 'negotiation', intended: true }],
  ['discuss', undefined, { stage: 'negotiation', intended: true }],
  ['seek', { past: 'sought' }, { stage: 'negotiation', intended: true }],
  ['pursue', undefined, { stage: 'negotiation', intended: true }],
  ['persuade', undefined, { stage: 'negotiation', intended: true, subjectReceives: true }],
  ['urge', undefined, { stage: 'negotiation', intended: true, subjectReceives: true }],
  ['ask', undefined, { stage: 'negotiation', intended: true, subjectReceives: true }],
  ['request', undefined, { stage: 'negotiation', intended: true, subjectReceives: true }],
  ['consider', undefined, { intended: true }],
  ['plan', { double: true }, { intended: true }],
  ['want', undefined, { intended: true }],
  ['try', undefined, { intended: true }],
  ['attempt', undefined, { intended: true }],
  ['intend', undefined, { intended: true }],
  ['hope', undefined, { intended: true }],
  ['aim', undefined, { intended: true }],
  ['prepare', undefined, { intended: true }],
  ['propose', undefined, { intended: true }],
  ['offer', undefined, { stage: 'negotiation', intended: true }],
  ['close', undefined, { stage: 'agreement' }],
  ['secure', undefined, { stage: 'agreement' }],
  ['land', undefined, { stage: 'agreement' }],
  ['clinch', undefined, { stage: 'agreement' }],
  ['place', undefined, { stage: 'agreement' }],
  ['receive', undefined, { stage: 'agreement' }],
  ['sign', undefined, { stage: 'agreement' }],
  ['conclude', undefined, { stage: 'agreement' }],
  ['finalize', undefined, { stage: 'agreement' }],
  ['finalise', undefined, { stage: 'agreement' }],
  ['award', undefined, { stage: 'agreement' }],
  ['win', { past: 'won', double: true }, { stage: 'agreement' }],
  ['approve', undefined, { stage: 'agreement' }],
  ['authorize', undefined, { stage: 'agreement' }],
  ['authorise', undefined, { stage: 'agreement' }],
  ['clear', undefined, { stage: 'agreement' }],
  ['reach', undefined, { stage: 'agreement' }],
  ['agree', undefined, { stage: 'agreement' }],
  ['cancel', { double: true }, { stage: 'cancellation' }],
  // Stopping a shipment interdicts it (a sale stopped is cancelled: see frames.ts).
  ['stop', { double: true }, { stage: 'interdiction' }],
  ['seize', undefined, { stage: 'interdiction' }],
  ['intercept', undefined, { stage: 'interdiction' }],
  ['impound', undefined, { stage: 'interdiction' }],
  ['confiscate', undefined, { stage: 'interdiction' }],
  ['detain', undefined, { stage: 'interdiction' }],
  ['complete', undefined, { stage: 'delivery' }],
  ['halt', undefined, { stage: 'cancellation' }],
  ['block', undefined, { stage: 'cancellation' }],
  ['suspend', undefined, { stage: 'cancellation' }],
  ['freeze', { past: 'froze', pp: 'frozen' }, { stage: 'cancellation' }],
  ['scrap', { double: true }, { stage: 'cancellation' }],
  ['pay', { past: 'paid' }, { stage: 'payment' }],
  ['lift', undefined, { stage: 'lifting' }],
  ['ease', undefined, { stage: 'lifting' }],
  ['remove', undefined, { stage: 'lifting' }],
  ['end', undefined, { stage: 'lifting' }],
  ['impose', undefined, { stage: 'imposition' }],
  ['tighten', undefined, { stage: 'imposition' }],
  ['extend', undefined, { stage: 'imposition' }],
];

export const GOVERNORS: ReadonlyMap<string, Governor> = new Map(
  GOVERNOR_ROWS.flatMap(([base, irregular, governor]) =>
    verbForms(base, irregular).forms.map((form) => [form, governor] as const),
  ),
);
/** The nominal forms governors take ("the lifting of", "the signing of"). */
export const GOVERNOR_NOUNS: ReadonlyMap<string, Governor> = new Map([
  ['lifting', { stage: 'lifting' }],
  ['easing', { stage: 'lifting' }],
  ['imposition', { stage: 'imposition' }],
  ['signing', { stage: 'agreement' }],
  ['approval', { stage: 'agreement' }],
  ['cancellation', { stage: 'cancellation' }],
  ['suspension', { stage: 'cancellation' }],
  ['plans', { intended: true }],
  ['plan', { intended: true }],
  ['bid', { intended: true }],
  ['attempt', { intended: true }],
  ['talks', { stage: 'negotiation', intended: true }],
  ['negotiations', { stage: 'negotiation', intended: true }],
]);

/** Verbs that report speech: their subject is a speaker, not a side of a claim ("officials say the deal"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'told',
  'tells',
  'reported',
  'reports',
  'added',
  'stated',
  'announced',
  'claimed',
  'indicated',
]);

/**
 * Words that say arms are in play when no weapon mention is in the clause: the trigger's own compound
 * ("weapons deal") is usually a weapon mention already; these are the generic words the gazetteer does not
 * list as weapons because alone they name no item.
 */
export const ARMS_WORDS: ReadonlySet<string> = new Set([
  'arms',
  'weapons',
  'weapon',
  'weaponry',
  'munitions',
  'ammunition',
  'missile',
  'missiles',
]);

/** For cooperation ("help X strengthen its defences"), military words count as well as arms. */
export const DEFENCE_WORDS: ReadonlySet<string> = new Set([
  ...ARMS_WORDS,
  'military',
  'defense',
  'defence',
  'defences',
  'defenses',
  'anti-submarine',
  'security',
]);

/** A clause about an exercise, a test or a drill describes no attack (GUIDELINES: not attacks). */
export const NOT_ATTACK_WORDS: ReadonlySet<string> = new Set([
  'exercise',
  'exercises',
  'drill',
  'drills',
  'test',
  'tests',
  'tested',
  'testing',
  'training',
]);

/**
 * The largest arms exporters (SIPRI Arms Transfers Database, top suppliers 1950–2024). "Russian arms sales"
 * are sales by Russia, "Taiwan arms sales" sales to Taiwan: a state written before a sale with no "to X"
 * after it is taken as the supplier only when it is one of these.
 */
export const MAJOR_EXPORTERS: ReadonlySet<string> = new Set([
  'state:USA',
  'state:RUS',
  'state:SUN',
  'state:FRA',
  'state:GBR',
  'state:DEU',
  'state:CHN',
  'state:ITA',
  'state:ISR',
  'state:ESP',
  'state:KOR',
  'state:NLD',
  'state:UKR',
  'state:SWE',
  'state:CZE',
  'state:PRK',
]);
