import type { Article } from '../../core/article.js';
import type { ReadResult } from '../../core/problem.js';
import { finalizeArticle } from '../finalize-article.js';
import type { InputSource } from '../input-source.js';
import { readDocument } from '../read-document.js';
import type { Reader, ReadOptions } from '../reader.js';

// A first line longer than this is a paragraph, not a headline.
const MAX_TITLE_LINE = 200;

/** Plain text: the first line is the title when it looks like one, the rest is the body. */
export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text', ''],
  matches: () => false, // the fallback: chosen by extension or when nothing else matches
  async *read(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult<Article>> {
    const doc = await readDocument(source, 'text', options.maxBytes);
    if (!doc.ok) return yield doc;
    const text = doc.value.text.replace(/^\s*\n/, '');
    const newline = text.indexOf('\n');
    const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
    const rest = newline < 0 ? '' : text.slice(newline + 1);
    const hasTitleLine = firstLine.length <= MAX_TITLE_LINE && rest.trim() !== '';
    yield finalizeArticle(
      {
        title: hasTitleLine ? firstLine : null,
        body: hasTitleLine ? rest : text,
        fields: hasTitleLine
          ? { title: 'first line', text: 'lines after the first' }
          : { text: 'whole file' },
        warnings: [...doc.value.warnings],
      },
      { source: source.name, format: 'text' },
    );
  },
};
