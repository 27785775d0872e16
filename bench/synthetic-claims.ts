import countries from 'world-countries';
import type {
  Claim,
  ClaimAmount,
  ClaimItem,
  ClaimSource,
  ClaimType,
  Modality,
  SourceKind,
  Stage,
} from '../src/extract/claims/claim.js';
import type { ExtractedEntity, Extraction } from '../src/extract/extraction.js';
import type { EntityType, ItemCategory } from '../src/extract/gazetteer/entry.js';
import type { StoredExtraction } from '../src/kb/sqlite/sqlite-knowledge-base.js';

/*
 * Synthetic extractions for the knowledge-base benchmark: what the extractor would hand the store for a
 * million articles, made without NLP (which would take hours). Deterministic: article i depends only on
 * the seed and i, so a run can be repeated and any article regenerated (a syndicated copy regenerates the
 * article it copies).
 *
 * About 3,000 actors (200 states, 800 armed groups, 1,500 companies, 500 government bodies) with
 * Zipf-like popularity inside each kind, 60 weapons, 300 outlets, 100 places; articles published
 * 1990–2025 (more in later years), 1–8 claims each (mean ≈ 4) of the five claim types, roles as the
 * contract fills them, the seven modalities, attributed sources, evidence spans and entity mentions that
 * point into the generated text (80–150 words), `when` on ≈ 60 % of claims. About 8 % of articles are
 * syndicated copies of an earlier one: same text plus a credit line, another outlet.
 */

/** mulberry32: a small, fast seeded PRNG with values in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for stream `stream` of item `index` (murmur3-style finalizer over both). */
function seedOf(seed: number, index: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ (stream * 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

/** Draws from weighted choices (weights need not sum to 1). */
function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of choices) total += w;
  let r = rng() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  return (choices.at(-1) as readonly [T, number])[0];
}

