import type { Readable } from 'node:stream';

export type ByteLine =
  | { readonly kind: 'line'; readonly number: number; readonly bytes: Buffer }
  | { readonly kind: 'too-long'; readonly number: number; readonly length: number };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without decoding (0x0A never occurs inside a UTF-8 or Windows-1252
 * character), so each line can be decoded on its own. A line over `maxBytes` is not buffered: its bytes
 * are counted and dropped, and it is reported as too long. Memory stays bounded by `maxBytes`.
 */
export async function* splitByteLines(stream: Readable, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let number = 1;
  const finish = (): ByteLine => {
    const line: ByteLine = overflow
      ? { kind: 'too-long', number, length }
      : {
          kind: 'line',
          number,
          bytes: stripCr(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length)),
        };
    parts = [];
    length = 0;
    overflow = false;
    number++;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline < 0 ? chunk.length : newline;
      length += end - start;
      if (length > maxBytes) overflow = true;
      if (!overflow && end > start) parts.push(chunk.subarray(start, end));
      if (overflow) parts = [];
      if (newline < 0) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (length > 0 || overflow) yield finish();
}

function stripCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
