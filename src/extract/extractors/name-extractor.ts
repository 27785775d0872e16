import { MONTH_NAMES, WEEKDAY_NAMES } from '../../core/calendar.js';
import { slugify } from '../entity-mention.js';
import { type EntityType, ID_PREFIX } from '../gazetteer/entry.js';
import { nth } from '../nth.js';
import type { ArticleDoc, EntityMention, Extractor, Token } from '../types.js';
import { wordTable } from '../word-table.js';
import { isNamePart } from './person-names.js';

/*
 * Names the gazetteer does not know: runs of capitalized proper-noun tokens, typed by what surrounds them.
 * A title before ("Mr", "Gen.", "President") makes a person, a legal suffix ("Inc", "Ltd", "Corp") a company,
 * a place word ("Kibbutz", "Province", "Airport") a location, an institution word ("Ministry", "Council") an
 * organization; a run followed by a speech verb ("John Poindexter said") is a person. Untyped runs are left
 * out: a wrong type is worse than no entity. The gazetteer wins where both find a name (overlap refiner).
 */

export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'general',
  'col',
  'colonel',
  'lt',
  'lieutenant',
  'maj',
  'major',
  'capt',
  'captain',
  'adm',
  'admiral',
  'sgt',
  'sergeant',
  'cmdr',
  'commander',
  'brig',
  'brigadier',
  'president',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'gov',
  'governor',
  'king',
  'queen',
  'prince',
  'sheikh',
  'emir',
  'ayatollah',
  'chairman',
  'chief',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'judge',
  'prosecutor',
  'director',
  'adviser',
  'advisor',
  'premier',
  'mullah',
  'imam',
  'pope',
  'sir',
  'lord',
  'dame',
]);
// Words of a role that can follow its title: "Chief of Staff", "Secretary of State", "Minister for Defence".
const ROLE_WORDS = new Set([
  'staff',
  'state',
  'defence',
  'defense',
  'foreign',
  'affairs',
  'interior',
  'justice',
  'war',
]);
const COMPANY_SUFFIXES = new Set([
  'inc',
  'corp',
  'corporation',
  'co',
  'ltd',
  'llc',
  'gmbh',
  'ag',
  'sa',
  'plc',
  'group',
  'industries',
  'holdings',
  'trading',
  'company',
  'systems',
  'technologies',
  'aerospace',
  'dynamics',
  'electronics',
  'shipping',
  'airlines',
  'airways',
  'enterprises',
  'limited',
  'bv',
  'nv',
  'spa',
  'srl',
  'jsc',
  'ojsc',
  'pjsc',
]);
export const LOCATION_HEADS: ReadonlySet<string> = new Set([
  'kibbutz',
  'camp',
  'port',
  'mount',
  'lake',
  'fort',
  'cape',
  'gulf',
  'bay',
  'village',
  'moshav',
  'wadi',
  'jebel',
  'jabal',
  'ras',
  'tel',
  'sheikh',
]);
export const LOCATION_TAILS: ReadonlySet<string> = new Set([
  'province',
  'district',
  'airport',
  'base',
  'valley',
  'island',
  'islands',
  'bay',
  'river',
  'strait',
  'sea',
  'desert',
  'mountains',
  'crossing',
  'region',
  'county',
  'city',
  'governorate',
  'oblast',
  'airbase',
  'harbour',
  'harbor',
  'port',
  'peninsula',
  'camp',
  'refinery',
  'square',
  'street',
]);
const ORGANIZATION_WORDS = wordTable<EntityType>({
  ministry: 'government_body',
  committee: 'government_body',
  council: 'organization',
  party: 'organization',
  movement: 'organization',
  organization: 'organization',
  organisation: 'organization',
  agency: 'government_body',
  union: 'organization',
  institute: 'organization',
  commission: 'government_body',
  department: 'government_body',
  office: 'government_body',
  bureau: 'government_body',
  authority: 'government_body',
  association: 'organization',
  foundation: 'organization',
  court: 'government_body',
  parliament: 'government_body',
  brigade: 'armed_group',
  brigades: 'armed_group',
  battalion: 'military_unit',
  regiment: 'military_unit',
  division: 'military_unit',
  corps: 'military_unit',
  command: 'military_unit',
  army: 'military_unit',
  navy: 'military_unit',
  forces: 'military_unit',
  guard: 'military_unit',
  police: 'government_body',
  front: 'armed_group',
  militia: 'armed_group',
  university: 'organization',
});
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'declared',
  'announced',
  'wrote',
  'warned',
  'insisted',
  'denied',
  'confirmed',
]);
// Capitalized words that start sentences or label things without naming anyone.
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'if',
  'when',
  'while',
  'after',
  'before',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'its',
  'our',
  'following',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'read',
  'more',
]);
const CONNECTORS = new Set([
  'of',
  'de',
  'al',
  'el',
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'du',
  'la',
  'le',
  'for',
  '&',
  'and',
]);

