import { describe, expect, it } from 'vitest';
import {
  bomEncoding,
  declaredCharset,
  decodeBytes,
  isUtf8,
  looksBinary,
  mostlyUtf8,
  sniffStreamEncoding,
  utf8Census,
} from './decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return new Uint8Array([0xfe, 0xff, ...be]);
};

const SENTENCE = 'Iran’s navy seized a tanker near Hormuz — €2m in fuel, reports say.';

describe('decodeBytes', () => {
  it.each([
    ['plain ASCII', utf8('Frigate sold to Greece.'), 'Frigate sold to Greece.', 'utf-8'],
    ['UTF-8 with curly quotes, dash and euro', utf8(SENTENCE), SENTENCE, 'utf-8'],
    [
      'UTF-8 with a BOM: BOM stripped',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SENTENCE)]),
      SENTENCE,
      'utf-8',
    ],
    ['UTF-16LE with a BOM', utf16le(SENTENCE), SENTENCE, 'utf-16le'],
    ['UTF-16BE with a BOM', utf16be(SENTENCE), SENTENCE, 'utf-16be'],
    ['UTF-16LE outside the BMP', utf16le('Drone 🚁 sighted'), 'Drone 🚁 sighted', 'utf-16le'],
    ['empty', new Uint8Array(0), '', 'utf-8'],
  ] as const)('%s', (_name, input, text, encoding) => {
    const decoded = decodeBytes(input);
    expect(decoded).toEqual({ text, encoding, warnings: [] });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['0xE9 → é', bytes(0x6d, 0x69, 0x6e, 0xe9, 0x65), 'minée'],
    ['0xFC 0xDF → ü ß', bytes(0x47, 0x72, 0xfc, 0xdf, 0x65), 'Grüße'],
  ])('Windows-1252 %s, with a warning', (_name, input, text) => {
    const decoded = decodeBytes(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toMatch(/Windows-1252/);
  });

  // Node's own TextDecoder('windows-1252') maps 0x80–0x9F to C1 controls (nodejs/node#56542): these guard
  // the iconv-lite path that replaced it.
  const itCp1252 = it;

  for (const [name, input, text] of [
    ['0x92 → ’', bytes(0x49, 0x72, 0x61, 0x6e, 0x92, 0x73), 'Iran’s'],
    ['0x80 → €', bytes(0x80, 0x35, 0x6d), '€5m'],
    ['0x93 0x94 → “ ”', bytes(0x93, 0x4e, 0x6f, 0x94), '“No”'],
    ['0x96 → –', bytes(0x31, 0x39, 0x39, 0x30, 0x96, 0x39, 0x31), '1990–91'],
  ] as const) {
    itCp1252(`Windows-1252 ${name}`, () => {
      const decoded = decodeBytes(input);
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.text).toBe(text);
    });
  }

  itCp1252('never produces C1 controls or replacement characters for Windows-1252 input', () => {
    const decoded = decodeBytes(bytes(0x41, 0xe9, 0x92, 0x80, 0xfc, 0x42));
    expect(decoded.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
    expect(decoded.text).toBe('Aé’€üB');
  });

  it('treats an ASCII text with one stray Latin-1 byte as Windows-1252, not as mojibake UTF-8', () => {
    const input = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' near the base')]);
    expect(decodeBytes(input)).toMatchObject({ text: 'Café near the base', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 with a stray invalid byte as UTF-8, the byte replaced, with a warning', () => {
    // "Zürich" in UTF-8 and a Windows-1252 apostrophe: not "ZÃ¼rich’s".
    const input = new Uint8Array([...utf8('Zürich'), 0x92, ...utf8('s arms fair')]);
    expect(decodeBytes(input)).toEqual({
      text: 'Zürich\uFFFDs arms fair',
      encoding: 'utf-8',
      warnings: ['invalid UTF-8 bytes replaced with U+FFFD (1 byte; the rest is valid UTF-8)'],
    });
    const cut = new Uint8Array([...utf8('Genève — “Zürich” talks '), 0xe2, 0x80, ...utf8(' and more')]);
    expect(decodeBytes(cut)).toMatchObject({ encoding: 'utf-8', text: expect.stringContaining('“Zürich”') });
  });

  it('decodes legacy bytes with only an accidental valid UTF-8 pair as Windows-1252', () => {
    // "Ã©" is a valid UTF-8 "é" by accident among three other Latin-1 letters.
    const input = bytes(
      0x47,
      0x72,
      0xfc,
      0xdf,
      0x65,
      0x20,
      0xc3,
      0xa9,
      0x20,
      0x5a,
      0xfc,
      0x72,
      0x69,
      0x63,
      0x68,
    );
    expect(decodeBytes(input)).toMatchObject({ text: 'Grüße Ã© Zürich', encoding: 'windows-1252' });
  });

  it('decodes as the charset declared after 2 KiB of scripts, within the first 16 KiB', () => {
    const head = `<html><head><script>${'var x = 1;\n'.repeat(1000)}</script><meta charset="iso-8859-2">`;
    const input = new Uint8Array([...utf8(head), ...utf8('</head><body>Gda'), 0xf1, ...utf8('sk</body>')]);
    expect(head.length).toBeGreaterThan(2048);
    expect(declaredCharset(input)).toBe('iso-8859-2');
    expect(decodeBytes(input)).toMatchObject({
      encoding: 'iso-8859-2',
      text: expect.stringContaining('Gdańsk'),
    });
    const tooFar = new Uint8Array([...utf8(' '.repeat(16 * 1024)), ...utf8('<meta charset="iso-8859-2">')]);
    expect(declaredCharset(tooFar)).toBeNull();
  });
});

