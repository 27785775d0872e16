import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { loadGoldDir, parseGold } from './gold.js';

const CLAIM = {
  label: 'Northland delivers rifles to the Red Brigade',
  type: 'arms_transfer',
  required: true,
  match: { supplier: ['Northland'], recipient: ['Red Brigade'] },
};
const FILE = { article: { file: 'corpus/a.txt', id: 'a-1' }, claims: [CLAIM] };
const parse = (value: unknown) => parseGold(() => JSON.stringify(value));
const withClaim = (claim: Record<string, unknown>) => ({ ...FILE, claims: [{ ...CLAIM, ...claim }] });

describe('parseGold', () => {
  it('reads a gold file with every slot, hints and list roles', () => {
    const result = parse({
      article: { file: 'corpus/a.txt', id: 'a-1', title: null, published: null, section: 'World' },
      notes: 'file-level notes are hints',
      claims: [
        {
          ...CLAIM,
          stage: 'delivery',
          modality: ['reported', 'alleged'],
          items: ['rifles'],
          sources: ['The Daily Courier'],
          when_year: 2011,
          where_country: 'STL',
          intermediaries: ['Acme'],
          value_usd: [1000, 2000],
          quantity_min: 100,
          seizer: ['Southland'],
          notes: 'why',
        },
        { label: 'ties', type: 'ties', required: false, match: { parties: [['Northland'], ['Southland']] } },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.gold.claims[0]).toMatchObject({ stage: 'delivery', when_year: 2011 });
      expect(result.gold.claims[1]?.match.parties).toEqual([['Northland'], ['Southland']]);
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['not JSON', '{"article":', /JSON/],
    ['no article', { claims: [] }, /^article: /],
    ['no article id', { article: { file: 'a.txt' }, claims: [] }, /^article\.id: /],
    ['no claims list', { article: FILE.article }, /^claims: /],
    ['an unknown type', withClaim({ type: 'arms_sale' }), /^claims\[0\]\.type: /],
    ['no required flag', withClaim({ required: undefined }), /^claims\[0\]\.required: /],
    ['a misspelt role', withClaim({ match: { suplier: ['Northland'] } }), /^claims\[0\]\.match: .*suplier/],
    ['an empty match', withClaim({ match: {} }), /^claims\[0\]\.match: names no role/],
    [
      'a role that is not a list',
      withClaim({ match: { supplier: 'Northland' } }),
      /^claims\[0\]\.match\.supplier: /,
    ],
    [
      'a list role of plain names',
      withClaim({ match: { parties: ['Northland', 'Southland'] } }),
      /^claims\[0\]\.match\.parties\[0\]: /,
    ],
    ['an unknown stage', withClaim({ stage: 'shipped' }), /^claims\[0\]\.stage: /],
    ['a modality as a string', withClaim({ modality: 'reported' }), /^claims\[0\]\.modality: /],
    ['an unknown modality', withClaim({ modality: ['rumoured'] }), /^claims\[0\]\.modality\[0\]: /],
    ['a year as text', withClaim({ when_year: '2011' }), /^claims\[0\]\.when_year: /],
    [
      'a country name',
      withClaim({ where_country: 'Southland' }),
      /^claims\[0\]\.where_country: expected an ISO/,
    ],
    ['several problems', { article: {}, claims: [{}] }, /\(and \d+ more problems\)$/],
  ])('%s → one line naming where', (_what, value, message) => {
    const result = typeof value === 'string' ? parseGold(() => value) : parse(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).not.toContain('\n');
    }
  });
});

describe('loadGoldDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'armstrace-gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the good files sorted and reports each bad one, naming it', () => {
    const gold = join(dir, 'gold');
    mkdirSync(gold);
    writeFileSync(join(gold, 'b.gold.json'), JSON.stringify(FILE));
    writeFileSync(join(gold, 'a.gold.json'), JSON.stringify(FILE));
    writeFileSync(join(gold, 'broken.gold.json'), '{ "article": ');
    writeFileSync(join(gold, 'wrong.gold.json'), JSON.stringify(withClaim({ type: 'sale' })));
    writeFileSync(join(gold, 'notes.json'), '{}');
    writeFileSync(join(gold, 'README.md'), '# not gold');
    const { golds, errors } = loadGoldDir(gold);
    expect(golds.map((g) => g.name)).toEqual(['a.gold.json', 'b.gold.json']);
    expect(errors.map((e) => e.file)).toEqual([
      join(gold, 'broken.gold.json'),
      join(gold, 'wrong.gold.json'),
    ]);
    expect(errors[1]?.message).toMatch(/^claims\[0\]\.type: /);
  });

  it.each([
    ['a missing directory', () => join(dir, 'nowhere'), /cannot read the gold directory .*nowhere/],
    [
      'a directory without gold',
      () => {
        mkdirSync(join(dir, 'empty'));
        return join(dir, 'empty');
      },
      /no \*\.gold\.json files in .*empty/,
    ],
  ])('%s is a usage error', (_what, path, message) => {
    const at = path();
    expect(() => loadGoldDir(at)).toThrow(AppError);
    expect(() => loadGoldDir(at)).toThrow(message);
  });
});
