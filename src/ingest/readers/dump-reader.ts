import type { Article } from '../../core/article.js';
import { failed, type ReadResult } from '../../core/problem.js';
import type { ArticleDraft } from '../article-draft.js';
import { finalizeArticle } from '../finalize-article.js';
import type { InputSource } from '../input-source.js';
import { parseDateline } from '../published.js';
import { readDocument } from '../read-document.js';
import type { Reader, ReadOptions } from '../reader.js';

/*
 * The raw dump format of the news archive the project started from:
 *
 *   <title> <numeric source id>
 *   [one-letter marker]
 *   <section>
 *   <dateline: "Sunday, July 27, 2014 11:22 AM">
 *   <body: one paragraph a line, the title repeated first, lines of non-breaking spaces between some>
 *
 * Blank lines and lines of non-breaking spaces may sit between any of these.
 */

const TITLE_WITH_ID = /^(.*\S)\s+(\d{5,})\s*$/;
const MARKER = /^\p{L}$/u;
const HEADER_LOOKAHEAD = 6;

const isBlank = (line: string) => line.replace(/[\s\u00a0]/g, '') === '';

interface DumpHeader {
  readonly title: string;
  readonly id: string;
  readonly section: string | null;
  readonly dateline: string;
  readonly published: string;
  readonly bodyStart: number;
}

function parseHeader(lines: readonly string[]): DumpHeader | null {
  const content: number[] = [];
  for (let i = 0; i < lines.length && content.length < HEADER_LOOKAHEAD; i++) {
    if (!isBlank(lines[i] as string)) content.push(i);
  }
  const titleMatch = content.length
    ? TITLE_WITH_ID.exec((lines[content[0] as number] as string).trim())
    : null;
  if (!titleMatch) return null;
  let section: string | null = null;
  for (const index of content.slice(1)) {
    const line = (lines[index] as string).trim();
    const published = parseDateline(line);
    if (published) {
      return {
        title: titleMatch[1] as string,
        id: titleMatch[2] as string,
        section,
        dateline: line,
        published,
        bodyStart: index + 1,
      };
    }
    if (!MARKER.test(line)) {
      if (section !== null) return null; // two non-date lines after the title: not this format
      section = line;
    }
  }
  return null;
}

export const dumpReader: Reader = {
  format: 'dump',
  extensions: [],
  matches: (head) => parseHeader(head.split(/\r?\n/)) !== null,
  async *read(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult<Article>> {
    const doc = await readDocument(source, 'dump', options.maxBytes);
    if (!doc.ok) return yield doc;
    const lines = doc.value.text.split(/\r?\n/);
    const header = parseHeader(lines);
    if (!header) {
      return yield failed(
        'malformed',
        source.name,
        'not a dump: no "<title> <id>" line followed by a dateline',
      );
    }
    const warnings = [...doc.value.warnings];
    // Lines of non-breaking spaces separate paragraphs: make them blank so normalization sees a break.
    const body = lines
      .slice(header.bodyStart)
      .map((line) => (isBlank(line) ? '' : line))
      .join('\n');
    const draft: ArticleDraft = {
      id: header.id,
      title: header.title,
      published: header.published,
      section: header.section,
      body,
      fields: {
        id: 'title line (trailing number)',
        title: 'title line',
        published: 'dateline',
        text: 'body after dateline',
      },
      warnings,
    };
    if (header.section) draft.fields.section = 'line after title';
    yield finalizeArticle(draft, { source: source.name, format: 'dump' });
  },
};
