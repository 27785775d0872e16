import type { EntityEvalReport } from '../eval/re3d/evaluate.js';
import { type Counts, ratiosOf, sumCounts } from '../eval/re3d/match.js';
import type { Tally } from '../eval/re3d/tally.js';
import { SCORED_TYPES } from '../eval/re3d/types.js';

/** `--format json`: the report with each count beside its ratios. */
export function entityEvalJson(report: EntityEvalReport): unknown {
  const scored = (c: Counts) => ({ ...c, ...ratiosOf(c) });
  const byType = (counts: EntityEvalReport['exact']) =>
    Object.fromEntries(SCORED_TYPES.map((t) => [t, scored(counts[t])]));
  return {
    dir: report.dir,
    subsets: report.subsets,
    documents: report.documents.length,
    includeDoubtful: report.includeDoubtful,
    leftOut: report.leftOut,
    exact: { micro: scored(sumCounts(report.exact)), types: byType(report.exact) },
    overlap: { micro: scored(sumCounts(report.overlap)), types: byType(report.overlap) },
    untypedOverlap: scored(report.untypedOverlap),
    errors: report.errors,
    confusions: report.confusions,
    perDocument: report.documents.map((d) => ({ ...d, exact: scored(d.exact), overlap: scored(d.overlap) })),
    offsetMismatches: report.offsetMismatches,
    problems: report.problems,
  };
}

/** The human report: the score table, then per type what was missed, added or cut differently. */
export function renderEntityEval(report: EntityEvalReport): string {
  const { leftOut } = report;
  const gold = sumCounts(report.exact).gold;
  const unscored = Object.entries(leftOut.notAttempted)
    .sort(([, a], [, b]) => b - a)
    .map(([t, n]) => `${t} ${n}`);
  const lines = [
    `re3d entities in ${report.dir}: ${report.documents.length} documents (${report.subsets.join(', ')})`,
    `${gold} gold entities scored; left out: ${
      report.includeDoubtful
        ? 'none doubtful (--include-doubtful)'
        : `${leftOut.doubtful} doubtful (confidence 0; --include-doubtful keeps them)`
    }${leftOut.blank ? `, ${leftOut.blank} blank` : ''}${unscored.length ? `, types not attempted: ${unscored.join(', ')}` : ''}`,
    '',
    `${pad('type', 17)} ${lpad('gold', 5)} │ ${lpad('exact: pred', 11)} ${lpad('P', 5)} ${lpad('R', 5)} ${lpad('F1', 5)} │ ${lpad('overlap: pred', 13)} ${lpad('P', 5)} ${lpad('R', 5)} ${lpad('F1', 5)}`,
  ];
  const row = (label: string, exact: Counts | null, overlap: Counts) =>
    `${pad(label, 17)} ${lpad(String(overlap.gold), 5)} │ ${
      exact ? `${lpad(String(exact.predicted), 11)} ${ratioCells(exact)}` : pad('', 29)
    } │ ${lpad(String(overlap.predicted), 13)} ${ratioCells(overlap)}`;
  for (const t of SCORED_TYPES) lines.push(row(t, report.exact[t], report.overlap[t]));
  lines.push(row('micro', sumCounts(report.exact), sumCounts(report.overlap)));
  lines.push(row('untyped', null, report.untypedOverlap));
  lines.push(
    '',
    'exact: same span; overlap: any shared character, one to one; both need the type to fit. untyped: overlap, any type.',
  );

  for (const t of SCORED_TYPES) {
    const e = report.errors[t];
    if (!e.missed.length && !e.spurious.length && !e.boundary.length) continue;
    lines.push('', t);
    if (e.missed.length) lines.push(`  missed:   ${tallies(e.missed)}`);
    if (e.spurious.length) lines.push(`  spurious: ${tallies(e.spurious)}`);
    if (e.boundary.length) lines.push(`  boundary: ${tallies(e.boundary)}`);
  }
  if (report.confusions.length) {
    lines.push('', 'span found, type not accepted (gold ← ours):');
    for (const c of report.confusions)
      lines.push(
        `  ${c.gold} ← ${c.ours} ×${c.count} (${c.examples.map((x) => JSON.stringify(x)).join(', ')})`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function ratioCells(c: Counts): string {
  const r = ratiosOf(c);
  return [r.precision, r.recall, r.f1].map((x) => lpad(x === null ? '–' : x.toFixed(3), 5)).join(' ');
}

function tallies(list: readonly Tally[]): string {
  return list.map((t) => `${t.text}${t.count > 1 ? ` ×${t.count}` : ''}`).join(' · ');
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

function lpad(text: string, width: number): string {
  return text.padStart(width);
}
