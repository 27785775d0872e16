import type { Article } from '../../core/article.js';
import { failed, type InputProblemCode, type ReadResult } from '../../core/problem.js';
import { splitByteLines } from '../byte-lines.js';
import { decodeBytes } from '../decode.js';
import { finalizeArticle } from '../finalize-article.js';
import { describeIoError, formatBytes, type InputSource } from '../input-source.js';
import type { Reader, ReadOptions } from '../reader.js';
import { mapRecord } from '../record-mapping.js';

/** JSON Lines: one JSON object per line, streamed, each line an article or a problem of its own. */
export const jsonlReader: Reader = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  matches: (head) => /^\s*\{\s*"/.test(head),
  async *read(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult<Article>> {
    const fail = (locator: string, message: string, code: InputProblemCode = 'malformed') =>
      failed(code, source.name, message, locator);
    let lines = 0;
    try {
      for await (const line of splitByteLines(source.stream(), options.maxRecordBytes)) {
        lines = line.number;
        const locator = `line ${line.number}`;
        if (line.kind === 'too-long') {
          yield fail(
            locator,
            `line is ${formatBytes(line.length)}, over the record limit of ${formatBytes(options.maxRecordBytes)} (--max-record-bytes)`,
            'too-large',
          );
          continue;
        }
        const decoded = decodeBytes(line.bytes);
        if (decoded.text.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(decoded.text);
        } catch (error) {
          yield fail(locator, `malformed JSON: ${(error as Error).message}`);
          continue;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          yield fail(
            locator,
            `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`,
          );
          continue;
        }
        const mapped = mapRecord(value as Record<string, unknown>, options);
        if (!mapped.ok) {
          yield fail(locator, mapped.message);
          continue;
        }
        mapped.draft.warnings.push(...decoded.warnings);
        yield finalizeArticle(mapped.draft, { source: source.name, format: 'jsonl', locator });
      }
    } catch (error) {
      // The file vanished or became unreadable part-way: what was read stays read.
      const io = describeIoError(error);
      yield fail(`line ${lines + 1}`, `stopped reading: ${io.message}`, 'unreadable');
    }
  },
};
