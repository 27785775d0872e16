import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FOUND, fakeExtract, writeSubset } from '../../../test/re3d-helpers.js';
import { loadRe3d } from './corpus.js';
import { evaluateRe3d } from './evaluate.js';
import { ratiosOf, sumCounts } from './match.js';

const root = mkdtempSync(join(tmpdir(), 'armstrace-re3d-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const extract = fakeExtract(FOUND, ['3 May']);

describe('evaluateRe3d', () => {
  const subset = join(root, 'one', 'Test subset');
  writeSubset(subset);

  it('scores exact, overlap and untyped matches, leaving doubtful gold out by default', () => {
    const report = evaluateRe3d(subset, { extract });
    expect(report.subsets).toEqual(['Test subset']);
    expect(report.documents).toHaveLength(1);
    expect(report.leftOut).toEqual({ doubtful: 2, blank: 0, notAttempted: { DocumentReference: 1 } });
    // Gold: Colonel Ana Ruiz, She, Chilean Navy, Arica, 3 May, Peruvian. Ours: Ana Ruiz, Chilean, Arica,
    // Peruvian, Lima, 3 May.
    expect(sumCounts(report.exact)).toEqual({ gold: 6, predicted: 6, matched: 3 });
    expect(sumCounts(report.overlap)).toEqual({ gold: 6, predicted: 6, matched: 4 });
    expect(report.untypedOverlap).toEqual({ gold: 6, predicted: 6, matched: 5 });
    expect(report.exact.Person).toEqual({ gold: 2, predicted: 1, matched: 0 });
    expect(report.overlap.Person).toEqual({ gold: 2, predicted: 1, matched: 1 });
    expect(report.overlap.Nationality).toEqual({ gold: 1, predicted: 2, matched: 1 });
    expect(ratiosOf(report.overlap.Location)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(report.offsetMismatches).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('lists what was missed, added and cut differently, and types that did not fit', () => {
    const report = evaluateRe3d(subset, { extract });
    expect(report.errors.Person).toEqual({
      missed: [{ text: 'She', count: 1 }],
      spurious: [],
      boundary: [{ text: 'Colonel Ana Ruiz ⟷ Ana Ruiz', count: 1 }],
    });
    expect(report.errors.Organisation.missed).toEqual([{ text: 'Chilean Navy', count: 1 }]);
    expect(report.errors.Location.spurious).toEqual([{ text: 'Lima', count: 1 }]);
    expect(report.errors.Nationality.spurious).toEqual([{ text: 'Chilean', count: 1 }]);
    expect(report.confusions).toEqual([
      { gold: 'Organisation', ours: 'state/demonym', count: 1, examples: ['Chilean'] },
    ]);
  });

  it('scores doubtful gold when asked', () => {
    const report = evaluateRe3d(subset, { extract, includeDoubtful: true });
    expect(report.leftOut.doubtful).toBe(0);
    // Ana Ruiz and Chilean now match exactly.
    expect(sumCounts(report.exact)).toEqual({ gold: 8, predicted: 6, matched: 5 });
  });

  it('maps offsets from the cleaned text back to the original (a line break becomes a paragraph)', () => {
    // "Peruvian" sits after the single line break, which the mention layer reads as "\n\n".
    const report = evaluateRe3d(subset, { extract, top: 1 });
    expect(report.exact.Nationality.matched).toBe(1);
    expect(report.errors.Person.missed).toHaveLength(1);
  });
});

describe('loadRe3d', () => {
  it('reads a folder of subsets in name order', () => {
    const parent = join(root, 'two');
    writeSubset(join(parent, 'B subset'), { id: 'B1' });
    writeSubset(join(parent, 'A subset'), { id: 'A1' });
    const corpus = loadRe3d(parent);
    expect(corpus.subsets).toEqual(['A subset', 'B subset']);
    expect(corpus.documents.map((d) => `${d.subset}/${d.id}`)).toEqual(['A subset/A1', 'B subset/B1']);
    expect(corpus.documents[0]?.entities).toHaveLength(9);
  });

  it('leaves out a subset with a malformed line, naming the file and line; the others are read', () => {
    const parent = join(root, 'broken');
    writeSubset(join(parent, 'good'));
    writeSubset(join(parent, 'bad'), { entities: ['{"documentId": "DOC1", "begin": 0, "end": 7,', '{}'] });
    const corpus = loadRe3d(parent);
    expect(corpus.subsets).toEqual(['bad', 'good']);
    expect(corpus.documents.map((d) => d.subset)).toEqual(['good']);
    expect(corpus.errors).toHaveLength(1);
    expect(corpus.errors[0]?.file).toBe(join(parent, 'bad', 'entities.json'));
    expect(corpus.errors[0]?.message).toMatch(/^line 1: /);
  });

  it('names a line that does not fit the schema', () => {
    const folder = join(root, 'schema');
    writeSubset(folder, { documents: ['{"_id": "DOC1", "title": "x"}'] });
    expect(loadRe3d(folder).errors).toEqual([
      { file: join(folder, 'documents.json'), message: expect.stringMatching(/^line 1: text: /) },
    ]);
  });

  it('leaves out a gold entity whose offsets do not give its value, and one of an unknown document', () => {
    const folder = join(root, 'offsets');
    const entity = (o: object) =>
      JSON.stringify({ documentId: 'DOC1', type: 'Location', confidence: 1, begin: 47, end: 52, ...o });
    writeSubset(folder, {
      entities: [
        entity({ value: 'Arica' }),
        entity({ value: 'Lima' }),
        entity({ value: 'Arica', documentId: 'X' }),
      ],
    });
    const corpus = loadRe3d(folder);
    expect(corpus.documents[0]?.entities.map((e) => e.value)).toEqual(['Arica']);
    expect(corpus.errors.map((e) => e.message)).toEqual([
      'line 2: begin..end 47..52 does not give the value "Lima"',
      'line 3: no document X in documents.json',
    ]);
  });

  it('refuses a directory that is missing or holds no subset', () => {
    expect(() => loadRe3d(join(root, 'nowhere'))).toThrow(/cannot read the re3d directory .*nowhere/);
    const empty = join(root, 'empty');
    writeSubset(join(empty, 'x'));
    rmSync(join(empty, 'x', 'documents.json'));
    writeFileSync(join(empty, 'notes.txt'), 'no subsets here\n');
    expect(() => loadRe3d(empty)).toThrow(/no re3d folder \(with documents\.json\) in/);
  });
});
