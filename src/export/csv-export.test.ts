import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, exportCsv, LIST_SEPARATOR } from './csv-export.js';
import { evidenceLink, parseEvidenceLink } from './evidence-link.js';
import {
  ALL_EVIDENCE,
  COMPANY_NAME,
  DELIVERY,
  FORMULA_SOURCE,
  reordered,
  SNAPSHOT,
} from './test-snapshot.js';

const rowsOf = (csv: string): Record<string, string>[] =>
  parse(csv, { columns: true, record_delimiter: '\r\n' });
const headerOf = (csv: string): string[] => (parse(csv, { to_line: 1 }) as string[][])[0] as string[];

describe('csvField', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('guards %j against formula injection', (text) => {
    expect(csvField(text).replace(/^"/, '').startsWith(`'${text[0]}`)).toBe(true);
  });

  it('quotes what RFC 4180 says to quote, and only that', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField(0.7)).toBe('0.7');
    expect(csvField(null)).toBe('');
  });
});

describe('exportCsv', () => {
  const csv = exportCsv(SNAPSHOT);

  it('writes transfers only by default, one row per item, CRLF line ends', () => {
    const rows = rowsOf(csv);
    // The delivery names two items, the denied agreement one; the attack and the ties are not transfers.
    expect(rows.map((r) => [r['Assertion id'], r.Designation || r.Description])).toEqual([
      ['asr-agreement-2', 'small arms'],
      ['asr-delivery-1', 'Fajr-5'],
      ['asr-delivery-1', 'communications equipment'],
    ]);
    expect(csv.split('\r\n')).toHaveLength(5); // header, 3 rows, and the empty string after the last CRLF
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/);
  });

  it('has the SIPRI-style columns, without the roles of types it does not export', () => {
    const header = headerOf(csv);
    expect(header.slice(0, 11)).toEqual([
      'Type',
      'Supplier',
      'Supplier id',
      'Recipient',
      'Recipient id',
      'Via',
      'Via ids',
      'End users',
      'End user ids',
      'Interdicted by',
      'Interdicted by id',
    ]);
    for (const column of [
      'Number',
      'Year(s)',
      'Stage',
      'Strongest modality',
      'Weakest modality',
      'Credibility',
    ])
      expect(header).toContain(column);
    expect(header.at(-1)).toBe('Assertion id');
    expect(header).not.toContain('Actor');
    expect(header).not.toContain('Parties');
  });

  it('round-trips names with quotes, ampersands and angle brackets, and fills each column from the assertion', () => {
    const row = rowsOf(csv).find((r) => r.Designation === 'Fajr-5') as Record<string, string>;
    expect(row).toMatchObject({
      Type: 'arms_transfer',
      Supplier: 'North Korea',
      'Supplier id': 'state:PRK',
      Recipient: 'Hamas',
      Via: COMPANY_NAME,
      'Via ids': 'company:al-noor',
      Description: '40 Fajr-5 rockets',
      Category: 'rockets',
      // Both claims count the rockets, in their own words; the communications equipment is not counted.
      Number: `40${LIST_SEPARATOR}dozens`,
      'Year(s)': '2014',
      From: '2014-07-01',
      Where: 'Beirut',
      Stage: 'delivery',
      'Strongest modality': 'reported',
      'Weakest modality': 'alleged',
      Contradicted: 'no',
      'Independent sources': '2',
      Outlets: `The Telegraph (B, 1 story)${LIST_SEPARATOR}Smith & Jones Gazette (C, 1 story)`,
      Credibility: '2',
      'Credibility score': '0.7',
      Review: 'confirmed',
      'First seen': '2014-07-27',
      'Last seen': '2014-08-02',
      'Article URLs': 'https://example.org/news/1?a=1&b=2',
    });
    const other = rowsOf(csv).find((r) => r.Description === 'communications equipment');
    expect(other?.Number).toBe('');
  });

  it('links every row to each span of evidence of its assertion, headline spans marked', () => {
    for (const row of rowsOf(exportCsv(SNAPSHOT, { types: 'all' }))) {
      const assertion = SNAPSHOT.assertions.find((a) => a.id === row['Assertion id']);
      const expected = assertion?.claims.flatMap((c) => c.evidence.map(evidenceLink));
      expect(row.Evidence?.split(LIST_SEPARATOR)).toEqual(expected);
      for (const link of expected ?? []) expect(parseEvidenceLink(link)).not.toBeNull();
    }
    const delivery = rowsOf(csv).find((r) => r['Assertion id'] === DELIVERY.id);
    expect(delivery?.Evidence).toContain('armstrace:article/art-1?v=2&field=title#0-37');
    expect(ALL_EVIDENCE.length).toBeGreaterThan(0);
  });

  it('defuses a formula an article put in a source, and keeps the text', () => {
    const row = rowsOf(csv).find((r) => r['Assertion id'] === 'asr-agreement-2');
    expect(row?.['Attributed sources']).toBe(
      `'${FORMULA_SOURCE} [other]${LIST_SEPARATOR}the North Korean foreign ministry [government]`,
    );
    expect(row?.Contradicted).toBe('yes');
    expect(row?.Via).toBe('Kim Sang-ho');
  });

  it('exports every type with types: all, adding the roles they use', () => {
    const all = exportCsv(SNAPSHOT, { types: 'all' });
    const rows = rowsOf(all);
    expect(rows.map((r) => r.Type)).toEqual([
      'arms_transfer',
      'arms_transfer',
      'arms_transfer',
      'attack',
      'ties',
    ]);
    expect(rows.find((r) => r.Type === 'attack')).toMatchObject({
      Actor: 'Hamas',
      'Actor id': 'group:hamas',
      Target: 'Israel',
      // The control character survives in CSV (only XML cannot hold it).
      Description: 'Fajr-5\u0001 rockets',
      'Year(s)': '2014',
    });
    expect(rows.find((r) => r.Type === 'ties')).toMatchObject({
      Parties: `Hamas${LIST_SEPARATOR}North Korea`,
      Designation: '',
      'Year(s)': '',
    });
  });

  it('is the same for the same knowledge base, whatever its order', () => {
    expect(exportCsv(reordered(SNAPSHOT), { types: 'all' })).toBe(exportCsv(SNAPSHOT, { types: 'all' }));
  });

  it('exports a chosen set of types with their own role columns', () => {
    const attacks = exportCsv(SNAPSHOT, { types: ['attack'] });
    expect(rowsOf(attacks).map((r) => r['Assertion id'])).toEqual(['asr-attack-3']);
    expect(headerOf(attacks)).not.toContain('Supplier');
    expect(headerOf(attacks)).toContain('Target id');
  });
});
