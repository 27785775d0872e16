import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from './article-draft.js';
import { type DraftOrigin, deriveTitle, finalizeArticle } from './finalize-article.js';

const ORIGIN: DraftOrigin = { source: 'feeds/navy.jsonl', format: 'jsonl', locator: 'line 7' };

const BODY = [
  'The coast guard boarded a cargo ship carrying artillery shells off the island on Monday. The crew was detained.',
  'Officials said the shells had been loaded at a port in the eastern Mediterranean and were bound for a militia.',
].join('\n\n');

// Over 300 characters: long enough for franc to overrule a declared language.
const GERMAN =
  'Die Bundesregierung hat am Mittwoch den Export von zwölf Schützenpanzern an ein Nachbarland genehmigt. ' +
  'Nach Angaben des Wirtschaftsministeriums sollen die Fahrzeuge noch in diesem Jahr ausgeliefert werden, ' +
  'obwohl mehrere Abgeordnete der Opposition Bedenken geäußert hatten. Der Vertrag umfasst auch Ersatzteile.';

const FRENCH =
  'Le ministère des Armées a confirmé mardi la livraison de quatre hélicoptères de transport à la marine. ' +
  'Selon un porte-parole, les appareils seront basés sur la côte sud et rejoindront la flotte avant la fin ' +
  "de l'année, malgré des retards importants dans le programme. Le contrat comprend aussi la formation.";

const draft = (over: Partial<ArticleDraft> = {}): ArticleDraft => ({
  body: BODY,
  fields: {},
  warnings: [],
  ...over,
});

function finalized(over: Partial<ArticleDraft> = {}, origin: DraftOrigin = ORIGIN) {
  const result = finalizeArticle(draft(over), origin);
  if (!result.ok) throw new Error(`expected an article, got ${result.problem.message}`);
  return result.value;
}

