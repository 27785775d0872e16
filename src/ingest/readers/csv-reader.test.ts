import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../core/article.js';
import type { InputProblem } from '../../core/problem.js';
import { type InputSource, streamSource } from '../input-source.js';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../reader.js';
import { csvReader } from './csv-reader.js';
import { type DroppedRecord, RecordLimiter } from './csv-record-limit.js';

interface Outcome {
  articles: Article[];
  problems: InputProblem[];
}

async function read(source: InputSource, options: Partial<ReadOptions> = {}): Promise<Outcome> {
  const outcome: Outcome = { articles: [], problems: [] };
  for await (const result of csvReader.read(source, { ...DEFAULT_READ_OPTIONS, ...options })) {
    if (result.ok) outcome.articles.push(result.value);
    else outcome.problems.push(result.problem);
  }
  return outcome;
}

const csv = (content: string | Buffer, chunkSize = 64 * 1024) => {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return streamSource('wire.csv', Readable.from(chunks), { extension: '.csv' });
};

const TEXT = 'The navy ordered four patrol boats from the national shipyard on Monday';
const locators = (o: Outcome) => o.articles.map((a) => [a.id, a.origin.locator]);

describe('csvReader', () => {
  it('turns an error in the source stream into one problem, keeping the rows read before it', async () => {
    const rows = `id,text\n1,${TEXT}\n2,${TEXT}\n`;
    const source: InputSource = {
      name: 'vanishing.csv',
      extension: '.csv',
      head: async () => Buffer.from(rows),
      readAll: async () => Buffer.from(rows),
      stream: () =>
        new Readable({
          read() {
            this.push(Buffer.from(rows));
            this.destroy(Object.assign(new Error('input/output error'), { code: 'EIO' }));
          },
        }),
    };
    const outcome = await read(source);
    expect(outcome.problems).toEqual([
      {
        code: 'unreadable',
        source: 'vanishing.csv',
        message: expect.stringMatching(/^stopped reading: cannot read \(EIO: input\/output error\)/),
      },
    ]);
    // Whatever was parsed before the error is kept (none or both rows, depending on timing).
    expect(outcome.articles.length === 0 || outcome.articles.length === 2).toBe(true);
  }, 5_000);

  it('skips a row over the record limit and goes on, with line numbers as in the file', async () => {
    const huge = `${'arms '.repeat(60)}\n${'more '.repeat(60)}\n${'end '.repeat(20)}`;
    const content = [
      'id,title,text',
      `1,First,"${TEXT}"`,
      `2,Huge,"${huge}"`,
      `3,After,"${TEXT},\nsecond line"`,
      `4,Last,${TEXT}`,
      '',
    ].join('\n');
    const outcome = await read(csv(content, 100), { maxRecordBytes: 200 });
    expect(locators(outcome)).toEqual([
      ['1', 'line 2'],
      ['3', 'line 7'],
      ['4', 'line 8'],
    ]);
    expect(outcome.problems).toEqual([
      {
        code: 'too-large',
        source: 'wire.csv',
        locator: 'line 3',
        message:
          'row is 692 bytes, over the record limit of 200 bytes (--max-record-bytes): skipped, reading went on after it',
      },
    ]);
  });

  it('skips several long rows in a CR LF file, whatever the chunking', async () => {
    const long = 'x'.repeat(300);
    const content = [
      'id,text',
      `1,${TEXT}`,
      `2,"${long}"`,
      `3,${long}`,
      `4,"${TEXT}\r\nand a second line"`,
      `5,${long}`,
      `6,${TEXT}`,
      '',
    ].join('\r\n');
    // Line numbers are csv-parse's, the same as without the long rows: it counts the CR LF inside
    // row 4's quoted field as two lines.
    for (const chunkSize of [1, 7, 1000]) {
      const outcome = await read(csv(content, chunkSize), { maxRecordBytes: 200 });
      expect(locators(outcome)).toEqual([
        ['1', 'line 2'],
        ['4', 'line 7'],
        ['6', 'line 9'],
      ]);
      expect(outcome.problems.map((p) => [p.code, p.locator])).toEqual([
        ['too-large', 'line 3'],
        ['too-large', 'line 4'],
        ['too-large', 'line 8'],
      ]);
      expect(outcome.articles[1]?.text).toBe(`${TEXT}\n\nand a second line`);
    }
    const short = await read(csv(content.replaceAll(long, TEXT)), { maxRecordBytes: 200 });
    expect(locators(short)).toEqual([
      ['1', 'line 2'],
      ['2', 'line 3'],
      ['3', 'line 4'],
      ['4', 'line 7'],
      ['5', 'line 8'],
      ['6', 'line 9'],
    ]);
  });

  it('says that parsing stopped, should csv-parse still meet a row over the limit', async () => {
    // Without the limiter in front (a pass-through here), csv-parse cannot go past such a row.
    const spy = vi.spyOn(RecordLimiter.prototype, 'rows').mockImplementation(async function* (chunks) {
      yield* chunks;
    });
    try {
      const content = `id,text\n1,${TEXT}\n2,${'x'.repeat(300)}\n3,${TEXT}\n`;
      const outcome = await read(csv(content, 50), { maxRecordBytes: 200 });
      expect(locators(outcome)).toEqual([['1', 'line 2']]);
      expect(outcome.problems).toEqual([
        {
          code: 'too-large',
          source: 'wire.csv',
          locator: 'line 3',
          message:
            'malformed CSV: row over the record limit of 200 bytes (--max-record-bytes); parsing stopped there and the rest of the file was not read',
        },
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('says so when a quote is never closed and the rest of the file is over the limit', async () => {
    const content = `id,text\n1,${TEXT}\n2,"never closed\n${`${TEXT}\n`.repeat(10)}`;
    const outcome = await read(csv(content), { maxRecordBytes: 300 });
    expect(locators(outcome)).toEqual([['1', 'line 2']]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        code: 'too-large',
        locator: 'line 3',
        message: expect.stringMatching(
          /^a quoted field is never closed: the rest of the file from here is one row of .* or more, over the record limit of 300 bytes/,
        ),
      }),
    ]);
  });

  it('warns on the rows where bytes did not fit the encoding chosen from the head', async () => {
    // The first 64 KiB are valid UTF-8; a Windows-1252 apostrophe (0x92) comes later.
    const filler = Array.from({ length: 800 }, (_, i) => `${i + 1},Zürich,${TEXT}\n`).join('');
    const content = Buffer.concat([
      Buffer.from(`id,title,text\n${filler}`),
      Buffer.from('801,Late,The navy'),
      Buffer.from([0x92]),
      Buffer.from(`s new boats arrived in port on Monday\n802,Clean,${TEXT}\n`),
    ]);
    expect(content.indexOf(0x92)).toBeGreaterThan(64 * 1024);
    const outcome = await read(csv(content));
    expect(outcome.problems).toEqual([]);
    expect(outcome.articles).toHaveLength(802);
    const late = outcome.articles[800] as Article;
    expect(late.text).toBe('The navy\uFFFDs new boats arrived in port on Monday');
    expect(late.warnings).toEqual([
      'invalid UTF-8 bytes replaced with U+FFFD (the file looked like UTF-8 at its start)',
    ]);
    expect(outcome.articles[0]?.title).toBe('Zürich');
    expect(outcome.articles.filter((a) => a.warnings.length > 0)).toEqual([late]);
  });

  it('reads a head that is UTF-8 but for a stray byte as UTF-8, not as Windows-1252', async () => {
    const content = Buffer.concat([
      Buffer.from(`id,title,text\n1,Zürich,${TEXT}\n2,Genève,The navy`),
      Buffer.from([0x92]),
      Buffer.from('s new boats arrived in port on Monday\n'),
    ]);
    const outcome = await read(csv(content));
    expect(outcome.articles.map((a) => [a.title, a.warnings.length])).toEqual([
      ['Zürich', 0],
      ['Genève', 1],
    ]);
  });
});

describe('RecordLimiter', () => {
  async function limit(text: string, maxBytes: number, chunkSize: number) {
    const dropped: DroppedRecord[] = [];
    const limiter = new RecordLimiter(',', maxBytes, (d) => dropped.push(d));
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
    let out = '';
    for await (const piece of limiter.rows(chunks)) out += piece;
    return { out, dropped, limiter };
  }

  it('passes rows within the limit through unchanged, quotes and line breaks included', async () => {
    const text = 'a,b\n"x ""y"", z",2\r\n"multi\nline",3\rlast,"bad "quote" here"\n,"" \n';
    for (const size of [1, 2, 5, 100]) {
      const { out, dropped } = await limit(text, 1000, size);
      expect(out).toBe(text);
      expect(dropped).toEqual([]);
    }
  });

  it('counts the limit in UTF-8 bytes', async () => {
    const { out, dropped } = await limit('a\nüüüü\nb\n', 8, 3);
    expect(out).toBe('a\nb\n');
    expect(dropped).toEqual([{ line: 2, bytes: 9, unclosedQuote: false }]);
  });

  it('maps the parser line numbers after dropped rows back to the file', async () => {
    const text = 'h\n"long\nlong\nlong"\nok\nlonglonglong\nok\n';
    const { out, dropped, limiter } = await limit(text, 10, 4);
    expect(out).toBe('h\nok\nok\n');
    expect(dropped.map((d) => d.line)).toEqual([2, 6]);
    expect([1, 2, 3].map((line) => limiter.lineInFile(line))).toEqual([1, 5, 7]);
  });
});
