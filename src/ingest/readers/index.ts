import type { FormatName } from '../../core/article.js';
import type { Reader } from '../reader.js';
import { csvReader } from './csv-reader.js';
import { dumpReader } from './dump-reader.js';
import { feedReader } from './feed-reader.js';
import { htmlReader } from './html-reader.js';
import { jsonlReader } from './jsonl-reader.js';
import { textReader } from './text-reader.js';

/**
 * Every reader, in the order their content signatures are tried. Order matters: a feed is XML that may
 * embed HTML, so feeds are tested before HTML; the dump format is plain text with a stricter shape, so it
 * is tested before the plain-text fallback (which matches nothing by content).
 */
export const READERS: readonly Reader[] = [
  feedReader,
  htmlReader,
  dumpReader,
  jsonlReader,
  csvReader,
  textReader,
];

export function readerFor(format: FormatName): Reader {
  const reader = READERS.find((r) => r.format === format);
  if (!reader) throw new Error(`no reader for format ${format}`);
  return reader;
}

// An XML declaration (after a BOM and white space) says the content is XML, whatever the extension.
const XML_DECLARATION = /^\uFEFF?\s*<\?xml[\s?]/;

/**
 * Chooses a reader: a content signature first (a `.txt` file holding a dump is a dump), then other XML
 * (not a feed or an XHTML page) to the feed reader, which says what it is rather than storing its tags as
 * text, then the extension, then plain text.
 */
export function chooseReader(head: string, extension: string): Reader {
  return (
    READERS.find((r) => r.matches(head)) ??
    (XML_DECLARATION.test(head) && !htmlReader.extensions.includes(extension) ? feedReader : undefined) ??
    READERS.find((r) => r.extensions.includes(extension)) ??
    readerFor('text')
  );
}
