import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGoldDir } from '../../src/eval/evaluate.js';

/*
 * The quality floor: armstrace's extraction scored against the gold annotations in ../shared/gold (the
 * project's shared folder, beside the checkout) must not fall below eval-floor.json. Skipped when
 * ../shared/gold is absent.
 */
const GOLD = '../shared/gold';
const floor = JSON.parse(readFileSync('eval-floor.json', 'utf8')) as { f1: number; precision: number };

describe.skipIf(!existsSync(GOLD))('extraction quality against ../shared/gold (needs ../shared)', () => {
  it(`stays at or above eval-floor.json (F1 ≥ ${floor.f1}, precision ≥ ${floor.precision})`, async () => {
    const report = await evaluateGoldDir(GOLD);
    const { counts, ratios } = report.totals;
    console.log(
      `gold: ${report.articles.length} articles, ${counts.predicted} predicted, ${counts.matchedRequired}/${counts.required} required matched, ${counts.falsePositives} false positives; precision ${ratios.precision.toFixed(3)} recall ${ratios.recall.toFixed(3)} F1 ${ratios.f1.toFixed(3)}`,
    );
    // Every gold file must load and find its article: a score over part of the gold is no floor.
    expect(report.errors).toEqual([]);
    expect(ratios.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(ratios.precision).toBeGreaterThanOrEqual(floor.precision);
  });
});
