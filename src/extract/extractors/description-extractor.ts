import { describedEntity, mentionOf } from '../entity-mention.js';
import type { EntityType } from '../gazetteer/entry.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { nth } from '../nth.js';
import type { ArticleDoc, EntityMention, Extractor, Token } from '../types.js';
import { wordTable } from '../word-table.js';

/*
 * Actors the article describes instead of naming: "a Lebanese-based trading company", "Western security
 * officials", and states named by a description ("the North Korean regime"). Unnamed actors get ids scoped
 * to the article (`anon:<article>:<slug>`): two articles' "trading company" need not be the same firm. A
 * demonym among the modifiers gives the country ("Lebanese-based" → LBN).
 */

const COMPANY_HEADS = wordTable<EntityType>({
  company: 'company',
  companies: 'company',
  firm: 'company',
  firms: 'company',
  corporation: 'company',
  shipper: 'company',
  broker: 'person',
  dealer: 'person',
  trader: 'person',
  middleman: 'person',
  smuggler: 'person',
});
// What makes a described company worth keeping: where it is based, what it trades, what it fronts for.
const COMPANY_MODIFIER =
  /^(?:based|registered|owned|linked|controlled|flagged|trading|shipping|front|shell|arms|weapons|defen[cs]e|logistics|private|security|state|military|export|import|aviation|cargo|freight|mining)$/i;
const MAX_MODIFIERS = 5;
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** "a", "the", or a number ("three Chinese companies"). */
const isDeterminer = (token: Token): boolean => DETERMINERS.has(token.lower) || token.pos === 'NUM';
// Words that end a description going backwards: it never runs across these.
const STOP = new Set([
  'with',
  'of',
  'to',
  'and',
  'or',
  'by',
  'for',
  'in',
  'on',
  'from',
  'at',
  'is',
  'was',
  'are',
  'were',
  'that',
  'which',
  'who',
  'say',
  'says',
  'said',
  'told',
  'according',
  ',',
  '"',
  '“',
  '”',
]);

const OFFICIAL_HEADS = wordTable<EntityType>({
  officials: 'government_body',
  diplomats: 'government_body',
  investigators: 'government_body',
  authorities: 'government_body',
  inspectors: 'government_body',
  prosecutors: 'government_body',
  sources: 'organization',
  analysts: 'organization',
  experts: 'organization',
  officers: 'military_unit',
  commanders: 'military_unit',
  // "Iraqi security forces", "coalition forces", "government troops": armed forces described, not named.
  forces: 'military_unit',
  troops: 'military_unit',
});
const OFFICIAL_MODIFIERS = new Set([
  'senior',
  'top',
  'security',
  'intelligence',
  'government',
  'military',
  'defence',
  'defense',
  'diplomatic',
  'western',
  'foreign',
  'local',
  'regional',
  'unnamed',
  'anonymous',
  'administration',
  'police',
  'border',
  'customs',
  'naval',
  'army',
  'justice',
  'federal',
  'un',
  'u.n.',
  'eu',
  'nato',
  'arab',
  'official',
  'industry',
  'trade',
  'european',
  'independent',
  'pentagon',
  'white',
  'house',
  'state',
  'department',
  'health',
  'humanitarian',
  'ministry',
  'coalition',
  'rebel',
  'opposition',
  'regime',
  'ground',
  'special',
  'armed',
  'allied',
  'peacekeeping',
]);

export function createDescriptionExtractor(gazetteer: Gazetteer): Extractor {
  const stateIn = (doc: ArticleDoc, start: number, end: number) => gazetteer.stateWithin(doc, start, end);

  const anonymous = (
    doc: ArticleDoc,
    start: number,
    end: number,
    type: EntityType,
    extractor: string,
  ): EntityMention =>
    describedEntity(
      doc.id,
      doc.text,
      { start, end },
      type,
      stateIn(doc, start, end)?.country ?? null,
      extractor,
    );

  return {
    id: 'description',
    extract(_ctx, doc) {
      const mentions: EntityMention[] = [];
      for (const sentence of doc.sentences) {
        for (let h = sentence.firstToken; h < sentence.endToken; h++) {
          const head = doc.tokens[h] as Token;
          const companyType = COMPANY_HEADS.get(head.lower);
          if (companyType) {
            // Back from the head over modifiers to a determiner: "a Lebanese - based trading company".
            let i = h - 1;
            while (i >= sentence.firstToken && h - i <= MAX_MODIFIERS) {
              const token = doc.tokens[i] as Token;
              if (isDeterminer(token) || STOP.has(token.lower)) break;
              // A verb ends a description ("the Treasury sanctioned three Chinese companies"), a participle
              // that tells what the company is ("a Lebanese-based", "state-owned") does not.
              if (token.pos === 'VERB' && !COMPANY_MODIFIER.test(token.lower)) break;
              i--;
            }
            const determiner = nth(doc.tokens, i);
            if (i < sentence.firstToken || !determiner || !isDeterminer(determiner) || i === h - 1) continue;
            const modifiers = doc.tokens.slice(i + 1, h);
            const start = (modifiers[0] as Token).start;
            const telling =
              modifiers.some((t) => COMPANY_MODIFIER.test(t.lower)) ||
              stateIn(doc, start, head.start) !== null;
            if (!telling) continue;
            mentions.push(anonymous(doc, start, head.end, companyType, 'description:company'));
            continue;
          }
          const officialType = OFFICIAL_HEADS.get(head.lower);
          // "Forces" capitalised ends a name ("Israel Defense Forces", "Syrian Democratic Forces").
          const namedForces = /^(?:forces|troops)$/.test(head.lower) && head.text !== head.lower;
          if (officialType && !namedForces) {
            let i = h - 1;
            while (i >= sentence.firstToken && isOfficialModifier(doc.tokens[i] as Token, doc, gazetteer))
              i--;
            if (i === h - 1) continue;
            const start = (doc.tokens[i + 1] as Token).start;
            mentions.push(anonymous(doc, start, head.end, officialType, 'description:officials'));
          }
        }
      }
      mentions.push(...stateDescriptions(doc, gazetteer));
      return mentions;
    },
  };
}

function isOfficialModifier(token: Token, doc: ArticleDoc, gazetteer: Gazetteer): boolean {
  // A demonym or a state's short name counts too: "U.S. officials", "Israeli officials".
  return OFFICIAL_MODIFIERS.has(token.lower) || gazetteer.stateWithin(doc, token.start, token.end) !== null;
}

// A demonym before one of these names the state itself: "the North Korean regime".
const STATE_NOUNS = new Set([
  'regime',
  'government',
  'authorities',
  'administration',
  'leadership',
  'state',
  'junta',
]);

function stateDescriptions(doc: ArticleDoc, gazetteer: Gazetteer): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const match of gazetteer.matchesIn(doc)) {
    const state = match.values.find((v) => v.kind === 'demonym' && v.entry.type === 'state')?.entry;
    const noun = match.tokens[match.to];
    if (!state || !noun || !STATE_NOUNS.has(noun.key)) continue;
    const the = nth(match.tokens, match.from - 1);
    const start = the?.key === 'the' ? the.start : match.start;
    mentions.push(
      mentionOf(doc, { start, end: noun.end }, state, 'description:state', 'description', {
        to: state.id,
        reason: `"${doc.text.slice(start, noun.end)}": a demonym before "${noun.key}" names the state`,
      }),
    );
  }
  return mentions;
}
