import { describe, expect, it } from 'vitest';
import { removeRepeatedParagraphs } from './clean-paragraphs.js';

const TITLE = 'Navy intercepts dhow carrying anti-tank missiles';
const P1 = 'A patrol boat stopped the vessel about 40 nautical miles off the coast before dawn on Friday.';
const P2 = 'Boarding teams found crates of guided missiles hidden under sacks of fertiliser.';
const P3 = 'The crew of six was detained and the cargo was taken to a naval base for inspection.';

describe('removeRepeatedParagraphs', () => {
  it.each([
    ['exact title', TITLE],
    ['title in another case', TITLE.toUpperCase()],
    ['title with a trailing full stop', `${TITLE}.`],
    ['title with trailing punctuation and spaces', `${TITLE.toLowerCase()} … `],
    ['title with inner runs of spaces', TITLE.replace(/ /g, '  ')],
  ])('removes the title repeated as the first paragraph (%s), with a warning', (_name, first) => {
    const result = removeRepeatedParagraphs([first, P1, P2], TITLE);
    expect(result.paragraphs).toEqual([P1, P2]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/title repeated as the body's first paragraph/);
  });

  it('ignores trailing punctuation on the title side too', () => {
    const result = removeRepeatedParagraphs(['Navy intercepts dhow', P1], 'Navy intercepts dhow!');
    expect(result.paragraphs).toEqual([P1]);
  });

  it('shortens a long removed paragraph in the warning', () => {
    const longTitle = `${TITLE} in the Gulf of Aden after a tip from a foreign intelligence service`;
    const { warnings } = removeRepeatedParagraphs([longTitle, P1], longTitle);
    expect(warnings[0]).toContain(`"${longTitle.slice(0, 57)}…"`);
  });

  it.each([
    ['title repeated as the second paragraph', [P1, TITLE, P2]],
    ['title repeated as the last paragraph', [P1, P2, TITLE]],
    ['first paragraph only starts with the title', [`${TITLE} in the Red Sea, officials said.`, P1]],
    ['first paragraph is a prefix of the title', ['Navy intercepts dhow', P1]],
    ['first paragraph differs inside, not only at the end', [TITLE.replace('anti-tank', 'anti tank'), P1]],
  ])('keeps the paragraphs when the %s', (_name, paragraphs) => {
    const result = removeRepeatedParagraphs(paragraphs, TITLE);
    expect(result.paragraphs).toEqual(paragraphs);
    expect(result.warnings).toEqual([]);
  });

  it('removes an exact repeat and names both paragraph numbers', () => {
    const result = removeRepeatedParagraphs([P1, P2, P3, P2], TITLE);
    expect(result.paragraphs).toEqual([P1, P2, P3]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/removed paragraph 4, a repeat of paragraph 2/);
  });

  it('numbers paragraphs as given, counting a removed title', () => {
    const result = removeRepeatedParagraphs([TITLE, P1, P2, P1], TITLE);
    expect(result.paragraphs).toEqual([P1, P2]);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[1]).toMatch(/removed paragraph 4, a repeat of paragraph 2/);
  });

  it('names the first occurrence for every later repeat', () => {
    const result = removeRepeatedParagraphs([P1, P2, P1, P3, P1], null);
    expect(result.paragraphs).toEqual([P1, P2, P3]);
    expect(
      result.warnings.map((w) => /paragraph (\d+), a repeat of paragraph (\d+)/.exec(w)?.slice(1)),
    ).toEqual([
      ['3', '1'],
      ['5', '1'],
    ]);
  });

  it('treats a repeat differing only in case or trailing punctuation as a repeat', () => {
    const result = removeRepeatedParagraphs([P2, P1, P2.toUpperCase().replace(/\.$/, '')], null);
    expect(result.paragraphs).toEqual([P2, P1]);
    expect(result.warnings).toHaveLength(1);
  });

  it.each([
    ['Advertisement', ['Advertisement', P1, 'Advertisement', P2, 'Advertisement']],
    ['an em dash', ['—', P1, '—']],
    ['a short byline', ['By Staff Writer', P1, 'By Staff Writer']],
    ['19 characters', ['Photo: Reuters file', P1, 'Photo: Reuters file']],
  ])('keeps short repeated paragraphs (%s)', (_name, paragraphs) => {
    const result = removeRepeatedParagraphs(paragraphs, TITLE);
    expect(result.paragraphs).toEqual(paragraphs);
    expect(result.warnings).toEqual([]);
  });

  it('removes a repeat of exactly 20 characters', () => {
    const twenty = 'Gunfire at the docks';
    expect(twenty).toHaveLength(20);
    expect(removeRepeatedParagraphs([twenty, P1, twenty], null).paragraphs).toEqual([twenty, P1]);
  });

  it('measures the length without trailing punctuation (19 letters + "." is kept)', () => {
    const paragraphs = ['Gunfire at the port.', P1, 'Gunfire at the port.'];
    expect(removeRepeatedParagraphs(paragraphs, null).paragraphs).toEqual(paragraphs);
  });

  it.each([
    ['null', null],
    ['empty string', ''],
  ])('with no title (%s) only handles repeats', (_name, title) => {
    const result = removeRepeatedParagraphs([P1, P2, P1], title);
    expect(result.paragraphs).toEqual([P1, P2]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/repeat of paragraph 1/);
  });

  it('keeps paragraphs that are merely similar', () => {
    const paragraphs = [P1, `${P1} A second boat followed.`, P1.replace('Friday', 'Saturday')];
    expect(removeRepeatedParagraphs(paragraphs, null)).toEqual({ paragraphs, warnings: [] });
  });

  it('does not modify its input and handles an empty list', () => {
    const input = [TITLE, P1, P1];
    removeRepeatedParagraphs(input, TITLE);
    expect(input).toEqual([TITLE, P1, P1]);
    expect(removeRepeatedParagraphs([], TITLE)).toEqual({ paragraphs: [], warnings: [] });
  });
});
