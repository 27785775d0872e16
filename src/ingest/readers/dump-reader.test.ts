import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../test/helpers.js';

const SEED = 'samples/000_b07c66c74a7c42d3.txt';

describe('dump reader on the seed article', () => {
  it('reads the header: id, title, section, dateline', async () => {
    const { articles, problems } = await readFile(SEED);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [seed] = articles;
    expect(seed).toMatchObject({
      id: '2701141',
      title: 'Hamas to negotiate weapons deal with North Korea for the delivery of rockets and missiles',
      section: 'Defence & Security News - North Korea',
      published: '2014-07-27T11:22',
      language: 'en',
      origin: { format: 'dump', source: SEED },
    });
  });

  it('drops the repeated title and the repeated paragraph, warning about each', async () => {
    const [seed] = (await readFile(SEED)).articles;
    const text = seed?.text ?? '';
    expect(text.startsWith('According the "Telegraph" newspaper website')).toBe(true);
    expect(text.split('According the "Telegraph"').length - 1).toBe(1);
    expect(text).not.toContain('Hamas to negotiate weapons deal');
    expect(seed?.warnings).toHaveLength(2);
    expect(seed?.warnings[0]).toMatch(/title repeated/);
    expect(seed?.warnings[1]).toMatch(/repeat of paragraph/);
  });

  it('turns lines of non-breaking spaces into paragraph breaks and keeps curly apostrophes', async () => {
    const [seed] = (await readFile(SEED)).articles;
    const text = seed?.text ?? '';
    expect(text).not.toMatch(/\u00a0/);
    expect(text.split('\n\n')).toHaveLength(8);
    expect(text).toContain('Israel’s latest military offensive');
    expect(text).toContain('A picture released by the Israeli Defense Forces');
  });

  const example = '../shared/contract/example-seed.json';
  it.skipIf(!existsSync(example))('cleans exactly as the contract example (needs ../shared)', async () => {
    const expected = JSON.parse(readFileSync(example, 'utf8')).article.text;
    expect((await readFile(SEED)).articles[0]?.text).toBe(expected);
  });
});
