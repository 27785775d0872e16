/**
 * Removes what a dump or a CMS repeats: the headline printed again as the body's first paragraph, and
 * a paragraph printed twice (pull quotes, copy-paste errors in dumps). Each removal is reported, since
 * an analyst may want to know the text was touched.
 */

// Shorter repeated paragraphs ("Advertisement", "—", a byline) are too often legitimate to drop silently.
const MIN_REPEAT_CHARS = 20;

function paragraphKey(paragraph: string): string {
  return paragraph
    .toLowerCase()
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export interface CleanedParagraphs {
  readonly paragraphs: string[];
  readonly warnings: string[];
}

export function removeRepeatedParagraphs(
  paragraphs: readonly string[],
  title: string | null,
): CleanedParagraphs {
  const warnings: string[] = [];
  const kept: string[] = [];
  const seen = new Map<string, number>();
  const titleKey = title ? paragraphKey(title) : null;
  paragraphs.forEach((paragraph, index) => {
    const key = paragraphKey(paragraph);
    if (kept.length === 0 && titleKey && key === titleKey) {
      warnings.push(`removed the title repeated as the body's first paragraph: "${excerpt(paragraph)}"`);
      return;
    }
    const first = seen.get(key);
    if (first !== undefined && key.length >= MIN_REPEAT_CHARS) {
      warnings.push(
        `removed paragraph ${index + 1}, a repeat of paragraph ${first + 1}: "${excerpt(paragraph)}"`,
      );
      return;
    }
    if (first === undefined) seen.set(key, index);
    kept.push(paragraph);
  });
  return { paragraphs: kept, warnings };
}