describe('utf8Census and mostlyUtf8', () => {
  it('counts valid multi-byte characters by kind and invalid bytes', () => {
    expect(utf8Census(utf8('Zürich “€” 🚁 日本'))).toEqual({ likely: 5, other: 2, invalid: 0 });
    // Overlong "/", a surrogate, a stray continuation byte, a lead byte cut short.
    expect(utf8Census(bytes(0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x80, 0xe2, 0x82))).toEqual({
      likely: 0,
      other: 0,
      invalid: 8,
    });
  });

  it.each([
    ['UTF-8 with one stray byte', [...utf8('Zürich'), 0x92], true],
    ['CJK UTF-8 with one stray byte', [...utf8('日本の防衛省'), 0xff], true],
    ['ASCII with a Latin-1 byte', [...utf8('Caf'), 0xe9], false],
    ['Windows-1252 that is one CJK character by accident', [0x41, 0xe9, 0x92, 0x80, 0xfc, 0x42], false],
    ['more invalid bytes than characters', [...utf8('ü'), 0xfc, 0xe9], false],
  ])('%s: %s', (_name, input, expected) => {
    expect(mostlyUtf8(new Uint8Array(input))).toBe(expected);
  });
});

describe('bomEncoding', () => {
  it.each([
    [bytes(0xef, 0xbb, 0xbf, 0x41), 'utf-8'],
    [bytes(0xff, 0xfe, 0x41, 0x00), 'utf-16le'],
    [bytes(0xfe, 0xff, 0x00, 0x41), 'utf-16be'],
    [bytes(0xef, 0xbb, 0x41), null],
    [bytes(0x41, 0xff, 0xfe), null],
    [bytes(), null],
  ])('%o → %s', (input, expected) => {
    expect(bomEncoding(input)).toBe(expected);
  });
});

describe('looksBinary', () => {
  const PNG = bytes(
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0x00,
    0x00,
    0x00,
    0x0d,
    0x49,
    0x48,
    0x44,
    0x52,
  );
  const controlHeavy = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41)); // 20% control bytes
  const controlLight = new Uint8Array(200).map((_, i) => (i % 20 === 0 ? 0x01 : 0x41)); // 5% control bytes

  it.each([
    ['a PNG header', PNG, true],
    ['a NUL byte in text', new Uint8Array([...utf8('Missile'), 0, ...utf8('test')]), true],
    ['UTF-16 without a BOM (NULs)', new Uint8Array(Buffer.from('Missile test', 'utf16le')), true],
    ['many control bytes', controlHeavy, true],
    ['ASCII text', utf8('Troops crossed the border at dawn.\r\n\tA second column followed.\f'), false],
    ['UTF-8 text', utf8(SENTENCE), false],
    ['Windows-1252 text', bytes(0x49, 0x72, 0x61, 0x6e, 0x92, 0x73, 0x20, 0x80, 0x35), false],
    ['UTF-16LE with a BOM (NULs allowed)', utf16le(SENTENCE), false],
    ['UTF-16BE with a BOM (NULs allowed)', utf16be(SENTENCE), false],
    [
      'ANSI colour escapes (ESC is allowed)',
      utf8('\u001b[31mALERT\u001b[0m drone sighted near the airfield'),
      false,
    ],
    ['a few control bytes', controlLight, false],
    ['empty', new Uint8Array(0), false],
  ])('%s', (_name, input, expected) => {
    expect(looksBinary(input)).toBe(expected);
  });

  it('only looks at the first 8 KiB', () => {
    const head = new Uint8Array(10_000).fill(0x41);
    head[9000] = 0;
    expect(looksBinary(head)).toBe(false);
    head[100] = 0;
    expect(looksBinary(head)).toBe(true);
  });
});

