import type { EntityType } from '../extract/gazetteer/entry.js';

/**
 * Merge suggestions for entities the gazetteer does not know: the same person, company or organization
 * found under different names across articles ("Kim Jong-un" / "Kim Jong Un", "Elbit Systems Ltd" /
 * "Elbit Systems", "KOMID" / "Korea Mining Development Trading Corporation"). Only suggestions: an
 * analyst decides, nothing is merged here. Pairs are always of one type.
 *
 * Candidate pairs come from blocks, never from all pairs: names sharing their normalized form, their
 * first or last four letters, or their letters in another order meet each other; lone names, shortened
 * names and full names look up the full names or acronyms that may match them. A block larger than
 * `maxBlockSize` is compared by sorted neighbourhood (each name with the next `window` names in sorted
 * order), or, for a lookup, skipped as too ambiguous; so comparisons grow linearly with the names.
 */

export interface NamedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Articles naming it; the entity seen more often is the suggested survivor (`a`). */
  readonly articles: number;
}

export interface MergeSuggestion {
  /** The entity to keep: seen in more articles (then the smaller id). */
  readonly a: string;
  /** The entity to merge into `a`. */
  readonly b: string;
  /** 0–1: 1 for names equal once normalized; weak suggestions (reasons starting "weak:") ≤ 0.55. */
  readonly score: number;
  /** Why, one line per rule that matched, best first. */
  readonly reasons: readonly string[];
}

export interface MergeSuggestionOptions {
  /** Suggestions scoring below are dropped (default 0: weak suggestions included). */
  readonly minScore?: number;
  /** Jaro–Winkler similarity of normalized names for a spelling variant (default 0.92). */
  readonly jaroWinklerThreshold?: number;
  /** Blocks up to this size are compared pair by pair (default 16). */
  readonly maxBlockSize?: number;
  /** In larger blocks, each name is compared with this many following names in sorted order (default 8). */
  readonly window?: number;
  /** A lone or shortened name matching more full names than this is ambiguous: no suggestion (default 3). */
  readonly maxAmbiguousMatches?: number;
  /** Called once per pair of entities compared: to count comparisons. */
  readonly onCompare?: (a: string, b: string) => void;
}

const DEFAULTS = {
  minScore: 0,
  jaroWinklerThreshold: 0.92,
  maxBlockSize: 16,
  window: 8,
  maxAmbiguousMatches: 3,
} as const;

// ---------------------------------------------------------------------------------------------------
// Jaro–Winkler

/** Jaro similarity of two strings (UTF-16 code units; names are accent-folded before). */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - range);
    const to = Math.min(lb - 1, i + range);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions++;
    j++;
  }
  return (matches / la + matches / lb + (matches - halfTranspositions / 2) / matches) / 3;
}

/** Jaro–Winkler similarity: Jaro raised for a common prefix of up to 4 characters (scale 0.1). */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/**
 * The smallest length ratio (shorter / longer) at which Jaro–Winkler can reach `threshold`: Jaro is at
 * most (2 + ratio) / 3 and the prefix bonus at most 0.4 of the rest. Pairs below are not scored.
 */
function minLengthRatio(threshold: number): number {
  return Math.max(0, 3 * ((threshold - 0.4) / 0.6) - 2);
}

// ---------------------------------------------------------------------------------------------------
// Normalized names

/** Words a company name can end with (or, for Russian forms, start with) that only say its legal form. */
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'ooo',
  'zao',
  'oao',
  'pao',
  'ao',
  'pty',
  'pte',
  'pvt',
  'sdn',
  'bhd',
  'kk',
]);
const LEADING_LEGAL_FORMS = new Set(['jsc', 'ojsc', 'pjsc', 'cjsc', 'ooo', 'zao', 'oao', 'pao', 'ao']);

/** The Arabic definite article as transliterated: "al-Baghdadi", "el-Sisi", "Abu Bakr al Baghdadi". */
const ARABIC_ARTICLES = new Set(['al', 'el']);

/** Words acronyms may leave out ("Ministry of Defence" → MD or MOD). */
const STOPWORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'la',
  'le',
  'les',
  'des',
  'du',
  'di',
  'del',
  'da',
  'y',
  'et',
  'und',
]);

const TYPES_WITH_ACRONYMS: ReadonlySet<EntityType> = new Set([
  'company',
  'organization',
  'government_body',
  'armed_group',
  'military_unit',
]);
/** Types whose lone first word ("Elbit") may name the full name ("Elbit Systems"), weakly. */
const TYPES_WITH_SHORT_NAMES: ReadonlySet<EntityType> = new Set(['company', 'organization']);

const LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** A name as the rules compare it. Words are hyphen-joined ("jongun"), parts hyphen-split ("jong", "un"). */
export interface NameForm {
  /** All words, folded: lower-case, no accents, apostrophes and periods removed. */
  readonly words: readonly string[];
  /** Words without the Arabic article and, for companies, without legal forms. */
  readonly coreWords: readonly string[];
  /** The parts of the core words ("Kim Jong-un" → kim, jong, un). */
  readonly coreParts: readonly string[];
  /** All words concatenated: equal for "Kim Jong-un", "Kim Jong Un" and "kim jongun". */
  readonly compact: string;
  /** Core parts concatenated. */
  readonly coreCompact: string;
  /** The same, back to front: sorts names that differ only near the start next to each other. */
  readonly reversedCoreCompact: string;
  /** Words left before the legal-form strip (acronyms are often built from "Corporation" too). */
  readonly acronymWords: readonly string[];
  /** Compact without the Arabic article only. */
  readonly withoutArticle: string;
  /** Compact without legal forms only. */
  readonly withoutLegalForm: string;
  /** The name is written as an acronym: one word in capitals ("KOMID", "U.N."); its letters, folded. */
  readonly acronym: string | null;
  /** Digits in the name ("Unit 8200"): names with different numbers are never spelling variants. */
  readonly digits: string;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LIGATURES[c] ?? c);
}

/** Words (as parts) without leading and trailing legal forms, never all of them. */
function withoutLegalForms(words: readonly string[][]): string[][] {
  let from = 0;
  let to = words.length;
  while (to - from > 1 && LEGAL_FORMS.has((words[to - 1] as string[]).join(''))) to--;
  while (to - from > 1 && LEADING_LEGAL_FORMS.has((words[from] as string[]).join(''))) from++;
  return words.slice(from, to);
}