/** The Arabic article as names spell it before a hyphen ("al-Assad", "ash-Sharaa", "el-Sisi"). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ag', 'an', 'ar', 'as', 'ash', 'at', 'az']);
/** Particles inside people's names that never open an ordinary phrase. */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben']);
/** First words of Arabic names of groups and institutions ("Jabhat al-Nusra", "Ansar al-Sharia"). */
const ARABIC_BODY_WORDS = new Set([
  'jabhat',
  'jabhet',
  'ansar',
  'harakat',
  'jaish',
  'jaysh',
  'liwa',
  'kataib',
  "kata'ib",
  'saraya',
  'hizb',
  'hezb',
  'tahrir',
  'majlis',
  'dar',
  'bayt',
  'beit',
  'jamaat',
  'jamaah',
  'ahrar',
  'faylaq',
  'firqat',
  'tanzim',
  'asaib',
  "asa'ib",
  'ahl',
  'jund',
  'junud',
  'ansarullah',
  'wilayat',
  'masjid',
  'jami',
  'madrasa',
  'sheikh',
]);

/**
 * "Bashar al-Assad", "Abu Musab al-Zarqawi", "Osama bin Laden": an Arabic name — a given name or a kunya
 * before a hyphenated article or a "bin" — is a person's, unless it opens like a group's or a place's.
 */
function isArabicPersonName(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const words = tokens.map((t) => t.lower);
  if (ARABIC_BODY_WORDS.has(words[0] as string)) return false;
  const hyphenated = words.some((w, k) => ARABIC_ARTICLES.has(w) && tokens[k + 1]?.text === '-' && k > 0);
  const particle = words.some((w, k) => NAME_PARTICLES.has(w) && k > 0 && k < words.length - 1);
  const kunya = words[0] === 'abu' || words[0] === 'umm';
  return hyphenated || particle || (kunya && tokens.length >= 2);
}

