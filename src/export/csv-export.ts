import { CLAIM_TYPES, type ClaimAmount, type ClaimType } from '../extract/claims/claim.js';
import type { Assertion, KbSnapshot } from '../kb/model.js';
import { evidenceLink } from './evidence-link.js';
import {
  claimsByKey,
  compareStrings,
  distinct,
  type EntityIndex,
  idsIn,
  indexEntities,
  nameOf,
  type RoleField,
} from './snapshot-index.js';

/**
 * The knowledge base as a CSV in the manner of the SIPRI Trade Register: one row per assertion and item
 * (designation), supplier and recipient by name, how many, when, how far the deal got — and, beyond
 * SIPRI, how firmly and by whom it is said, how credible it is, and links to the evidence. RFC 4180:
 * comma-separated, CRLF line ends, fields quoted when they hold a quote, comma or line break.
 */

export interface CsvExportOptions {
  /** The claim types to export; default arms transfers only, as the SIPRI register. */
  readonly types?: readonly ClaimType[] | 'all';
}

/** How lists (names, ids, links) are joined inside one cell. */
export const LIST_SEPARATOR = '; ';

type Cell = string | number | null;

interface Row {
  readonly assertion: Assertion;
  readonly item: Assertion['items'][number] | null;
}

interface Column {
  readonly header: string;
  readonly value: (row: Row, entities: EntityIndex) => Cell;
}

interface RoleColumns {
  readonly role: RoleField;
  readonly header: string;
  readonly idHeader: string;
  /** The claim types this role belongs to: its columns appear when one of them is exported. */
  readonly types: readonly ClaimType[];
}

const ROLES: readonly RoleColumns[] = [
  { role: 'supplier', header: 'Supplier', idHeader: 'Supplier id', types: ['arms_transfer', 'arms_seizure'] },
  {
    role: 'recipient',
    header: 'Recipient',
    idHeader: 'Recipient id',
    types: ['arms_transfer', 'arms_seizure'],
  },
  { role: 'intermediaries', header: 'Via', idHeader: 'Via ids', types: ['arms_transfer', 'arms_seizure'] },
  {
    role: 'end_users',
    header: 'End users',
    idHeader: 'End user ids',
    types: ['arms_transfer', 'arms_seizure'],
  },
  {
    role: 'interdicted_by',
    header: 'Interdicted by',
    idHeader: 'Interdicted by id',
    types: ['arms_transfer'],
  },
  { role: 'seizer', header: 'Seized by', idHeader: 'Seized by id', types: ['arms_seizure'] },
  { role: 'actor', header: 'Actor', idHeader: 'Actor id', types: ['attack', 'sanction'] },
  { role: 'target', header: 'Target', idHeader: 'Target id', types: ['attack', 'sanction'] },
  { role: 'parties', header: 'Parties', idHeader: 'Party ids', types: ['ties'] },
];

const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);

function roleColumns({ role, header, idHeader }: RoleColumns): Column[] {
  return [
    {
      header,
      value: ({ assertion }, entities) => list(idsIn(assertion, role).map((id) => nameOf(entities, id))),
    },
    { header: idHeader, value: ({ assertion }) => list(idsIn(assertion, role)) },
  ];
}

const dateOf = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

function years(when: Assertion['when']): string {
  if (!when) return '';
  const [from, to] = [when.start.slice(0, 4), when.end.slice(0, 4)];
  return from === to ? from : `${from}-${to}`;
}

const sameItem = (a: { text: string; designation?: string | null }, b: Row['item']): boolean =>
  !!b &&
  (a.designation && b.designation
    ? a.designation.toLowerCase() === b.designation.toLowerCase()
    : a.text.toLowerCase() === b.text.toLowerCase());

/** How many of the item the claims say, each distinct wording once ("40; dozens"). */
function numberOf({ assertion, item }: Row): string {
  const amounts = claimsByKey(assertion).flatMap(({ claim }) =>
    (claim.items ?? []).filter((i) => sameItem(i, item)).flatMap((i) => (i.quantity ? [i.quantity] : [])),
  );
  return list(distinct(amounts.map(amountText)));
}

function amountText(amount: ClaimAmount): string {
  return amount.unit ? `${amount.text} (${amount.unit})` : amount.text;
}

/** The deal's money, as the claims word it. */
function dealValue({ assertion }: Row): string {
  return list(
    distinct(claimsByKey(assertion).flatMap(({ claim }) => (claim.value ? [amountText(claim.value)] : []))),
  );
}

