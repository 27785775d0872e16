import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from './assignment.js';

describe('maxWeightAssignment', () => {
  it.each<[string, number[][], (number | null)[]]>([
    ['nothing', [], []],
    ['no allowed pair', [[0, 0]], [null]],
    ['one pair', [[5]], [0]],
    [
      'the diagonal',
      [
        [3, 0],
        [0, 3],
      ],
      [0, 1],
    ],
    // Greedy row by row would give row 0 its best column (0) and leave row 1 with nothing.
    [
      'better than greedy',
      [
        [5, 4],
        [3, 0],
      ],
      [1, 0],
    ],
    ['more rows than columns', [[1], [2], [0]], [null, 0, null]],
    ['more columns than rows', [[0, 1, 7]], [2]],
    [
      'a row with no allowed pair keeps none',
      [
        [2, 2],
        [0, 0],
        [2, 0],
      ],
      [1, null, 0],
    ],
  ])('%s', (_what, weights, expected) => {
    expect(maxWeightAssignment(weights)).toEqual(expected);
  });

  it('finds the best total on a random 6×5 matrix (checked by brute force)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round++) {
      const weights = Array.from({ length: 6 }, () =>
        Array.from({ length: 5 }, () => (random() < 0.4 ? 0 : Math.floor(random() * 10))),
      );
      const assigned = maxWeightAssignment(weights);
      const total = assigned.reduce<number>((t, c, r) => t + (c === null ? 0 : (weights[r]?.[c] ?? 0)), 0);
      expect(new Set(assigned.filter((c) => c !== null)).size).toBe(
        assigned.filter((c) => c !== null).length,
      );
      expect(total).toBe(bruteForce(weights, 0, new Set()));
    }
  });
});

function bruteForce(weights: number[][], row: number, used: Set<number>): number {
  if (row === weights.length) return 0;
  let best = bruteForce(weights, row + 1, used);
  (weights[row] ?? []).forEach((w, c) => {
    if (w > 0 && !used.has(c)) best = Math.max(best, w + bruteForce(weights, row + 1, new Set([...used, c])));
  });
  return best;
}
