import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMentionPipeline } from '../../src/extract/configuration.js';
import { type Extraction, extractArticle } from '../../src/extract/extraction.js';
import { readFile } from '../helpers.js';

/*
 * The seed article through the whole mention layer, against test/golden/extract/seed.json (rewrite with
 * UPDATE_GOLDEN=1 after an intended change, and read the diff), plus the facts issue #3 lists, asserted
 * one by one so a golden rewrite cannot quietly lose them.
 */
const SEED = 'samples/000_b07c66c74a7c42d3.txt';
const pipeline = createMentionPipeline();

async function seedExtraction(): Promise<Extraction> {
  const [article] = (await readFile(SEED)).articles;
  if (!article) throw new Error('seed did not read');
  return extractArticle(pipeline, article);
}

describe('mention layer on the seed', () => {
  it('matches the golden file', async () => {
    const actual = await seedExtraction();
    const path = 'test/golden/extract/seed.json';
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('keeps every offset pointing at its text', async () => {
    const x = await seedExtraction();
    const text = x.article.text;
    const title = x.article.title;
    for (const e of x.entities)
      for (const m of e.mentions)
        expect((m.field === 'title' ? title : text).slice(m.start, m.end)).toBe(m.text);
    for (const c of x.claims)
      for (const ev of c.evidence)
        expect((ev.field === 'title' ? title : text).slice(ev.start, ev.end)).toBe(ev.text);
    for (const t of x.times) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const a of x.amounts) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it.each([
    ['state:PRK', 'North Korea'],
    ['group:hamas', 'Hamas'],
    ['state:ISR', 'Israel'],
    ['state:IRN', 'Iran'],
    ['group:hezbollah', 'Hezbollah'],
    ['state:LBN', 'Lebanese'],
    ['place:beirut', 'Beirut'],
    ['place:bangkok-airport', 'Bangkok airport'],
    ['place:gaza-strip', 'Gaza'],
    ['place:kibbutz-sufa', 'Kibbutz Sufa'],
    ['outlet:the-telegraph', 'Telegraph'],
    ['unit:idf', 'Israeli Defense Forces'],
    ['anon:2701141:lebanese-based-trading-company', 'Lebanese-based trading company'],
  ])('finds %s as "%s"', async (id, text) => {
    const entity = (await seedExtraction()).entities.find((e) => e.id === id);
    expect(entity?.mentions.map((m) => m.text)).toContain(text);
  });

  it('places Bangkok airport in Thailand and the IDF in Israel', async () => {
    const x = await seedExtraction();
    expect(x.entities.find((e) => e.id === 'place:bangkok-airport')?.country).toBe('THA');
    expect(x.entities.find((e) => e.id === 'unit:idf')?.country).toBe('ISR');
    expect(x.entities.find((e) => e.id === 'anon:2701141:lebanese-based-trading-company')?.country).toBe(
      'LBN',
    );
  });

  it.each([
    ['rockets', 'rockets'],
    ['missiles', 'missiles'],
    ['communications equipment', 'communications'],
    ['surface-to-air missiles', 'air_defence'],
    ['rocket propelled grenades', 'light_weapons'],
  ])('types the weapon "%s" as %s', async (text, category) => {
    const weapon = (await seedExtraction()).entities.find(
      (e) => e.type === 'weapon' && e.mentions.some((m) => m.text === text),
    );
    expect(weapon?.category).toBe(category);
  });

  it('reads the amounts and times', async () => {
    const x = await seedExtraction();
    expect(x.amounts.map((a) => [a.text, a.min, a.max, a.unit])).toEqual(
      expect.arrayContaining([
        ['hundreds of thousands of dollars', 100_000, 999_999, 'USD'],
        ['35 tons', 35, 35, 't'],
        ['hundreds of new missiles', 100, 999, 'items'],
      ]),
    );
    expect(x.times.map((t) => [t.text, t.interval.start, t.interval.end])).toEqual(
      expect.arrayContaining([
        ['July 17, 2014', '2014-07-17', '2014-07-17'],
        ['two weeks ago', '2014-07-13', '2014-07-13'],
        ['2009', '2009-01-01', '2009-12-31'],
      ]),
    );
  });

  it('resolves the descriptions the article uses for its actors', async () => {
    const x = await seedExtraction();
    const resolved = (id: string) =>
      x.entities
        .find((e) => e.id === id)
        ?.mentions.filter((m) => m.via !== 'gazetteer')
        .map((m) => m.text);
    expect(resolved('group:hamas')).toEqual(
      expect.arrayContaining(['the militant Palestinian organisation', 'the two']),
    );
    expect(resolved('state:PRK')).toEqual(expect.arrayContaining(['the two', 'The North Korean regime']));
  });
});
