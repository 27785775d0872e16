import { normalizeBody } from '../../ingest/normalize.js';

/**
 * A text as ingest would clean it, with the way back to the original's offsets. re3d offsets point into
 * its raw text, where paragraphs are single line breaks and a few spaces are non-breaking; ingest makes
 * every line a paragraph ("\n\n"), turns odd spaces into plain ones and collapses runs of them. The
 * mention layer reads paragraphs from "\n\n" (a sentence never runs across one), so it is fed the cleaned
 * text, as `armstrace extract` would be, and its offsets are mapped back.
 */
export interface AlignedText {
  readonly original: string;
  readonly cleaned: string;
  /** A span of the cleaned text as a span of the original. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const SPACE = /\s/;
// What cleaning drops without a trace: zero-width space, soft hyphen, word joiner, BOM, control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is matched
const DROPPED = /[\u200b\u00ad\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Cleans `original` with ingest's normalizer and aligns the two character by character. Cleaning only adds,
 * drops or changes white space and drops invisible characters here; if it changed anything else (an
 * un-NFC text, a hard-wrapped hyphenation), the original is used as it is, so offsets stay exact.
 */
export function alignCleaned(original: string): AlignedText {
  const cleaned = normalizeBody(original);
  const map = alignment(original, cleaned);
  if (!map) return identity(original);
  return {
    original,
    cleaned,
    toOriginal(start, end) {
      if (end <= start) {
        const at = map[start] ?? original.length;
        return { start: at, end: at };
      }
      return { start: map[start] as number, end: (map[end - 1] as number) + 1 };
    },
  };
}

/** Where each character of `cleaned` is in `original`, or null when they differ in more than spacing. */
export function alignment(original: string, cleaned: string): Int32Array | null {
  const map = new Int32Array(cleaned.length);
  let i = 0;
  for (let j = 0; j < cleaned.length; j++) {
    const c = cleaned[j] as string;
    while (i < original.length) {
      const o = original[i] as string;
      if (o === c || (SPACE.test(c) && SPACE.test(o))) break;
      // White space or an invisible character cleaning removed: skip it in the original.
      if (SPACE.test(o) || DROPPED.test(o)) i++;
      else break;
    }
    const o = original[i];
    if (o === c || (o !== undefined && SPACE.test(c) && SPACE.test(o))) {
      map[j] = i++;
    } else if (SPACE.test(c)) {
      // White space cleaning added (the second "\n" of a paragraph break): it sits before the next character.
      map[j] = Math.max(0, i - 1);
    } else {
      return null;
    }
  }
  return map;
}

function identity(text: string): AlignedText {
  return { original: text, cleaned: text, toOriginal: (start, end) => ({ start, end }) };
}
