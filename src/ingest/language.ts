import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Characters of text to classify: trigram statistics settle well before this, and franc's cost grows with length. */
const SAMPLE_CHARS = 600;
const MIN_CHARS = 40;

// Function words that are English and not words of other Latin-script languages ("in", "a", "was", "on"
// are left out: Dutch, Italian, German and French use them too).
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'that',
  'said',
  'for',
  'with',
  'from',
  'has',
  'have',
  'were',
  'which',
  'this',
  'would',
  'its',
  'their',
  'been',
  'had',
  'they',
  'is',
  'are',
  'by',
  'it',
  'not',
  'but',
  'after',
  'officials',
]);
// franc names individual languages; ISO 639-1 has codes only for their macrolanguages.
const MACROLANGUAGE_639_1: Readonly<Record<string, string>> = {
  arb: 'ar',
  azj: 'az',
  ckb: 'ku',
  fuv: 'ff',
  koi: 'kv',
  npi: 'ne',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  qug: 'qu',
  swh: 'sw',
  uzn: 'uz',
  zlm: 'ms',
  zyb: 'za',
};

// In English news these words make up 20–35% of all words; in other languages they are a few percent.
const ENGLISH_SHARE = 0.18;

/** Below this many characters a language the source declares wins over franc, which misreads short text. */
const SHORT_TEXT_CHARS = 300;

export interface LanguageGuess {
  /** ISO 639-1, or null when undetermined. */
  readonly language: string | null;
  /** Where it came from, for the article's field provenance. */
  readonly from: 'detected' | 'declared' | 'undetermined';
}

/**
 * The article's language as ISO 639-1, or null when the text is too short to tell or unlike any language
 * known to franc (82 languages). Plain English news, most of the input, is recognized from its function
 * words without running franc's trigram model, which is 10× slower. A language declared by the source
 * (JSONL/CSV `language`, feed language, HTML `lang`) decides for short text, under 300 characters, where
 * franc's trigrams mislead (short English headlines come out as French); for longer text franc decides
 * and the declaration is only a fallback: CMS templates declare "en" on pages in every language.
 */
export function identifyLanguage(text: string, declared: string | null = null): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.length >= MIN_CHARS && looksEnglish(sample)) return { language: 'en', from: 'detected' };
  const declared1 = declared?.trim().toLowerCase().split(/[-_]/)[0];
  const fromDeclaration = declared1 && /^[a-z]{2}$/.test(declared1) ? declared1 : null;
  if (fromDeclaration && sample.length < SHORT_TEXT_CHARS)
    return { language: fromDeclaration, from: 'declared' };
  const code3 = sample.length >= MIN_CHARS ? franc(sample, { minLength: MIN_CHARS }) : 'und';
  const detected = code3 === 'und' ? null : (iso6393To1[code3] ?? MACROLANGUAGE_639_1[code3] ?? null);
  if (detected) return { language: detected, from: 'detected' };
  if (fromDeclaration) return { language: fromDeclaration, from: 'declared' };
  return { language: null, from: 'undetermined' };
}

/** The language alone; see `identifyLanguage`. */
export function detectLanguage(text: string, declared: string | null = null): string | null {
  return identifyLanguage(text, declared).language;
}

function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 8) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++;
  return hits / words.length >= ENGLISH_SHARE;
}