/** The normalized forms of a name, for an entity of the given type. */
export function nameFormOf(name: string, type: EntityType): NameForm {
  const folded = fold(name)
    .replace(/['’‘ʼ`´.]/g, '')
    .replace(/[‐‑‒–—]/g, '-');
  const wordParts = folded
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.split('-').filter((p) => p !== ''))
    .filter((parts) => parts.length > 0);
  const words = wordParts.map((parts) => parts.join(''));

  // The Arabic article goes when hyphenated to the next part or standing before another word; a person's
  // first word "Al" stays ("Al Gore").
  const withoutArticle: string[][] = [];
  wordParts.forEach((parts, w) => {
    if (!ARABIC_ARTICLES.has(parts[0] as string)) withoutArticle.push(parts);
    else if (parts.length > 1) withoutArticle.push(parts.slice(1));
    else if (w === wordParts.length - 1 || (type === 'person' && w === 0)) withoutArticle.push(parts);
  });

  const core = type === 'company' ? withoutLegalForms(withoutArticle) : withoutArticle;
  const coreWords = core.map((parts) => parts.join(''));
  const coreParts = core.flat();
  const letters = name.replace(/[.\s]/g, '');
  const isAcronym =
    coreWords.length === 1 &&
    /^[\p{Lu}\p{N}]{2,10}$/u.test(letters) &&
    (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  return {
    words,
    coreWords,
    coreParts,
    compact: words.join(''),
    coreCompact: coreParts.join(''),
    reversedCoreCompact: reversed(coreParts.join('')),
    acronymWords: withoutArticle.map((parts) => parts.join('')),
    withoutArticle: withoutArticle.flat().join(''),
    withoutLegalForm: (type === 'company' ? withoutLegalForms(wordParts) : wordParts).flat().join(''),
    acronym: isAcronym ? (coreWords[0] as string) : null,
    digits: (folded.match(/\p{N}+/gu) ?? []).join(' '),
  };
}

// ---------------------------------------------------------------------------------------------------
// Acronyms

/** How an acronym relates to a full name, best first. */
export type AcronymMatch = 'initials' | 'syllables' | 'partial';

/**
 * Whether `acronym` abbreviates `words`: built from prefixes (1–4 letters) of consecutive words, in
 * order, stopwords optional, starting at the first or second word and possibly ending early ("KOMID" =
 * KOrea MIning Development [Trading Corporation]; "NORINCO" = [China] NORth INdustries COrporation).
 * At least two words other than stopwords and legal forms are used, and at least half of those when the
 * match is partial.
 */
export function acronymMatch(acronym: string, words: readonly string[]): AcronymMatch | null {
  if (acronym.length < 2 || words.length < 2) return null;
  let best: AcronymMatch | null = null;
  const rank = { initials: 3, syllables: 2, partial: 1 } as const;
  const consider = (m: AcronymMatch) => {
    if (best === null || rank[m] > rank[best]) best = m;
  };
  const contentWords = words.filter((w) => !STOPWORDS.has(w) && !LEGAL_FORMS.has(w)).length;
  const visited = new Set<number>();
  const walk = (start: number, w: number, at: number, used: number, initialsOnly: boolean) => {
    if (at === acronym.length) {
      if (used < 2) return;
      const whole = start === 0 && words.slice(w).every((x) => STOPWORDS.has(x));
      if (whole) consider(initialsOnly ? 'initials' : 'syllables');
      else if (acronym.length >= 3 && used * 2 >= contentWords) consider('partial');
      return;
    }
    if (w === words.length) return;
    const state = ((start * 16 + w) * 16 + at) * 16 * 2 + used * 2 + (initialsOnly ? 1 : 0);
    if (visited.has(state)) return;
    visited.add(state);
    const word = words[w] as string;
    if (STOPWORDS.has(word)) walk(start, w + 1, at, used, initialsOnly);
    for (let len = 1; len <= 4 && len <= word.length && at + len <= acronym.length; len++) {
      if (word.charCodeAt(len - 1) !== acronym.charCodeAt(at + len - 1)) break;
      walk(start, w + 1, at + len, used + (LEGAL_FORMS.has(word) ? 0 : 1), initialsOnly && len === 1);
    }
  };
  if (words.length <= 15 && acronym.length <= 15) {
    walk(0, 0, 0, 0, true);
    if (words.length > 2) walk(1, 1, 0, 0, true);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Pair scoring

interface Profile {
  readonly index: number;
  readonly entity: NamedEntity;
  readonly form: NameForm;
}

/** One rule's verdict on a pair. `ambiguousBy` marks weak rules: the lone or short name's index. */
interface Evidence {
  readonly score: number;
  readonly reason: string;
  readonly ambiguousBy?: number;
}

const quote = (p: Profile) => `"${p.entity.name}"`;

function isInOrderSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const word of long) if (j < short.length && word === short[j]) j++;
  return j === short.length;
}

/**
 * Whether moving leading parts to the end turns `parts` into `compact`: "Shin Won-sik" → "Won-sik Shin"
 * (family name first or last). Not any permutation: "Ahmed Ali" is not "Ali Ahmed".
 */
function isRotationOf(parts: readonly string[], compact: string): boolean {
  for (let k = 1; k < parts.length; k++) {
    if (parts.slice(k).join('') + parts.slice(0, k).join('') === compact) return true;
  }
  return false;
}

/** Whether every word of the shorter list is in the longer one. */
function isContainedIn(short: readonly string[], long: readonly string[]): boolean {
  return short.length < long.length && short.every((w) => long.includes(w));
}

const reversed = (s: string) => [...s].reverse().join('');

/** One string is the other with two or more letters added at either end: another word, not a misspelling. */
function isExtensionOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.length >= short.length + 2 && (long.startsWith(short) || long.endsWith(short));
}

/**
 * The Jaro–Winkler similarity that makes two names spelling or transliteration variants, or null.
 *
 * Names with as many parts are compared part by part, and every differing part must be a variant: whole
 * strings would let shared words carry a difference ("Lembak Industries" / "Lemka Industries"; "Kim
 * Jong-un" / "Kim Jong-il"). A part is read from both ends when 6 letters or longer, as transliterations
 * often differ in the first letter, where Winkler's bonus assumes agreement ("Gaddafi" / "Qaddafi",
 * "Esmail" / "Ismail"). Names split differently ("Abu Bakr Bagdadi" / "Abubakr Baghdadi") are compared
 * without their shared words, as wholes, from the start only and at most a letter apart. A variant adds
 * or drops a letter (two in long words), never a syllable, and numbers must agree ("Unit 8200" / "Unit
 * 8201").
 */
function spellingVariant(fx: NameForm, fy: NameForm, threshold: number): number | null {
  if (fx.digits !== fy.digits) return null;
  const ratio = minLengthRatio(threshold);
  const similarity = (a: string, b: string, maxGap: number, fromEnd: boolean): number | null => {
    const longer = Math.max(a.length, b.length);
    const shorter = Math.min(a.length, b.length);
    if (shorter < 3 || shorter / longer < ratio || longer - shorter > maxGap || isExtensionOf(a, b))
      return null;
    const forward = jaroWinkler(a, b);
    return fromEnd && shorter >= 6 ? Math.max(forward, jaroWinkler(reversed(a), reversed(b))) : forward;
  };
  if (fx.coreParts.length === fy.coreParts.length) {
    let lowest = 1;
    for (let i = 0; i < fx.coreParts.length; i++) {
      const a = fx.coreParts[i] as string;
      const b = fy.coreParts[i] as string;
      if (a === b) continue;
      const s = similarity(a, b, Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.15)), true);
      if (s === null || s < threshold) return null;
      lowest = Math.min(lowest, s);
    }
    return lowest < 1 ? lowest : null;
  }
  if (isContainedIn(fx.coreWords, fy.coreWords) || isContainedIn(fy.coreWords, fx.coreWords)) return null;
  const a = fx.coreWords.filter((w) => !fy.coreWords.includes(w)).join('');
  const b = fy.coreWords.filter((w) => !fx.coreWords.includes(w)).join('');
  if (a.length < 4 || b.length < 4) return null;
  const s = similarity(a, b, 1, false);
  return s !== null && s >= threshold ? s : null;
}

