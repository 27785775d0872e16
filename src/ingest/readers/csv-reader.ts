import { pipeline, type Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import type { Article } from '../../core/article.js';
import { failed, type InputProblem, type InputProblemCode, type ReadResult } from '../../core/problem.js';
import { decodeChunks, decodeHead, sniffStreamEncoding } from '../decode.js';
import { finalizeArticle } from '../finalize-article.js';
import { describeIoError, formatBytes, type InputSource } from '../input-source.js';
import type { Reader, ReadOptions } from '../reader.js';
import { mapRecord } from '../record-mapping.js';
import { RecordLimiter } from './csv-record-limit.js';

const HEAD_BYTES = 64 * 1024;
const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter that splits the header line most often, counting outside quotes. */
export function sniffDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of headerLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * CSV/TSV with a header row, streamed; a malformed row is reported with its line and the rest goes on, and
 * so is a row over the record limit (left out before the parser sees it). The encoding is chosen from the
 * head; where it turns out wrong further on, the rows holding U+FFFD say so in a warning.
 */
export const csvReader: Reader = {
  format: 'csv',
  extensions: ['.csv', '.tsv'],
  matches: () => false, // CSV has no signature worth trusting: chosen by extension or --format
  async *read(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult<Article>> {
    const problem = (locator: string | undefined, message: string, code: InputProblemCode = 'malformed') =>
      failed(code, source.name, message, locator);
    let head: Buffer;
    try {
      head = await source.head(HEAD_BYTES);
    } catch (error) {
      return yield problem(undefined, describeIoError(error).message, 'unreadable');
    }
    const encoding = sniffStreamEncoding(head);
    const warnings =
      encoding === 'windows-1252' ? ['not valid UTF-8: decoded as Windows-1252 (Latin-1)'] : [];
    const headText = decodeHead(head);
    const delimiter =
      source.extension === '.tsv' ? '\t' : sniffDelimiter(headText.split(/\r?\n/, 1)[0] ?? '');

    const skipped: InputProblem[] = [];
    const reportedLines = new Set<number>();
    const limit = options.maxRecordBytes;
    const limiter = new RecordLimiter(delimiter, limit, (dropped) => {
      const size = `${formatBytes(dropped.bytes)}${dropped.unclosedQuote ? ' or more' : ''}`;
      skipped.push({
        code: 'too-large',
        source: source.name,
        locator: `line ${dropped.line}`,
        message: dropped.unclosedQuote
          ? `a quoted field is never closed: the rest of the file from here is one row of ${size}, over the record limit of ${formatBytes(limit)} (--max-record-bytes), skipped`
          : `row is ${size}, over the record limit of ${formatBytes(limit)} (--max-record-bytes): skipped, reading went on after it`,
      });
    });
    // The limiter keeps every row within the limit; should csv-parse still meet a longer one, it cannot
    // go past it, and stops.
    let stoppedAt: number | null = null;
    let input: Readable | null = null;
    const parser = parse({
      columns: (header: string[]) => header.map((h) => h.trim()),
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // A stray quote inside a field (`"Bad "quote"`) is common in hand-made exports: keep the row.
      relax_quotes: true,
      max_record_size: limit,
    });
    parser.on('skip', (error: CsvError & { lines?: number }) => {
      // One bad quote can raise several errors on the same line: report the line once.
      const line = limiter.lineInFile(error.lines ?? 0);
      if (reportedLines.has(line)) return;
      reportedLines.add(line);
      if (error.code === 'CSV_MAX_RECORD_SIZE') {
        stoppedAt = line;
        input?.destroy();
        return;
      }
      skipped.push({
        code: 'malformed',
        source: source.name,
        locator: `line ${line}`,
        message: csvMessage(error),
      });
    });

    try {
      input = source.stream();
      // pipeline, not pipe: an error anywhere (the file vanishing mid-read) reaches the parser, and from
      // there this loop, instead of an unhandled 'error' event.
      pipeline(
        input,
        (chunks: AsyncIterable<Buffer>) => decodeChunks(chunks, encoding),
        (texts: AsyncIterable<string>) => limiter.rows(texts),
        parser,
        () => {},
      );
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        yield* skipped.splice(0).map((p) => ({ ok: false as const, problem: p }));
        const locator = `line ${limiter.lineInFile(info.lines)}`;
        const mapped = mapRecord(record, options);
        if (!mapped.ok) {
          yield problem(locator, mapped.message);
          continue;
        }
        mapped.draft.warnings.push(...warnings);
        if (Object.values(record).some((value) => typeof value === 'string' && value.includes('\uFFFD'))) {
          // The encoding was chosen from the head: further on the bytes did not fit it.
          mapped.draft.warnings.push(
            encoding === 'utf-8'
              ? 'invalid UTF-8 bytes replaced with U+FFFD (the file looked like UTF-8 at its start)'
              : `bytes not valid in ${encoding} replaced with U+FFFD`,
          );
        }
        yield finalizeArticle(mapped.draft, { source: source.name, format: 'csv', locator });
      }
    } catch (error) {
      if (stoppedAt === null) {
        const io = describeIoError(error);
        const csv = (error as CsvError).code?.startsWith('CSV_');
        yield problem(
          undefined,
          csv ? csvMessage(error as CsvError) : `stopped reading: ${io.message}`,
          csv ? 'malformed' : 'unreadable',
        );
      }
    }
    yield* skipped.splice(0).map((p) => ({ ok: false as const, problem: p }));
    if (stoppedAt !== null) {
      yield problem(
        `line ${stoppedAt}`,
        `malformed CSV: row over the record limit of ${formatBytes(limit)} (--max-record-bytes); parsing stopped there and the rest of the file was not read`,
        'too-large',
      );
    }
  },
};

function csvMessage(error: CsvError): string {
  const reasons: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (it runs to the end of the file)',
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of fields for the header',
    CSV_RECORD_INCONSISTENT_COLUMNS: 'wrong number of fields for the header',
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside an unquoted or quoted field',
    CSV_MAX_RECORD_SIZE: 'row over the record limit (--max-record-bytes)',
  };
  return `malformed CSV: ${reasons[error.code] ?? error.message}`;
}
