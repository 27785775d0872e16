import type { ArticleField } from '../core/article.js';

/**
 * What a reader hands on: the fields as the source gives them (raw body, untrimmed title) and where
 * each came from. `finalizeArticle` turns a draft into an `Article`; readers never normalize themselves,
 * so every format gets the same cleaning.
 */
export interface ArticleDraft {
  id?: string | null;
  title?: string | null;
  published?: string | null;
  section?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** A language the source declares (HTML lang, feed language); detection decides. */
  declaredLanguage?: string | null;
  body: string;
  fields: Partial<Record<ArticleField, string>>;
  warnings: string[];
}
