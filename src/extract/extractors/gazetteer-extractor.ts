import { mentionOf } from '../entity-mention.js';
import type { EntityType, GazetteerEntry } from '../gazetteer/entry.js';
import type { AliasValue, Gazetteer } from '../gazetteer/gazetteer.js';
import type { MatchToken } from '../gazetteer/match-tokens.js';
import type { ArticleDoc, Extractor, Mention, Sentence } from '../types.js';

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
      const mentions: Mention[] = [];
      for (const m of found) {
        const sentence = doc.sentences[m.sentence] as Sentence;
        const candidates = m.values.filter(
          (v) =>
            (!v.ambiguous && !isBareDesignation(v, m.to - m.from)) ||
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
