import type { FormatName } from '../core/article.js';
import { failed, type InputProblemCode, type ReadResult } from '../core/problem.js';
import { decodeBytes } from './decode.js';
import { describeIoError, formatBytes, type InputSource, TooLargeError } from './input-source.js';

export interface Document {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Reads a whole source as text for the whole-file readers: size limit, decoding, one problem on failure. */
export async function readDocument(
  source: InputSource,
  format: FormatName,
  maxBytes: number,
): Promise<ReadResult<Document>> {
  const fail = (code: InputProblemCode, message: string) => failed(code, source.name, message);
  let bytes: Buffer;
  try {
    bytes = await source.readAll(maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) return fail('too-large', `${format} file is ${error.message}`);
    const io = describeIoError(error);
    return fail(io.code === 'ENOENT' ? 'not-found' : 'unreadable', io.message);
  }
  if (bytes.length === 0) return fail('empty', 'empty file');
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === '') return fail('empty', `only white space (${formatBytes(bytes.length)})`);
  return { ok: true, value: { text: decoded.text, warnings: decoded.warnings } };
}
