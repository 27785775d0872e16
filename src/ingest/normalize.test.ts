import { describe, expect, it } from 'vitest';
import { looksHardWrapped, normalizeBody, normalizeInline, paragraphsOf } from './normalize.js';

describe('normalizeInline', () => {
  it.each([
    [
      'NFC: e + combining grave/acute compose to è/é',
      'Ministe\u0300re de la De\u0301fense',
      'Minist\u00e8re de la D\u00e9fense',
    ],
    ['NBSP becomes a space', 'Su-35\u00a0fighters', 'Su-35 fighters'],
    ['thin and narrow no-break spaces become spaces', '5\u2009000\u202ftonnes', '5 000 tonnes'],
    ['ideographic space becomes a space', 'Pyongyang\u3000launch', 'Pyongyang launch'],
    ['tab becomes a space', 'Navy\tstatement', 'Navy statement'],
    ['zero-width space removed', 'Hez\u200bbollah', 'Hezbollah'],
    ['soft hyphen removed', 'sur\u00adveillance drones', 'surveillance drones'],
    ['word joiner and BOM removed', '\ufeffS-400\u2060 deal', 'S-400 deal'],
    ['runs of whitespace collapse', 'Arms   sale \n\n to   Qatar', 'Arms sale to Qatar'],
    [
      'leading and trailing whitespace trimmed',
      '  \u00a0 Drone strike reported \u3000 ',
      'Drone strike reported',
    ],
    ['control characters removed', 'Frigate\u0007 order\u0000 signed\u0085', 'Frigate order signed'],
    ['curly quotes and dashes kept', '“Iran’s navy” — a report', '“Iran’s navy” — a report'],
    ['empty stays empty', '', ''],
    ['only invisible characters gives empty', '\u200b\u00a0\u00ad ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });

  it('returns composed characters only (no combining marks left after é)', () => {
    const out = normalizeInline('Mine\u0301');
    expect(out).toHaveLength(4);
    expect(out).not.toMatch(/\u0301/);
  });
});

// One paragraph per line, long lines ending in punctuation: each line is its own paragraph.
const ONE_PER_LINE = [
  'The defence ministry confirmed on Tuesday that a second batch of armoured personnel carriers had arrived at the port of Aqaba.',
  'Officials declined to say how many vehicles were in the shipment or which unit would receive them first.',
  'A spokesman said the contract, signed last year, also covers spare parts and training for maintenance crews.',
  'The opposition has asked for the full text of the agreement to be published before the budget debate.',
];

// Hard-wrapped newswire: short lines, most ending mid-sentence, paragraphs marked by a 4-space indent.
const NEWSWIRE = [
  '    ANKARA, May 4 - The navy took delivery of',
  'two corvettes built at a state shipyard, the',
  'defence ministry said on Thursday, after',
  'sea trials that lasted most of the winter.',
  '    The vessels will patrol the eastern',
  'Mediterranean, the ministry added, without',
  'giving a date for their first deployment.',
].join('\n');

describe('normalizeBody', () => {
  it.each([
    [
      'CRLF line endings',
      'Missile test condemned.\r\n\r\nEnvoys met in Geneva.',
      'Missile test condemned.\n\nEnvoys met in Geneva.',
    ],
    [
      'bare CR line endings',
      'Missile test condemned.\r\rEnvoys met in Geneva.',
      'Missile test condemned.\n\nEnvoys met in Geneva.',
    ],
    [
      'many blank lines become exactly one',
      'Missile test condemned.\n\n\n\n\nEnvoys met in Geneva.',
      'Missile test condemned.\n\nEnvoys met in Geneva.',
    ],
    [
      'a line of only spaces and NBSP is a paragraph break',
      'Missile test condemned.\n \u00a0\u00a0 \nEnvoys met in Geneva.',
      'Missile test condemned.\n\nEnvoys met in Geneva.',
    ],
    [
      'a line of NBSP between lines of one paragraph still splits it',
      'Missile test condemned.\n\u00a0\nEnvoys met in Geneva.',
      'Missile test condemned.\n\nEnvoys met in Geneva.',
    ],
    [
      'unicode line and paragraph separators are line breaks',
      'Missile test condemned.\u2029Envoys met in Geneva.',
      'Missile test condemned.\n\nEnvoys met in Geneva.',
    ],
    ['leading and trailing blank lines dropped', '\n\n  \nSanctions widened.\n\n\n', 'Sanctions widened.'],
    ['inner runs of spaces collapse', 'Sanctions   were    widened.', 'Sanctions were widened.'],
    ['control characters removed', 'Sanctions\u0000 were\u001b widened.\u007f', 'Sanctions were widened.'],
    [
      'curly quotes kept',
      '“We will respond,” the minister’s aide said.',
      '“We will respond,” the minister’s aide said.',
    ],
    ['NFC applied to the body', 'The Ministe\u0300re said so.', 'The Minist\u00e8re said so.'],
    ['empty input', '', ''],
    ['whitespace-only input', ' \n\u00a0\r\n\t', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeBody(input)).toBe(expected);
  });

  it('keeps one-paragraph-per-line text as one paragraph per line', () => {
    const out = normalizeBody(ONE_PER_LINE.join('\n'));
    expect(out).toBe(ONE_PER_LINE.join('\n\n'));
  });

  it('joins hard-wrapped newswire into paragraphs at the indents', () => {
    expect(normalizeBody(NEWSWIRE)).toBe(
      'ANKARA, May 4 - The navy took delivery of two corvettes built at a state shipyard, the defence ministry ' +
        'said on Thursday, after sea trials that lasted most of the winter.' +
        '\n\nThe vessels will patrol the eastern Mediterranean, the ministry added, without giving a date for ' +
        'their first deployment.',
    );
  });

  it('treats a tab indent like a 4-space indent in wrapped text', () => {
    expect(paragraphsOf(normalizeBody(NEWSWIRE.replace(/^ {4}/gm, '\t')))).toHaveLength(2);
  });

  it('joins hard-wrapped CRLF text the same way as LF text', () => {
    expect(normalizeBody(NEWSWIRE.replace(/\n/g, '\r\n'))).toBe(normalizeBody(NEWSWIRE));
  });

  it('separates paragraphs with exactly "\\n\\n" and never leaves single newlines or edge spaces', () => {
    for (const input of [
      NEWSWIRE,
      ONE_PER_LINE.join('\r\n'),
      'A drone.\n\n\n \nB drone.\n\u00a0\nC drone.',
    ]) {
      const out = normalizeBody(input);
      expect(out).not.toMatch(/\n\n\n/);
      expect(out.replace(/\n\n/g, '')).not.toContain('\n');
      for (const p of out.split('\n\n')) {
        expect(p).toBe(p.trim());
        expect(p).not.toBe('');
      }
    }
  });

  describe('hyphenation at line ends in wrapped text', () => {
    // Four or more short, open-ended lines so the text counts as hard-wrapped.
    const wrap = (...lines: string[]) =>
      normalizeBody(
        ['Customs officers at the port said', ...lines, 'had been delayed for a week'].join('\n'),
      );

    it('joins a word broken by hyphenation ("inspec-" + "tion")', () => {
      expect(wrap('the cargo needed a second inspec-', 'tion because the papers')).toBe(
        'Customs officers at the port said the cargo needed a second inspection because the papers had been delayed for a week',
      );
    });

    it('keeps the hyphen of a compound after a capitalized word ("Lebanese-" + "based")', () => {
      expect(wrap('a Lebanese-', 'based broker whose shipment')).toBe(
        'Customs officers at the port said a Lebanese-based broker whose shipment had been delayed for a week',
      );
    });

    it('keeps the hyphen of a compound after a number ("30-" + "year")', () => {
      expect(wrap('the 30-', 'year-old freighter whose cargo')).toBe(
        'Customs officers at the port said the 30-year-old freighter whose cargo had been delayed for a week',
      );
    });

    it('never drops the hyphen of "F-" followed by "16"', () => {
      expect(wrap('spare parts for the F-', '16 jets and their engines')).toContain('F-');
    });

    it('joins "F-" + "16" into "F-16" without a space', () => {
      expect(wrap('spare parts for the F-', '16 jets and their engines')).toContain('the F-16 jets');
    });

    it('joins "anti-" + "American" into "anti-American"', () => {
      expect(wrap('protests by anti-', 'American groups, and the ship')).toContain('anti-American groups');
    });

    it('does not treat a spaced dash at a line end as hyphenation', () => {
      expect(wrap('the cargo -', 'rifles and ammunition -')).toContain('the cargo - rifles and ammunition -');
    });
  });

  it('does not join hyphenated lines in one-paragraph-per-line text', () => {
    const lines = [
      'The ministry said the inspection of the cargo would take several days because the manifest was incomplete -',
      'officials at the port refused to comment on the matter when reached by telephone later that evening.',
      'The shipment is said to include small arms, ammunition and night-vision equipment bought on the open market.',
      'A second vessel carrying similar goods is expected to dock at the same terminal before the end of the month.',
    ];
    expect(paragraphsOf(normalizeBody(lines.join('\n')))).toEqual(lines);
  });
  it('unwraps a 2 MB hard-wrapped paragraph in linear time, hyphenations undone', () => {
    // 40,000 groups of three wrapped lines; the last line of each group ends in a hyphenated word.
    const group = [
      'the inspectors reported that the shipment of',
      'rockets had left the port before the',
      'inspec-',
    ];
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i++) lines.push(...group, 'tion began and');
    const raw = lines.join('\n');
    expect(raw.length).toBeGreaterThan(2_000_000);
    const expected = lines.join(' ').replaceAll('inspec- tion', 'inspection');
    expect(normalizeBody(raw)).toBe(expected);
  }, 20_000);
});

describe('looksHardWrapped', () => {
  it.each([
    ['newswire lines', NEWSWIRE.split('\n'), true],
    ['one paragraph per line', ONE_PER_LINE, false],
    ['fewer than four content lines', ['Troops moved', 'toward the border', 'on Sunday'], false],
    [
      'blank lines are ignored when counting',
      ['Troops moved', '', 'toward the border', '  ', 'on Sunday'],
      false,
    ],
    ['four short open-ended lines', ['Troops moved', 'toward the', 'northern border', 'on Sunday and'], true],
    [
      'short lines that all end sentences are not wrapped',
      ['Troops moved.', 'Jets flew.', 'Ships sailed.', 'Talks failed.', 'Sanctions followed.'],
      false,
    ],
    [
      'exactly half open-ended counts as wrapped',
      ['Troops moved', 'toward the border.', 'Jets flew', 'over the capital.'],
      true,
    ],
    [
      'long open-ended lines are not wrapped',
      Array.from(
        { length: 5 },
        (_, i) => `${'The convoy carried rocket launchers and fuel across the desert '.repeat(2)}${i}`,
      ),
      false,
    ],
  ])('%s → %s', (_name, lines, expected) => {
    expect(looksHardWrapped(lines)).toBe(expected);
  });
});

describe('paragraphsOf', () => {
  it.each([
    ['', []],
    ['Sanctions widened.', ['Sanctions widened.']],
    [
      'Sanctions widened.\n\nEnvoys met.\n\nTalks ended.',
      ['Sanctions widened.', 'Envoys met.', 'Talks ended.'],
    ],
  ])('%j', (text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected);
  });

  it('round-trips with normalizeBody', () => {
    const body = normalizeBody(NEWSWIRE);
    expect(paragraphsOf(body).join('\n\n')).toBe(body);
    expect(paragraphsOf(body)).toHaveLength(2);
  });
});
