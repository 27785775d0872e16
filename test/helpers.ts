import type { Article, FormatName } from '../src/core/article.js';
import type { InputProblem } from '../src/core/problem.js';
import { readSource } from '../src/ingest/ingest.js';
import { fileSource } from '../src/ingest/input-source.js';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../src/ingest/reader.js';

export interface ReadOutcome {
  readonly articles: Article[];
  readonly problems: InputProblem[];
}

/** Reads one file the way `armstrace ingest` does (format chosen by content and extension). */
export async function readFile(
  path: string,
  options: Partial<ReadOptions> = {},
  format?: FormatName,
): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { articles: [], problems: [] };
  for await (const result of readSource(fileSource(path), { ...DEFAULT_READ_OPTIONS, ...options }, format)) {
    if (result.ok) outcome.articles.push(result.value);
    else outcome.problems.push(result.problem);
  }
  return outcome;
}

/** Slices every article's text by paragraph, for assertions on structure. */
export const paragraphs = (a: Article) => a.text.split('\n\n');
