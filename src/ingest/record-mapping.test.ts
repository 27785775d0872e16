import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from './reader.js';
import { mapRecord } from './record-mapping.js';

const BODY = 'Border guards found rifles hidden in a lorry carrying frozen fish.';
const options = (fieldMap: ReadOptions['fieldMap'] = {}): ReadOptions => ({
  ...DEFAULT_READ_OPTIONS,
  fieldMap,
});

function mapped(record: Record<string, unknown>, fieldMap: ReadOptions['fieldMap'] = {}) {
  const result = mapRecord(record, options(fieldMap));
  if (!result.ok) throw new Error(`expected a draft, got: ${result.message}`);
  return result.draft;
}

describe('mapRecord', () => {
  it.each([
    ['title', { title: 'Rifles seized', text: BODY }, 'title', 'Rifles seized', 'title'],
    ['headline', { headline: 'Rifles seized', text: BODY }, 'title', 'Rifles seized', 'headline'],
    ['published', { published: '2014-07-27', text: BODY }, 'published', '2014-07-27', 'published'],
    ['date', { date: '2014-07-27', text: BODY }, 'published', '2014-07-27', 'date'],
    ['published_at', { published_at: '2014-07-27', text: BODY }, 'published', '2014-07-27', 'published_at'],
    ['pubdate', { pubdate: '2014-07-27', text: BODY }, 'published', '2014-07-27', 'pubdate'],
    ['section', { section: 'Borders', text: BODY }, 'section', 'Borders', 'section'],
    ['outlet', { outlet: 'Frontier Post', text: BODY }, 'outlet', 'Frontier Post', 'outlet'],
    ['source', { source: 'Frontier Post', text: BODY }, 'outlet', 'Frontier Post', 'source'],
    ['url', { url: 'https://example.org/r', text: BODY }, 'url', 'https://example.org/r', 'url'],
    ['link', { link: 'https://example.org/r', text: BODY }, 'url', 'https://example.org/r', 'link'],
    ['id', { id: 'a-17', text: BODY }, 'id', 'a-17', 'id'],
  ] as const)('reads the default column "%s"', (_name, record, field, value, column) => {
    const draft = mapped(record);
    expect(draft[field]).toBe(value);
    expect(draft.fields[field]).toBe(`field "${column}"`);
  });

  it.each([
    ['text', { text: BODY }],
    ['body', { body: BODY }],
    ['content', { content: BODY }],
  ])('reads the body from "%s", with its provenance', (column, record) => {
    const draft = mapped(record);
    expect(draft.body).toBe(BODY);
    expect(draft.fields.text).toBe(`field "${column}"`);
  });

  it('prefers the first default column that has a value', () => {
    const draft = mapped({ title: 'From title', headline: 'From headline', text: 'From text', body: BODY });
    expect(draft.title).toBe('From title');
    expect(draft.body).toBe('From text');
    expect(draft.fields).toMatchObject({ title: 'field "title"', text: 'field "text"' });
  });

  it('skips a null or missing default column for the next one', () => {
    const draft = mapped({
      title: null,
      headline: 'Rifles seized',
      text: null,
      body: BODY,
      date: undefined,
      pubdate: '2015',
    });
    expect(draft.title).toBe('Rifles seized');
    expect(draft.body).toBe(BODY);
    expect(draft.published).toBe('2015');
    expect(draft.fields).toEqual({
      title: 'field "headline"',
      text: 'field "body"',
      published: 'field "pubdate"',
    });
  });

  it('maps language to declaredLanguage, not to a "language" property', () => {
    const draft = mapped({ lang: 'fr', text: BODY });
    expect(draft.declaredLanguage).toBe('fr');
    expect(draft).not.toHaveProperty('language');
    expect(draft.fields.language).toBe('field "lang"');
  });

  it('leaves the raw values untouched (normalizing is finalizeArticle’s job)', () => {
    const draft = mapped({ title: '  Rifles\u00a0seized ', text: `  ${BODY}\r\n` });
    expect(draft.title).toBe('  Rifles\u00a0seized ');
    expect(draft.body).toBe(`  ${BODY}\r\n`);
  });

  it('ignores unknown columns and starts with no warnings', () => {
    const draft = mapped({ text: BODY, author: { name: 'x' }, tags: ['a', 'b'] });
    expect(draft.warnings).toEqual([]);
    expect(draft.fields).toEqual({ text: 'field "text"' });
  });

  it.each([
    ['number', 2701141, '2701141'],
    ['zero', 0, '0'],
    ['float', 12.5, '12.5'],
    ['boolean', true, 'true'],
  ])('turns a scalar %s id into a string', (_name, id, expected) => {
    expect(mapped({ id, text: BODY }).id).toBe(expected);
  });

  describe('custom field map', () => {
    it('reads the configured columns', () => {
      const draft = mapped(
        { story: BODY, hed: 'Rifles seized', when: '2014-07-27', text: 'not this', title: 'nor this' },
        { text: 'story', title: 'hed', published: 'when' },
      );
      expect(draft).toMatchObject({ body: BODY, title: 'Rifles seized', published: '2014-07-27' });
      expect(draft.fields).toMatchObject({
        text: 'field "story"',
        title: 'field "hed"',
        published: 'field "when"',
      });
    });

    it('does not fall back to a default column when the configured one is missing', () => {
      const draft = mapped({ text: BODY, title: 'Default title' }, { title: 'hed' });
      expect(draft.title).toBeUndefined();
      expect(draft.fields).not.toHaveProperty('title');
    });

    it('reports a missing configured text column by its name', () => {
      expect(mapRecord({ text: BODY }, options({ text: 'story' }))).toEqual({
        ok: false,
        message: 'no article text: field "story" is missing or empty',
      });
    });

    it('keeps other fields on their defaults', () => {
      expect(mapped({ story: BODY, headline: 'Rifles seized' }, { text: 'story' }).title).toBe(
        'Rifles seized',
      );
    });
  });

  describe('errors', () => {
    it.each([
      [
        'object title',
        { title: { en: 'Rifles' }, text: BODY },
        {},
        'field "title" is object, expected a string',
      ],
      ['array body', { body: ['a', 'b'] }, {}, 'field "body" is object, expected a string'],
      [
        'object in a configured column',
        { story: BODY, meta: {} },
        { text: 'story', section: 'meta' },
        'field "meta" is object, expected a string',
      ],
    ])('%s → error naming the field', (_name, record, fieldMap, message) => {
      expect(mapRecord(record, options(fieldMap))).toEqual({ ok: false, message });
    });

    it.each([
      ['no text column', { title: 'Rifles seized' }],
      ['empty text', { text: '' }],
      ['blank text', { text: ' \n\t ' }],
      ['null text', { text: null }],
    ])('%s → "no article text" error', (_name, record) => {
      expect(mapRecord(record, options())).toEqual({
        ok: false,
        message: 'no article text: field "text" is missing or empty',
      });
    });

    it('does not fall through to "body" when "text" is blank', () => {
      // "text" is present (non-null), so it is the column used; a blank value is an error.
      const result = mapRecord({ text: '  ', body: BODY }, options());
      expect(result.ok).toBe(false);
    });
  });
});
