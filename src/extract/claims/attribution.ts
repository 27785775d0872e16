import type { EntityType } from '../gazetteer/entry.js';
import type { EntityMention } from '../types.js';
import type { ClaimSource, SourceKind } from './claim.js';
import { actorsIn, isWord, nounPhraseLeft, nounPhraseRight, wordAt } from './grammar.js';
import type { SentenceUnits, Unit } from './units.js';

/*
 * Who says so. A sentence is attributed by "according to X", by a speech verb with its speaker before it
 * ("X said", "the New York Times reported") or after it (`," said X`), by "X quoted Y as saying" (Y), by a
 * caption ("a picture released by X") and by "confirmed by X". A pronoun or "the paper" as speaker is the
 * last speaker of that kind. The source governs its own sentence; that is as far as wire copy reliably
 * carries one (the next sentence says "it said" again when it still reports).
 */

export interface Attribution {
  readonly sources: readonly ClaimSource[];
  /**
   * Where each source's scope starts (a unit index): 0, except after a fronted adverbial ("Following
   * Israel's offensive, officials say …" — the offensive is the article's statement, not the officials').
   */
  readonly scopes: readonly number[];
  /** Unit index of each speech verb or "according", so a trigger before a denial can tell. */
  readonly verbs: readonly { at: number; lower: string }[];
  /** "confirmed by X", "X confirmed". */
  readonly confirmed: boolean;
}

/** Words without which a sentence attributes nothing: the cheap test before reading it. */
export function attributionCues(): ReadonlySet<string> {
  return new Set([...SPEECH, 'according', 'released', 'confirmed', 'quoted']);
}

const SPEECH: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'reported',
  'reports',
  'added',
  'stated',
  'announced',
  'announces',
  'claimed',
  'claims',
  'indicated',
  'indicates',
  'disclosed',
  'quoted',
  'confirmed',
  'confirms',
  'insisted',
  'wrote',
  'writes',
  'testified',
  'revealed',
  'alleged',
  'asserted',
]);
const PRONOUN_SPEAKERS: Readonly<Record<string, SourceKind[]>> = {
  he: ['person'],
  she: ['person'],
  it: ['media', 'organization', 'government', 'military'],
  they: ['officials_unnamed', 'investigators', 'other', 'government', 'organization'],
};
const MEDIA_WORDS =
  /\b(?:paper|newspaper|magazine|daily|report|agency|broadcaster|website|journal|media|television|tv|radio)\b/;
const UNNAMED_OFFICIALS = /\bofficials?\b|\bsources?\b|\bspokes(?:man|woman|person)\b|\bdiplomats?\b/;
const INVESTIGATORS = /\binvestigators?\b|\binspectors?\b|\bpanel of experts\b|\bprosecutors?\b/;
const CAPTION_NOUNS: ReadonlySet<string> = new Set([
  'picture',
  'photo',
  'photograph',
  'image',
  'video',
  'footage',
]);

const KIND_OF_TYPE: Readonly<Partial<Record<EntityType, SourceKind>>> = {
  outlet: 'media',
  person: 'person',
  military_unit: 'military',
  government_body: 'government',
  state: 'government',
  organization: 'organization',
  company: 'organization',
  armed_group: 'organization',
};

/** Reads the attributions of every sentence in order; `previous` speakers resolve "he said", "the paper said". */
export function attributeSentences(sentences: readonly SentenceUnits[], text: string): Attribution[] {
  const speakers: ClaimSource[] = [];
  return sentences.map((s) => {
    const found = attributionOf(s.units, text, speakers);
    speakers.push(...found.sources);
    return found;
  });
}

