import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KB_CORPUS } from '../kb/kb-helpers.js';
import { runCli } from './run-cli.js';

// The knowledge-base commands end to end, on the built CLI and a real store file.
const dir = mkdtempSync(join(tmpdir(), 'armstrace-kb-cli-'));
const db = join(dir, 'kb.db');
const cli = (...args: string[]) => runCli([...args, '--db', db], { env: { ARMSTRACE_REVIEWER: 'tester' } });
const json = (...args: string[]) => {
  const r = cli(...args, '--format', 'json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(() => {
  const r = cli('ingest', KB_CORPUS);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/5 extracted/);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('questions', () => {
  it('actor: a profile by any alias, with counterparts by stage', () => {
    const profile = json('actor', 'DPRK');
    expect(profile.entity.id).toBe('state:PRK');
    expect(profile.links.supplier).toContainEqual(
      expect.objectContaining({ counterpart: 'group:hamas', stage: 'delivery', modality: 'reported' }),
    );
    const table = cli('actor', 'North Korea');
    expect(table.stdout).toMatch(/Supplies \(out\)[\s\S]*Hamas\s+arms_transfer\s+delivery/);
  });

  it('transfers: filters, and CSV in the trade-register layout', () => {
    const hamas = json('transfers', '--recipient', 'Hamas');
    expect(hamas.assertions.map((a: { supplier: string }) => a.supplier)).toEqual(['state:PRK']);
    expect(hamas.names['state:PRK']).toBe('North Korea');
    const csv = cli('transfers', '--stage', 'agreement', '--format', 'csv');
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Supplier, r.Recipient, r.Stage])).toEqual([['Russia', 'Iran', 'agreement']]);
  });

  it('timeline, network and path answer from the same store', () => {
    const timeline = json('timeline', 'Hamas');
    expect(timeline.assertions.length).toBeGreaterThan(0);
    const network = json('network');
    expect(network.totals.nodes).toBeGreaterThanOrEqual(5);
    const broker = network.nodes.find((n: { id: string }) => n.id === 'company:ocean-star-trading-ltd');
    expect(broker.inDegree + broker.outDegree).toBe(2);
    const path = json('path', 'North Korea', 'Hamas');
    expect(path.paths[0].nodes).toEqual(['state:PRK', 'company:ocean-star-trading-ltd', 'group:hamas']);
  });

  it('says what is missing, with the right exit status', () => {
    const unknown = cli('actor', 'Atlantis Liberation Front');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no actor matches "Atlantis Liberation Front"/);
    const noStore = runCli(['transfers', '--db', join(dir, 'none.db')]);
    expect(noStore.status).toBe(1);
    expect(noStore.stderr).toMatch(/no store at/);
    const badStage = cli('transfers', '--stage', 'shipped');
    expect(badStage.status).toBe(2);
    expect(badStage.stderr).toMatch(/unknown stage "shipped"/);
  });
});

describe('exports', () => {
  for (const format of ['csv', 'json', 'graphml', 'gexf', 'stix', 'ftm']) {
    it(`export --format ${format} writes the assertions with their evidence`, () => {
      const out = join(dir, `export.${format}`);
      const r = cli('export', '--format', format, '-o', out);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      const text = readFileSync(out, 'utf8');
      expect(text).toContain('armstrace:article/kb-001');
    });
  }
});

describe('review', () => {
  it('needs a reason, logs who and why, and a correction survives reextract', () => {
    const [agreement] = json('transfers', '--stage', 'agreement').assertions;
    const refused = cli('review', 'confirm', agreement.id);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--why/);
    const corrected = cli(
      'review',
      'correct',
      agreement.id,
      '--set',
      'when=2024-03',
      '--why',
      'signed in March',
    );
    expect(corrected.status, corrected.stderr).toBe(0);
    const check = () => {
      const [a] = json('transfers', '--stage', 'agreement').assertions;
      expect(a.when).toEqual({ start: '2024-03-01', end: '2024-03-31' });
      expect(a.review).toBe('corrected');
    };
    check();
    const redo = cli('reextract', '--all');
    expect(redo.status, redo.stderr).toBe(0);
    expect(redo.stderr).toMatch(/re-extracted 5 articles/);
    check();
    const log = cli('review', 'log');
    expect(log.stdout).toMatch(/#1 \S+ tester: correct assertion a:\S+ .*— signed in March/);
  });

  it('merges entities by name and splits them again', () => {
    const merged = cli(
      'review',
      'merge',
      'Ocean Star Trading',
      'Ocean Star Trading Ltd',
      '--why',
      'same firm',
    );
    expect(merged.status, merged.stderr).toBe(0);
    expect(json('actor', 'Ocean Star Trading Ltd').entity.mergedFrom).toEqual(['company:ocean-star-trading']);
    const split = cli('review', 'split', 'company:ocean-star-trading', '--why', 'different registrations');
    expect(split.status, split.stderr).toBe(0);
    expect(json('actor', 'Ocean Star Trading Ltd').entity.mergedFrom).toEqual([]);
  });
});