describe('isUtf8', () => {
  const euro = utf8('€'); // e2 82 ac
  const rocket = utf8('🚀'); // f0 9f 9a 80
  const text = utf8('Convoy of 40 trucks ');

  it.each([
    ['ASCII', text, false, true],
    ['complete multibyte text', utf8(SENTENCE), false, true],
    ['empty', bytes(), false, true],
    ['cut after the lead byte, not truncated', new Uint8Array([...text, 0xe2]), false, false],
    ['cut after the lead byte, truncated', new Uint8Array([...text, 0xe2]), true, true],
    ['cut after 2 of 3 bytes, truncated', new Uint8Array([...text, ...euro.subarray(0, 2)]), true, true],
    ['cut after 3 of 4 bytes, truncated', new Uint8Array([...text, ...rocket.subarray(0, 3)]), true, true],
    ['cut after 1 of 4 bytes, truncated', new Uint8Array([...text, ...rocket.subarray(0, 1)]), true, true],
    ['complete 4-byte char at the end, truncated', new Uint8Array([...text, ...rocket]), true, true],
    ['invalid byte in the middle, truncated', new Uint8Array([...text, 0xff, ...text]), true, false],
    [
      'Latin-1 é in the middle, truncated',
      new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' noir')]),
      true,
      false,
    ],
    ['stray continuation byte at the end, truncated', new Uint8Array([...text, 0x80]), true, false],
    ['overlong encoding, truncated', new Uint8Array([...text, 0xc0, 0xaf, ...text]), true, false],
    ['UTF-16 surrogate encoded in UTF-8', new Uint8Array([0xed, 0xa0, 0x80, 0x41]), true, false],
  ])('%s', (_name, input, truncated, expected) => {
    expect(isUtf8(input, truncated)).toBe(expected);
  });

  // With truncated=true only a real incomplete sequence at the end may be dropped.
  it('rejects a trailing 0xFF even when truncated', () => {
    expect(isUtf8(new Uint8Array([...text, 0xff]), true)).toBe(false);
  });

  it('rejects a complete char followed by a stray continuation byte when truncated', () => {
    expect(isUtf8(new Uint8Array([...text, 0xc3, 0x80, 0x80]), true)).toBe(false);
  });
});

describe('sniffStreamEncoding', () => {
  it.each([
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Missile')]), 'utf-8'],
    ['UTF-16LE BOM', utf16le('Missile'), 'utf-16le'],
    ['UTF-16BE BOM', utf16be('Missile'), 'utf-16be'],
    ['plain UTF-8', utf8(SENTENCE), 'utf-8'],
    ['UTF-8 head cut inside a character', utf8(SENTENCE).subarray(0, utf8('Iran').length + 1), 'utf-8'],
    [
      'Windows-1252 bytes',
      bytes(0x49, 0x72, 0x61, 0x6e, 0x92, 0x73, 0x20, 0x6e, 0x61, 0x76, 0x79),
      'windows-1252',
    ],
    ['empty head', bytes(), 'utf-8'],
    ['UTF-8 with a stray byte', new Uint8Array([...utf8('Zürich'), 0x92, ...utf8('s')]), 'utf-8'],
  ])('%s', (_name, head, expected) => {
    expect(sniffStreamEncoding(head)).toBe(expected);
  });
});
