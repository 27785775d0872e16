import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Characters of text to classify: trigram statistics settle well before this, and franc's cost grows with length. */
const SAMPLE_CHARS = 1200;
const MIN_CHARS = 40;

/**
 * The article's language as ISO 639-1, from franc's trigram model (82 languages), or null when the text
 * is too short to tell or unlike any of them. A language declared by the source (HTML `lang`) is only a
 * fallback: CMS templates declare "en" on pages in every language.
 */
export function detectLanguage(text: string, declared: string | null = null): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const code3 = sample.length >= MIN_CHARS ? franc(sample, { minLength: MIN_CHARS }) : 'und';
  if (code3 !== 'und') return iso6393To1[code3] ?? null;
  const declared1 = declared?.toLowerCase().split(/[-_]/)[0];
  return declared1 && /^[a-z]{2}$/.test(declared1) ? declared1 : null;
}