function columnsFor(types: readonly ClaimType[], assertions: readonly Assertion[]): Column[] {
  // A role gets its columns when an exported type uses it, or when any exported assertion fills it anyway.
  const roles = ROLES.filter(
    (r) => r.types.some((t) => types.includes(t)) || assertions.some((a) => idsIn(a, r.role).length > 0),
  );
  return [
    { header: 'Type', value: ({ assertion }) => assertion.type },
    ...roles.flatMap(roleColumns),
    { header: 'Designation', value: ({ item }) => item?.designation ?? '' },
    { header: 'Description', value: ({ item }) => item?.text ?? '' },
    { header: 'Category', value: ({ item }) => item?.category ?? '' },
    { header: 'Number', value: numberOf },
    { header: 'Value', value: dealValue },
    { header: 'Year(s)', value: ({ assertion }) => years(assertion.when) },
    { header: 'From', value: ({ assertion }) => assertion.when?.start ?? '' },
    { header: 'To', value: ({ assertion }) => assertion.when?.end ?? '' },
    {
      header: 'Where',
      value: ({ assertion }, entities) => list(assertion.where.map((id) => nameOf(entities, id))),
    },
    { header: 'Stage', value: ({ assertion }) => assertion.stage ?? '' },
    { header: 'Strongest modality', value: ({ assertion }) => assertion.modality.strongest },
    { header: 'Weakest modality', value: ({ assertion }) => assertion.modality.weakest },
    { header: 'Contradicted', value: ({ assertion }) => (assertion.contradicted ? 'yes' : 'no') },
    { header: 'Independent sources', value: ({ assertion }) => assertion.sources.independent },
    {
      header: 'Outlets',
      value: ({ assertion }) =>
        list(
          assertion.sources.outlets.map(
            (o) => `${o.outlet} (${o.grade}, ${o.stories} ${o.stories === 1 ? 'story' : 'stories'})`,
          ),
        ),
    },
    {
      header: 'Attributed sources',
      value: ({ assertion }) => list(assertion.sources.attributed.map((s) => `${s.text} [${s.kind}]`)),
    },
    // Admiralty: information credibility 1 (confirmed) … 6 (cannot be judged); the score is armstrace's 0–1.
    { header: 'Credibility', value: ({ assertion }) => assertion.credibility.rating },
    { header: 'Credibility score', value: ({ assertion }) => assertion.credibility.score },
    { header: 'Credibility basis', value: ({ assertion }) => assertion.credibility.why },
    { header: 'Review', value: ({ assertion }) => assertion.review },
    { header: 'First seen', value: ({ assertion }) => dateOf(assertion.firstSeen) },
    { header: 'Last seen', value: ({ assertion }) => dateOf(assertion.lastSeen) },
    {
      header: 'Evidence',
      value: ({ assertion }) => list(claimsByKey(assertion).flatMap((c) => c.evidence.map(evidenceLink))),
    },
    {
      header: 'Article URLs',
      value: ({ assertion }) => list(distinct(claimsByKey(assertion).flatMap((c) => (c.url ? [c.url] : [])))),
    },
    { header: 'Assertion id', value: ({ assertion }) => assertion.id },
  ];
}

/** One row per item; an assertion naming no item still gets one row. */
function rowsOf(assertion: Assertion): Row[] {
  return assertion.items.length === 0
    ? [{ assertion, item: null }]
    : assertion.items.map((item) => ({ assertion, item }));
}

/** Rows in SIPRI's order: by type, then who gives (or acts), then who receives (or is acted on). */
function sortKey(assertion: Assertion, entities: EntityIndex): string[] {
  const first = (roles: readonly RoleField[]) =>
    roles.flatMap((role) => idsIn(assertion, role)).map((id) => nameOf(entities, id))[0] ?? '';
  return [
    String(CLAIM_TYPES.indexOf(assertion.type)).padStart(2, '0'),
    first(['supplier', 'seizer', 'actor', 'parties']),
    first(['recipient', 'target']),
    assertion.id,
  ];
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareStrings(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

/** The CSV (header line first), every line ended by CRLF. */
export function exportCsv(snapshot: KbSnapshot, options: CsvExportOptions = {}): string {
  const types = options.types === 'all' ? CLAIM_TYPES : (options.types ?? ['arms_transfer']);
  const entities = indexEntities(snapshot);
  const assertions = snapshot.assertions
    .filter((a) => types.includes(a.type))
    .map((a) => ({ a, key: sortKey(a, entities) }))
    .sort((x, y) => compareKeys(x.key, y.key))
    .map(({ a }) => a);
  const columns = columnsFor(types, assertions);
  const lines = [
    columns.map((c) => csvField(c.header)),
    ...assertions.flatMap(rowsOf).map((row) => columns.map((c) => csvField(c.value(row, entities)))),
  ];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/**
 * One field: a text a spreadsheet would run as a formula (it starts with = + - @, a tab or a CR) gets a
 * leading apostrophe (OWASP's CSV-injection advice; article text is anyone's to write), then the field is
 * quoted when it holds a quote, comma, CR or LF, quotes doubled. Numbers are written as they are.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
