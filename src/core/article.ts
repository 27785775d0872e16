/**
 * The article every reader produces, whatever the input format. `text` is the cleaned body that every
 * later offset points into; `origin` says where the article and each of its fields came from.
 */
export interface Article {
  /** The source's own id where the input has one, else a stable hash of the content. */
  readonly id: string;
  readonly title: string;
  /** ISO 8601 date or date-time, only as precise as the input. */
  readonly published: string | null;
  readonly section: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO 639-1 code, or null when the text is too short or unlike any known language. */
  readonly language: string | null;
  readonly text: string;
  readonly origin: ArticleOrigin;
  /** What cleaning changed or doubted (a removed repeated paragraph, a legacy encoding, …). */
  readonly warnings: readonly string[];
  /** sha256 over the fields that define a version (title, published, section, outlet, url, text). */
  readonly contentHash: string;
}

export const ARTICLE_FIELDS = [
  'id',
  'title',
  'published',
  'section',
  'outlet',
  'url',
  'language',
  'text',
] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export interface ArticleOrigin {
  /** The file path, or `<stdin>`. */
  readonly source: string;
  readonly format: FormatName;
  /** Where in the source: `line 12` (JSONL/CSV), `item 3` (feeds); absent for one-article files. */
  readonly locator?: string;
  /** For each field, what it was taken from: `title line`, `json-ld NewsArticle.datePublished`, `first sentence`, … */
  readonly fields: Partial<Record<ArticleField, string>>;
}

export const FORMAT_NAMES = ['dump', 'text', 'html', 'feed', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
