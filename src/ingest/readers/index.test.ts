import { describe, expect, it } from 'vitest';
import { readFile } from '../../../test/helpers.js';
import { chooseReader } from './index.js';

describe('chooseReader', () => {
  it('sends XML that is not a feed to the feed reader, whatever the extension', () => {
    const xml = '<?xml version="1.0"?>\n<inventory><item>Rifles</item></inventory>';
    for (const extension of ['.txt', '', '.csv', '.jsonl']) {
      expect(chooseReader(xml, extension).format).toBe('feed');
    }
    expect(chooseReader(`\uFEFF  ${xml}`, '.txt').format).toBe('feed');
  });

  it('still reads XHTML as HTML, and an XML-declared file named .html with the HTML reader', () => {
    expect(
      chooseReader('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', '.txt').format,
    ).toBe('html');
    expect(chooseReader('<?xml version="1.0"?>\n<div><p>Rifles</p></div>', '.html').format).toBe('html');
  });

  it('leaves text that mentions <?xml later on to the text reader', () => {
    expect(chooseReader('Notes\n<?xml version="1.0"?> is a declaration', '.txt').format).toBe('text');
  });

  it('rejects heads of blank lines, comments or processing instructions in linear time', () => {
    // Signatures with `(?:\s+|…)*` backtracked exponentially on these: 40 blank lines took minutes.
    const heads = [
      `${'\n'.repeat(64 * 1024)}Navy buys frigates`,
      `${' \t\r\n'.repeat(16 * 1024)}x`,
      `${'<!-- a -->'.repeat(5000)}<p>`,
      `${'<?pi x?>'.repeat(5000)}<p>`,
      `<!DOCTYPE x [${' ]'.repeat(10_000)}`,
    ];
    for (const head of heads) expect(chooseReader(head, '.txt').format).toBe('text');
  }, 5_000);
});

describe('reading XML with a .txt extension', () => {
  it('reports it as XML that is not a feed instead of storing its tags as text', async () => {
    const path = 'test/fixtures/text/inventory-not-a-feed.txt';
    expect(await readFile(path)).toEqual({
      articles: [],
      problems: [{ code: 'unsupported', source: path, message: 'XML, but not an RSS, RDF or Atom feed' }],
    });
  });
});
