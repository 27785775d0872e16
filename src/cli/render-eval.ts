import type { ArticleEval, EvalReport } from '../eval/evaluate.js';
import { SLOTS } from '../eval/slots.js';

/** The floors asked for on the command line and whether the totals meet them. */
export interface FloorCheck {
  readonly minF1: number | null;
  readonly minPrecision: number | null;
  /** One line per floor not met, e.g. "F1 0.312 is below --min-f1 0.400". */
  readonly failures: string[];
}

export function checkFloor(report: EvalReport, minF1?: number, minPrecision?: number): FloorCheck {
  const { f1, precision } = report.totals.ratios;
  const failures: string[] = [];
  if (minF1 !== undefined && f1 < minF1) failures.push(`F1 ${fixed(f1)} is below --min-f1 ${fixed(minF1)}`);
  if (minPrecision !== undefined && precision < minPrecision)
    failures.push(`precision ${fixed(precision)} is below --min-precision ${fixed(minPrecision)}`);
  return { minF1: minF1 ?? null, minPrecision: minPrecision ?? null, failures };
}

/** `--format json`: the report as one object, ratios next to the counts they come from. */
export function evalJson(report: EvalReport, floor: FloorCheck): unknown {
  const { counts, ratios, slots } = report.totals;
  return {
    goldDir: report.goldDir,
    corpusRoot: report.corpusRoot,
    totals: { articles: report.articles.length, failed: report.errors.length, counts, ...ratios, slots },
    floor: { ...floor, met: floor.failures.length === 0 },
    articles: report.articles.map((a) => ({
      gold: a.gold,
      file: a.file,
      id: a.id,
      title: a.title,
      counts: a.score.counts,
      ...a.ratios,
      matched: a.score.matched,
      missed: a.score.missed,
      extra: a.score.extra,
    })),
    errors: report.errors,
  };
}

/** The human report: each article's misses, false positives and slot results, then the totals. */
export function renderEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  for (const article of report.articles) lines.push(...renderArticle(article), '');
  const { counts: c, ratios: r, slots } = report.totals;
  const failed = report.errors.length ? ` (${report.errors.length} gold files failed, see stderr)` : '';
  const matched = c.matchedRequired + c.matchedOptional;
  lines.push(
    `Totals over ${report.articles.length} articles${failed}:`,
    `  precision ${fixed(r.precision)}  recall ${fixed(r.recall)}  F1 ${fixed(r.f1)}`,
    `  ${c.predicted} predicted: ${c.matchedRequired} matched required, ${c.matchedOptional} matched optional (not counted), ${c.falsePositives} false positives`,
    `  ${c.required} required gold claims: ${c.matchedRequired} found, ${c.missed} missed`,
    `  slots on ${matched} matched claims: ${SLOTS.map((s) => {
      const a = slots[s];
      return `${s} ${a.accuracy === null ? 'n/a' : `${a.right}/${a.scored} (${percent(a.accuracy)})`}`;
    }).join(' · ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function renderArticle(a: ArticleEval): string[] {
  const c = a.score.counts;
  const lines = [
    `${a.gold}  ${a.id}  ${truncate(a.title, 70)}`,
    `  ${c.predicted} predicted, ${c.matchedRequired}/${c.required} required matched, ${c.matchedOptional} optional matched, ${c.falsePositives} false positives`,
  ];
  for (const m of a.score.matched) {
    const slots = m.slots.map((s) => (s.ok ? `${s.slot} ✓` : `${s.slot} ✗ ${s.got} (gold ${s.expected})`));
    lines.push(
      `  matched  ${m.required ? '' : '(optional) '}${m.label} ↔ ${m.claim}${slots.length ? `: ${slots.join(', ')}` : ''}`,
    );
  }
  for (const m of a.score.missed) lines.push(`  missed   ${m.label}`);
  for (const x of a.score.extra) lines.push(`  extra    ${x.claim}: ${x.description} (${x.reason})`);
  return lines;
}

function fixed(n: number): string {
  return n.toFixed(3);
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