/** Zipf-like draws over a ranked list: rank k has weight 1 / (k + 1)^s. */
class Zipf<T> {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly T[],
    s: number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let k = 0; k < items.length; k++) {
      total += 1 / (k + 1) ** s;
      this.cumulative[k] = total;
    }
  }

  draw(rng: Rng): T {
    const r = rng() * (this.cumulative[this.cumulative.length - 1] as number);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

export interface SyntheticEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country: string | null;
  /** Gazetteer aliases (the contract's `aliases`). */
  readonly aliases: readonly string[];
  /** How articles name it: the name most often, sometimes an alias. */
  readonly variants: readonly string[];
  readonly category?: ItemCategory;
  readonly designation?: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Word lists

/** The states most present in defence news, most present first; the rest follow in code order. */
const HEAD_STATES = [
  'USA',
  'RUS',
  'CHN',
  'UKR',
  'ISR',
  'IRN',
  'FRA',
  'GBR',
  'DEU',
  'TUR',
  'SAU',
  'IND',
  'PAK',
  'PRK',
  'SYR',
  'EGY',
  'ARE',
  'KOR',
  'YEM',
  'IRQ',
  'AFG',
  'LBY',
  'SDN',
  'QAT',
  'POL',
  'ITA',
  'JPN',
  'BLR',
  'MMR',
  'VEN',
  'ETH',
  'NGA',
  'SRB',
  'AZE',
  'ARM',
  'DZA',
  'MAR',
  'IDN',
  'VNM',
  'LBN',
];

const SYLLABLES = [
  'ka',
  'ri',
  'zan',
  'mo',
  'tel',
  'vor',
  'sha',
  'lin',
  'dor',
  'bek',
  'ar',
  'ul',
  'nes',
  'tor',
  'ga',
  'mir',
  'sol',
  'van',
  'quel',
  'ped',
  'ru',
  'ost',
  'yan',
  'fer',
  'dal',
  'zim',
  'hol',
  'bra',
  'cen',
  'kov',
  'lu',
  'tam',
];

const GROUP_PATTERNS = [
  (p: string) => `${p} Liberation Front`,
  (p: string) => `${p} Brigades`,
  (p: string) => `Army of ${p}`,
  (p: string) => `${p} Resistance Movement`,
  (p: string) => `${p} People's Militia`,
  (p: string) => `${p} Defence Forces`,
  (p: string) => `Islamic Front of ${p}`,
  (p: string) => `${p} Revolutionary Council`,
  (p: string) => `${p} National Army`,
  (p: string) => `${p} Martyrs Battalion`,
];

const COMPANY_SUFFIXES = [
  'Dynamics',
  'Aerospace',
  'Defence Systems',
  'Arms',
  'Industries',
  'Trading',
  'Logistics',
  'Shipping',
  'Technologies',
  'Ordnance',
  'Munitions',
  'Holdings',
  'Armaments',
  'Avionics',
  'Marine',
];

const GOV_KINDS = [
  'Ministry of Defence',
  'Foreign Ministry',
  'Defence Procurement Agency',
  'Export Control Agency',
  'Treasury',
  'Interior Ministry',
  'General Staff',
  'Customs Service',
  'Intelligence Directorate',
  'Presidential Office',
];
/** How many states (by rank) have each kind of government body: 500 in all. */
const GOV_KIND_STATES = [200, 120, 60, 40, 30, 20, 12, 8, 6, 4];

/** Weapons: [name, category, designation, aliases]; generic ones have no designation. */
const WEAPONS: readonly (readonly [string, ItemCategory, string | null, readonly string[]])[] = [
  ['F-16 fighter jets', 'aircraft', 'F-16', ['F-16', 'Fighting Falcon']],
  ['Su-35 fighters', 'aircraft', 'Su-35', ['Su-35']],
  ['MiG-29 jets', 'aircraft', 'MiG-29', ['MiG-29']],
  ['JF-17 aircraft', 'aircraft', 'JF-17', ['JF-17 Thunder']],
  ['Rafale jets', 'aircraft', 'Rafale', ['Rafale']],
  ['fighter jets', 'aircraft', null, ['combat aircraft']],
  ['attack helicopters', 'aircraft', null, ['helicopters']],
  ['Bayraktar TB2 drones', 'uav', 'Bayraktar TB2', ['TB2']],
  ['Shahed-136 drones', 'uav', 'Shahed-136', ['Geran-2']],
  ['Orlan-10 drones', 'uav', 'Orlan-10', []],
  ['Wing Loong II drones', 'uav', 'Wing Loong II', []],
  ['drones', 'uav', null, ['UAVs', 'unmanned aerial vehicles']],
  ['S-400 systems', 'air_defence', 'S-400', ['S-400 Triumf']],
  ['Patriot batteries', 'air_defence', 'Patriot', ['MIM-104 Patriot']],
  ['Pantsir-S1 systems', 'air_defence', 'Pantsir-S1', []],
  ['NASAMS launchers', 'air_defence', 'NASAMS', []],
  ['air defence systems', 'air_defence', null, ['air-defense systems']],
  ['T-72 tanks', 'armoured_vehicles', 'T-72', ['T-72']],
  ['T-90 tanks', 'armoured_vehicles', 'T-90', []],
  ['Leopard 2 tanks', 'armoured_vehicles', 'Leopard 2', []],
  ['M1 Abrams tanks', 'armoured_vehicles', 'M1 Abrams', ['Abrams']],
  ['BMP-2 vehicles', 'armoured_vehicles', 'BMP-2', []],
  ['armoured vehicles', 'armoured_vehicles', null, ['armored vehicles']],
  ['M777 howitzers', 'artillery', 'M777', []],
  ['Caesar howitzers', 'artillery', 'Caesar', []],
  ['2S19 Msta guns', 'artillery', '2S19 Msta', []],
  ['howitzers', 'artillery', null, ['artillery pieces']],
  ['HIMARS launchers', 'rockets', 'M142 HIMARS', ['HIMARS']],
  ['BM-21 Grad launchers', 'rockets', 'BM-21 Grad', ['Grad']],
  ['rockets', 'rockets', null, ['rocket']],
  ['Javelin missiles', 'missiles', 'Javelin', ['FGM-148 Javelin']],
  ['Kornet missiles', 'missiles', '9M133 Kornet', ['Kornet']],
  ['Stinger missiles', 'missiles', 'FIM-92 Stinger', ['Stinger']],
  ['Storm Shadow missiles', 'missiles', 'Storm Shadow', ['SCALP']],
  ['Kalibr cruise missiles', 'missiles', 'Kalibr', []],
  ['Scud missiles', 'missiles', 'Scud', []],
  ['anti-tank missiles', 'missiles', null, ['ATGMs']],
  ['ballistic missiles', 'missiles', null, []],
  ['missiles', 'missiles', null, ['missile']],
  ['patrol boats', 'naval', null, []],
  ['Type 054A frigates', 'naval', 'Type 054A', []],
  ['Kilo-class submarines', 'naval', 'Kilo-class', []],
  ['radar systems', 'sensors', null, ['radars']],
  ['AN/TPQ-36 radars', 'sensors', 'AN/TPQ-36', []],
  ['AK-47 rifles', 'small_arms', 'AK-47', ['Kalashnikovs']],
  ['M4 carbines', 'small_arms', 'M4', []],
  ['assault rifles', 'small_arms', null, ['rifles']],
  ['small arms', 'small_arms', null, []],
  ['RPG-7 launchers', 'light_weapons', 'RPG-7', ['RPGs']],
  ['mortars', 'light_weapons', null, ['mortar tubes']],
  ['heavy machine guns', 'light_weapons', null, []],
  ['artillery shells', 'ammunition', null, ['shells']],
  ['155mm shells', 'ammunition', '155mm', []],
  ['ammunition', 'ammunition', null, ['munitions']],
  ['explosives', 'explosives', null, []],
  ['Semtex', 'explosives', 'Semtex', []],
  ['communications equipment', 'communications', null, []],
  ['encrypted radios', 'communications', null, []],
  ['weapons', 'weapons_unspecified', null, ['weapon', 'arms']],
  ['spare parts', 'other', null, ['components']],
];

const REAL_OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'BBC', 'Al Jazeera'];
const OUTLET_SUFFIXES = [
  'Times',
  'Herald',
  'Post',
  'Defence Weekly',
  'Monitor',
  'Wire',
  'Tribune',
  'Observer',
  'Gazette',
  'Daily',
  'Security Review',
  'Chronicle',
];
const ORGANIZATIONS = [
  'SIPRI',
  'Amnesty International',
  'Conflict Armament Research',
  'Human Rights Watch',
  'the International Crisis Group',
  'the Small Arms Survey',
];
const UNNAMED = [
  'security officials',
  'Western diplomats',
  'a senior official',
  'people familiar with the matter',
  'two officials',
  'a defence source',
  'intelligence officials',
];
const INVESTIGATORS = ['UN investigators', 'a UN panel of experts', 'customs investigators', 'prosecutors'];
const FIRST_NAMES = [
  'John',
  'Maria',
  'Ahmed',
  'Olga',
  'Chen',
  'Fatima',
  'Pierre',
  'Anna',
  'Yusuf',
  'Elena',
  'David',
  'Leila',
  'Ivan',
  'Sara',
  'Omar',
  'Hana',
  'Tomas',
  'Amira',
  'Kenji',
  'Nadia',
  'Paul',
  'Irina',
  'Samuel',
  'Zainab',
  'Lars',
];
const LAST_NAMES = [
  'Smith',
  'Petrov',
  'Haddad',
  'Wang',
  'Okafor',
  'Dubois',
  'Kowalski',
  'Rahman',
  'Silva',
  'Novak',
  'Khan',
  'Jensen',
  'Moreau',
  'Ivanova',
  'Said',
  'Tanaka',
  'Mensah',
  'Costa',
  'Yilmaz',
  'Berg',
  'Farah',
  'Kim',
  'Lopez',
  'Schmidt',
  'Abadi',
  'Horvat',
  'Nasser',
  'Reyes',
  'Sokolov',
  'Ward',
];
const ADJECTIVES = [
  'regional',
  'fragile',
  'renewed',
  'lengthy',
  'covert',
  'official',
  'bilateral',
  'tense',
  'strategic',
  'sudden',
  'disputed',
  'modest',
  'growing',
  'recent',
  'annual',
  'unusual',
  'secret',
  'broader',
  'fresh',
  'critical',
  'sharp',
  'quiet',
  'formal',
  'informal',
  'delayed',
  'expanded',
  'limited',
  'costly',
  'maritime',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'rural',
  'coastal',
  'temporary',
  'unprecedented',
  'controversial',
  'long-awaited',
];
const NOUNS = [
  'ceasefire',
  'offensive',
  'budget',
  'parliament',
  'convoy',
  'border',
  'airbase',
  'harbour',
  'summit',
  'embargo',
  'inquiry',
  'exercise',
  'deployment',
  'talks',
  'programme',
  'contract',
  'tender',
  'shipment',
  'checkpoint',
  'garrison',
  'militia',
  'coalition',
  'mission',
  'corridor',
  'frontline',
  'stockpile',
  'warehouse',
  'airfield',
  'pipeline',
  'election',
  'blockade',
  'delegation',
  'agreement',
  'report',
  'audit',
  'hearing',
  'ministry',
  'factory',
  'refinery',
  'village',
  'district',
  'province',
  'region',
  'port',
  'bridge',
  'highway',
  'camp',
  'base',
  'market',
  'treaty',
];
const VERBS_PAST = [
  'reviewed',
  'postponed',
  'expanded',
  'criticised',
  'welcomed',
  'rejected',
  'questioned',
  'approved',
  'delayed',
  'discussed',
  'monitored',
  'reinforced',
  'abandoned',
  'described',
  'investigated',
  'opposed',
  'endorsed',
  'announced',
  'outlined',
  'disrupted',
];
const ROLES = [
  'analyst',
  'researcher',
  'spokesman',
  'spokeswoman',
  'lawmaker',
  'professor',
  'former officer',
  'adviser',
  'diplomat',
  'commander',
];
const INSTITUTES = ['Institute', 'Centre', 'Foundation', 'University', 'Council', 'Academy', 'Forum'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SECTIONS = [
  'Defence & Security News',
  'World',
  'Middle East',
  'Europe',
  'Africa',
  'Asia-Pacific',
  'Americas',
  'Arms Trade',
  'Conflict',
];

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function properWord(rng: Rng): string {
  const n = chance(rng, 0.6) ? 2 : 3;
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rng, SYLLABLES);
  return capitalize(w);
}

