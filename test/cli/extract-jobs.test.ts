import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonlCorpus } from '../../bench/synthetic-corpus.js';
import { runCli, startCli } from './run-cli.js';

/*
 * `extract --jobs N` extracts in worker threads and must print exactly what `--jobs 1` prints, in the
 * same order, with the same problems reported on stderr.
 */
const dir = mkdtempSync(join(tmpdir(), 'armstrace-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = 'samples/000_b07c66c74a7c42d3.txt';
const corpus = join(dir, 'corpus.jsonl');
const mixed = join(dir, 'mixed.jsonl');

const OWN_TEXTS = [
  'Russia delivered two S-400 batteries to Turkey in July 2019, officials in Ankara said.',
  'The ministry said on Tuesday that the navy would buy four patrol boats for $120m from a Dutch yard.',
  'Hezbollah received anti-tank missiles from Iran through Syria, according to Western diplomats.',
  'A Cyprus-registered shipping firm carried 30 tons of artillery shells to Port Sudan last month.',
  'Customs officers in Odessa seized a container of assault rifles bound for Libya, the agency said.',
  'France agreed to sell 24 Rafale fighter jets to Egypt in a deal worth about 5.2 billion euros.',
  'The coast guard detained a cargo ship carrying mortar rounds near Aqaba on Friday.',
  'Parliament approved the purchase of 12 self-propelled howitzers from South Korea.',
  'Investigators said a Bulgarian arms dealer had arranged the shipment through a Dubai agent.',
];
const line = (i: number, text: string) =>
  JSON.stringify({
    id: `own-${i}`,
    title: `Report ${i}`,
    published: '2021-03-04',
    outlet: 'Example Wire',
    text,
  });

beforeAll(async () => {
  await writeJsonlCorpus(corpus, 120);
  // A bad record in the middle (line 5): one error, the rest in order.
  const lines = OWN_TEXTS.map((text, i) => line(i + 1, text));
  lines[4] = '{"id": "own-5", "title": "Cut off", "text": "The shipment was';
  writeFileSync(mixed, `${lines.join('\n')}\n`);
});

describe('armstrace extract --jobs', () => {
  it.each([
    ['jsonl', 'with the synthetic corpus', [corpus]],
    ['pretty', 'with the synthetic corpus', [corpus]],
    // With --explain the output is large: fewer articles, to stay under spawnSync's 1 MB of stdout.
    ['json', 'with --explain', ['--explain']],
  ])('prints --format %s (%s) byte for byte as --jobs 1 does, problems included', (format, _, extra) => {
    const args = ['extract', '--format', format, ...extra, SEED, mixed, 'test/fixtures/jsonl/wire.jsonl'];
    // No progress line on a slow (busy) machine: only the problems are compared.
    const env = { ARMSTRACE_PROGRESS_MS: '3600000' };
    const one = runCli([...args, '--jobs', '1'], { env });
    expect(one.status).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(10_000);
    for (const jobs of ['2', '3']) {
      const many = runCli([...args, '--jobs', jobs], { env });
      expect(many.status).toBe(1);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  it('reports a bad record in the middle of a JSONL batch on one line and prints the others in order', () => {
    const result = runCli(['extract', '--jobs', '2', mixed]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: ${mixed}:5: malformed JSON: Unterminated string in JSON at position 61\n`,
    );
    const ids = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article.id);
    expect(ids).toEqual(['own-1', 'own-2', 'own-3', 'own-4', 'own-6', 'own-7', 'own-8', 'own-9']);
  });

  it('keeps progress on stderr and stdout clean', () => {
    const args = ['extract', corpus, '--jobs', '2'];
    const result = runCli(args, { env: { ARMSTRACE_PROGRESS_MS: '1' } });
    expect(result.status).toBe(0);
    const progress = result.stderr
      .split('\n')
      .filter((l) => /^extracting… [\d,]+ articles \([\d,]+\/s\), 0 failed · \d+s$/.test(l));
    expect(progress.length).toBeGreaterThan(2);
    expect(result.stdout).toBe(runCli([...args, '--quiet']).stdout);
    expect(runCli([...args, '--quiet'], { env: { ARMSTRACE_PROGRESS_MS: '1' } }).stderr).toBe('');
  });

  it('refuses --jobs 0 as a usage error', () => {
    const result = runCli(['extract', '--jobs', '0', SEED]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs.*expected a whole number of 1 or more/);
  });

  it('stops its workers and exits 130 on Ctrl-C, leaving whole lines in order', async () => {
    const big = join(dir, 'big.jsonl');
    await writeJsonlCorpus(big, 20_000);
    const child = startCli(['extract', '--jobs', '2', '--quiet', big]);
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    const exited = once(child, 'exit');
    const deadline = Date.now() + 60_000;
    while (stdout.split('\n').length < 20 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const interruptedAt = Date.now();
    child.kill('SIGINT');
    const [code] = await exited;
    expect(Date.now() - interruptedAt).toBeLessThan(5_000);
    expect(code).toBe(130);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeLessThan(20_000);
    expect(lines.map((l) => JSON.parse(l).article.id)).toEqual(lines.map((_, i) => `synthetic-${i}`));
  });
});
