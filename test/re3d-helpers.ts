import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/article.js';
import { type Extraction, SCHEMA_ID } from '../src/extract/extraction.js';
import type { EntityType, ItemCategory } from '../src/extract/gazetteer/vocabulary.js';
import type { EntityVia } from '../src/extract/types.js';

/*
 * A small re3d-shaped corpus written by the tests, in texts of our own: re3d's own texts are licensed and
 * never copied into the repository.
 */

export const TEXT =
  'Colonel Ana Ruiz of the Chilean Navy landed in Arica on 3 May.\nShe briefed Peruvian officers on the Lima memo.';

export interface GoldLine {
  readonly value: string;
  readonly type: string;
  readonly confidence?: number;
  /** Which occurrence of `value` in TEXT (default the first). */
  readonly nth?: number;
}

export const GOLD: GoldLine[] = [
  { value: 'Colonel Ana Ruiz', type: 'Person' },
  { value: 'Ana Ruiz', type: 'Person', confidence: 0 },
  { value: 'Chilean Navy', type: 'Organisation' },
  { value: 'Chilean', type: 'Nationality', confidence: 0 },
  { value: 'Arica', type: 'Location', confidence: 0.9 },
  { value: '3 May', type: 'Temporal' },
  { value: 'She', type: 'Person' },
  { value: 'Peruvian', type: 'Nationality' },
  { value: 'the Lima memo', type: 'DocumentReference' },
];

/** Writes one subset folder; `documents` and `entities` replace the lines of a well-formed one. */
export function writeSubset(
  folder: string,
  options: { id?: string; documents?: string[]; entities?: string[]; text?: string; gold?: GoldLine[] } = {},
): void {
  mkdirSync(folder, { recursive: true });
  const id = options.id ?? 'DOC1';
  const text = options.text ?? TEXT;
  const documents = options.documents ?? [
    JSON.stringify({ _id: id, sourceName: 'test', title: 'Colonel lands', text }),
  ];
  const entities =
    options.entities ??
    (options.gold ?? GOLD).map((g) => {
      let begin = -1;
      for (let i = 0; i <= (g.nth ?? 0); i++) begin = text.indexOf(g.value, begin + 1);
      if (begin < 0) throw new Error(`${g.value} is not in the test text`);
      return JSON.stringify({
        _id: `${id}-${begin}-${g.type}`,
        begin,
        end: begin + g.value.length,
        type: g.type,
        value: g.value,
        documentId: id,
        confidence: g.confidence ?? 1,
      });
    });
  writeFileSync(join(folder, 'documents.json'), `${documents.join('\n')}\n`);
  writeFileSync(join(folder, 'entities.json'), `${entities.join('\n')}\n`);
}

export interface Found {
  readonly text: string;
  readonly type: EntityType;
  readonly via?: EntityVia;
  readonly category?: ItemCategory;
}

/** An extractor that "finds" the given strings (their first occurrence) and times, for scorer tests. */
export function fakeExtract(found: readonly Found[], times: readonly string[] = []) {
  return (article: Article): Extraction => {
    const at = (text: string) => {
      const start = article.text.indexOf(text);
      if (start < 0) throw new Error(`${text} is not in the article`);
      return { start, end: start + text.length, text };
    };
    const { id, title, published, section, outlet, url, language, text } = article;
    return {
      schema: SCHEMA_ID,
      article: { id, title, published, section, outlet, url, language, text },
      entities: found.map((f, i) => ({
        id: `test:${i}`,
        name: f.text,
        type: f.type,
        aliases: [],
        country: null,
        ...(f.category ? { category: f.category } : {}),
        mentions: [{ ...at(f.text), via: f.via ?? 'gazetteer' }],
      })),
      claims: [],
      times: times.map((t) => ({
        ...at(t),
        interval: { start: '2017-05-03', end: '2017-05-03' },
        extractor: 'test',
      })),
      amounts: [],
      warnings: [],
    };
  };
}

/** What the fake extractor finds in TEXT: a name inside a description, two demonyms, a stray place, a date. */
export const FOUND: Found[] = [
  { text: 'Ana Ruiz', type: 'person', via: 'name-pattern' },
  { text: 'Chilean', type: 'state', via: 'demonym' },
  { text: 'Arica', type: 'location' },
  { text: 'Peruvian', type: 'state', via: 'demonym' },
  { text: 'Lima', type: 'location' },
];
