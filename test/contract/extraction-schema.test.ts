import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createMentionPipeline } from '../../src/extract/configuration.js';
import { extractArticle } from '../../src/extract/extraction.js';
import { readFile } from '../helpers.js';

/*
 * Every extraction validates against the contract in ../shared (the project's shared folder, beside the
 * checkout): the seed and each dev-corpus article. Skipped when ../shared is absent.
 */
const SCHEMA = '../shared/contract/extraction.schema.json';
const DEV = '../shared/corpus/dev';
const shared = existsSync(SCHEMA);

describe.skipIf(!shared)('extractions validate against the contract (needs ../shared)', () => {
  const validate = shared
    ? new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')))
    : () => true;
  const pipeline = createMentionPipeline();
  const inputs = ['samples/000_b07c66c74a7c42d3.txt', ...(existsSync(DEV) ? jsonlFiles(DEV) : [])];

  it.each(inputs)('%s', async (path) => {
    const { articles, problems } = await readFile(path);
    expect(problems).toEqual([]);
    for (const article of articles) {
      const extraction = extractArticle(pipeline, article, { explain: false });
      const ok = validate(extraction);
      expect(ok, JSON.stringify((validate as { errors?: unknown }).errors, null, 2)).toBe(true);
      // The offset invariant, on real text: every span is the text it claims to be — in the body, or in
      // the headline for spans marked `field: 'title'`.
      const { text, title } = extraction.article;
      const spans: { start: number; end: number; text: string; field?: 'title' }[] = [
        ...extraction.entities.flatMap((e) => e.mentions),
        ...extraction.times,
        ...extraction.amounts,
        ...extraction.claims.flatMap((c) => c.evidence),
      ];
      const wrong = spans.filter(
        (m) => (m.field === 'title' ? title : text).slice(m.start, m.end) !== m.text,
      );
      expect(wrong).toEqual([]);
      // Every role of every claim names an entity of the same extraction.
      const ids = new Set(extraction.entities.map((e) => e.id));
      const roles = extraction.claims.flatMap((c) =>
        [
          c.supplier,
          c.recipient,
          c.actor,
          c.target,
          c.seizer,
          c.interdicted_by,
          c.where,
          ...(c.parties ?? []),
        ].filter((r): r is string => typeof r === 'string'),
      );
      expect(roles.filter((r) => !ids.has(r))).toEqual([]);
    }
  });
});

function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `${dir}/${f}`);
}
