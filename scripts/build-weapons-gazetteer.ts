/*
 * Builds data/gazetteer/weapons-sipri.json from SIPRI's trade register (deliveries 1995–2025): one entry per
 * SIPRI designation, plus family entries ("F-16" for F-16A/F-16C/F-16V Viper) where several designations share
 * a family name. Only derived facts are written (designation, category, description, most frequent supplier),
 * never the register itself.
 *
 * Run: npx tsx scripts/build-weapons-gazetteer.ts [path-to-shared]   (default ../shared)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import countries from 'world-countries';

type Category =
  | 'aircraft'
  | 'uav'
  | 'air_defence'
  | 'armoured_vehicles'
  | 'artillery'
  | 'rockets'
  | 'missiles'
  | 'naval'
  | 'sensors'
  | 'small_arms'
  | 'light_weapons'
  | 'ammunition'
  | 'explosives'
  | 'communications'
  | 'weapons_unspecified'
  | 'other';

interface Country {
  name: { common: string; official: string };
  cca3: string;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

interface SipriRow {
  Supplier: string;
  Designation: string;
  Description: string;
  'Armament category': string;
}

interface OutputEntry {
  id: string;
  name: string;
  type: 'weapon';
  designation: true;
  category: Category;
  description: string;
  country: string | null;
  aliases: string[];
  ambiguous?: string[];
  note?: string;
}

const REGISTER = 'data/sipri/trade_register_1995-2025_deliveries.csv';
const OUTPUT = new URL('../data/gazetteer/weapons-sipri.json', import.meta.url);
const GAZETTEER_DIR = new URL('../data/gazetteer/', import.meta.url);
// Generic terms ("MLRS", "rockets") belong to the hand-written file; no designation takes them as aliases.
const GENERIC = new URL('weapons-generic.json', GAZETTEER_DIR);

const DESCRIPTION = [
  'Weapon designations from the SIPRI Arms Transfers Database trade register (deliveries 1995–2025), one entry',
  'per designation as SIPRI writes it, built by scripts/build-weapons-gazetteer.ts. SIPRI markers are cleaned',
  'from names (trailing " -", " --": "AAV-7A1 -" is "AAV-7A1"); SIPRI placeholders that name no system',
  '("aircraft engine 1001-2000", "Air refuel system") are left out.',
  'category from SIPRI armament category and description: Aircraft → uav if the description says UAV/UCAV, else',
  'aircraft; Air defence systems → air_defence; Missiles → air_defence for SAM, portable SAM and ABM missiles,',
  'naval for torpedoes and naval mines, uav for loitering munitions and one-way attack drones, rockets for guided',
  'rockets, ammunition for guided shells, missiles otherwise (anti-tank, anti-ship, air-to-air, air-to-surface,',
  'surface-to-surface and ballistic missiles, guided bombs); Artillery → missiles for coastal defence systems and',
  'surface-to-surface missile launchers (TELs), artillery otherwise (guns, howitzers, mortars and multiple rocket',
  'launchers, MRLs being launchers); Armoured vehicles → armoured_vehicles; Ships, Naval weapons and',
  'Anti-submarine warfare weapons → naval; Sensors → sensors; Engines, Satellites and Other (turrets, air refuel',
  'systems) → other. description: SIPRI description (the most frequent one). country: ISO 3166-1 alpha-3 of the',
  'most frequent supplier state over the register rows for the designation (unknown suppliers, non-state actors,',
  'international organisations and non-ISO historical states such as the Soviet Union count as null), so it is',
  'the main exporter, usually but not always the country of origin.',
  'aliases: the name with hyphens after a word read as spaces ("Scud B"), short codes joined ("F16", "Su30"),',
  'SIPRI\'s -2/-3 as II/III ("Lightning II"), capitals-only words of 5+ letters in title case ("Himars"), the name',
  'without SIPRI qualifiers (calibre, UAV, SAMS, APC, TEL, CDS, Block-n …: "Patriot SAMS" → "Patriot"), and code',
  'and popular name apart ("AGM-114L Hellfire" → "AGM-114L"); an alias several designations would share goes to',
  'their family entry (note "family": "F-16", "AGM-114" with "Hellfire", "Patriot") or, without a family, to the',
  'designation with most register rows when it has 3× the rest, else nowhere. A lone English word becomes an',
  'alias or family name only for the systems the script lists ("Patriot", "Hellfire"; not "Sniper" for the',
  'M-84A4 Sniper tank). Chassis and turrets lend no names. ambiguous lists the name and',
  'aliases that need context: common English words (wink-eng-lite-web-model lexicon, so also multi-word names',
  'like "Storm Shadow"), state, capital and demonym names, names of entries in the other gazetteer files',
  '(places, companies, groups: "Nyala", "Green Pine"), given names and other things\' names kept in the',
  'script, capitals-only codes of up to 3 letters ("RAM", "TOW") and one-letter-one-digit codes ("K-9", "Z9").',
].join(' ');

const SOURCES = [
  'SIPRI Arms Transfers Database (c) SIPRI, https://www.sipri.org/databases/armstransfers, trade register 1995–2025 generated 12 Feb 2026',
  'world-countries 5.1 (npm), ODbL: supplier names to ISO 3166-1 alpha-3; state, capital and demonym names',
  'wink-eng-lite-web-model 1.8 (npm): English lexicon for common-word ambiguity',
  'editorial additions in scripts/build-weapons-gazetteer.ts',
];

// ---------------------------------------------------------------------------------------------------------
// Categories

function categoryOf(armament: string, description: string): Category {
  const d = description.toLowerCase();
  switch (armament) {
    case 'Aircraft':
      return /\b(uav|ucav)\b/.test(d) ? 'uav' : 'aircraft';
    case 'Air-defence systems':
    case 'Air defence systems':
      return 'air_defence';
    case 'Missiles':
      if (/torpedo|naval mine/.test(d)) return 'naval';
      if (/loitering munition|one-way attack drone/.test(d)) return 'uav';
      if (/^(portable )?sam\b|^abm\b/.test(d)) return 'air_defence';
      if (/^guided rocket/.test(d)) return 'rockets';
      if (/^guided shell/.test(d)) return 'ammunition';
      return 'missiles';
    case 'Artillery':
      return /coastal defence|missile launcher/.test(d) ? 'missiles' : 'artillery';
    case 'Armoured vehicles':
      return 'armoured_vehicles';
    case 'Ships':
    case 'Naval weapons':
    case 'Anti-submarine warfare weapons':
      return 'naval';
    case 'Sensors':
      return 'sensors';
    case 'Engines':
    case 'Satellites':
    case 'Other':
      return 'other';
    default:
      // A category SIPRI adds later must be mapped on purpose, not guessed.
      throw new Error(`unmapped SIPRI armament category "${armament}" (${description})`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Suppliers → ISO 3166-1 alpha-3

const ALL_COUNTRIES = countries as unknown as Country[];
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, '-');

// SIPRI spellings world-countries lacks; null for suppliers that are no ISO state.
const SUPPLIER_CODES: Record<string, string | null> = {
  'United States': 'USA',
  'Korea North': 'PRK',
  'Korea South': 'KOR',
  UAE: 'ARE',
  Czechia: 'CZE',
  Turkiye: 'TUR',
  'Viet Nam': 'VNM',
  'DR Congo': 'COD',
  'Bosnia-Herzegovina': 'BIH',
  'Soviet Union': null, // SUN is not an ISO 3166-1 code any more; states.json keeps it as a historical state
  Czechoslovakia: null,
  Yugoslavia: null,
  'East Germany (GDR)': null,
  'unknown supplier(s)': null,
};

const countryIndex = new Map<string, string>();
for (const c of ALL_COUNTRIES) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) countryIndex.set(fold(n), c.cca3);
}

const unmappedSuppliers = new Set<string>();
function supplierCode(supplier: string): string | null {
  if (supplier in SUPPLIER_CODES) return SUPPLIER_CODES[supplier] ?? null;
  if (/\*$/.test(supplier)) return null; // * non-state actor (e.g. "HoR (Libya)*"), ** international organisation
  const code = countryIndex.get(fold(supplier));
  if (code === undefined) unmappedSuppliers.add(supplier);
  return code ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Ambiguity

// wink's lexicon holds English words (not names): a word is common when it is in the lexicon. wink numbers
// the lexicon's words first and gives every new word it meets the next free number, so the number of a
// nonsense word read first is the first number outside the lexicon.
const nlp = winkNLP(model, []);
const lexemeOf = (word: string) => nlp.readDoc(word).tokens().itemAt(0)?.out(nlp.its.uniqueId) ?? -1;
const OUTSIDE_LEXICON = lexemeOf('qzxqvjkwy');
function isEnglishWord(word: string): boolean {
  const doc = nlp.readDoc(word.toLowerCase());
  return doc.tokens().length() === 1 && lexemeOf(word.toLowerCase()) < OUTSIDE_LEXICON;
}

const PLACE_NAMES = new Set<string>();
for (const c of ALL_COUNTRIES) {
  for (const n of [c.name.common, ...c.altSpellings, ...c.capital, c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (n) PLACE_NAMES.add(fold(n));
  }
}

// Names of people, places, peoples, companies and other things in the news that also name a weapon here
// (ships are often named after towns and people), and weapon names the brief singles out as needing context
// though wink does not know them as words (Rafale, Stinger).
const list = (names: string) => names.split(', ');
const OTHER_SENSES = new Set(
  [
    // people and given names
    ...list(
      'Abrams, Amir, Assad, Azmat, Bradley, Caesar, Clemenceau, Collins, Daphne, David, Dhruv, ' +
        'Gabriel, Hamilton, Kaiser, Kidd, Kilic, Knox, Kuroda, Kuznetsov, Gorshkov, La Fayette, Leander, ' +
        'Nansen, Naidu, Perry, Revathi, Rizwan, Rogers, Roland, Simba, Swathi, Talha, Talwar, Titus, ' +
        'Vikram, Vincent, Aditya, Sukanya, Samarth, Fahd',
    ),
    // places
    ...list(
      'Abu Dhabi, Amsterdam, Anchorage, Austin, Balikpapan, Bremen, Cantabria, Ciudad Bolivar, ' +
        'Deer Island, Donghae, Elbrus, Fort Rosalie, Frankenthal, Gaeta, Helsinki, Hobart, Hurst Point, ' +
        'Kashmir, Kodiak, Kunduz, Lida, Lindau, Lueneburg, Milan, Newport, Padma, Pattani, Po Hang, ' +
        'Rhein, Sandown, Tampico, Vastergotland, Wangerooge, Wessex, Westerwald, Bangla, Durance, ' +
        'Edenton, Huron, Diciotti',
    ),
    // peoples, myths, stars, and things named after them
    ...list(
      'Apache, Cherokee, Chinook, Gurkha, Hercules, Hermes, Jupiter, Kronos, Luna, Magar, Mohawk, ' +
        'Orion, Pegasus, Pollux, Castor, Poseidon, Saturn, Seminole, Seneca, Sherpa, Sirius, Artemis, ' +
        'Taurus, Titan',
    ),
    // companies, parties, clubs, words in other languages
    ...list(
      'Fateh, Incat, Indra, Nasr, Patria, Quds, Reliance, Seahawk, Spartak, Swiftships, Universal, ' +
        'Veritas, Comandante, Doorman, Explorer, Colibri, Sokol, Saqr',
    ),
    // weapon names the brief lists as needing context
    ...list('Rafale, Stinger, Mistral, Hellfire, Tornado, Apache Longbow, Skandi Bergen, Adams Challenge'),
  ].map(fold),
);

// Names in the other gazetteer files (places, companies, groups …): "Nyala" the town, "Green Pine" the company.
const OTHER_ENTRY_NAMES = new Set<string>();
for (const file of readdirSync(GAZETTEER_DIR)) {
  if (!file.endsWith('.json') || file.startsWith('weapons-')) continue;
  const { entries } = JSON.parse(readFileSync(new URL(file, GAZETTEER_DIR), 'utf8')) as {
    entries: { name: string; aliases?: string[]; demonyms?: string[] }[];
  };
  for (const e of entries)
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) OTHER_ENTRY_NAMES.add(fold(n));
}

/** Does this name or alias need context before a matcher accepts it? */
function isAmbiguous(alias: string): boolean {
  const f = fold(alias);
  if (!/\p{L}/u.test(alias)) return true; // "53-65": a torpedo or a score
  if (OTHER_SENSES.has(f) || PLACE_NAMES.has(f) || OTHER_ENTRY_NAMES.has(f)) return true;
  // Hawk, Storm Shadow; but not "Mistral SAM" or "Tiger II": a code, acronym or mark beside the word says
  // what it is.
  const words = alias.split(/[\s-]+/).filter((w) => w !== '');
  const plain = (w: string) => /^\p{L}+$/u.test(w) && (words.length === 1 || !/^\p{Lu}{2,}$/u.test(w));
  if (words.every((w) => plain(w) && isEnglishWord(w))) return true;
  if (/^[A-Z]{1,3}$/.test(alias)) return true; // RAM, TOW, ACV: acronyms of many other things
  if (/^[A-Za-z][\s-]?\d$/.test(alias) || /^[A-Z]\d[A-Z]?$/.test(alias)) return true; // K-9, Z9, M1A
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Names and aliases

// Placeholders SIPRI uses where no system is named.
const PLACEHOLDER = /^(aircraft|ship|vehicle) engine\b|^air refuel system$/i;

const cleanName = (raw: string) =>
  raw
    .replace(/\s+not ATDB$/i, '')
    .replace(/(\s+-+)+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

// Trailing words SIPRI adds to tell versions apart; news names the system without them.
const QUALIFIERS = new Set(
  [
    'UAV UCAV SAMS SAM TEL CDS APC IFV ICV MRAP OPV PC AV APV MI TUR GR SH sh ASW AEW SIGINT MP MPA ',
    'EW AGS ISR ISTAR REC FSV ARV AEV AVLB LT LCA ATK LAU FAC MCM COR BOMB AD ADS HMG LGR FIX EN MAL ',
    'FRA ITA AUS CAN UK LAND AIR NAVAL Land Naval chassis CHAS turret radar sonar SP MRL VLS ABL BLR',
  ]
    .join('')
    .split(' '),
);
// A chassis or turret is part of a system, not what news means by the system's name ("K-9 chassis").
const COMPONENT = /\s(chassis|CHAS|turret|TUR)$/;
const QUALIFIER_PATTERN = /^(\d+(\.\d+)?mm|\d+x\d+|Block-\d+|Batch-\d+)$/;

/** The name without SIPRI's trailing qualifiers: "M-109A6 155mm" → "M-109A6", "Patriot SAMS" → "Patriot". */
function coreOf(name: string): string {
  const words = name.split(' ');
  while (words.length > 1) {
    const last = words[words.length - 1] as string;
    if (!QUALIFIERS.has(last) && !QUALIFIER_PATTERN.test(last)) break;
    words.pop();
  }
  return words.join(' ');
}

/** "AGM-114L Hellfire" → code "AGM-114L", popular name "Hellfire"; null when the name is not code + name. */
function splitCode(core: string): { code: string; popular: string } | null {
  const m = /^(\S*\d\S*) ((?:[A-Z][a-z]|[A-Z]{3,}\b)[\s\S]*)$/.exec(core);
  if (!m || !/^[A-Z0-9]/.test(m[1] as string) || !/[A-Za-z]/.test(m[1] as string)) return null;
  return { code: m[1] as string, popular: m[2] as string };
}

// Family names: "F-16" for "F-16C", "Type-209" for "Type-209-1400", "Mi-24" for "Mi-24V" (code families) and
// "Spike" for "Spike-LR", "Hawk" for "Hawk-100", "ASTER" for "ASTER-30" (name families). Capitals of up to
// 4 letters before a number are designation systems, not names ("AGM-114", "APG-68", "TPS-77").
const CODE_FAMILY = /^([A-Z][A-Za-z]{0,3}-\d+|[A-Z][a-z]{2,}-\d+)(?=[A-Za-z]|-\d| |$)/;
const NAME_FAMILY = /^([A-Z][a-z]{2,}(?: [A-Z][a-z]+)?-(?=[A-Z0-9])|[A-Z]{5,}-(?=\d))/;
// Name families that would be a maker's name or a generic word.
const NOT_FAMILIES = new Set(
  [
    'Bell',
    'Beech',
    'Cessna',
    'Saab',
    'Fokker',
    'Gulfstream',
    'Citation',
    'Project',
    'Type',
    'Model',
    'Super',
    'Dash',
    'Jetstream',
    'Falcon',
    'Challenger',
    'Sea King',
    'Fincantieri',
    'Tenix',
    'Shorts',
    'Learjet',
    'Yak',
    'Damen',
    'Austal',
  ].map(fold),
);

function familyKeys(core: string): string[] {
  const keys: string[] = [];
  const code = CODE_FAMILY.exec(core)?.[1];
  if (code && code !== core) keys.push(code);
  const name = NAME_FAMILY.exec(core)?.[1]?.replace(/-$/, '');
  if (name && name !== core && !NOT_FAMILIES.has(fold(name))) keys.push(name);
  return keys;
}

const SHORT_CODE_PREFIX = /^([A-Z]{1,4}|Su|Mi|Ka|Kh|An|Il|Tu|Mk|MiG|Yak)$/;

/** Spellings news uses for a name: "Scud-B" → "Scud B"; "F-16C" → "F 16C", "F16C"; "Tiger-2" → "Tiger II". */
function variantsOf(name: string): string[] {
  const out = new Set<string>();
  // Hyphen after a letter (not between digits) read as a space: "Mirage-2000-5" → "Mirage 2000-5".
  const spaced = name.replace(/(?<=\p{L})-(?=[\p{L}\d])/gu, ' ');
  out.add(spaced);
  // Short code prefix joined to its number: "F-16C" → "F16C", "Bayraktar TB-2" → "Bayraktar TB2".
  out.add(
    name.replace(/(?<![\p{L}\d])([A-Za-z]{1,4})-(?=\d)/gu, (m, p: string) =>
      SHORT_CODE_PREFIX.test(p) ? p : m,
    ),
  );
  // SIPRI writes marks as -2 where the maker writes II: "Lightning-2" → "Lightning II".
  const roman = name.replace(
    /(?<![\p{L}])([A-Z][a-z]{2,})-([23])(?![\w-])/gu,
    (_m, w: string, n: string) => `${w} ${n === '2' ? 'II' : 'III'}`,
  );
  out.add(roman);
  // Capitals-only words read as words are printed in title case by many outlets: "HIMARS" → "Himars".
  const titled = name.replace(/\b[A-Z]{5,}\b/g, (w) =>
    isEnglishWord(w) ? w : w[0] + w.slice(1).toLowerCase(),
  );
  out.add(titled);
  out.add(titled.replace(/(?<=\p{L})-(?=[\p{L}\d])/gu, ' '));
  out.delete(name);
  return [...out];
}

const slugOf = (s: string) =>
  fold(s)
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// News names for systems SIPRI lists under another name.
const EXTRA_ALIASES: Record<string, string[]> = {
  'R-17 Elbrus': ['Scud-B', 'Scud B', 'Scud'],
  'Bayraktar TB-2': ['TB2', 'TB-2', 'Bayraktar TB2'],
  '3M-14E Klub': ['Kalibr', '3M-14'],
  'Shahed-136': ['Geran-2', 'Geran 2'],
  'BM-21 122mm': ['Grad', 'BM-21 Grad'],
  'Storm Shadow': ['SCALP', 'SCALP-EG', 'Scalp'],
  Stinger: ['FIM-92', 'FIM-92 Stinger'],
  'FGM-148 Javelin': ['Javelin'],
  'Mistral SAM': ['Mistral'],
  'MIM-104 PAC-3': ['Patriot PAC-3', 'PAC 3'],
  'MIM-104 PAC-2': ['Patriot PAC-2', 'PAC 2'],
  'S-400 Triumf': ['S-400 Triumph'],
  'RQ-4': ['Global Hawk'],
  'MQ-9 UCAV': ['Reaper', 'MQ-9 Reaper'],
  'Wing Loong-2': ['Wing Loong II'],
  'BM-22 Uragan': ['Uragan'],
};

// ---------------------------------------------------------------------------------------------------------
// Reading the register

interface Designation {
  name: string;
  rows: number;
  core: string;
  categories: Map<Category, number>;
  descriptions: Map<string, number>;
  suppliers: Map<string, number>;
}

const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
/** The most frequent key; ties go to the alphabetically first, so the output is stable. */
const top = <K extends string>(m: Map<K, number>): K | null =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;

function readRegister(sharedDir: string): SipriRow[] {
  const lines = readFileSync(join(sharedDir, REGISTER), 'utf8').split(/\r?\n/);
  // 11 preamble lines, then the header; every line ends in ";".
  const header = lines.findIndex((l) => l.startsWith('SIPRI AT Database ID,'));
  if (header < 0) throw new Error(`${REGISTER}: no header line`);
  const csv = lines
    .slice(header)
    .map((l) => l.replace(/;$/, ''))
    .join('\n');
  return parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as SipriRow[];
}

function collect(rows: SipriRow[]): Map<string, Designation> {
  const byName = new Map<string, Designation>();
  for (const row of rows) {
    const name = cleanName(row.Designation);
    if (name === '' || name === '?' || PLACEHOLDER.test(name)) continue;
    let d = byName.get(name);
    if (!d) {
      d = {
        name,
        rows: 0,
        core: coreOf(name),
        categories: new Map(),
        descriptions: new Map(),
        suppliers: new Map(),
      };
      byName.set(name, d);
    }
    d.rows++;
    bump(d.categories, categoryOf(row['Armament category'].trim(), row.Description.trim()));
    bump(d.descriptions, row.Description.trim());
    const code = supplierCode(row.Supplier.trim());
    if (code) bump(d.suppliers, code);
  }
  return byName;
}

// ---------------------------------------------------------------------------------------------------------
// Entries, families and aliases

interface Owner {
  name: string;
  members: Designation[]; // one for a designation, several for a family
  family: boolean;
  aliases: Set<string>;
  dominantOnly: Set<string>; // aliases won by having most rows: another system's name too
}

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

function mergeCounts<K>(maps: Map<K, number>[]): Map<K, number> {
  const out = new Map<K, number>();
  for (const m of maps) for (const [k, n] of m) bump(out, k, n);
  return out;
}

/** A family is one kind of thing: at least 75% of its members, and of their register rows, in one category. */
function isCoherent(members: Designation[]): boolean {
  const rows = mergeCounts(members.map((d) => d.categories));
  const kinds = mergeCounts(members.map((d) => new Map([[top(d.categories) as Category, 1]])));
  const [category, count] = [...kinds].sort((a, b) => b[1] - a[1])[0] as [Category, number];
  return count >= 0.75 * members.length && (rows.get(category) ?? 0) >= 0.75 * sum(members, (d) => d.rows);
}

// An English word alone names a system only where this list says so, and only a system of that category:
// "Patriot" an air defence system, "Predator" a UAV (not the Predator patrol boat); but "Sniper" (M-84A4
// Sniper), "Island" (Island OPV) or "Standard" (Standard 120mm) are no aliases, and no family names.
const WORD_NAMES: Record<string, Category> = {
  Archer: 'artillery',
  Avenger: 'air_defence',
  BearCat: 'armoured_vehicles',
  Boxer: 'armoured_vehicles',
  Chieftain: 'armoured_vehicles',
  Corsair: 'aircraft',
  Gazelle: 'aircraft',
  Giraffe: 'sensors',
  Griffin: 'missiles',
  Growler: 'aircraft',
  Harpoon: 'missiles',
  Hawk: 'aircraft',
  Hellfire: 'missiles',
  Heron: 'uav',
  Javelin: 'missiles',
  Leopard: 'armoured_vehicles',
  Meteor: 'missiles',
  Mistral: 'air_defence',
  Namer: 'armoured_vehicles',
  Orbiter: 'uav',
  Osprey: 'aircraft',
  Patriot: 'air_defence',
  Piranha: 'armoured_vehicles',
  Predator: 'uav',
  Puma: 'aircraft',
  Rapier: 'air_defence',
  Spike: 'missiles',
  Tomahawk: 'missiles',
  Typhoon: 'aircraft',
  Vena: 'artillery',
};
/** False for a lone English word that WORD_NAMES does not give to this category. */
function mayName(spelling: string, category: Category): boolean {
  if (/[\d\s-]/.test(spelling) || !isEnglishWord(spelling)) return true;
  return WORD_NAMES[spelling] === category;
}
// Capitals after a code that mark a SIPRI version, not a name ("AV-8B PLUS", "NH-90 NFH").
const VERSION_MARKS = new Set(['PLUS', 'HELI', 'ANAM', 'VBCL', 'UEWR', 'MMSR', 'MRTT']);

function readGenericTerms(): Set<string> {
  if (!existsSync(GENERIC)) return new Set();
  const file = JSON.parse(readFileSync(GENERIC, 'utf8')) as {
    entries: { name: string; aliases: string[] }[];
  };
  return new Set(file.entries.flatMap((e) => [e.name, ...e.aliases]).map(fold));
}

function build(designations: Designation[], genericTerms: Set<string>): { owners: Owner[]; log: string[] } {
  const log: string[] = [];
  const names = new Map<string, Owner>(); // fold(name) → owner
  const owners: Owner[] = [];
  const addOwner = (name: string, members: Designation[], family: boolean) => {
    const o: Owner = { name, members, family, aliases: new Set(), dominantOnly: new Set() };
    owners.push(o);
    names.set(fold(name), o);
    return o;
  };
  for (const d of designations) addOwner(d.name, [d], false);

  // 1. Code and name families.
  const familyMembers = new Map<string, { spelling: string; members: Set<Designation> }>();
  const systems = designations.filter((d) => !COMPONENT.test(d.name));
  for (const d of systems) {
    for (const key of familyKeys(d.core)) {
      const f = familyMembers.get(fold(key)) ?? { spelling: key, members: new Set() };
      f.members.add(d);
      familyMembers.set(fold(key), f);
    }
  }
  const familyOf = new Map<Designation, Owner[]>();
  const bySignature = new Map<string, Owner>(); // "Agosta" and "Agosta-90" with the same members: one family
  const candidates = [...familyMembers].sort((a, b) => a[1].spelling.length - b[1].spelling.length);
  for (const [k, f] of candidates) {
    const members = [...f.members];
    if (members.length < 2 || names.has(k)) continue;
    const signature = members.map((d) => d.name).join('\n');
    const same = bySignature.get(signature);
    if (same) {
      same.aliases.add(f.spelling);
      continue;
    }
    if (!isCoherent(members)) {
      log.push(
        `family "${f.spelling}" skipped: members differ in kind (${members.map((d) => d.name).join(', ')})`,
      );
      continue;
    }
    const kind = top(mergeCounts(members.map((d) => d.categories))) as Category;
    if (!mayName(f.spelling, kind)) continue;
    const o = addOwner(f.spelling, members, true);
    bySignature.set(signature, o);
    log.push(
      `family "${f.spelling}": ${members.map((d) => `${d.name} (${top(d.descriptions)})`).join(', ')}`,
    );
    for (const d of members) familyOf.set(d, [...(familyOf.get(d) ?? []), o]);
  }

  // 2. Cores, codes and popular names, each proposed by one or more designations.
  const proposals = new Map<string, { spelling: string; by: Set<Designation> }>();
  const propose = (alias: string, d: Designation) => {
    if (alias.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return;
    const p = proposals.get(fold(alias)) ?? { spelling: alias, by: new Set() };
    p.by.add(d);
    proposals.set(fold(alias), p);
  };
  for (const d of systems) {
    if (d.core !== d.name) propose(d.core, d);
    const split = splitCode(d.core);
    if (split) {
      propose(split.code, d);
      if (!/^[A-Z]{1,3}$/.test(split.popular) && !VERSION_MARKS.has(split.popular)) propose(split.popular, d);
    }
  }
  const ownerOf = (d: Designation) => names.get(fold(d.name)) as Owner;
  for (const [k, p] of proposals) {
    if (names.has(k)) continue; // already some entry's name
    const by = [...p.by].filter((d) => mayName(p.spelling, top(d.categories) as Category));
    if (by.length === 0) continue;
    if (by.length === 1) {
      ownerOf(by[0] as Designation).aliases.add(p.spelling);
      continue;
    }
    const shared = [...(familyOf.get(by[0] as Designation) ?? [])].find((f) =>
      by.every((d) => f.members.includes(d)),
    );
    if (shared) {
      shared.aliases.add(p.spelling);
      // "M-1 Abrams", "AH-64 Apache": a code family's members' shared name after the family code.
      if (/\d/.test(shared.name) && !/\d/.test(p.spelling))
        shared.aliases.add(`${shared.name} ${p.spelling}`);
      continue;
    }
    if (isCoherent(by)) {
      addOwner(p.spelling, by, true);
      log.push(
        `family "${p.spelling}" from a shared name: ${by.map((d) => `${d.name} (${top(d.descriptions)})`).join(', ')}`,
      );
      continue;
    }
    const sorted = by.sort((a, b) => b.rows - a.rows);
    const first = sorted[0] as Designation;
    if (first.rows >= 3 * sum(sorted.slice(1), (d) => d.rows)) {
      ownerOf(first).aliases.add(p.spelling);
      ownerOf(first).dominantOnly.add(p.spelling);
      log.push(
        `"${p.spelling}" given to ${first.name} (${first.rows} rows) over ${sorted
          .slice(1)
          .map((d) => `${d.name} (${d.rows})`)
          .join(', ')}`,
      );
    } else {
      log.push(
        `"${p.spelling}" dropped: names ${sorted.map((d) => `${d.name} (${top(d.categories)})`).join(', ')}`,
      );
    }
  }

  // 3. Hand additions.
  for (const [name, extra] of Object.entries(EXTRA_ALIASES)) {
    const o = names.get(fold(name));
    if (!o) throw new Error(`EXTRA_ALIASES: no entry "${name}"`);
    for (const a of extra) o.aliases.add(a);
  }

  // 4. Spelling variants of every name and alias; then no string may name two entries, except that a
  // spelling of an entry's own name stays with it ("AGM 114 Hellfire", not the AGM-114 family's).
  const ownSpellings = new Map<Owner, Set<string>>();
  for (const o of owners) {
    ownSpellings.set(o, new Set(variantsOf(o.name).map(fold)));
    for (const a of [o.name, ...o.aliases]) for (const v of variantsOf(a)) o.aliases.add(v);
  }
  const claims = new Map<string, Set<Owner>>();
  for (const o of owners) {
    if (genericTerms.has(fold(o.name)))
      log.push(`"${o.name}" is also a generic term in weapons-generic.json`);
    for (const a of o.aliases) {
      const k = fold(a);
      if (genericTerms.has(k)) {
        o.aliases.delete(a);
        log.push(`alias "${a}" of ${o.name} left to weapons-generic.json`);
        continue;
      }
      if (names.has(k) && names.get(k) !== o) {
        o.aliases.delete(a); // another entry's name
        continue;
      }
      claims.set(k, (claims.get(k) ?? new Set<Owner>()).add(o));
    }
  }
  for (const [k, os] of claims) {
    if (os.size < 2) continue;
    const owner = [...os].filter((o) => ownSpellings.get(o)?.has(k));
    const losers = owner.length === 1 ? [...os].filter((o) => o !== owner[0]) : [...os];
    if (owner.length !== 1)
      log.push(`alias "${k}" claimed by ${[...os].map((o) => o.name).join(', ')}: dropped`);
    for (const o of losers) for (const a of [...o.aliases]) if (fold(a) === k) o.aliases.delete(a);
  }
  // The name is matched anyway (a variant of an alias can spell it).
  for (const o of owners) o.aliases.delete(o.name);
  return { owners, log };
}

function toEntry(o: Owner): OutputEntry {
  const categories = mergeCounts(o.members.map((d) => d.categories));
  const descriptions = mergeCounts(o.members.map((d) => d.descriptions));
  const suppliers = mergeCounts(o.members.map((d) => d.suppliers));
  const aliases = [...o.aliases].sort((a, b) => a.localeCompare(b, 'en'));
  const ambiguous = [o.name, ...aliases].filter((a) => isAmbiguous(a) || o.dominantOnly.has(a));
  return {
    id: `weapon:${slugOf(o.name)}`,
    name: o.name,
    type: 'weapon',
    designation: true,
    category: top(categories) as Category,
    description: top(descriptions) as string,
    country: top(suppliers),
    aliases,
    ...(ambiguous.length > 0 ? { ambiguous } : {}),
    ...(o.family ? { note: 'family' } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------

function main(): void {
  const sharedDir = process.argv[2] ?? '../shared';
  const rows = readRegister(sharedDir);
  const designations = [...collect(rows).values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const { owners, log } = build(designations, readGenericTerms());
  const entries = owners.map(toEntry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1] as OutputEntry, entries[i] as OutputEntry];
    if (a.id === b.id) throw new Error(`two entries slug to ${a.id}: "${a.name}" and "${b.name}"`);
  }
  if (unmappedSuppliers.size > 0)
    log.push(`suppliers without ISO code: ${[...unmappedSuppliers].join(', ')}`);

  const file = { version: 1, description: DESCRIPTION, sources: SOURCES, entries };
  writeFileSync(OUTPUT, `${JSON.stringify(file, null, 2)}\n`);
  if (process.env.VERBOSE) for (const line of log) console.error(line);
  const families = entries.filter((e) => e.note === 'family').length;
  console.log(
    `${rows.length} register rows, ${designations.length} designations, ${families} families: ${entries.length} entries → ${OUTPUT.pathname} (${log.length} notes; VERBOSE=1 prints them)`,
  );
}

main();
