import { csvField } from '../export/csv-export.js';
import { assertionEntityIds } from '../kb/claim-key.js';
import type { AssertionBody } from '../kb/sqlite/kb-writer.js';

export type NameOf = (id: string) => string;

/** Fixed-width columns; long cells are cut with an ellipsis so a row stays on one line. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  max = 48,
): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const cells = rows.map((row) => row.map((c) => cut(c.replace(/\s+/g, ' '))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

/** When: the event's interval, else "reported <first seen>". */
export function whenOf(a: AssertionBody): string {
  if (a.when) return a.when.start === a.when.end ? a.when.start : `${a.when.start}..${a.when.end}`;
  return a.firstSeen ? `rep. ${a.firstSeen.slice(0, 10)}` : '—';
}

/** Who did what to whom, in words: "North Korea → Hamas via Ocean Star Trading Ltd". */
export function partiesOf(a: AssertionBody, nameOf: NameOf): string {
  const n = (id: string | undefined) => (id ? nameOf(id) : '?');
  switch (a.type) {
    case 'arms_transfer':
    case 'arms_seizure': {
      let s = `${n(a.supplier)} → ${n(a.recipient)}`;
      if (a.intermediaries?.length) s += ` via ${a.intermediaries.map(nameOf).join(', ')}`;
      if (a.end_users?.length) s += ` for ${a.end_users.map(nameOf).join(', ')}`;
      if (a.interdicted_by) s += ` (stopped by ${nameOf(a.interdicted_by)})`;
      if (a.seizer) s = `${nameOf(a.seizer)} seized: ${s}`;
      return s;
    }
    case 'attack':
      return `${n(a.actor)} ⚔ ${n(a.target)}`;
    case 'sanction':
      return `${n(a.actor)} sanctions ${n(a.target)}`;
    case 'ties':
      return (a.parties ?? []).map(nameOf).join(' ↔ ');
  }
}

export function modalityOf(a: AssertionBody): string {
  const m = a.modality;
  return `${m.strongest === m.weakest ? m.strongest : `${m.strongest}…${m.weakest}`}${a.contradicted ? ' ⚠' : ''}`;
}

export const ASSERTION_HEADERS = [
  'when',
  'type',
  'stage',
  'parties',
  'items',
  'modality',
  'src',
  'cred',
  'id',
];

export function assertionRow(a: AssertionBody, nameOf: NameOf): string[] {
  return [
    whenOf(a),
    a.type,
    a.stage ?? '',
    partiesOf(a, nameOf),
    a.items.map((i) => i.designation ?? i.text).join(', '),
    modalityOf(a),
    String(a.sources.independent),
    `${a.credibility.rating} ${a.credibility.score.toFixed(2)}`,
    a.id,
  ];
}

/** One JSON-able view of assertions with the names of every entity they name. */
export function withNames(assertions: readonly AssertionBody[], nameOf: NameOf) {
  const names: Record<string, string> = {};
  for (const id of assertions.flatMap(assertionEntityIds)) if (!(id in names)) names[id] = nameOf(id);
  return { names, assertions };
}

/** Rows as CSV (RFC 4180, formula-guarded as the exports are). */
export function renderCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [headers, ...rows].map((row) => `${row.map((c) => csvField(c)).join(',')}\r\n`).join('');
}