function attributionOf(units: readonly Unit[], text: string, speakers: readonly ClaimSource[]): Attribution {
  const sources: ClaimSource[] = [];
  const scopes: number[] = [];
  const verbs: { at: number; lower: string }[] = [];
  let confirmed = false;
  const add = (source: ClaimSource | undefined, speakerAt = 0) => {
    if (!source || sources.some((s) => s.text === source.text)) return;
    sources.push(source);
    scopes.push(frontedAdverbial(units, speakerAt) ? speakerAt : 0);
  };
  units.forEach((u, i) => {
    if (u.kind !== 'word') return;
    if (u.lower === 'according') {
      verbs.push({ at: i, lower: u.lower });
      const from = wordAt(units, i + 1) === 'to' ? i + 2 : i + 1;
      add(sourceFromSpan(units, from, phraseEnd(units, from), text));
      return;
    }
    if (
      u.lower === 'by' &&
      CAPTION_NOUNS.has(wordAt(units, i - 2) ?? '') &&
      /^(released|taken|issued|provided|published|distributed)$/.test(wordAt(units, i - 1) ?? '')
    ) {
      add(sourceFromSpan(units, i + 1, phraseEnd(units, i + 1), text));
      return;
    }
    if (u.lower === 'confirmed' || u.lower === 'confirms') confirmed = true;
    if (u.lower === 'by' && wordAt(units, i - 1) === 'confirmed') {
      add(sourceFromSpan(units, i + 1, phraseEnd(units, i + 1), text));
      return;
    }
    if (!SPEECH.has(u.lower) || u.pos === 'ADJ') return;
    // "is said to", "was reported to": a hedge, not a speaker (see modality).
    if (wordAt(units, i + 1) === 'to' && isWord(units[i - 1], 'is', 'are', 'was', 'were', 'be', 'been'))
      return;
    verbs.push({ at: i, lower: u.lower });
    if (u.lower === 'quoted') {
      // "X quoted Y as saying": Y speaks.
      const quotedEnd = units.findIndex((v, k) => k > i && isWord(v, 'as'));
      if (quotedEnd > i) {
        add(sourceFromSpan(units, i + 1, quotedEnd, text));
        return;
      }
    }
    let left = i - 1;
    while (
      left >= 0 &&
      (units[left]?.kind === 'time' ||
        isWord(units[left], 'has', 'have', 'had', 'also', 'later', 'repeatedly', 'earlier', 'then', 'on'))
    )
      left--;
    // "Donald Booth, told lawmakers": the name before an appositive comma speaks.
    if (isWord(units[left], ',') && units[left - 1]?.kind === 'actor') left--;
    // "he said", "they told": a pronoun speaks for the last speaker of its kind.
    if (isWord(units[left], 'he', 'she', 'they', 'it')) {
      add(sourceFromIndices(units, [left], text, speakers), left);
      return;
    }
    let before = nounPhraseLeft(units, left);
    // "the defence ministry in Warsaw said": the phrase's own prepositional phrase is part of the speaker.
    while (before.length > 0 && isWord(units[(before[0] as number) - 1], 'in', 'of', 'at', 'for', 'with')) {
      const head = nounPhraseLeft(units, (before[0] as number) - 2);
      if (head.length === 0) break;
      before = [...head, (before[0] as number) - 1, ...before];
    }
    if (before.length > 0) {
      add(sourceFromIndices(units, before, text, speakers), before[0]);
      return;
    }
    // `," said X` and `" X said`: the speaker after the verb.
    if (isWord(units[i - 1], ',', '"', '“', '”') || i === 0) {
      const after = nounPhraseRight(units, i + 1);
      if (after.length > 0) add(sourceFromIndices(units, after, text, speakers));
    }
  });
  return { sources, scopes, verbs, confirmed };
}

/** The sentence opens with a prepositional or participial phrase that ends in a comma before `at`. */
function frontedAdverbial(units: readonly Unit[], at: number): boolean {
  if (at === 0 || !isWord(units[at - 1], ',')) return false;
  // After a dateline ("TAIPEI, Taiwan — With the lifting …").
  let opening = 0;
  for (let i = 0; i < at; i++) if (isWord(units[i], '—', '--')) opening = i + 1;
  const first = units[opening];
  return (
    first?.kind === 'word' &&
    (first.pos === 'ADP' || /^(?:following|after|amid|despite|with|during)$/.test(first.lower))
  );
}

/** Where a source phrase after "according to" or "by" ends: at a comma, a clause break or the sentence end. */
function phraseEnd(units: readonly Unit[], from: number): number {
  for (let i = from; i < units.length; i++) {
    if (isWord(units[i], ',', '.', ';', ':', 'that', 'shows', 'show', 'showing', 'to')) return i;
    if (i - from >= 10) return i;
  }
  return units.length;
}

