import type { Article, ArticleField, FormatName } from '../core/article.js';
import type { ReadResult } from '../core/problem.js';
import type { InputSource } from './input-source.js';

export interface ReadOptions {
  /** Largest file a whole-file reader takes (HTML, feeds, text, dumps). */
  readonly maxBytes: number;
  /** Largest single record a streaming reader takes (one JSONL line, one CSV row). */
  readonly maxRecordBytes: number;
  /** JSONL/CSV column for each article field, e.g. `{ text: 'body', title: 'headline' }`. */
  readonly fieldMap: Readonly<Partial<Record<MappedField, string>>>;
}

/** Every article field can be mapped from a column. */
export { ARTICLE_FIELDS as MAPPED_FIELDS } from '../core/article.js';
export type MappedField = ArticleField;

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 50 * 1024 * 1024,
  maxRecordBytes: 10 * 1024 * 1024,
  fieldMap: {},
};

/**
 * One input format. `matches` sniffs the decoded head of a source (its first 64 KiB); `read` yields one
 * result per article or per record that failed, and never throws for bad input: a problem it cannot get
 * past (unreadable file, malformed XML) is yielded as a single failed result.
 */
export interface Reader {
  readonly format: FormatName;
  /** Extensions that choose this reader when the content alone does not decide. */
  readonly extensions: readonly string[];
  /** True when the head is unmistakably this format (checked before extensions). */
  matches(head: string): boolean;
  read(source: InputSource, options: ReadOptions): AsyncIterable<ReadResult<Article>>;
}
