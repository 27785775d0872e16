import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/*
 * One batch full of bad input: every problem gets one line on stderr naming the file (and line), the good
 * files are stored anyway, the exit status is 1, and what was stored before is untouched.
 */
const dir = mkdtempSync(join(tmpdir(), 'armstrace-bad-'));
const inputs = join(dir, 'inputs');
const db = join(dir, 'store.db');
let result: ReturnType<typeof runCli>;
let errors: string[];

const GOOD_TEXT =
  'Navy receives patrol boats\n\nThe navy received two patrol boats from the shipyard on Monday, a spokesman said.\n';

beforeAll(() => {
  mkdirSync(join(inputs, 'nested'), { recursive: true });
  writeFileSync(join(inputs, 'good.txt'), GOOD_TEXT);
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'blank.txt'), ' \n\u00a0\n\t\n');
  writeFileSync(
    join(inputs, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  );
  writeFileSync(
    join(inputs, 'huge.txt'),
    `Huge file\n\n${'The shipment was inspected at the port. '.repeat(200)}`,
  );
  writeFileSync(
    join(inputs, 'latin1.txt'),
    Buffer.from(
      'Fr\xe9gate deal\n\nThe navy\x92s fr\xe9gate, worth \x80300m, was ordered on Monday by the minist\xe8re.\n',
      'latin1',
    ),
  );
  writeFileSync(
    join(inputs, 'broken.xml'),
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n<item><title>Unclosed item\n</channel></rss>\n',
  );
  writeFileSync(
    join(inputs, 'truncated.html'),
    '<!doctype html><html><head><title>Cut off</title></head><body><article><p>Border police seized a van loaded with rifles and ammunition near the crossing, officials said on Friday.</p><p>The driver',
  );
  writeFileSync(
    join(inputs, 'no-text.html'),
    '<!doctype html><html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>',
  );
  writeFileSync(
    join(inputs, 'nested', 'mixed.jsonl'),
    [
      JSON.stringify({
        id: 'j-1',
        title: 'Good line',
        text: 'Officials said the army had ordered new radars for its air defence units.',
      }),
      '{"id": "j-2", "title": "Truncated", "text": "cut',
      '[1, 2, 3]',
      JSON.stringify({ id: 'j-4', title: 'No text' }),
      JSON.stringify({
        id: 'j-5',
        title: 'Also good',
        text: 'The coast guard said it had detained a cargo ship carrying artillery shells.',
      }),
    ].join('\n'),
  );
  writeFileSync(
    join(inputs, 'nested', 'rows.csv'),
    'id,title,text\nc-1,Good row,"The ministry said the tanks would be delivered next year, officials added."\nc-2,too,many,fields\nc-3,Also good,"Parliament approved the sale of two patrol boats to the coast guard."\n',
  );
  writeFileSync(join(inputs, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  symlinkSync(join(inputs, 'gone.txt'), join(inputs, 'dangling.txt'));

  // Something stored before the bad batch, which must survive it.
  expect(runCli(['ingest', '--db', db, 'samples/000_b07c66c74a7c42d3.txt']).status).toBe(0);
  result = runCli([
    'ingest',
    '--db',
    db,
    '--max-bytes',
    '4KB',
    '--json',
    inputs,
    join(dir, 'does-not-exist.txt'),
  ]);
  errors = result.stderr.split('\n').filter((l) => l.startsWith('error: '));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a batch of bad input', () => {
  it('exits 1 and stores every good article', () => {
    expect(result.status).toBe(1);
    const summary = JSON.parse(result.stdout);
    // good.txt, latin1.txt, truncated.html, j-1, j-5, c-1, c-3
    expect(summary).toMatchObject({ inserted: 7, skipped: 1 });
  });

  it.each([
    ['empty.txt', /empty\.txt: empty file/],
    ['blank.txt', /blank\.txt: only white space/],
    ['binary.txt', /binary\.txt: binary file/],
    ['huge.txt', /huge\.txt: text file is over the size limit of 4 KiB/],
    ['broken.xml', /broken\.xml: malformed XML at line \d+/],
    ['no-text.html', /no-text\.html: too little text for an article \(1 word\)/],
    ['mixed.jsonl line 2', /mixed\.jsonl:2: malformed JSON/],
    ['mixed.jsonl line 3', /mixed\.jsonl:3: expected a JSON object, found an array/],
    ['mixed.jsonl line 4', /mixed\.jsonl:4: no article text/],
    ['rows.csv line 3', /rows\.csv:3: malformed CSV: wrong number of fields/],
    ['dangling symlink', /dangling\.txt: no such file/],
    ['missing path', /does-not-exist\.txt: no such file/],
  ])('reports %s on one line', (_, pattern) => {
    expect(errors.filter((l) => pattern.test(l))).toHaveLength(1);
  });

  it('prints nothing else as an error, and skips non-article files in folders', () => {
    expect(errors).toHaveLength(12);
    expect(result.stderr).not.toContain('picture.png');
  });

  it('decodes Windows-1252 instead of producing mojibake', () => {
    const search = JSON.parse(runCli(['search', '--db', db, '--format', 'json', 'frégate']).stdout);
    expect(search.total).toBe(1);
    const shown = JSON.parse(runCli(['show', '--db', db, search.hits[0].id, '--format', 'json']).stdout);
    expect(shown.text).toContain('The navy’s frégate, worth €300m, was ordered on Monday by the ministère.');
    expect(shown.warnings).toContain('not valid UTF-8: decoded as Windows-1252 (Latin-1)');
  });

  it('leaves what was stored before intact', () => {
    const shown = JSON.parse(runCli(['show', '--db', db, '2701141', '--format', 'json']).stdout);
    expect(shown.title).toMatch(/^Hamas to negotiate weapons deal/);
    const conn = new Database(db, { readonly: true });
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.prepare('SELECT count(*) AS n FROM article_versions').get()).toEqual({ n: 8 });
    conn.close();
  });

  it('does not store the unreadable records partially', () => {
    const conn = new Database(db, { readonly: true });
    const ids = conn.prepare('SELECT id FROM article_versions ORDER BY id').all() as { id: string }[];
    conn.close();
    expect(ids.map((r) => r.id)).toEqual(expect.arrayContaining(['j-1', 'j-5', 'c-1', 'c-3']));
    expect(ids.map((r) => r.id)).not.toEqual(expect.arrayContaining(['j-2']));
    expect(readFileSync(join(inputs, 'good.txt'), 'utf8')).toBe(GOOD_TEXT);
  });
});