/** Every rule that says x and y (same type) may be one entity. */
function evidenceFor(x: Profile, y: Profile, jwThreshold: number): Evidence[] {
  const fx = x.form;
  const fy = y.form;
  const type = x.entity.type;
  if (fx.compact === fy.compact) {
    return [{ score: 1, reason: 'same name ignoring case, accents, punctuation, hyphens and spaces' }];
  }
  if (fx.coreCompact === fy.coreCompact) {
    if (fx.withoutLegalForm === fy.withoutLegalForm)
      return [{ score: 0.95, reason: 'same name without the legal form (Ltd, Inc, JSC…)' }];
    if (fx.withoutArticle === fy.withoutArticle)
      return [{ score: 0.93, reason: 'same name without the Arabic article al-/el-' }];
    return [{ score: 0.92, reason: 'same name without the legal form and the article al-/el-' }];
  }

  const found: Evidence[] = [];
  if (type === 'person' && fx.coreWords.length > 1 && fy.coreWords.length > 1) {
    if (isRotationOf(fx.coreParts, fy.coreCompact)) {
      // Two plain names swapped may be two people: in patronymic naming "Ahmed Ali" (Ahmed son of Ali) and
      // "Ali Ahmed" (Ali son of Ahmed) can be father and son. A hyphenated given name or a third part
      // ("Shin Won-sik" / "Won-sik Shin") makes a reordering of one name far likelier.
      const plainPair = [fx, fy].every((f) => f.coreWords.length === 2 && f.coreParts.length === 2);
      found.push(
        plainPair
          ? { score: 0.55, reason: 'weak: two names swapped (in patronymic naming possibly father and son)' }
          : { score: 0.9, reason: 'same name parts in another order (family name first or last)' },
      );
    }
  }

  if (TYPES_WITH_ACRONYMS.has(type)) {
    for (const [short, long] of [
      [x, y],
      [y, x],
    ] as const) {
      if (short.form.acronym === null || long.form.acronymWords.length < 2) continue;
      const match = acronymMatch(short.form.acronym, long.form.acronymWords);
      if (match === 'initials')
        found.push({ score: 0.85, reason: `${quote(short)} is the initials of ${quote(long)}` });
      else if (match === 'syllables')
        found.push({ score: 0.8, reason: `${quote(short)} is an acronym of ${quote(long)}` });
      else if (match === 'partial')
        found.push({ score: 0.7, reason: `${quote(short)} is an acronym of part of ${quote(long)}` });
    }
  }

  const variant = spellingVariant(fx, fy, jwThreshold);
  if (variant !== null) {
    found.push({
      score: Math.round(0.9 * variant * 1000) / 1000,
      reason: `spelling variant (Jaro–Winkler ${variant.toFixed(3)})`,
    });
  }

  for (const [short, long] of [
    [x, y],
    [y, x],
  ] as const) {
    const s = short.form.coreWords;
    const l = long.form.coreWords;
    if (
      type === 'person' &&
      s.length >= 2 &&
      l.length > s.length &&
      s[0] === l[0] &&
      isInOrderSubsequence(s, l)
    ) {
      found.push({
        score: 0.7,
        reason: `${quote(short)} is a shorter form of ${quote(long)}`,
        ambiguousBy: short.index,
      });
    }
    if (s.length === 1 && short.form.acronym === null && l.length >= 2) {
      if (type === 'person' && (s[0] === l[0] || s[0] === l[l.length - 1])) {
        found.push({
          score: 0.45,
          reason: `weak: the single name ${quote(short)} matches only the first or last name of ${quote(long)}`,
          ambiguousBy: short.index,
        });
      } else if (TYPES_WITH_SHORT_NAMES.has(type) && s[0] === l[0]) {
        found.push({
          score: 0.5,
          reason: `weak: ${quote(short)} matches only the first word of ${quote(long)}`,
          ambiguousBy: short.index,
        });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Blocking

/** Keys of blocks whose members are compared with each other; `s:` blocks sort by reversed name. */
function mutualKeysOf(p: Profile): string[] {
  const f = p.form;
  const keys = [`c:${f.coreCompact}`];
  // Spelling variants share their first or their last four letters ("Qassem"/"Qasem" Soleimani,
  // "Soleimani"/"Suleimani").
  if (f.coreCompact.length >= 4) keys.push(`p:${f.coreCompact.slice(0, 4)}`, `s:${f.coreCompact.slice(-4)}`);
  // Same letters: reordered names ("Won-sik Shin") meet here.
  if (p.entity.type === 'person' && f.coreWords.length > 1)
    keys.push(`r:${[...f.coreCompact].sort().join('')}`);
  return keys;
}

/**
 * Every start an acronym of these words can have, as `acronymMatch` reads acronyms: its first three
 * letters, or all of a two-letter acronym (initials of two words).
 */
function acronymStartsOf(words: readonly string[]): string[] {
  const starts = new Set<string>();
  const walk = (w: number, prefix: string) => {
    if (prefix.length === 3) {
      starts.add(`a:${prefix}`);
      return;
    }
    if (w === words.length) return;
    const word = words[w] as string;
    if (STOPWORDS.has(word)) walk(w + 1, prefix);
    for (let len = 1; len <= word.length && prefix.length + len <= 3; len++)
      walk(w + 1, prefix + word.slice(0, len));
  };
  walk(0, '');
  if (words.length > 2) walk(1, '');
  const content = words.filter((w) => !STOPWORDS.has(w));
  if (content.length === 2) starts.add(`a:${content.map((w) => w[0]).join('')}`);
  return [...starts];
}

/**
 * Keys under which a name waits for others to look it up: full names for lone names and short forms,
 * acronyms for full names.
 */
function storedKeysOf(p: Profile): string[] {
  const f = p.form;
  const keys: string[] = [];
  const w = f.coreWords;
  const type = p.entity.type;
  if (w.length >= 2) {
    if (type === 'person') keys.push(`e:${w[0]}`, `e:${w[w.length - 1]}`);
    else if (TYPES_WITH_SHORT_NAMES.has(type)) keys.push(`e:${w[0]}`);
  }
  if (type === 'person' && w.length >= 3) for (let i = 1; i < w.length; i++) keys.push(`f:${w[0]}|${w[i]}`);
  if (f.acronym !== null && TYPES_WITH_ACRONYMS.has(type)) keys.push(`a:${f.acronym.slice(0, 3)}`);
  return [...new Set(keys)];
}

/**
 * What a name looks up among the stored keys. A lone name's block holds only full names it matches, so
 * more than `maxAmbiguousMatches` of them make it ambiguous; a short form's or a full name's block may
 * hold others, and is skipped past `maxBlockSize`.
 */
interface Probe {
  readonly key: string;
  readonly kind: 'lone' | 'short' | 'acronyms';
}

function probesOf(p: Profile): Probe[] {
  const f = p.form;
  const w = f.coreWords;
  const type = p.entity.type;
  if (f.acronym !== null) return [];
  if (w.length === 1) return [{ key: `e:${w[0]}`, kind: 'lone' }];
  const probes: Probe[] = [];
  if (type === 'person') probes.push({ key: `f:${w[0]}|${w[w.length - 1]}`, kind: 'short' });
  if (TYPES_WITH_ACRONYMS.has(type)) {
    for (const key of acronymStartsOf(f.acronymWords)) probes.push({ key, kind: 'acronyms' });
  }
  return probes;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pairs of entities (same type) that probably name the same thing, best first. Never merges anything.
 * Deterministic: the same entities in any order give the same suggestions.
 */
export function suggestMerges(
  entities: readonly NamedEntity[],
  options: MergeSuggestionOptions = {},
): MergeSuggestion[] {
  const settings = { ...DEFAULTS, ...options };
  // Sorted by id so that everything downstream (block order, sorted neighbourhoods) is input-order free.
  const byId = new Map<string, NamedEntity>();
  for (const e of entities) if (!byId.has(e.id)) byId.set(e.id, e);
  const profiles: Profile[] = [...byId.values()]
    .sort((x, y) => compareIds(x.id, y.id))
    .map((entity) => ({ entity, form: nameFormOf(entity.name, entity.type) }))
    .filter((p) => p.form.compact !== '')
    .map((p, index) => ({ ...p, index }));

  const mutual = new Map<string, Profile[]>();
  const stored = new Map<string, Profile[]>();
  const add = (map: Map<string, Profile[]>, key: string, p: Profile) => {
    const block = map.get(key);
    if (block) block.push(p);
    else map.set(key, [p]);
  };
  for (const p of profiles) {
    const prefix = `${p.entity.type}\u0000`;
    for (const key of mutualKeysOf(p)) add(mutual, prefix + key, p);
    for (const key of storedKeysOf(p)) add(stored, prefix + key, p);
  }

  const n = profiles.length;
  const pairs = new Set<number>();
  const pair = (x: Profile, y: Profile) => {
    if (x.index !== y.index) pairs.add(Math.min(x.index, y.index) * n + Math.max(x.index, y.index));
  };
  for (const [key, block] of mutual) {
    if (block.length <= settings.maxBlockSize) {
      for (let i = 0; i < block.length; i++)
        for (let j = i + 1; j < block.length; j++) pair(block[i] as Profile, block[j] as Profile);
      continue;
    }
    // Sorted neighbourhood: near-identical names sort next to each other (from the end for `s:` blocks).
    const fromEnd = key.includes('\u0000s:');
    const sorted = block
      .map((p) => ({ p, order: fromEnd ? p.form.reversedCoreCompact : p.form.coreCompact }))
      .sort((x, y) => compareIds(x.order, y.order) || x.p.index - y.p.index)
      .map((x) => x.p);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j <= i + settings.window && j < sorted.length; j++)
        pair(sorted[i] as Profile, sorted[j] as Profile);
  }
  const ambiguous = new Set<number>();
  for (const p of profiles) {
    const prefix = `${p.entity.type}\u0000`;
    for (const probe of probesOf(p)) {
      const block = stored.get(prefix + probe.key);
      if (block === undefined) continue;
      const limit = probe.kind === 'lone' ? settings.maxAmbiguousMatches : settings.maxBlockSize;
      if (block.length <= limit) for (const q of block) pair(p, q);
      else if (probe.kind !== 'acronyms') ambiguous.add(p.index);
    }
  }

  const scored: { x: Profile; y: Profile; evidence: Evidence[] }[] = [];
  const weakMatches = new Map<number, number>();
  // Insertion order is deterministic (profiles sorted by id, blocks in order of first member).
  for (const key of pairs) {
    const x = profiles[Math.floor(key / n)] as Profile;
    const y = profiles[key % n] as Profile;
    settings.onCompare?.(x.entity.id, y.entity.id);
    const evidence = evidenceFor(x, y, settings.jaroWinklerThreshold);
    if (evidence.length === 0) continue;
    scored.push({ x, y, evidence });
    for (const by of new Set(evidence.flatMap((e) => (e.ambiguousBy === undefined ? [] : [e.ambiguousBy])))) {
      weakMatches.set(by, (weakMatches.get(by) ?? 0) + 1);
    }
  }

  const suggestions: MergeSuggestion[] = [];
  for (const { x, y, evidence } of scored) {
    const kept = evidence
      .filter(
        (e) =>
          e.ambiguousBy === undefined ||
          (!ambiguous.has(e.ambiguousBy) &&
            (weakMatches.get(e.ambiguousBy) ?? 0) <= settings.maxAmbiguousMatches),
      )
      .sort((u, v) => v.score - u.score);
    const best = kept[0];
    if (best === undefined || best.score < settings.minScore) continue;
    const [a, b] =
      x.entity.articles > y.entity.articles || (x.entity.articles === y.entity.articles && x.index < y.index)
        ? [x, y]
        : [y, x];
    suggestions.push({
      a: a.entity.id,
      b: b.entity.id,
      score: best.score,
      reasons: kept.map((e) => e.reason),
    });
  }
  return suggestions.sort((u, v) => v.score - u.score || compareIds(u.a, v.a) || compareIds(u.b, v.b));
}
