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

/**
 * The article's language as ISO 639-1, or null when the text is too short to tell or unlike any language
 * known to franc (82 languages). Plain English news, most of the input, is recognized from its function
 * words without running franc's trigram model, which is 10× slower; everything else goes to franc. A
 * language declared by the source (HTML `lang`) is only a fallback: CMS templates declare "en" on pages in
 * every language.
 */
export function detectLanguage(text: string, declared: string | null = null): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.length >= MIN_CHARS && looksEnglish(sample)) return 'en';
  const code3 = sample.length >= MIN_CHARS ? franc(sample, { minLength: MIN_CHARS }) : 'und';
  if (code3 !== 'und') return iso6393To1[code3] ?? MACROLANGUAGE_639_1[code3] ?? null;
  const declared1 = declared?.toLowerCase().split(/[-_]/)[0];
  return declared1 && /^[a-z]{2}$/.test(declared1) ? declared1 : null;
}

function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 8) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++;
  return hits / words.length >= ENGLISH_SHARE;
}
