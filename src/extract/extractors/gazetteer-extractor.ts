import { mentionOf } from '../entity-mention.js';
import type { EntityType } from '../gazetteer/entry.js';
import type { AliasValue, Gazetteer } from '../gazetteer/gazetteer.js';
import { type MatchToken, tokenizeForMatch } from '../gazetteer/match-tokens.js';
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

const typeRank = (v: AliasValue) => TYPE_PRIORITY.indexOf(v.entry.type);

/**
 * Finds gazetteer names in each sentence: the longest alias at each position, capitalization as the alias
 * writes it (except in all-caps headlines), ambiguous aliases only where the sentence supports them.
 */
export function createGazetteerExtractor(gazetteer: Gazetteer): Extractor {
  return {
    id: 'gazetteer',
    extract(ctx, doc) {
      const found = doc.sentences.flatMap((sentence) => {
        const tokens = tokenizeForMatch(doc.text, sentence.start, sentence.end);
        return gazetteer.trie
          .match(tokens, () => sentence.allCaps)
          .map((match) => ({ sentence, tokens, match }));
      });
      // One sense per discourse: an ambiguous alias ("IS") is accepted when the article also names the
      // entity unambiguously ("Islamic State") somewhere.
      const named = new Set(
        found.flatMap(({ match }) =>
          match.patterns.filter((p) => !p.value.ambiguous).map((p) => p.value.entry.id),
        ),
      );
      const mentions: Mention[] = [];
      for (const { sentence, tokens, match } of found) {
        const span = {
          start: (tokens[match.from] as MatchToken).start,
          end: (tokens[match.to - 1] as MatchToken).end,
        };
        const candidates = match.patterns
          .map((p) => p.value)
          .filter(
            (v) =>
              !v.ambiguous ||
              named.has(v.entry.id) ||
              supportsAmbiguous(v, doc, sentence, tokens, match.from, match.to),
          );
        if (candidates.length === 0) {
          ctx.debug(
            () => `gazetteer: ambiguous "${doc.text.slice(span.start, span.end)}" without context, skipped`,
          );
          continue;
        }
        const best = candidates.reduce((a, b) =>
          typeRank(b) < typeRank(a) || (a.ambiguous && !b.ambiguous) ? b : a,
        );
        mentions.push(
          mentionOf(doc, span, best.entry, 'gazetteer', best.kind === 'demonym' ? 'demonym' : 'gazetteer'),
        );
      }
      return mentions;
    },
  };
}

/** Context that makes an ambiguous outlet or weapon word mean the outlet or the weapon; other types need discourse. */
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
  return false;
}
