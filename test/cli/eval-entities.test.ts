import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSubset } from '../re3d-helpers.js';
import { runCli } from './run-cli.js';

/*
 * `armstrace eval-entities` end to end on re3d-shaped folders written here, in texts of our own (re3d's
 * texts are licensed and never copied into the repository).
 */
const root = mkdtempSync(join(tmpdir(), 'armstrace-eval-entities-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const good = join(root, 'good');
const broken = join(root, 'broken');

beforeAll(() => {
  writeSubset(join(good, 'Test subset'));
  writeSubset(join(broken, 'fine'));
  writeSubset(join(broken, 'torn'), { entities: ['{"documentId": "DOC1", "begin": 0,'] });
  mkdirSync(join(root, 'empty'));
});

const SCORED = [
  'Organisation',
  'Location',
  'Person',
  'Nationality',
  'Weapon',
  'MilitaryPlatform',
  'Vehicle',
  'Temporal',
  'Quantity',
  'Money',
];

describe('armstrace eval-entities', () => {
  it('prints clean JSON: per-type and micro scores, exact and overlap, error lists', () => {
    const result = runCli(['eval-entities', good, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    const scored = {
      gold: expect.any(Number),
      predicted: expect.any(Number),
      matched: expect.any(Number),
      precision: expect.toBeOneOf([expect.any(Number), null]),
      recall: expect.toBeOneOf([expect.any(Number), null]),
      f1: expect.toBeOneOf([expect.any(Number), null]),
    };
    expect(json).toMatchObject({
      dir: good,
      subsets: ['Test subset'],
      documents: 1,
      includeDoubtful: false,
      leftOut: { doubtful: 2, blank: 0, notAttempted: { DocumentReference: 1 } },
      exact: { micro: { ...scored, gold: 6 } },
      overlap: { micro: { ...scored, gold: 6 } },
      untypedOverlap: { ...scored, gold: 6 },
      confusions: expect.any(Array),
      offsetMismatches: [],
      problems: [],
    });
    expect(Object.keys(json.exact.types)).toEqual(SCORED);
    expect(Object.keys(json.errors)).toEqual(SCORED);
    expect(json.errors.Person).toEqual({
      missed: expect.any(Array),
      spurious: expect.any(Array),
      boundary: expect.any(Array),
    });
    expect(json.perDocument).toEqual([
      expect.objectContaining({ subset: 'Test subset', id: 'DOC1', title: 'Colonel lands' }),
    ]);
    // Whatever the mention layer finds in the test text, the counts add up.
    for (const matching of [json.exact, json.overlap]) {
      const sum = (field: string) => SCORED.reduce((n, t) => n + matching.types[t][field], 0) as number;
      expect(sum('gold')).toBe(matching.micro.gold);
      expect(sum('predicted')).toBe(matching.micro.predicted);
      expect(sum('matched')).toBe(matching.micro.matched);
    }
  });

  it('--include-doubtful scores confidence-0 gold too', () => {
    const json = JSON.parse(runCli(['eval-entities', good, '--format', 'json', '--include-doubtful']).stdout);
    expect(json.includeDoubtful).toBe(true);
    expect(json.leftOut.doubtful).toBe(0);
    expect(json.exact.micro.gold).toBe(8);
  });

  it('prints a table by default: a row per type, micro and untyped rows, then the error lists', () => {
    const result = runCli(['eval-entities', good, '--top', '3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^re3d entities in .*good: 1 documents \(Test subset\)$/m);
    expect(result.stdout).toMatch(/^6 gold entities scored; left out: 2 doubtful/m);
    for (const t of [...SCORED, 'micro'])
      expect(result.stdout).toMatch(new RegExp(`^${t} +\\d+ │ +\\d+ +(\\d\\.\\d{3}|–) `, 'm'));
    expect(result.stdout).toMatch(/^untyped +6 │ +│ +\d+ /m);
    expect(result.stdout).toMatch(/^Person\n {2}missed: {3}/m);
  });

  it('a malformed line: one error naming the file and line, the other subsets scored, exit 1', () => {
    const result = runCli(['eval-entities', broken, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: .*torn\/entities\.json: line 1: /),
    ]);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ subsets: ['fine', 'torn'], documents: 1, problems: [expect.any(Object)] });
  });

  it.each([
    [['eval-entities', join(root, 'nowhere')], /^error: cannot read the re3d directory .*nowhere: /],
    [['eval-entities', join(root, 'empty')], /^error: no re3d folder \(with documents\.json\) in /],
    [['eval-entities', good, '--format', 'csv'], /error/],
    [['eval-entities', good, '--top', '0'], /expected a whole number of 1 or more/],
  ])('usage errors exit 2: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