function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface Country {
  name: { common: string; official: string };
  cca3: string;
  altSpellings: string[];
}

// ---------------------------------------------------------------------------------------------------
// The universe of actors, weapons, outlets and places

export interface SyntheticUniverse {
  readonly states: readonly SyntheticEntity[];
  readonly groups: readonly SyntheticEntity[];
  readonly companies: readonly SyntheticEntity[];
  readonly govs: readonly SyntheticEntity[];
  readonly weapons: readonly SyntheticEntity[];
  readonly places: readonly SyntheticEntity[];
  readonly outlets: readonly string[];
  /** Outlets as entities, for sources that cite another outlet. */
  readonly outletEntities: readonly SyntheticEntity[];
  readonly organizations: readonly SyntheticEntity[];
}

export function createUniverse(seed: number): SyntheticUniverse {
  const rng = mulberry32(seedOf(seed, 0, 99));
  const ids = new Set<string>();
  const unique = (id: string): string => {
    let out = id;
    for (let n = 2; ids.has(out); n++) out = `${id}-${n}`;
    ids.add(out);
    return out;
  };
  const names = new Set<string>();
  const uniqueName = (make: () => string): string => {
    for (;;) {
      const name = make();
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };

  // The package's typings say `{ default }` under NodeNext; the value is the array (see scripts/).
  const all = countries as unknown as Country[];
  const byCode = new Map(all.map((c) => [c.cca3, c]));
  const codes = [
    ...HEAD_STATES,
    ...all
      .map((c) => c.cca3)
      .filter((c) => !HEAD_STATES.includes(c))
      .sort(),
  ].slice(0, 200);
  const states: SyntheticEntity[] = codes.map((code) => {
    const c = byCode.get(code);
    const name = c?.name.common ?? code;
    names.add(name);
    const aliases = [
      ...new Set(
        [c?.name.official ?? '', ...(c?.altSpellings ?? [])].filter(
          (a) => a.length >= 2 && a !== name && /^[\x20-\x7e]+$/.test(a),
        ),
      ),
    ].slice(0, 4);
    return {
      id: unique(`state:${code}`),
      name,
      type: 'state',
      country: code,
      aliases,
      variants: [name, name, name, name, ...aliases.filter((a) => a.length <= 12).slice(0, 1)],
    };
  });
  const stateZipf = new Zipf(states, 1.0);
  // Armed groups and companies are based in states drawn by popularity (conflict zones and exporters).
  const groups: SyntheticEntity[] = Array.from({ length: 800 }, () => {
    const name = uniqueName(() => pick(rng, GROUP_PATTERNS)(properWord(rng)));
    const short = acronym(name);
    return {
      id: unique(`group:${slug(name)}`),
      name,
      type: 'armed_group',
      country: stateZipf.draw(rng).country,
      aliases: short.length >= 2 ? [short] : [],
      variants: short.length >= 3 ? [name, name, short] : [name],
    };
  });
  const companies: SyntheticEntity[] = Array.from({ length: 1500 }, () => {
    const name = uniqueName(() => `${properWord(rng)} ${pick(rng, COMPANY_SUFFIXES)}`);
    return {
      id: unique(`company:${slug(name)}`),
      name,
      type: 'company',
      country: stateZipf.draw(rng).country,
      aliases: [`${name} Ltd`],
      variants: [name, name, name, `${name} Ltd`],
    };
  });
  const govRanked: [number, SyntheticEntity][] = [];
  GOV_KINDS.forEach((kind, j) => {
    for (let k = 0; k < (GOV_KIND_STATES[j] as number); k++) {
      const state = states[k] as SyntheticEntity;
      const name = `${state.name} ${kind}`;
      names.add(name);
      govRanked.push([
        k + 4 * j,
        {
          id: unique(`gov:${(state.country as string).toLowerCase()}-${slug(kind)}`),
          name,
          type: 'government_body',
          country: state.country,
          aliases: [],
          variants: [name],
        },
      ]);
    }
  });
  const govs = govRanked.sort((a, b) => a[0] - b[0]).map(([, g]) => g);
  const weapons: SyntheticEntity[] = WEAPONS.map(([name, category, designation, aliases]) => ({
    id: unique(`weapon:${slug(designation ?? name)}`),
    name,
    type: 'weapon',
    country: null,
    aliases,
    variants: [name, name, ...aliases.filter((a) => a.length > 3).slice(0, 1)],
    category,
    designation,
  }));
  const places: SyntheticEntity[] = Array.from({ length: 100 }, () => {
    const name = uniqueName(() => (chance(rng, 0.3) ? `Port ${properWord(rng)}` : properWord(rng)));
    return {
      id: unique(`place:${slug(name)}`),
      name,
      type: 'location',
      country: stateZipf.draw(rng).country,
      aliases: [],
      variants: [name],
    };
  });
  const outlets = [...REAL_OUTLETS];
  const outletNames = new Set(outlets);
  while (outlets.length < 300) {
    const name = `The ${properWord(rng)} ${pick(rng, OUTLET_SUFFIXES)}`;
    if (!outletNames.has(name)) {
      outletNames.add(name);
      outlets.push(name);
    }
  }
  const outletEntities: SyntheticEntity[] = outlets.map((name) => ({
    id: unique(`outlet:${slug(name.replace(/^The /, ''))}`),
    name,
    type: 'outlet',
    country: null,
    aliases: [],
    variants: [name],
  }));
  const organizations: SyntheticEntity[] = ORGANIZATIONS.map((name) => ({
    id: unique(`org:${slug(name.replace(/^the /, ''))}`),
    name: name.replace(/^the /, 'The '),
    type: 'organization',
    country: null,
    aliases: [],
    variants: [name.replace(/^the /, '')],
  }));
  return { states, groups, companies, govs, weapons, places, outlets, outletEntities, organizations };
}

// ---------------------------------------------------------------------------------------------------
// Articles

type Kind = 'state' | 'group' | 'company' | 'gov';
type RoleMix = readonly (readonly [Kind, number])[];

const SUPPLIER_MIX: RoleMix = [
  ['state', 0.65],
  ['company', 0.25],
  ['group', 0.05],
  ['gov', 0.05],
];
const RECIPIENT_MIX: RoleMix = [
  ['state', 0.55],
  ['group', 0.3],
  ['gov', 0.1],
  ['company', 0.05],
];
const INTERMEDIARY_MIX: RoleMix = [
  ['company', 0.8],
  ['state', 0.15],
  ['group', 0.05],
];
const END_USER_MIX: RoleMix = [
  ['group', 0.6],
  ['state', 0.3],
  ['gov', 0.1],
];
const AUTHORITY_MIX: RoleMix = [
  ['state', 0.5],
  ['gov', 0.5],
];
const ATTACKER_MIX: RoleMix = [
  ['group', 0.55],
  ['state', 0.45],
];
const ATTACKED_MIX: RoleMix = [
  ['state', 0.5],
  ['group', 0.4],
  ['gov', 0.1],
];
const SANCTIONED_MIX: RoleMix = [
  ['state', 0.35],
  ['company', 0.35],
  ['group', 0.2],
  ['gov', 0.1],
];
const PARTY_MIX: RoleMix = [
  ['group', 0.45],
  ['state', 0.35],
  ['company', 0.2],
];

const CLAIM_TYPE_MIX: readonly (readonly [ClaimType, number])[] = [
  ['arms_transfer', 0.6],
  ['attack', 0.15],
  ['ties', 0.1],
  ['sanction', 0.08],
  ['arms_seizure', 0.07],
];
const TRANSFER_STAGE_MIX: readonly (readonly [Stage | null, number])[] = [
  ['delivery', 0.35],
  ['agreement', 0.25],
  ['negotiation', 0.15],
  ['interdiction', 0.08],
  ['payment', 0.05],
  ['cancellation', 0.05],
  [null, 0.07],
];
const MODALITY_MIX: readonly (readonly [Modality, number])[] = [
  ['reported', 0.45],
  ['asserted', 0.3],
  ['alleged', 0.1],
  ['confirmed', 0.05],
  ['denied', 0.04],
  ['intended', 0.03],
  ['conditional', 0.03],
];
/** Claims per article, 1…8: mean ≈ 4. */
const CLAIM_COUNT_MIX: readonly (readonly [number, number])[] = [
  [1, 0.1],
  [2, 0.15],
  [3, 0.2],
  [4, 0.18],
  [5, 0.14],
  [6, 0.1],
  [7, 0.08],
  [8, 0.05],
];

export interface SyntheticOptions {
  readonly seed?: number;
  /** Share of articles that are syndicated copies of an earlier one. */
  readonly syndicated?: number;
}

/** Builds the article text and records where each entity and time is named. */
class TextBuilder {
  text = '';
  readonly entities = new Map<string, ExtractedEntity>();
  readonly times: Extraction['times'] = [];
  readonly amounts: Extraction['amounts'] = [];

  constructor(private readonly rng: Rng) {}

  add(s: string): void {
    this.text += s;
  }

  /** Writes a name of the entity and records the mention. */
  name(entity: SyntheticEntity, text?: string): void {
    const written = text ?? pick(this.rng, entity.variants);
    const start = this.text.length;
    this.text += written;
    let e = this.entities.get(entity.id);
    if (!e) {
      e = {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: [...entity.aliases],
        country: entity.country,
        ...(entity.type === 'weapon'
          ? { category: entity.category, designation: entity.designation ?? null }
          : {}),
        mentions: [],
      };
      this.entities.set(entity.id, e);
    }
    e.mentions.push({ start, end: this.text.length, text: written, via: 'gazetteer' });
  }

  /** A description ("a trading company") standing for an entity the extractor made up. */
  described(id: string, text: string, type: EntityType): void {
    const start = this.text.length;
    this.text += text;
    let e = this.entities.get(id);
    if (!e) {
      e = { id, name: text, type, aliases: [], country: null, mentions: [] };
      this.entities.set(id, e);
    }
    e.mentions.push({ start, end: this.text.length, text, via: 'description' });
  }

  time(text: string, interval: { start: string; end: string }): void {
    const start = this.text.length;
    this.text += text;
    this.times.push({ start, end: this.text.length, text, interval, extractor: 'time:chrono' });
  }
}

interface Draft {
  type: ClaimType;
  stage: Stage | null;
  roles: Partial<
    Record<'supplier' | 'recipient' | 'interdicted_by' | 'seizer' | 'actor' | 'target', string>
  > &
    Partial<Record<'intermediaries' | 'end_users' | 'parties', string[]>>;
}

/**
 * Synthetic extractions, article by article: `article(i)` is the same for the same seed and i.
 */
export class SyntheticClaims {
  readonly universe: SyntheticUniverse;
  private readonly seed: number;
  private readonly syndicated: number;
  private readonly pools: Record<Kind, Zipf<SyntheticEntity>>;
  private readonly weaponZipf: Zipf<SyntheticEntity>;
  private readonly outletZipf: Zipf<string>;
  private readonly outletEntityZipf: Zipf<SyntheticEntity>;
  private readonly placeZipf: Zipf<SyntheticEntity>;
  private readonly yearWeights: readonly (readonly [number, number])[];

  constructor(options: SyntheticOptions = {}) {
    this.seed = options.seed ?? 20_250_101;
    this.syndicated = options.syndicated ?? 0.08;
    this.universe = createUniverse(this.seed);
    const u = this.universe;
    this.pools = {
      state: new Zipf(u.states, 0.9),
      group: new Zipf(u.groups, 0.75),
      company: new Zipf(u.companies, 0.75),
      gov: new Zipf(u.govs, 0.85),
    };
    this.weaponZipf = new Zipf(u.weapons, 0.8);
    this.outletZipf = new Zipf(u.outlets, 0.8);
    this.outletEntityZipf = new Zipf(u.outletEntities, 0.8);
    this.placeZipf = new Zipf(u.places, 0.9);
    // News volume grows over the years.
    this.yearWeights = Array.from({ length: 36 }, (_, k) => [1990 + k, 1 + k / 5] as const);
  }

  /** Every actor (states, groups, companies, government bodies). */
  actors(): SyntheticEntity[] {
    const u = this.universe;
    return [...u.states, ...u.groups, ...u.companies, ...u.govs];
  }

  static articleId(i: number): string {
    return `syn-${pad(i, 7)}`;
  }

  /** The index of the article i copies, or null when i is an original. */
  sourceOf(i: number): number | null {
    const rng = mulberry32(seedOf(this.seed, i, 1));
    if (i < 10 || rng() >= this.syndicated) return null;
    // A recent article (the wire's copy comes soon after), followed back to an original.
    const source = i - 1 - Math.floor(rng() * Math.min(i, 2000));
    return this.sourceOf(source) ?? source;
  }

  article(i: number): StoredExtraction {
    const source = this.sourceOf(i);
    const id = SyntheticClaims.articleId(i);
    if (source === null) return this.original(i, id);
    // Same text and claims, another outlet, a credit line, published a few hours later.
    const original = this.original(source, id);
    const rng = mulberry32(seedOf(this.seed, i, 2));
    let outlet = this.outletZipf.draw(rng);
    while (outlet === original.article.outlet) outlet = this.outletZipf.draw(rng);
    const credit = `\n\n(Reporting by ${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}; editing by ${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}. Distributed by ${outlet}.)`;
    const text = original.article.text + credit;
    const first = original.article.published as string;
    const hour = int(rng, Number(first.slice(11, 13)), 23);
    const published = `${first.slice(0, 11)}${pad(hour)}:${pad(int(rng, 0, 59))}`;
    const url = `https://${slug(outlet)}.example/${published.slice(0, 4)}/${id}`;
    return {
      article: { ...original.article, text, outlet, published, url },
      extraction: {
        ...original.extraction,
        article: { ...original.extraction.article, text, outlet, published, url },
      },
    };
  }

  private draw(rng: Rng, mix: RoleMix, not?: readonly (string | undefined)[]): SyntheticEntity {
    for (;;) {
      const e = this.pools[weighted(rng, mix)].draw(rng);
      if (!not?.includes(e.id)) return e;
    }
  }

  private entityById = new Map<string, SyntheticEntity>();

  private byId(id: string): SyntheticEntity {
    if (this.entityById.size === 0)
      for (const e of [...this.actors(), ...this.universe.weapons, ...this.universe.places])
        this.entityById.set(e.id, e);
    return this.entityById.get(id) as SyntheticEntity;
  }

  /** Article `index`'s content, under the id `id` (a syndicated copy reuses its original's content). */
  private original(index: number, id: string): StoredExtraction {
    const rng = mulberry32(seedOf(this.seed, index, 0));
    const year = weighted(rng, this.yearWeights);
    const publishedMs = Date.UTC(year, int(rng, 0, 11), int(rng, 1, 28), int(rng, 5, 22), int(rng, 0, 59));
    const published = new Date(publishedMs).toISOString().slice(0, 16);
    const outlet = this.outletZipf.draw(rng);
    const b = new TextBuilder(rng);

    // An article is about a pair of actors; most of its claims are about them.
    const focalSupplier = this.draw(rng, SUPPLIER_MIX);
    const focalRecipient = this.draw(rng, RECIPIENT_MIX, [focalSupplier.id]);
    const count = weighted(rng, CLAIM_COUNT_MIX);
    const wordsWanted = int(rng, 80, 150);
    const claims: Claim[] = [];
    b.add(`${pick(rng, this.universe.places).name}, ${pick(rng, MONTHS)} ${int(rng, 1, 28)} — `);
    for (let n = 0; n < count; n++) {
      const draft = this.draft(rng, focalSupplier, focalRecipient, id);
      claims.push(this.writeClaim(rng, b, draft, `${id}#c${n + 1}`, publishedMs));
      if (chance(rng, 0.35)) this.filler(rng, b);
    }
    while (b.text.split(/\s+/).length < wordsWanted) this.filler(rng, b);
    const text = b.text.trimEnd();
    const first = claims[0] as Claim;
    const title = this.title(rng, first);
    const url = `https://${slug(outlet)}.example/${published.slice(0, 4)}/${id}`;
    const section = pick(rng, SECTIONS);
    const article = { id, version: 1, title, text, published, outlet, url };
    const extraction: Extraction = {
      schema: 'armstrace/extraction@1',
      article: { id, title, published, section, outlet, url, language: 'en', text },
      entities: [...b.entities.values()],
      claims,
      times: b.times,
      amounts: b.amounts,
      warnings: [],
    };
    return { article, extraction };
  }

  private draft(rng: Rng, focalS: SyntheticEntity, focalR: SyntheticEntity, articleId: string): Draft {
    const type = weighted(rng, CLAIM_TYPE_MIX);
    const focal = chance(rng, 0.6);
    switch (type) {
      case 'arms_transfer': {
        const stage = weighted(rng, TRANSFER_STAGE_MIX);
        const supplier = focal ? focalS : this.draw(rng, SUPPLIER_MIX);
        const recipient = focal ? focalR : this.draw(rng, RECIPIENT_MIX, [supplier.id]);
        const roles: Draft['roles'] = { supplier: supplier.id, recipient: recipient.id };
        if (chance(rng, 0.12)) {
          roles.intermediaries = chance(rng, 0.2)
            ? [`anon:${articleId}:trading-company`]
            : [this.draw(rng, INTERMEDIARY_MIX, [supplier.id, recipient.id]).id];
        }
        if (chance(rng, 0.06))
          roles.end_users = [this.draw(rng, END_USER_MIX, [supplier.id, recipient.id]).id];
        if (stage === 'interdiction')
          roles.interdicted_by = this.draw(rng, AUTHORITY_MIX, [supplier.id, recipient.id]).id;
        return { type, stage, roles };
      }
      case 'arms_seizure': {
        const seizer = this.draw(rng, AUTHORITY_MIX);
        const roles: Draft['roles'] = { seizer: seizer.id };
        if (chance(rng, 0.5))
          roles.supplier = (focal ? focalS : this.draw(rng, SUPPLIER_MIX, [seizer.id])).id;
        if (chance(rng, 0.5))
          roles.recipient = (focal ? focalR : this.draw(rng, RECIPIENT_MIX, [seizer.id, roles.supplier])).id;
        if (roles.recipient === seizer.id || roles.recipient === roles.supplier) delete roles.recipient;
        if (roles.supplier === seizer.id) delete roles.supplier;
        return { type, stage: null, roles };
      }
      case 'attack': {
        const actor = focal && chance(rng, 0.5) ? focalR : this.draw(rng, ATTACKER_MIX);
        const target = this.draw(rng, ATTACKED_MIX, [actor.id]);
        return { type, stage: null, roles: { actor: actor.id, target: target.id } };
      }
      case 'sanction': {
        const actor = this.draw(rng, AUTHORITY_MIX);
        const target = focal ? (chance(rng, 0.5) ? focalS : focalR) : this.draw(rng, SANCTIONED_MIX);
        const t = target.id === actor.id ? this.draw(rng, SANCTIONED_MIX, [actor.id]) : target;
        return {
          type,
          stage: chance(rng, 0.8) ? 'imposition' : 'lifting',
          roles: { actor: actor.id, target: t.id },
        };
      }
      case 'ties': {
        const a = focal ? focalR : this.draw(rng, PARTY_MIX);
        const parties = [a.id, this.draw(rng, PARTY_MIX, [a.id]).id];
        if (chance(rng, 0.1)) parties.push(this.draw(rng, PARTY_MIX, parties).id);
        return { type, stage: null, roles: { parties } };
      }
    }
  }

  private items(rng: Rng, b: TextBuilder, max: number): ClaimItem[] {
    const n = chance(rng, 0.75) ? 1 : max;
    const items: ClaimItem[] = [];
    const seen = new Set<string>();
    for (let k = 0; k < n; k++) {
      const w = this.weaponZipf.draw(rng);
      if (seen.has(w.id)) continue;
      seen.add(w.id);
      if (k > 0) b.add(' and ');
      let quantity: ClaimAmount | undefined;
      if (chance(rng, 0.4)) {
        const q = chance(rng, 0.5) ? int(rng, 2, 60) : int(rng, 61, 5000);
        const qText = q.toLocaleString('en');
        const start = b.text.length;
        b.add(`${qText} `);
        quantity = { text: qText, min: q, max: q, unit: 'items' };
        b.amounts.push({
          start,
          end: start + qText.length,
          text: qText,
          measure: 'quantity',
          min: q,
          max: q,
          unit: 'items',
          extractor: 'amount:count',
        });
      }
      const text = pick(rng, w.variants);
      b.name(w, text);
      items.push({
        text,
        category: w.category as ItemCategory,
        designation: w.designation ?? null,
        ...(quantity ? { quantity } : {}),
      });
    }
    return items;
  }

  /** A source of the kind drawn; its words are written by the caller at `write`. */
  private source(rng: Rng): { source: ClaimSource; write: (b: TextBuilder) => void } {
    const kind = weighted<SourceKind>(rng, [
      ['media', 0.25],
      ['government', 0.25],
      ['officials_unnamed', 0.2],
      ['military', 0.1],
      ['investigators', 0.08],
      ['organization', 0.07],
      ['person', 0.05],
    ]);
    switch (kind) {
      case 'media': {
        const o = this.outletEntityZipf.draw(rng);
        return { source: { text: o.name, kind, entity: o.id }, write: (b) => b.name(o) };
      }
      case 'government': {
        const g = this.pools.gov.draw(rng);
        return { source: { text: g.name, kind, entity: g.id }, write: (b) => b.name(g) };
      }
      case 'military': {
        const s = this.pools.state.draw(rng);
        const text = `the ${s.name} military`;
        return { source: { text, kind }, write: (b) => b.add(text) };
      }
      case 'organization': {
        const o = pick(rng, this.universe.organizations);
        return { source: { text: o.variants[0] as string, kind, entity: o.id }, write: (b) => b.name(o) };
      }
      case 'person': {
        const text = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
        return { source: { text, kind }, write: (b) => b.add(text) };
      }
      default: {
        const text = pick(rng, kind === 'investigators' ? INVESTIGATORS : UNNAMED);
        return { source: { text, kind }, write: (b) => b.add(text) };
      }
    }
  }

  /** The claim's sentence (its evidence), with modality wording, sources, items and time. */
  private writeClaim(rng: Rng, b: TextBuilder, draft: Draft, claimId: string, publishedMs: number): Claim {
    const modality = weighted(rng, MODALITY_MIX);
    const sourceCount =
      modality === 'asserted'
        ? chance(rng, 0.4)
          ? 1
          : 0
        : modality === 'reported'
          ? chance(rng, 0.3)
            ? 2
            : 1
          : modality === 'intended' || modality === 'conditional'
            ? chance(rng, 0.5)
              ? 1
              : 0
            : 1;
    const sources = Array.from({ length: sourceCount }, () => this.source(rng));
    const start = b.text.length;
    const [lead, ...rest] = sources;
    let closing = '';
    switch (modality) {
      case 'reported':
        if (lead && chance(rng, 0.5)) {
          b.add('According to ');
          lead.write(b);
          b.add(', ');
        } else if (lead) rest.unshift(lead);
        closing = 'said';
        break;
      case 'alleged':
      case 'confirmed':
      case 'denied':
        if (lead) {
          lead.write(b);
          b.add(
            modality === 'alleged'
              ? ` ${pick(rng, ['alleged', 'claimed', 'accused'])} that `
              : modality === 'confirmed'
                ? ` ${pick(rng, ['confirmed', 'acknowledged', 'verified'])} that `
                : ` ${pick(rng, ['denied reports', 'rejected claims', 'dismissed allegations'])} that `,
          );
        }
        break;
      case 'intended':
        b.add(
          `${pick(rng, ['Under plans drawn up', 'As intended', 'If plans go ahead', 'In a planned move'])}, `,
        );
        break;
      case 'conditional':
        b.add(
          `${pick(rng, ['If the talks succeed', 'Should funding be approved', 'Once the ban expires'])}, `,
        );
        break;
      default:
        if (lead) rest.unshift(lead);
    }
    const claim: Claim = {
      id: claimId,
      type: draft.type,
      stage: draft.stage,
      ...draft.roles,
      modality,
      sources: sources.map((s) => s.source),
      evidence: [],
    };
    const r = draft.roles;
    const name = (id: string) => {
      if (id.startsWith('anon:'))
        b.described(id, pick(rng, ['a trading company', 'a front company']), 'company');
      else b.name(this.byId(id));
    };
    let items: ClaimItem[] = [];
    switch (draft.type) {
      case 'arms_transfer': {
        const S = r.supplier as string;
        const R = r.recipient as string;
        switch (draft.stage) {
          case 'negotiation':
            name(S);
            b.add(
              ` ${pick(rng, ['is in talks with', 'has opened negotiations with', 'has been negotiating with', 'is discussing a deal with'])} `,
            );
            name(R);
            b.add(` ${pick(rng, ['over', 'on the purchase of', 'for', 'about'])} `);
            items = this.items(rng, b, 2);
            break;
          case 'agreement':
            name(S);
            b.add(
              ` ${pick(rng, ['signed a contract', 'agreed', 'concluded a deal', 'reached an agreement'])} to ${pick(rng, ['supply', 'sell', 'provide', 'deliver'])} `,
            );
            items = this.items(rng, b, 2);
            b.add(' to ');
            name(R);
            if (chance(rng, 0.3)) {
              const amount = chance(rng, 0.5) ? int(rng, 12, 950) : int(rng, 1, 9);
              const millions = amount >= 12;
              const text = `$${amount} ${millions ? 'million' : 'billion'}`;
              const v = amount * (millions ? 1e6 : 1e9);
              b.add(' worth ');
              const at = b.text.length;
              b.add(text);
              claim.value = { text, min: v, max: v, unit: 'USD' };
              b.amounts.push({
                start: at,
                end: at + text.length,
                text,
                measure: 'money',
                min: v,
                max: v,
                unit: 'USD',
                extractor: 'amount:money',
              });
            }
            break;
          case 'payment':
            name(R);
            b.add(
              ` ${pick(rng, ['paid', 'made a down payment to', 'transferred an advance to', 'settled an instalment with'])} `,
            );
            name(S);
            b.add(' for ');
            items = this.items(rng, b, 2);
            break;
          case 'interdiction':
            name(r.interdicted_by as string);
            b.add(
              ` ${pick(rng, ['intercepted', 'seized', 'stopped', 'impounded'])} a ${pick(rng, ['shipment', 'consignment', 'cargo', 'convoy'])} of `,
            );
            items = this.items(rng, b, 2);
            b.add(' sent by ');
            name(S);
            b.add(' to ');
            name(R);
            break;
          case 'cancellation':
            name(S);
            b.add(
              ` ${pick(rng, ['cancelled', 'called off', 'suspended', 'froze'])} the ${pick(rng, ['sale', 'transfer', 'export', 'delivery'])} of `,
            );
            items = this.items(rng, b, 2);
            b.add(' to ');
            name(R);
            break;
          case 'delivery':
            name(S);
            b.add(
              ` ${pick(rng, ['delivered', 'shipped', 'handed over', 'supplied', 'transferred', 'sent'])} `,
            );
            items = this.items(rng, b, 2);
            b.add(' to ');
            name(R);
            break;
          default:
            name(S);
            b.add(
              ` ${pick(rng, ['has long armed', 'keeps supplying', 'has been arming', 'is a key arms supplier to'])} `,
            );
            name(R);
            b.add(' with ');
            items = this.items(rng, b, 2);
        }
        for (const c of r.intermediaries ?? []) {
          b.add(` ${pick(rng, ['through', 'via', 'with the help of', 'using'])} `);
          name(c);
        }
        for (const e of r.end_users ?? []) {
          b.add(`, ${pick(rng, ['destined for', 'ultimately for', 'to be passed on to'])} `);
          name(e);
        }
        break;
      }
      case 'arms_seizure':
        name(r.seizer as string);
        b.add(` ${pick(rng, ['seized', 'confiscated', 'captured', 'found'])} `);
        items = this.items(rng, b, 2);
        if (r.supplier) {
          b.add(` ${pick(rng, ['sent by', 'supplied by', 'traced to'])} `);
          name(r.supplier);
        }
        if (r.recipient) {
          b.add(` ${pick(rng, ['bound for', 'meant for', 'on its way to'])} `);
          name(r.recipient);
        }
        break;
      case 'attack':
        name(r.actor as string);
        b.add(
          ` ${pick(rng, ['attacked', 'struck', 'shelled', 'raided', 'launched a strike on', 'ambushed'])} `,
        );
        name(r.target as string);
        if (chance(rng, 0.5)) {
          b.add(` ${pick(rng, ['with', 'using', 'firing'])} `);
          items = this.items(rng, b, 1);
        }
        break;
      case 'sanction':
        name(r.actor as string);
        b.add(
          draft.stage === 'lifting'
            ? ` ${pick(rng, ['lifted sanctions on', 'eased restrictions on', 'ended the embargo on'])} `
            : ` ${pick(rng, ['imposed sanctions on', 'sanctioned', 'blacklisted', 'placed an arms embargo on'])} `,
        );
        name(r.target as string);
        break;
      case 'ties': {
        const [p, q, third] = r.parties as string[];
        name(p as string);
        if (third) {
          b.add(', ');
          name(q as string);
          b.add(' and ');
          name(third);
          b.add(` ${pick(rng, ['are linked', 'form an alliance', 'have coordinated closely'])}`);
        } else {
          b.add(
            ` ${pick(rng, ['has close ties to', 'is backed by', 'is allied with', 'cooperates closely with', 'maintains links with'])} `,
          );
          name(q as string);
        }
        break;
      }
    }
    if (items.length > 0) claim.items = items;
    if ((draft.type === 'attack' || draft.type === 'arms_seizure') && chance(rng, 0.4)) {
      const place = this.placeZipf.draw(rng);
      b.add(` ${pick(rng, ['near', 'in', 'outside'])} `);
      b.name(place);
      claim.where = place.id;
    }
    claim.when = this.when(rng, b, publishedMs);
    if (closing) {
      if (rest.length > 0) {
        b.add(', ');
        rest.forEach((s, k) => {
          if (k > 0) b.add(' and ');
          s.write(b);
        });
        b.add(` ${closing}`);
      }
    } else if (modality === 'asserted' && rest.length > 0) {
      b.add(', ');
      (rest[0] as (typeof rest)[number]).write(b);
      b.add(' said');
    }
    b.add('.');
    const end = b.text.length;
    // Sentences start with a capital: the first word may be a lower-case word of a wrapper.
    if (/[a-z]/.test(b.text.charAt(start))) b.text = b.text.slice(0, start) + capitalize(b.text.slice(start));
    claim.evidence.push({ start, end, text: b.text.slice(start, end) });
    b.add(' ');
    // Some claims rest on a second sentence as well, naming the parties again.
    if (chance(rng, 0.2)) {
      const at = b.text.length;
      const ids = [r.supplier ?? r.actor ?? r.seizer ?? r.parties?.[0]].filter(
        (x): x is string => !!x && !x.startsWith('anon:'),
      );
      b.add(
        `${pick(rng, ['The move', 'The deal', 'The episode', 'The report'])} ${pick(rng, ['involving', 'concerning', 'naming'])} `,
      );
      for (const id of ids) name(id);
      b.add(
        ` ${pick(rng, VERBS_PAST)} ${pick(rng, ['concerns', 'questions', 'tensions', 'criticism'])} in ${pick(rng, NOUNS)} circles.`,
      );
      claim.evidence.push({ start: at, end: b.text.length, text: b.text.slice(at) });
      b.add(' ');
    }
    claim.confidence = Math.round((0.4 + rng() * 0.55) * 100) / 100;
    return claim;
  }

  /** The claim's time: dated on ≈ 60 % of claims (a day, month, year or span near the publication). */
  private when(rng: Rng, b: TextBuilder, publishedMs: number): Claim['when'] {
    const r = rng();
    if (r < 0.6) {
      const kind = weighted(rng, [
        ['day', 0.5],
        ['month', 0.3],
        ['year', 0.17],
        ['span', 0.03],
      ] as const);
      const event = new Date(publishedMs - int(rng, 0, kind === 'day' ? 60 : 200) * DAY);
      const y = event.getUTCFullYear();
      const m = event.getUTCMonth();
      let text: string;
      let start: string;
      let end: string;
      if (kind === 'day') {
        text = chance(rng, 0.5)
          ? `${MONTHS[m]} ${event.getUTCDate()}, ${y}`
          : `${event.getUTCDate()} ${MONTHS[m]} ${y}`;
        start = end = isoDay(event.getTime());
        b.add(' on ');
      } else if (kind === 'month') {
        text = `${MONTHS[m]} ${y}`;
        start = `${y}-${pad(m + 1)}-01`;
        end = isoDay(Date.UTC(y, m + 1, 0));
        b.add(' in ');
      } else if (kind === 'year') {
        const year = chance(rng, 0.7) ? y : y - 1;
        text = String(year);
        start = `${year}-01-01`;
        end = `${year}-12-31`;
        b.add(' in ');
      } else {
        const from = y - int(rng, 1, 3);
        text = `between ${from} and ${y}`;
        start = `${from}-01-01`;
        end = `${y}-12-31`;
        b.add(' ');
      }
      const at = b.text.length;
      b.time(text, { start, end });
      return { text: b.text.slice(at), start, end };
    }
    if (r < 0.85) {
      const day = isoDay(publishedMs);
      return { text: '', start: day, end: day, basis: 'published' };
    }
    return null;
  }

  /** A sentence of background: many words drawn at random, so unrelated articles share few shingles. */
  private filler(rng: Rng, b: TextBuilder): void {
    const person = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
    const place = pick(rng, this.universe.places);
    switch (int(rng, 0, 4)) {
      case 0:
        b.add(
          `${person}, a ${pick(rng, ADJECTIVES)} ${pick(rng, ROLES)} at the ${properWord(rng)} ${pick(rng, INSTITUTES)}, said the ${pick(rng, NOUNS)} ${pick(rng, VERBS_PAST)} ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} plans near `,
        );
        b.name(place);
        b.add('. ');
        break;
      case 1:
        b.add(
          `The ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} comes ${int(rng, 2, 11)} ${pick(rng, ['days', 'weeks', 'months'])} after a ${pick(rng, NOUNS)} in `,
        );
        b.name(place);
        b.add(
          ` ${pick(rng, VERBS_PAST)} ${int(rng, 3, 900)} ${pick(rng, NOUNS)} ${pick(rng, ['permits', 'contracts', 'licences', 'flights', 'crossings'])}. `,
        );
        break;
      case 2:
        b.add(
          `Officials in ${properWord(rng)} ${pick(rng, VERBS_PAST)} the ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, ['on', 'late on', 'early on'])} ${pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])}, ${pick(rng, ['citing', 'after', 'amid'])} ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, ['costs', 'delays', 'protests', 'losses', 'shortages'])}. `,
        );
        break;
      case 3:
        b.add(
          `Some ${int(rng, 12, 4000).toLocaleString('en')} ${pick(rng, ['troops', 'residents', 'workers', 'refugees', 'contractors'])} ${pick(rng, ['remain', 'were stationed', 'are waiting', 'have gathered'])} ${int(rng, 5, 400)} km ${pick(rng, ['north', 'south', 'east', 'west'])} of `,
        );
        b.name(place);
        b.add(`, ${pick(rng, ['according to', 'said', 'wrote'])} ${person}. `);
        break;
      default:
        b.add(
          `${capitalize(pick(rng, ADJECTIVES))} ${pick(rng, NOUNS)} ${pick(rng, ['figures', 'records', 'images', 'documents'])} ${pick(rng, VERBS_PAST)} by ${person} ${pick(rng, ['show', 'suggest', 'indicate'])} a ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, ['since', 'before', 'after'])} ${int(rng, 1990, 2025)}. `,
        );
    }
  }

  private title(rng: Rng, claim: Claim): string {
    const n = (id: string | undefined) =>
      id && !id.startsWith('anon:') ? this.byId(id).name : 'unnamed broker';
    const item = claim.items?.[0]?.text ?? 'weapons';
    switch (claim.type) {
      case 'arms_transfer':
        return `${n(claim.supplier)} ${pick(rng, ['to supply', 'sends', 'and', 'arms deal:'])} ${item} ${pick(rng, ['to', 'for', 'with'])} ${n(claim.recipient)}`;
      case 'arms_seizure':
        return `${n(claim.seizer)} ${pick(rng, ['seizes', 'intercepts', 'finds'])} ${item}`;
      case 'attack':
        return `${n(claim.actor)} ${pick(rng, ['strikes', 'attacks', 'hits'])} ${n(claim.target)}`;
      case 'sanction':
        return `${n(claim.actor)} ${claim.stage === 'lifting' ? 'lifts sanctions on' : 'sanctions'} ${n(claim.target)}`;
      default:
        return `${n(claim.parties?.[0])} ${pick(rng, ['and', 'ties with', 'linked to'])} ${n(claim.parties?.[1])}`;
    }
  }
}
