import { createHash } from 'node:crypto';
import type { Article, ArticleField, FormatName } from '../core/article.js';
import { failed, type ReadResult } from '../core/problem.js';
import type { ArticleDraft } from './article-draft.js';
import { removeRepeatedParagraphs } from './clean-paragraphs.js';
import { identifyLanguage } from './language.js';
import { normalizeBody, normalizeInline, paragraphsOf } from './normalize.js';
import { normalizePublished } from './published.js';

export interface DraftOrigin {
  readonly source: string;
  readonly format: FormatName;
  readonly locator?: string;
}

const MAX_DERIVED_TITLE = 160;
// A page whose only text is a menu link ("Home") or an item reading "Read more" is not an article.
const MIN_WORDS = 5;

/**
 * The one stage every reader's output goes through: normalizes the body, removes repeats, derives a
 * missing title from the first sentence, detects the language and computes the version hash and, where
 * the source has no id, the content-hash id (of outlet, url and text).
 */
export function finalizeArticle(draft: ArticleDraft, origin: DraftOrigin): ReadResult<Article> {
  const fields: Partial<Record<ArticleField, string>> = { ...draft.fields };
  const warnings = [...draft.warnings];
  let title = draft.title ? normalizeInline(draft.title) : '';

  const cleaned = removeRepeatedParagraphs(paragraphsOf(normalizeBody(draft.body)), title || null);
  warnings.push(...cleaned.warnings);
  const text = cleaned.paragraphs.join('\n\n');
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_WORDS) {
    const message =
      words === 0
        ? 'no article text found'
        : `too little text for an article (${words} word${words === 1 ? '' : 's'})`;
    return failed('no-text', origin.source, message, origin.locator);
  }
  if (title === '') {
    title = deriveTitle(text);
    fields.title = 'first sentence';
  }

  const published = normalizePublished(draft.published);
  if (draft.published && !published)
    warnings.push(`unreadable publication date "${draft.published}" ignored`);
  else if (published === null) delete fields.published;

  const { language, from: languageFrom } = identifyLanguage(text, draft.declaredLanguage ?? null);
  fields.language = languageFrom;
  if (language !== null && language !== 'en') {
    warnings.push(`language is "${language}", not English: stored, but English extraction will not apply`);
  }

  const inline = (v: string | null | undefined) => (v ? normalizeInline(v) || null : null);
  const section = inline(draft.section);
  const outlet = inline(draft.outlet);
  const url = inline(draft.url);
  const contentHash = sha256(
    [title, published ?? '', section ?? '', outlet ?? '', url ?? '', text].join('\u0000'),
  );
  const sourceId = inline(draft.id);
  if (!sourceId) fields.id = 'content hash';

  const article: Article = {
    // Without an id of its own an article is its outlet, url and text: the same wire story from two
    // outlets is two articles, while a corrected headline or date is a new version of the same one.
    id: sourceId ?? sha256([outlet ?? '', url ?? '', text].join('\u0000')).slice(0, 16),
    title,
    published,
    section,
    outlet,
    url,
    language,
    text,
    origin: {
      source: origin.source,
      format: origin.format,
      ...(origin.locator ? { locator: origin.locator } : {}),
      fields,
    },
    warnings,
    contentHash,
  };
  return { ok: true, value: article };
}

// Words whose period does not end a sentence: initials ("U.S."), titles and common abbreviations.
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:\p{L}\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Sen|Rep|Gov|Prof|St|No|Inc|Co|Corp|Ltd|Jr|Sr|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u;

// Characters before a period searched for an abbreviation: more than the longest one with its space.
const ABBREVIATION_WINDOW = 32;

/**
 * The last characters of `s`, for ABBREVIATION to test: testing the whole prefix at every period made
 * deriving a title quadratic. A cut inside the text is marked with a NUL, which is neither the start of
 * the text nor a space, so a word cut in two is not taken for an abbreviation.
 */
function endOf(s: string): string {
  return s.length <= ABBREVIATION_WINDOW ? s : `\u0000${s.slice(-ABBREVIATION_WINDOW)}`;
}

/** The first sentence, cut at a word boundary when long: a readable stand-in for a missing headline. */
export function deriveTitle(text: string): string {
  const paragraph = text.split('\n\n', 1)[0] ?? '';
  let sentence = paragraph;
  // A sentence ends at . ! ? (and any closing quotes after it) before a space and a capitalized word.
  for (const m of paragraph.matchAll(/[.!?]["”’')]*(?=\s+["“‘'(]?\p{Lu})/gu)) {
    const upTo = paragraph.slice(0, (m.index as number) + m[0].length);
    if (m[0] === '.' && ABBREVIATION.test(endOf(upTo))) continue;
    sentence = upTo;
    break;
  }
  sentence = sentence.trim();
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
