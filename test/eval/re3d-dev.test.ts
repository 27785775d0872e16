import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRe3d, squash } from '../../src/eval/re3d/corpus.js';
import { evaluateRe3d } from '../../src/eval/re3d/evaluate.js';
import { type Counts, ratiosOf, sumCounts } from '../../src/eval/re3d/match.js';
import { SCORED_TYPES } from '../../src/eval/re3d/types.js';

/*
 * The mention layer against re3d's development part in ../shared/data/re3d-dev (licensed texts, never
 * copied here). Structural checks and a floor, not outputs: the scores move as the mention layer does.
 * Skipped when ../shared is absent.
 */
const RE3D = '../shared/data/re3d-dev';

// Measured when the harness was written (micro F1, confidence-0 gold left out): overlap 0.578, exact 0.368.
// Floors sit below, so that a real regression fails and noise does not; raise them as the layer improves.
const FLOOR = { overlapF1: 0.6, exactF1: 0.39 };

const lineCount = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '').length;

describe.skipIf(!existsSync(RE3D))('entity quality against ../shared/data/re3d-dev (needs ../shared)', () => {
  it('reads every document and every gold entity, whose offsets give their values', () => {
    const corpus = loadRe3d(RE3D);
    expect(corpus.errors).toEqual([]);
    const subsets = readdirSync(RE3D).filter((d) => existsSync(join(RE3D, d, 'documents.json')));
    expect(corpus.subsets).toEqual(subsets.sort());
    const documents = subsets.reduce((n, s) => n + lineCount(join(RE3D, s, 'documents.json')), 0);
    const entities = subsets.reduce((n, s) => n + lineCount(join(RE3D, s, 'entities.json')), 0);
    expect(corpus.documents).toHaveLength(documents);
    expect(corpus.documents.reduce((n, d) => n + d.entities.length, 0)).toBe(entities);
    for (const d of corpus.documents)
      for (const e of d.entities) expect(squash(d.text.slice(e.begin, e.end))).toBe(squash(e.value));
  });

  it.each([false, true])('scores every document in range (doubtful gold included: %s)', (includeDoubtful) => {
    const report = evaluateRe3d(RE3D, { includeDoubtful });
    expect(report.problems).toEqual([]);
    // Our mentions' offsets, mapped back from the cleaned text, give their texts in the re3d text.
    expect(report.offsetMismatches).toEqual([]);
    expect(report.documents).toHaveLength(loadRe3d(RE3D).documents.length);
    const inRange = (c: Counts) => {
      expect(c.matched).toBeLessThanOrEqual(Math.min(c.gold, c.predicted));
      for (const r of Object.values(ratiosOf(c))) if (r !== null) expect(r).toBeGreaterThanOrEqual(0);
      for (const r of Object.values(ratiosOf(c))) if (r !== null) expect(r).toBeLessThanOrEqual(1);
    };
    for (const t of SCORED_TYPES) {
      inRange(report.exact[t]);
      inRange(report.overlap[t]);
      // Both matchings score the same gold.
      expect(report.overlap[t].gold).toBe(report.exact[t].gold);
    }
    const exact = sumCounts(report.exact);
    const overlap = sumCounts(report.overlap);
    inRange(report.untypedOverlap);
    expect(overlap.matched).toBeGreaterThanOrEqual(exact.matched);
    expect(report.untypedOverlap.matched).toBeGreaterThanOrEqual(overlap.matched);
    expect(report.leftOut.doubtful > 0).toBe(!includeDoubtful);
    if (!includeDoubtful) {
      console.log(
        `re3d-dev: ${exact.gold} gold, ${exact.predicted} predicted; micro F1 exact ${ratiosOf(exact).f1?.toFixed(3)}, overlap ${ratiosOf(overlap).f1?.toFixed(3)}`,
      );
      expect(ratiosOf(overlap).f1).toBeGreaterThanOrEqual(FLOOR.overlapF1);
      expect(ratiosOf(exact).f1).toBeGreaterThanOrEqual(FLOOR.exactF1);
    }
  });
});