const UPPER_START = /^\p{Lu}/u;
// Runs for every token: an ASCII first letter is answered by its code, anything else by the regex.
const isCapitalized = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(t.text);
};
const isNameToken = (t: Token) =>
  isCapitalized(t) &&
  (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') &&
  !NOT_NAMES.has(t.lower);
/** The lower-case word without a trailing full stop ("gen." → "gen"). */
const bare = (t: Token | undefined) =>
  t === undefined ? '' : t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;

interface Run {
  from: number;
  to: number;
}

function nameRuns(doc: ArticleDoc, first: number, end: number): Run[] {
  const runs: Run[] = [];
  let i = first;
  while (i < end) {
    const token = doc.tokens[i] as Token;
    if (!isNameToken(token)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = doc.tokens[j];
      if (j < end && next && isNameToken(next) && next.start - (doc.tokens[j - 1] as Token).end <= 1) {
        j++;
        continue;
      }
      // "Bank of America", "Kim Jong-un": a connector or hyphen between two name tokens.
      const after = doc.tokens[j + 1];
      // "Bashar al-Assad", "Abu Musab al-Zarqawi": an Arabic article joined by a hyphen to the next name.
      if (
        j + 2 < end &&
        next &&
        ARABIC_ARTICLES.has(next.lower) &&
        after?.text === '-' &&
        next.end === after.start &&
        isNameToken(doc.tokens[j + 2] as Token)
      ) {
        j += 3;
        continue;
      }
      // Not from a lone sentence-initial word, capitalized anyway: "Shares of Marlow Ltd fell" — though
      // "Osama bin Laden" may open a sentence.
      const lone = j === i + 1 && i === first && !(next && NAME_PARTICLES.has(next.lower));
      if (
        !lone &&
        j + 1 < end &&
        next &&
        after &&
        (CONNECTORS.has(next.lower) || next.text === '-') &&
        isNameToken(after) &&
        !(next.lower === 'and')
      ) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

interface TypedName {
  readonly type: EntityType;
  /** First token of the name proper: titles before it are not part of it ("Defense Secretary Caspar Weinberger"). */
  readonly from: number;
}

function typeOf(doc: ArticleDoc, run: Run): TypedName | null {
  const tokens = doc.tokens.slice(run.from, run.to);
  const words = tokens.map(bare);
  const firstWord = words[0] as string;
  const lastWord = words[words.length - 1] as string;
  const before = bare(nth(doc.tokens, run.from - 1));
  const after = doc.tokens[run.to];
  // A title inside the run ends the roles before the name: everything after the last title is the person.
  let lastTitle = -1;
  words.forEach((w, k) => {
    if (PERSON_TITLES.has(w)) lastTitle = k;
  });
  // "Chief of Staff Donald Regan": connectors and role words after the title are not the name either.
  let nameStart = lastTitle + 1;
  while (
    nameStart < tokens.length - 1 &&
    (CONNECTORS.has(words[nameStart] as string) || ROLE_WORDS.has(words[nameStart] as string))
  )
    nameStart++;
  if (lastTitle >= 0 && nameStart < tokens.length) return { type: 'person', from: run.from + nameStart };
  if (lastTitle === tokens.length - 1) return null; // only titles: "President", "Defense Secretary"
  if (COMPANY_SUFFIXES.has(lastWord) && tokens.length > 1) return { type: 'company', from: run.from };
  // "Textron Inc <TXT>", "Toshiba Corp <TSBA.T>": a ticker after a name marks a listed company. It can only
  // begin with the next token's first non-space character, so most runs skip the slicing.
  const next = after?.text.trimStart();
  if (after && (next === '' || next?.startsWith('<'))) {
    const ticker = doc.text.slice(after.start, (doc.tokens[run.to + 2] ?? after).end).replace(/\s/g, '');
    if (/^<[A-Z.]+>$/.test(ticker)) return { type: 'company', from: run.from };
  }
  if (LOCATION_HEADS.has(firstWord) && tokens.length > 1) return { type: 'location', from: run.from };
  if (LOCATION_TAILS.has(lastWord) && tokens.length > 1) return { type: 'location', from: run.from };
  for (const w of words) {
    const org = ORGANIZATION_WORDS.get(w);
    if (org) return { type: org, from: run.from };
  }
  if (PERSON_TITLES.has(before)) return { type: 'person', from: run.from };
  if (isArabicPersonName(tokens)) return { type: 'person', from: run.from };
  // An appositive after a title: "Foreign Office Minister, Tobias Ellwood, said".
  if (before === ',' && PERSON_TITLES.has(bare(nth(doc.tokens, run.from - 2))) && tokens.length > 1) {
    return { type: 'person', from: run.from };
  }
  // "John Poindexter said", "Tobias Ellwood, said": two or more proper nouns before a speech verb. One
  // alone ("Avco said") may as well be a company; it is linked below only if it repeats a longer name.
  const verb = after?.text === ',' ? doc.tokens[run.to + 1] : after;
  if (verb && SPEECH_VERBS.has(verb.lower) && tokens.length > 1 && tokens.every((t) => t.pos === 'PROPN')) {
    return { type: 'person', from: run.from };
  }
  // "Boris Johnson", "Ibrahim al-Jaafari": every word a known part of a person's name.
  const names = tokens.filter((t) => t.text !== '-' && !CONNECTORS.has(t.lower));
  if (names.length >= 2 && names.length <= 4 && names.every((t) => isNamePart(t.text))) {
    return { type: 'person', from: run.from };
  }
  return null;
}

interface Found {
  readonly start: number;
  readonly text: string;
  readonly type: EntityType | null;
}

export const nameExtractor: Extractor = {
  id: 'name-pattern',
  extract(ctx, doc) {
    const found: Found[] = [];
    for (const sentence of doc.sentences) {
      if (sentence.allCaps) continue;
      for (const run of nameRuns(doc, sentence.firstToken, sentence.endToken)) {
        const typed = typeOf(doc, run);
        const from = typed?.from ?? run.from;
        const start = (doc.tokens[from] as Token).start;
        const text = doc.text.slice(start, (doc.tokens[run.to - 1] as Token).end).replace(/[.,]$/, '');
        found.push({ start, text, type: typed?.type ?? null });
      }
    }
    // Within one article a short form repeats a longer name: "Poindexter" after "John Poindexter", "Assad"
    // beside "Bashar al-Assad", "Lake Resources" beside "Lake Resources Inc".
    const typed = found.filter((f) => f.type !== null);
    const longer = (f: Found) =>
      typed.find(
        (t) =>
          t !== f &&
          t.text.length > f.text.length &&
          (t.type === 'person'
            ? t.text.endsWith(` ${f.text}`) || t.text.endsWith(`-${f.text}`) // "Assad" of "Bashar al-Assad"
            : t.text.startsWith(`${f.text} `)),
      );
    const mentions: EntityMention[] = [];
    for (const f of found) {
      const full = longer(f) ?? (f.type ? f : null);
      if (!full?.type) {
        ctx.debug(() => `name-pattern: "${f.text}" has no cue to its type, skipped`);
        continue;
      }
      const entityId = `${ID_PREFIX[full.type]}:${slugify(full.text)}`;
      const mention: { -readonly [K in keyof EntityMention]: EntityMention[K] } = {
        kind: 'entity',
        start: f.start,
        end: f.start + f.text.length,
        text: f.text,
        entityId,
        name: full.text,
        type: full.type,
        country: null,
        extractor: 'name-pattern',
        via: 'name-pattern',
      };
      if (full !== f)
        mention.resolution = { to: entityId, reason: `short form of "${full.text}" in this article` };
      mentions.push(mention);
    }
    return mentions;
  },
};
