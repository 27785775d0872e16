/**
 * Text normalization: the one place that decides what the cleaned text looks like. Everything downstream
 * (offsets, FTS, extraction) sees its output: Unicode NFC, one kind of space, paragraphs separated by one
 * blank line, hard-wrapped newswire lines joined back into paragraphs. Curly quotes and dashes are kept:
 * they are part of the text an analyst quotes.
 */

// Non-breaking and typographic spaces, tab, and the line/paragraph separators, as a plain space.
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters with no meaning in running text: zero-width space, BOM, soft hyphen, word joiner.
const INVISIBLE = /[\u200b\u00ad\u2060\ufeff]/g;
// C0/C1 controls except newline (tab is handled as a space above).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SENTENCE_END = /[.!?:;"”’')\]]$/;
// Characters kept from the end of a paragraph to find a hyphenated word there: longer than any word.
const HYPHENATED_TAIL = 100;

/** Normalizes a one-line field (title, section, outlet): NFC, spaces collapsed, trimmed. */
export function normalizeInline(value: string): string {
  return cleanCharacters(value).replace(/\s+/g, ' ').trim();
}

/** Normalizes an article body into paragraphs joined by "\n\n". */
export function normalizeBody(raw: string): string {
  // A leading tab is a paragraph indent in wrapped newswire: keep it visible to the indent check below.
  const lines = cleanCharacters(raw.replace(/^\t/gm, '    '))
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  const wrapped = looksHardWrapped(lines);
  const paragraphs: string[] = [];
  let current: WrappedParagraph | null = null;
  const flush = () => {
    const text = current?.text();
    if (text !== undefined && text.trim() !== '') paragraphs.push(text.replace(/ {2,}/g, ' ').trim());
    current = null;
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    // In wrapped text an indented line starts a paragraph (the Reuters convention); in unwrapped text
    // every line is a paragraph of its own.
    if (!wrapped || /^\s{2,}/.test(line)) flush();
    current ??= new WrappedParagraph();
    current.add(line.trim());
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * A paragraph being unwrapped: its pieces, and a copy of its last characters for the hyphenation check.
 * Looking at the whole paragraph for each line (a regex over it, or slicing a concatenated string, which
 * flattens it) made unwrapping quadratic: a 1 MB wrapped paragraph took 77 s.
 */
class WrappedParagraph {
  private readonly parts: string[] = [];
  private end = '';

  add(line: string): void {
    const join = this.parts.length === 0 ? 'glue' : joinWrapped(this.end, line);
    if (join === 'unhyphenate') {
      const last = this.parts.length - 1;
      this.parts[last] = (this.parts[last] as string).slice(0, -1);
      this.end = this.end.slice(0, -1);
    }
    const piece = join === 'space' ? ` ${line}` : line;
    this.parts.push(piece);
    this.end = (this.end + piece).slice(-HYPHENATED_TAIL);
  }

  text(): string {
    return this.parts.join('');
  }
}

function cleanCharacters(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(CONTROLS, '').replace(ODD_SPACES, ' ');
}

/**
 * A text is hard-wrapped when its lines are short (95% under 100 characters) and most of them stop
 * mid-sentence. One-paragraph-per-line dumps have long lines that end in punctuation.
 */
export function looksHardWrapped(lines: readonly string[]): boolean {
  const content = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (content.length < 4) return false;
  const lengths = content.map((l) => l.length).sort((a, b) => a - b);
  const p95 = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
  if (p95 > 100) return false;
  const openEnded = content.filter((l) => !SENTENCE_END.test(l)).length;
  return openEnded / content.length >= 0.5;
}

/**
 * How a wrapped line joins the paragraph so far (given by its last characters). A line-final hyphen after a
 * word is a line break inside a word: before a lower-case letter it is a hyphenation ("inspec-\ntion" →
 * "inspection") unless the part before it is capitalized or a number, where the hyphen belongs to a compound
 * ("Lebanese-\nbased"); before a capital or a digit it always belongs to the word ("F-\n16", "anti-\nAmerican").
 */
function joinWrapped(paragraphEnd: string, line: string): 'space' | 'glue' | 'unhyphenate' {
  const hyphenated = paragraphEnd.endsWith('-') ? /([\p{L}\p{N}]+)-$/u.exec(paragraphEnd) : null;
  if (!hyphenated) return 'space';
  if (!/^\p{Ll}/u.test(line)) return /^[\p{Lu}\p{N}]/u.test(line) ? 'glue' : 'space';
  const before = hyphenated[1] as string;
  const compound = /^\p{Lu}/u.test(before) || /\p{N}/u.test(before);
  return compound ? 'glue' : 'unhyphenate';
}

/** Splits a normalized body back into its paragraphs. */
export function paragraphsOf(text: string): string[] {
  return text === '' ? [] : text.split('\n\n');
}
