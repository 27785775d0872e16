import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nToRb, WORLD } from '../../test/eval-helpers.js';
import type { Article } from '../core/article.js';
import { type EvalReport, evaluateGoldDir } from './evaluate.js';
import type { Predicted } from './score.js';

/*
 * A corpus and gold written here: a text article, a JSONL file of two articles, a gold file pointing at a
 * file that does not exist and one that is not valid. The extractor is a stub, so only the plumbing is
 * under test (reading, picking the article, scoring, errors).
 */
const root = mkdtempSync(join(tmpdir(), 'armstrace-evaluate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CLAIM = {
  label: 'Northland delivers rifles to the Red Brigade',
  type: 'arms_transfer',
  required: true,
  match: { supplier: ['Northland'], recipient: ['Red Brigade'] },
};
const goldFile = (file: string, id: string, claims: unknown[] = [CLAIM]) =>
  JSON.stringify({ article: { file, id, title: null }, claims });

const seen: string[] = [];
const stub = (article: Article): Predicted => {
  seen.push(article.id);
  return {
    claims: article.text.includes('rifles') ? [nToRb('c1')] : [nToRb('c9', { type: 'attack' })],
    entities: WORLD,
  };
};

let report: EvalReport;
beforeAll(async () => {
  mkdirSync(join(root, 'gold'));
  mkdirSync(join(root, 'corpus'));
  writeFileSync(
    join(root, 'corpus', 'story.txt'),
    'Rifles for the Brigade\n\nNorthland delivered rifles to the Red Brigade last spring, the Daily Courier said.\n',
  );
  writeFileSync(
    join(root, 'corpus', 'wire.jsonl'),
    [
      { id: 'w-1', title: 'Port reopens', text: 'The port of Port Vale reopened on Monday after repairs.' },
      {
        id: 'w-2',
        title: 'Rifles shipped',
        text: 'Northland shipped rifles to the Red Brigade, officials said.',
      },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  writeFileSync(join(root, 'gold', '1-story.gold.json'), goldFile('corpus/story.txt', 'any-id'));
  writeFileSync(join(root, 'gold', '2-wire.gold.json'), goldFile('corpus/wire.jsonl', 'w-2'));
  writeFileSync(join(root, 'gold', '3-port.gold.json'), goldFile('corpus/wire.jsonl', 'w-1', []));
  writeFileSync(join(root, 'gold', '4-gone.gold.json'), goldFile('corpus/gone.txt', 'g-1'));
  writeFileSync(join(root, 'gold', '5-no-id.gold.json'), goldFile('corpus/wire.jsonl', 'w-3'));
  writeFileSync(join(root, 'gold', '6-bad.gold.json'), '{"article": {"file": "corpus/story.txt"}}');
  report = await evaluateGoldDir(join(root, 'gold'), { extract: stub });
});

describe('evaluateGoldDir', () => {
  it('reads articles relative to the gold directory parent, picking the id or the only article', () => {
    expect(report.corpusRoot).toBe(root);
    expect(report.articles.map((a) => [a.gold, a.id])).toEqual([
      ['1-story.gold.json', expect.any(String)],
      ['2-wire.gold.json', 'w-2'],
      ['3-port.gold.json', 'w-1'],
    ]);
    expect(seen).toEqual([report.articles[0]?.id, 'w-2', 'w-1']);
  });

  it('scores each article and totals them', () => {
    expect(report.articles.map((a) => a.score.counts.matchedRequired)).toEqual([1, 1, 0]);
    // The article with no gold claims: its one prediction is a false positive.
    expect(report.articles[2]?.score.extra.map((x) => x.claim)).toEqual(['c9']);
    expect(report.totals.counts).toMatchObject({
      predicted: 3,
      required: 2,
      matchedRequired: 2,
      falsePositives: 1,
    });
    expect(report.totals.ratios.precision).toBeCloseTo(2 / 3, 12);
    expect(report.totals.ratios.recall).toBe(1);
  });

  it('reports a missing article file, an unknown id and a bad gold file, one line each, and goes on', () => {
    expect(
      report.errors.map((e) => [e.file.replace(`${root}/`, ''), e.message.replace(`${root}/`, '')]),
    ).toEqual([
      ['gold/6-bad.gold.json', expect.stringMatching(/^article\.id: /)],
      ['gold/4-gone.gold.json', expect.stringMatching(/^article corpus\/gone\.txt: no such file/)],
      ['gold/5-no-id.gold.json', 'article corpus/wire.jsonl: no article with id w-3 (2 articles read)'],
    ]);
    for (const e of report.errors) expect(e.message).not.toContain('\n');
  });

  it('takes another corpus root', async () => {
    const elsewhere = await evaluateGoldDir(join(root, 'gold'), {
      corpusRoot: join(root, 'gold'),
      extract: stub,
    });
    expect(elsewhere.articles).toEqual([]);
    expect(elsewhere.errors.filter((e) => /no such file/.test(e.message))).toHaveLength(5);
  });
});
