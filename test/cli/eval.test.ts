import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/*
 * `armstrace eval` end to end on a gold directory written here: a synthetic text article and gold files
 * pointing at it (shared/gold is research-licensed and never copied into the repository).
 */
const root = mkdtempSync(join(tmpdir(), 'armstrace-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const gold = join(root, 'gold');
const brokenGold = join(root, 'broken-gold');
const noClaims = join(root, 'no-claims');

const ARTICLE =
  'Navy buys patrol boats\n\nThe navy of Chile signed a contract for four patrol boats from a Spanish shipyard, officials said on Monday.\n';
const claims = [
  {
    label: 'Chile orders patrol boats from a Spanish shipyard',
    type: 'arms_transfer',
    required: true,
    match: { recipient: ['Chile', 'CHL', 'Chilean navy'] },
    stage: 'agreement',
    modality: ['reported'],
    items: ['patrol boats', 'naval'],
    sources: ['officials'],
  },
  {
    label: 'Spain and Chile cooperate',
    type: 'ties',
    required: false,
    match: { parties: [['Spain'], ['Chile']] },
  },
];
const goldFile = (file: string, claimList: unknown[] = claims) =>
  `${JSON.stringify({ article: { file, id: 'boats-1', title: 'Navy buys patrol boats' }, claims: claimList }, null, 2)}\n`;

beforeAll(() => {
  mkdirSync(gold);
  mkdirSync(brokenGold);
  mkdirSync(noClaims);
  mkdirSync(join(root, 'corpus'));
  writeFileSync(join(root, 'corpus', 'boats.txt'), ARTICLE);
  writeFileSync(join(gold, 'boats.gold.json'), goldFile('corpus/boats.txt'));
  writeFileSync(join(brokenGold, 'boats.gold.json'), goldFile('corpus/boats.txt'));
  writeFileSync(join(noClaims, 'boats.gold.json'), goldFile('corpus/boats.txt', []));
  writeFileSync(join(brokenGold, 'gone.gold.json'), goldFile('corpus/gone.txt'));
  writeFileSync(join(brokenGold, 'bad.gold.json'), '{"article": {"file": "corpus/boats.txt"}, "claims": []}');
});

describe('armstrace eval', () => {
  it('prints clean JSON with totals, per-article results and floors', () => {
    const result = runCli(['eval', gold, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    const counts = {
      predicted: expect.any(Number),
      required: 1,
      matchedRequired: expect.any(Number),
      matchedOptional: expect.any(Number),
      falsePositives: expect.any(Number),
      missed: expect.any(Number),
    };
    expect(json).toMatchObject({
      goldDir: gold,
      corpusRoot: root,
      totals: {
        articles: 1,
        failed: 0,
        counts,
        precision: expect.any(Number),
        recall: expect.any(Number),
        f1: expect.any(Number),
        slots: {
          stage: { right: expect.any(Number), scored: expect.any(Number) },
          where_country: { right: 0, scored: 0, accuracy: null },
        },
      },
      floor: { minF1: null, minPrecision: null, failures: [], met: true },
      articles: [
        {
          gold: 'boats.gold.json',
          file: 'corpus/boats.txt',
          id: expect.any(String),
          title: 'Navy buys patrol boats',
          counts,
          precision: expect.any(Number),
          recall: expect.any(Number),
          f1: expect.any(Number),
          matched: expect.any(Array),
          missed: expect.any(Array),
          extra: expect.any(Array),
        },
      ],
      errors: [],
    });
    // Whatever the extractor finds today, the counts add up.
    const [{ counts: c, missed, extra }] = json.articles;
    expect(c.matchedRequired + c.missed).toBe(1);
    expect(c.predicted).toBe(c.matchedRequired + c.matchedOptional + c.falsePositives);
    expect(missed).toHaveLength(c.missed);
    expect(extra).toHaveLength(c.falsePositives);
  });

  it('prints a human report: misses by label, totals last', () => {
    const result = runCli(['eval', gold]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^boats\.gold\.json {2}\S+ {2}Navy buys patrol boats$/m);
    expect(result.stdout).toMatch(
      /Totals over 1 articles:\n {2}precision \d\.\d{3} {2}recall \d\.\d{3} {2}F1 \d\.\d{3}/,
    );
    expect(result.stdout).toMatch(/slots on \d+ matched claims: stage /);
    const matched = /matched {2}Chile orders patrol boats/.test(result.stdout);
    expect(
      matched || /missed {3}Chile orders patrol boats from a Spanish shipyard$/m.test(result.stdout),
    ).toBe(true);
  });

  // An article with no gold claims scores 0 whatever the extractor finds: no claim is right there.
  it.each([
    [['--min-f1', '0.5'], /^below the floor: F1 0\.000 is below --min-f1 0\.500$/],
    [
      ['--min-precision', '0.01', '--min-f1', '0'],
      /^below the floor: precision 0\.000 is below --min-precision 0\.010$/,
    ],
  ])('exits 5 below a floor (%j)', (flags, message) => {
    const result = runCli(['eval', noClaims, '--format', 'json', ...flags]);
    expect(result.status).toBe(5);
    expect(result.stderr.trim()).toMatch(message);
    expect(JSON.parse(result.stdout).floor).toMatchObject({ met: false, failures: [expect.any(String)] });
  });

  it('a floor of 0 is always met', () => {
    expect(runCli(['eval', noClaims, '--min-f1', '0', '--min-precision', '0']).status).toBe(0);
  });

  it('a missing article file and a bad gold file: one line each, the rest scored, exit 1', () => {
    const result = runCli(['eval', brokenGold, '--format', 'json']);
    expect(result.status).toBe(1);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: .*bad\.gold\.json: article\.id: /),
        expect.stringMatching(/^error: .*gone\.gold\.json: article .*corpus\/gone\.txt: no such file/),
      ]),
    );
    const json = JSON.parse(result.stdout);
    expect(json.totals).toMatchObject({ articles: 1, failed: 2 });
    expect(json.errors).toHaveLength(2);
  });

  it('--corpus-root moves where article files are looked up', () => {
    const result = runCli(['eval', gold, '--corpus-root', gold, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/gold\/corpus\/boats\.txt: no such file/);
  });

  it.each([
    [['eval', join(root, 'nowhere')], /cannot read the gold directory/],
    [['eval', join(root, 'corpus')], /no \*\.gold\.json files in/],
    [['eval', gold, '--min-f1', '2'], /expected a number from 0 to 1/],
    [['eval', gold, '--format', 'csv'], /error/],
  ])('usage errors exit 2: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
