import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { collectFieldMapping, parseByteSize, parseFraction } from './options.js';

describe('parseByteSize', () => {
  it.each([
    ['100', 100],
    ['1', 1],
    ['100b', 100],
    ['512k', 512 * 1024],
    ['512KB', 512 * 1024],
    ['512 KiB', 512 * 1024],
    ['50MB', 50 * 1024 ** 2],
    ['50mb', 50 * 1024 ** 2],
    ['1.5m', 1.5 * 1024 ** 2],
    ['2 MiB', 2 * 1024 ** 2],
    ['2G', 2 * 1024 ** 3],
    ['1gib', 1024 ** 3],
    ['0.5k', 512],
    ['1.1k', 1126],
    ['  10KB  ', 10 * 1024],
    ['1048576', 1048576],
  ])('%j → %d', (value, bytes) => {
    expect(parseByteSize(value)).toBe(bytes);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['unit only', 'MB'],
    ['negative', '-5'],
    ['zero', '0'],
    ['zero with a unit', '0MB'],
    ['less than a byte', '0.4'],
    ['unknown unit', '5TB'],
    ['exponent', '1e6'],
    ['leading dot', '.5m'],
    ['trailing dot', '5.m'],
    ['two numbers', '5 5'],
    ['words', 'fifty megabytes'],
    ['unit before the number', 'MB50'],
    ['comma decimal', '1,5m'],
  ])('rejects %s (%j)', (_name, value) => {
    expect(() => parseByteSize(value)).toThrow(InvalidArgumentError);
  });

  it('explains the expected form', () => {
    expect(() => parseByteSize('lots')).toThrow(/50MB/);
  });
});

describe('collectFieldMapping', () => {
  it('adds one mapping', () => {
    expect(collectFieldMapping('text=body', {})).toEqual({ text: 'body' });
  });

  it('accumulates over repeated options and lets a later one win', () => {
    let map = collectFieldMapping('text=body', {});
    map = collectFieldMapping('title=headline', map);
    map = collectFieldMapping('text=story', map);
    expect(map).toEqual({ text: 'story', title: 'headline' });
  });

  it('does not modify the previous map', () => {
    const previous = { text: 'body' } as const;
    collectFieldMapping('title=hed', previous);
    expect(previous).toEqual({ text: 'body' });
  });

  it.each([
    ['id=uuid', { id: 'uuid' }],
    ['published=pub_date', { published: 'pub_date' }],
    ['language=Lang Code', { language: 'Lang Code' }],
    ['url=meta=link', { url: 'meta=link' }],
  ])('%j → %j', (value, expected) => {
    expect(collectFieldMapping(value, {})).toEqual(expected);
  });

  it.each([
    ['unknown field', 'author=byline'],
    ['upper-case field', 'TEXT=body'],
    ['no column', 'text='],
    ['no field', '=body'],
    ['no equals sign', 'text'],
    ['space before the equals sign', 'text =body'],
    ['field name that only starts like a known one', 'texts=body'],
  ])('rejects %s (%j), listing the fields', (_name, value) => {
    expect(() => collectFieldMapping(value, {})).toThrow(InvalidArgumentError);
    expect(() => collectFieldMapping(value, {})).toThrow(
      /id, title, published, section, outlet, url, language, text/,
    );
  });
});

describe('parseFraction', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['0.45', 0.45],
    [' .5 ', 0.5],
  ])('%j → %d', (value, n) => {
    expect(parseFraction(value)).toBe(n);
  });

  it.each([[''], ['-0.1'], ['1.5'], ['half'], ['NaN'], ['50%']])('rejects %j', (value) => {
    expect(() => parseFraction(value)).toThrow(InvalidArgumentError);
  });
});
