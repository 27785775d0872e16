import { describe, expect, it } from 'vitest';
import { extractionOf } from '../../test/claim-helpers.js';
import { wordTable } from './word-table.js';

describe('wordTable', () => {
  it('answers only for its own words, never for what every object inherits', () => {
    const table = wordTable({ company: 'company', group: 'armed_group' });
    expect(table.get('company')).toBe('company');
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(table.has(word)).toBe(false);
  });

  it.each([
    'The constructor of the frigates is a Turkish company.',
    'A Turkish constructor said it delivered the vessels to the Constructor Ministry.',
    'Hamas said constructor work went on; the __proto__ and toString of it were unclear.',
  ])('extracts "%s" without failing or inventing entities', (text) => {
    const x = extractionOf(text);
    expect(x.entities.every((e) => /^[a-z]+:/.test(e.id) && !e.id.startsWith('undefined'))).toBe(true);
  });
});
