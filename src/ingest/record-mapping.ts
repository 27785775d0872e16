import type { ArticleField } from '../core/article.js';
import type { ArticleDraft } from './article-draft.js';
import type { MappedField, ReadOptions } from './reader.js';

/** Default column for each field in JSONL and CSV input; `--field text=body` changes one. */
const DEFAULT_COLUMNS: Record<MappedField, readonly string[]> = {
  id: ['id'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'published_at', 'pubdate'],
  section: ['section'],
  outlet: ['outlet', 'source'],
  url: ['url', 'link'],
  text: ['text', 'body', 'content'],
  language: ['language', 'lang'],
};

export type RecordMapping =
  | { readonly ok: true; readonly draft: ArticleDraft }
  | { readonly ok: false; readonly message: string };

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * Maps one flat record (a JSON object or a CSV row) to a draft. A column named by the user must hold a
 * string when present; `text` must be present. Unknown columns are ignored.
 */
export function mapRecord(record: Record<string, unknown>, options: ReadOptions): RecordMapping {
  const draft: ArticleDraft = { body: '', fields: {}, warnings: [] };
  for (const field of Object.keys(DEFAULT_COLUMNS) as MappedField[]) {
    const configured = options.fieldMap[field];
    const column = configured ?? DEFAULT_COLUMNS[field].find((c) => record[c] != null);
    if (column === undefined) continue;
    const raw = record[column];
    if (raw == null) continue;
    const value = scalar(raw);
    if (value === null)
      return { ok: false, message: `field "${column}" is ${typeof raw}, expected a string` };
    if (field === 'text') draft.body = value;
    else if (field === 'language') draft.declaredLanguage = value;
    else draft[field] = value;
    draft.fields[field as ArticleField] = `field "${column}"`;
  }
  if (draft.body.trim() === '') {
    const column = options.fieldMap.text ?? 'text';
    return { ok: false, message: `no article text: field "${column}" is missing or empty` };
  }
  return { ok: true, draft };
}