describe('deriveTitle', () => {
  it.each([
    [
      'stops at the first full stop',
      'Rebels shot down a helicopter. Two pilots died.',
      'Rebels shot down a helicopter.',
    ],
    ['stops at a question mark', 'Was the cargo seized? Officials would not say.', 'Was the cargo seized?'],
    ['stops at an exclamation mark', 'Troops withdrew! Then talks resumed.', 'Troops withdrew!'],
    [
      'only looks at the first paragraph',
      'Convoy ambushed near the pass\n\nSecond paragraph here.',
      'Convoy ambushed near the pass',
    ],
    ['not after "Mr."', 'Mr. Kim watched the launch. State media said so.', 'Mr. Kim watched the launch.'],
    [
      'not after "Gen."',
      'Gen. Smith visited Kyiv on Friday. He met officials.',
      'Gen. Smith visited Kyiv on Friday.',
    ],
    ['not after "Lt. Col."', 'Lt. Col. Ortiz led the raid. Nobody was hurt.', 'Lt. Col. Ortiz led the raid.'],
    [
      'not after "No."',
      'The ban is in Annex No. 4 of the deal. Diplomats agreed.',
      'The ban is in Annex No. 4 of the deal.',
    ],
    [
      'not after "Sept."',
      'Talks began on Sept. 3 in Vienna. Iran attended.',
      'Talks began on Sept. 3 in Vienna.',
    ],
    [
      'not at a decimal point',
      'The deal is worth $2.5 billion. Officials said so.',
      'The deal is worth $2.5 billion.',
    ],
    [
      'not before a lower-case word',
      'The shells, made in the 1980s. were old. Experts agreed.',
      'The shells, made in the 1980s. were old.',
    ],
    ['before an opening quote', 'He refused. “We will respond,” he said.', 'He refused.'],
    ['a single sentence without a full stop', 'Missile test condemned', 'Missile test condemned'],
    ['trims surrounding spaces', '  Missile test condemned.  ', 'Missile test condemned.'],
  ])('%s', (_name, text, expected) => {
    expect(deriveTitle(text)).toBe(expected);
  });

  it.each([
    [
      'The U.S. Navy seized rifles off Yemen. Officials said more would follow.',
      'The U.S. Navy seized rifles off Yemen.',
    ],
    ['Dr. A. Khan sold centrifuge designs. Investigators said so.', 'Dr. A. Khan sold centrifuge designs.'],
  ])('does not stop after initials in %j', (text, expected) => {
    expect(deriveTitle(text)).toBe(expected);
  });

  it('stops after a sentence that ends inside a closing quote', () => {
    expect(deriveTitle('The general called the deal “a mistake.” Officials in Ankara disagreed.')).toBe(
      'The general called the deal “a mistake.”',
    );
  });

  it('cuts a long first sentence at a word boundary with "…"', () => {
    const words =
      'The frigate escorted a convoy of tankers through the strait while helicopters patrolled overhead';
    const sentence = `${words} ${words} ${words}.`;
    const title = deriveTitle(`${sentence} A second sentence follows.`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(161);
    const kept = title.slice(0, -1);
    expect(sentence.startsWith(kept)).toBe(true);
    // Cut at a word boundary: the next character of the sentence is the space that was cut at.
    expect(sentence[kept.length]).toBe(' ');
    expect(kept.endsWith(' ')).toBe(false);
  });

  it('keeps a sentence of exactly 160 characters whole', () => {
    const sentence = `${'x'.repeat(159)}.`;
    expect(deriveTitle(`${sentence} Next one.`)).toBe(sentence);
  });

  it('cuts a long sentence without spaces at 40 characters or more', () => {
    const title = deriveTitle('y'.repeat(300));
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeGreaterThan(40);
    expect(title.length).toBeLessThanOrEqual(161);
  });

  it('still tells an abbreviation from a word ending in its letters far into a paragraph', () => {
    const lead = 'Talks with the minister went on for hours and hours. ';
    expect(deriveTitle(`${lead.repeat(3)}Met Gen. Smith. Next`)).toBe(lead.trim());
    expect(deriveTitle(`The ${'m'.repeat(40)} visited the yard. Then left.`)).toBe(
      `The ${'m'.repeat(40)} visited the yard.`,
    );
    expect(deriveTitle(`Arms went to ${'Borx'.repeat(10)} Inc. Then more came.`)).toBe(
      `Arms went to ${'Borx'.repeat(10)} Inc. Then more came.`,
    );
    expect(deriveTitle(`Arms went to ${'Borx'.repeat(10)}Inc. Then more came.`)).toBe(
      `Arms went to ${'Borx'.repeat(10)}Inc.`,
    );
  });

  it('derives a title from a 2 MB paragraph full of abbreviations in linear time', () => {
    // Every full stop is an abbreviation's: each is tested, and none ends the sentence.
    const text = `${'Talks between Gen. Smith and Col. Jones went on '.repeat(45_000)}for weeks.`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const cut = text.slice(0, 160);
    expect(deriveTitle(text)).toBe(`${cut.slice(0, cut.lastIndexOf(' '))}…`);
  }, 20_000);
});

describe('finalizeArticle', () => {
  it('normalizes the body and the title and keeps the origin', () => {
    const article = finalized({
      title: '  Coast\u00a0guard  seizes shells ',
      body: BODY.replace(/\n\n/g, '\r\n\u00a0\r\n'),
      fields: { title: 'field "headline"' },
    });
    expect(article.title).toBe('Coast guard seizes shells');
    expect(article.text).toBe(BODY);
    expect(article.origin).toEqual({
      source: 'feeds/navy.jsonl',
      format: 'jsonl',
      locator: 'line 7',
      fields: { title: 'field "headline"', language: 'detected', id: 'content hash' },
    });
  });

  it('omits the locator when the origin has none', () => {
    const article = finalized({ title: 'Shells seized' }, { source: 'a.txt', format: 'text' });
    expect(article.origin).not.toHaveProperty('locator');
  });

  describe('id', () => {
    it('is a 16-hex content hash when the source has no id', () => {
      const article = finalized();
      expect(article.id).toMatch(/^[0-9a-f]{16}$/);
      expect(article.origin.fields.id).toBe('content hash');
    });

    it('is stable for the same outlet, url and text, whatever the title, date, section or origin', () => {
      const a = finalized({ title: 'One headline', published: '2014-07-27', outlet: 'Harbour Herald' });
      const b = finalized(
        { title: 'Another headline', section: 'Naval', outlet: 'Harbour Herald' },
        { source: 'other.csv', format: 'csv' },
      );
      expect(a.id).toBe(b.id);
      // Same id, different content: the changed headline is stored as a new version of the article.
      expect(a.contentHash).not.toBe(b.contentHash);
    });

    it('differs for the same wire text from two outlets, or at two urls', () => {
      const wire = { title: 'Shells seized', body: BODY };
      const herald = finalized({ ...wire, outlet: 'Harbour Herald' });
      const courier = finalized({ ...wire, outlet: 'Coastal Courier' });
      expect(herald.id).not.toBe(courier.id);
      expect(finalized(wire).id).not.toBe(herald.id);
      expect(finalized({ ...wire, url: 'https://a.example/1' }).id).not.toBe(
        finalized({ ...wire, url: 'https://b.example/1' }).id,
      );
    });

    it('does not confuse the boundaries between outlet, url and text', () => {
      expect(finalized({ outlet: 'ab', url: 'c' }).id).not.toBe(finalized({ outlet: 'a', url: 'bc' }).id);
    });

    it('is the same for bodies that normalize to the same text', () => {
      expect(finalized({ body: BODY.replace(/\n\n/g, '\r\n\r\n') }).id).toBe(finalized().id);
    });

    it('differs for different text', () => {
      expect(finalized({ body: `${BODY} More crates were found.` }).id).not.toBe(finalized().id);
    });

    it.each([
      ['the source id, trimmed', ' 2701141 ', '2701141'],
      ['the source id, normalized', 'AP\u00a0123', 'AP 123'],
    ])('is %s when given', (_name, id, expected) => {
      const article = finalized({ id, fields: { id: 'field "id"' } });
      expect(article.id).toBe(expected);
      expect(article.origin.fields.id).toBe('field "id"');
    });

    it.each([
      ['empty', ''],
      ['blank', '  \u00a0 '],
      ['null', null],
    ])('falls back to the content hash when the source id is %s', (_name, id) => {
      expect(finalized({ id }).id).toBe(finalized().id);
    });
  });

  describe('title', () => {
    it('is derived from the first sentence when missing, and marked so', () => {
      const article = finalized({ title: null });
      expect(article.title).toBe(
        'The coast guard boarded a cargo ship carrying artillery shells off the island on Monday.',
      );
      expect(article.origin.fields.title).toBe('first sentence');
    });

    it('is derived when the given title is blank', () => {
      const article = finalized({ title: ' \u200b ', fields: { title: 'field "title"' } });
      expect(article.title).toMatch(/^The coast guard boarded/);
      expect(article.origin.fields.title).toBe('first sentence');
    });

    it('keeps the given title and its provenance', () => {
      const article = finalized({ title: 'Shells seized', fields: { title: 'title line' } });
      expect(article.title).toBe('Shells seized');
      expect(article.origin.fields.title).toBe('title line');
    });

    it('removes the title repeated as the first paragraph, with a warning', () => {
      const article = finalized({
        title: 'Coast guard seizes shells',
        body: `COAST GUARD SEIZES SHELLS.\n\n${BODY}`,
      });
      expect(article.text).toBe(BODY);
      expect(article.warnings.some((w) => /title repeated/.test(w))).toBe(true);
    });
  });

  describe('no text', () => {
    it.each([
      ['empty body', ''],
      ['only whitespace and invisible characters', ' \n\u00a0\r\n\u200b\t'],
    ])('fails with no-text for %s', (_name, body) => {
      const result = finalizeArticle(draft({ body, title: 'Shells seized' }), ORIGIN);
      expect(result).toEqual({
        ok: false,
        problem: {
          code: 'no-text',
          source: 'feeds/navy.jsonl',
          locator: 'line 7',
          message: 'no article text found',
        },
      });
    });

    it('fails with no-text when the body is only the repeated title', () => {
      const result = finalizeArticle(draft({ body: 'Shells seized', title: 'Shells seized' }), ORIGIN);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.code).toBe('no-text');
    });
  });

  describe('language', () => {
    it('detects English without a warning', () => {
      const article = finalized({ title: 'Shells seized' });
      expect(article.language).toBe('en');
      expect(article.origin.fields.language).toBe('detected');
      expect(article.warnings).toEqual([]);
    });

    it.each([
      ['German', GERMAN, 'de'],
      ['French', FRENCH, 'fr'],
    ])('detects %s and warns that English extraction will not apply', (_name, body, code) => {
      const article = finalized({ title: 'Export', body, declaredLanguage: 'en' });
      expect(article.language).toBe(code);
      expect(article.warnings).toHaveLength(1);
      expect(article.warnings[0]).toContain(`"${code}"`);
      expect(article.warnings[0]).toMatch(/not English/);
    });

    it('fails with no-text for fewer than five words (a menu link, "Read more")', () => {
      const result = finalizeArticle({ body: 'Read more', fields: {}, warnings: [] }, ORIGIN);
      expect(result).toMatchObject({
        ok: false,
        problem: { code: 'no-text', message: 'too little text for an article (2 words)' },
      });
    });

    it('takes the declared language over franc for short text, and says so', () => {
      // franc reads this headline-like English text as French; the feed says it is English.
      const body = 'Coalition air strikes resume against militant positions in province';
      const declared = finalized({ title: 'Air strikes', body, declaredLanguage: 'en-US' });
      expect(declared.language).toBe('en');
      expect(declared.origin.fields.language).toBe('declared');
      expect(declared.warnings).toEqual([]);
      const undeclared = finalized({ title: 'Air strikes', body });
      expect(undeclared.language).toBe('fr');
      expect(undeclared.origin.fields.language).toBe('detected');
    });

    it('is null and "undetermined" for text too short to tell, without a declared language', () => {
      const article = finalized({ title: 'Raid', body: 'Raid at dawn, two held.' });
      expect(article.language).toBeNull();
      expect(article.origin.fields.language).toBe('undetermined');
    });
  });

  describe('published', () => {
    it('is normalized and keeps its provenance', () => {
      const article = finalized({
        published: 'Sun, 27 Jul 2014 11:22:00 GMT',
        fields: { published: 'pubDate' },
      });
      expect(article.published).toBe('2014-07-27T11:22:00Z');
      expect(article.origin.fields.published).toBe('pubDate');
      expect(article.warnings).toEqual([]);
    });

    it('is null with a warning naming the value when unreadable', () => {
      const article = finalized({ published: 'sometime last week', fields: { published: 'field "date"' } });
      expect(article.published).toBeNull();
      expect(article.warnings).toEqual(['unreadable publication date "sometime last week" ignored']);
    });

    it('is null without a warning, and without provenance, when absent', () => {
      const article = finalized({ published: null, fields: { published: 'field "date"' } });
      expect(article.published).toBeNull();
      expect(article.warnings).toEqual([]);
      expect(article.origin.fields).not.toHaveProperty('published');
    });
  });

  it('keeps the draft warnings first', () => {
    const article = finalized({ warnings: ['decoded as Windows-1252'], published: 'soon' });
    expect(article.warnings[0]).toBe('decoded as Windows-1252');
    expect(article.warnings).toHaveLength(2);
  });

  it('normalizes section, outlet and url, turning blanks into null', () => {
    const article = finalized({
      section: ' Defence\u00a0News ',
      outlet: '  ',
      url: ' https://example.org/a ',
    });
    expect(article.section).toBe('Defence News');
    expect(article.outlet).toBeNull();
    expect(article.url).toBe('https://example.org/a');
  });

  describe('contentHash', () => {
    const base: Partial<ArticleDraft> = {
      title: 'Shells seized',
      published: '2014-07-27',
      section: 'Maritime',
      outlet: 'Harbour Herald',
      url: 'https://example.org/shells',
    };

    it('is a sha256 hex digest, stable for the same draft', () => {
      expect(finalized(base).contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(finalized(base).contentHash).toBe(finalized(base).contentHash);
    });

    it('ignores differences that normalization removes', () => {
      expect(finalized({ ...base, title: ' Shells\u00a0 seized ' }).contentHash).toBe(
        finalized(base).contentHash,
      );
    });

    it.each([
      ['title', { title: 'Artillery shells seized' }],
      ['published', { published: '2014-07-28' }],
      ['section', { section: 'Land' }],
      ['outlet', { outlet: 'Port Gazette' }],
      ['url', { url: 'https://example.org/shells-2' }],
      ['text', { body: `${BODY} More crates were found.` }],
    ])('changes when the %s changes', (_name, change) => {
      expect(finalized({ ...base, ...change }).contentHash).not.toBe(finalized(base).contentHash);
    });

    it('does not run fields together (title "a" + section "bc" ≠ title "ab" + section "c")', () => {
      const one = finalized({ ...base, title: 'Shells', section: 'seized Maritime' });
      const two = finalized({ ...base, title: 'Shells seized', section: 'Maritime' });
      expect(one.contentHash).not.toBe(two.contentHash);
    });

    it('does not depend on the origin', () => {
      expect(finalized(base, { source: 'x.html', format: 'html' }).contentHash).toBe(
        finalized(base).contentHash,
      );
    });
  });
});
