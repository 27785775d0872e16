import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type ByteLine, splitByteLines } from './byte-lines.js';

type Simple = { n: number; text: string } | { n: number; tooLong: number };

async function collect(chunks: Buffer[], maxBytes = 1024): Promise<Simple[]> {
  const out: Simple[] = [];
  for await (const line of splitByteLines(Readable.from(chunks), maxBytes)) out.push(simplify(line));
  return out;
}

function simplify(line: ByteLine): Simple {
  return line.kind === 'line'
    ? { n: line.number, text: line.bytes.toString('utf8') }
    : { n: line.number, tooLong: line.length };
}

/** Splits `text`'s UTF-8 bytes at the given byte offsets. */
function chunked(text: string | Buffer, ...cuts: number[]): Buffer[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const chunks: Buffer[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  return chunks;
}

// Bytes: "é" at 12–13, newline at 28, "’" at 43–45, newline at 54, "€" at 65–67.
const JSONL = '{"title":"Frégate livrée"}\n{"title":"Iran’s navy"}\n{"title":"€2m deal"}\n';

describe('splitByteLines', () => {
  it.each([
    ['one chunk', [Buffer.from(JSONL)]],
    ['one byte at a time', [...Buffer.from(JSONL)].map((b) => Buffer.from([b]))],
    ['cut inside "é" (2 bytes)', chunked(JSONL, 13)],
    ['cut inside "’" (3 bytes), twice', chunked(JSONL, 44, 45)],
    ['cut right before and right after a newline', chunked(JSONL, 28, 29)],
    ['right after a newline and inside "€"', chunked(JSONL, 55, 66)],
    ['empty chunks in between', [Buffer.alloc(0), ...chunked(JSONL, 10, 10, 30), Buffer.alloc(0)]],
  ])('splits lines the same whatever the chunking: %s', async (_name, chunks) => {
    expect(await collect(chunks)).toEqual([
      { n: 1, text: '{"title":"Frégate livrée"}' },
      { n: 2, text: '{"title":"Iran’s navy"}' },
      { n: 3, text: '{"title":"€2m deal"}' },
    ]);
  });

  it.each([
    ['CRLF', 'alpha\r\nbravo\r\n', ['alpha', 'bravo']],
    ['CRLF split between chunks', chunked('alpha\r\nbravo\r\n', 6), ['alpha', 'bravo']],
    ['last line without newline', 'alpha\nbravo', ['alpha', 'bravo']],
    ['last line with CR only at the end', 'alpha\nbravo\r', ['alpha', 'bravo']],
    ['only one CR is stripped', 'alpha\r\r\n', ['alpha\r']],
    ['CR in the middle kept', 'al\rpha\n', ['al\rpha']],
    ['empty lines are numbered', 'alpha\n\n\nbravo\n', ['alpha', '', '', 'bravo']],
    ['leading empty line', '\nalpha\n', ['', 'alpha']],
    ['a blank CRLF line', 'alpha\r\n\r\nbravo', ['alpha', '', 'bravo']],
    ['trailing blank line before EOF', 'alpha\n\n', ['alpha', '']],
    ['single newline', '\n', ['']],
    ['empty stream', '', []],
  ])('%s', async (_name, input, expected) => {
    const chunks = typeof input === 'string' ? [Buffer.from(input)] : input;
    const lines = await collect(chunks);
    expect(lines).toEqual(expected.map((text, i) => ({ n: i + 1, text })));
  });

  it('keeps the bytes undecoded (Windows-1252 stays as it was)', async () => {
    const latin = Buffer.from([0x49, 0x72, 0x61, 0x6e, 0x92, 0x73, 0x0a, 0x80, 0x35, 0x6d]);
    const lines: ByteLine[] = [];
    for await (const line of splitByteLines(Readable.from(chunked(latin, 5)), 100)) lines.push(line);
    expect(lines.map((l) => (l.kind === 'line' ? [...l.bytes] : null))).toEqual([
      [0x49, 0x72, 0x61, 0x6e, 0x92, 0x73],
      [0x80, 0x35, 0x6d],
    ]);
  });

  describe('maxBytes', () => {
    const long = 'x'.repeat(25);

    it('reports a line over maxBytes as too-long with its length and keeps numbering', async () => {
      expect(await collect([Buffer.from(`short\n${long}\nafter\n\nlast`)], 10)).toEqual([
        { n: 1, text: 'short' },
        { n: 2, tooLong: 25 },
        { n: 3, text: 'after' },
        { n: 4, text: '' },
        { n: 5, text: 'last' },
      ]);
    });

    it('counts the whole length of a long line spread over many chunks', async () => {
      const text = `a\n${long}\nb\n`;
      expect(await collect(chunked(text, 3, 7, 12, 20, 27), 10)).toEqual([
        { n: 1, text: 'a' },
        { n: 2, tooLong: 25 },
        { n: 3, text: 'b' },
      ]);
    });

    it('counts the length in bytes, not characters', async () => {
      // 4 × "€" = 12 bytes.
      expect(await collect([Buffer.from('€€€€\nok')], 10)).toEqual([
        { n: 1, tooLong: 12 },
        { n: 2, text: 'ok' },
      ]);
    });

    it('accepts a line of exactly maxBytes', async () => {
      expect(await collect([Buffer.from('0123456789\n')], 10)).toEqual([{ n: 1, text: '0123456789' }]);
    });

    it('reports a too-long last line without a newline', async () => {
      expect(await collect(chunked(`ok\n${long}`, 8), 10)).toEqual([
        { n: 1, text: 'ok' },
        { n: 2, tooLong: 25 },
      ]);
    });

    it('reports consecutive too-long lines separately', async () => {
      expect(await collect([Buffer.from(`${long}\n${long}${long}\nok\n`)], 10)).toEqual([
        { n: 1, tooLong: 25 },
        { n: 2, tooLong: 50 },
        { n: 3, text: 'ok' },
      ]);
    });

    it('does not let bytes of a too-long line leak into the next line', async () => {
      const lines = await collect(chunked(`${'y'.repeat(8)}zzzz\nnext\n`, 4, 9), 10);
      expect(lines).toEqual([
        { n: 1, tooLong: 12 },
        { n: 2, text: 'next' },
      ]);
    });
  });
});