function sourceFromSpan(
  units: readonly Unit[],
  from: number,
  to: number,
  text: string,
): ClaimSource | undefined {
  const at: number[] = [];
  for (let i = from; i < to; i++) at.push(i);
  return sourceFromIndices(units, at, text, []);
}

function sourceFromIndices(
  units: readonly Unit[],
  at: readonly number[],
  text: string,
  speakers: readonly ClaimSource[],
): ClaimSource | undefined {
  const kept = at.filter((i) => !isWord(units[i], '"', '“', '”', "'", ','));
  if (kept.length === 0) return undefined;
  const first = units[kept[0] as number] as Unit;
  const last = units[kept[kept.length - 1] as number] as Unit;
  const phrase = text.slice(first.start, last.endOffset);
  const lower = phrase.toLowerCase();
  const pronounKinds = kept.length === 1 ? PRONOUN_SPEAKERS[lower] : undefined;
  if (pronounKinds) {
    const earlier = [...speakers].reverse().find((s) => pronounKinds.includes(s.kind));
    if (earlier) return earlier;
    // "Rheinmetall has won a contract …, it said": with no speaker before, the sentence's first actor.
    const first = units
      .flatMap((u) => (u.kind === 'actor' ? u.entities : []))
      .find(
        (e) => e.type !== 'location' && e.type !== 'weapon' && (lower === 'it') === (e.type !== 'person'),
      );
    return first
      ? { text: first.text, kind: KIND_OF_TYPE[first.type] ?? 'other', entity: first.entityId }
      : undefined;
  }
  if (/^the (?:paper|newspaper|magazine|report)$/.test(lower)) {
    return [...speakers].reverse().find((s) => s.kind === 'media');
  }
  const actors = actorsIn(units, kept);
  // The head names the speaker: "Swedish defence group Saab" is Saab, not Sweden.
  const entity = [...actors]
    .reverse()
    .flatMap((a) => a.entities)
    .find((e) => e.type !== 'location') as EntityMention | undefined;
  if (!entity && !/\p{L}/u.test(phrase)) return undefined;
  // A bare determiner phrase names nobody ("the", "a report").
  if (!entity && /^(?:a|an|the|this|that)?\s*(?:report|story|statement)s?$/.test(lower)) return undefined;
  return { text: phrase, kind: kindOf(lower, entity), ...(entity ? { entity: entity.entityId } : {}) };
}

/**
 * The kind of a source: by what the phrase says it is first ("investigators", "people familiar with the
 * matter", "the army", "the trade ministry", "state media"), then by the entity it names.
 */
function kindOf(phrase: string, entity: EntityMention | undefined): SourceKind {
  if (INVESTIGATORS.test(phrase) && entity?.type !== 'organization') return 'investigators';
  if (/\bfamiliar with\b/.test(phrase)) return 'officials_unnamed';
  if (entity?.type === 'outlet' || NEWS_WORDS.test(phrase)) return 'media';
  if (entity?.type === 'organization') return 'organization';
  if (UNNAMED_OFFICIALS.test(phrase) && entity?.type !== 'person') return 'officials_unnamed';
  if (MILITARY_WORDS.test(phrase) && entity?.type !== 'person') return 'military';
  if (GOVERNMENT_WORDS.test(phrase) && entity?.type !== 'person') return 'government';
  if (entity) return KIND_OF_TYPE[entity.type] ?? 'other';
  if (MEDIA_WORDS.test(phrase)) return 'media';
  return 'other';
}

const NEWS_WORDS =
  /\b(?:newspaper|magazine|daily|broadcaster|news agency|press agency|media|television|tv|radio)\b/;
const MILITARY_WORDS = /\b(?:army|military|armed forces|navy|air force|troops|forces|commander|general)\b/;
const GOVERNMENT_WORDS =
  /\b(?:ministry|ministries|minister|department|government|intelligence|agency|office|embassy|president|prime minister|spokes(?:man|woman|person)|customs|police|prosecutors?|authorities)\b/;
