import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import { streamSource } from '../input-source.js';
import { DEFAULT_READ_OPTIONS } from '../reader.js';
import { jsonlReader } from './jsonl-reader.js';

async function readArticles(bytes: Buffer): Promise<Article[]> {
  const articles: Article[] = [];
  const source = streamSource('wire.jsonl', Readable.from([bytes]), { extension: '.jsonl' });
  for await (const result of jsonlReader.read(source, DEFAULT_READ_OPTIONS)) {
    if (!result.ok) throw new Error(result.problem.message);
    articles.push(result.value);
  }
  return articles;
}

const line = (fields: Record<string, string>) => Buffer.from(`${JSON.stringify(fields)}\n`);

describe('jsonlReader encodings', () => {
  it('keeps a UTF-8 line with a stray invalid byte as UTF-8 (no "ZÃ¼rich"), with a warning', async () => {
    const [article] = await readArticles(
      Buffer.concat([
        Buffer.from('{"title": "Arms fair opens in Zürich", "text": "Exhibitors'),
        Buffer.from([0x92]),
        Buffer.from(' stands in Zürich showed drones, rifles and armoured vehicles."}\n'),
      ]),
    );
    expect(article?.title).toBe('Arms fair opens in Zürich');
    expect(article?.text).toBe(
      'Exhibitors\uFFFD stands in Zürich showed drones, rifles and armoured vehicles.',
    );
    expect(article?.warnings).toEqual([
      'invalid UTF-8 bytes replaced with U+FFFD (1 byte; the rest is valid UTF-8)',
    ]);
  });

  it('still decodes a line of legacy bytes as Windows-1252, line by line', async () => {
    const articles = await readArticles(
      Buffer.concat([
        Buffer.from('{"title": "Navy'),
        Buffer.from([0x92]),
        Buffer.from('s new boats", "text": "The navy took delivery of four patrol boats on Monday."}\n'),
        line({ title: 'Zürich talks', text: 'Talks on the arms embargo resumed in Zürich on Monday.' }),
      ]),
    );
    expect(articles.map((a) => [a.title, a.warnings])).toEqual([
      ['Navy’s new boats', ['not valid UTF-8: decoded as Windows-1252 (Latin-1)']],
      ['Zürich talks', []],
    ]);
  });
});
