import { describe, expect, it } from 'vitest';
import { ACME, entity, NORTHLAND } from '../../test/eval-helpers.js';
import { entityNames, namesOverlap, normalizeName, stateCode } from './names.js';

describe('normalizeName', () => {
  it.each([
    ['Northland', 'northland'],
    ['  NORTHLAND  ', 'northland'],
    ['The Daily Courier', 'daily courier'],
    ['the  daily\ncourier', 'daily courier'],
    ['THE Brigade', 'brigade'],
    ['The', 'the'],
    ['Theodore Vale', 'theodore vale'],
    ['Other the Brigade', 'other the brigade'],
    ['U.N.', 'un'],
    ['U.S.-made', 'us made'],
    ["Acme's", 'acmes'],
    ['Acme’s', 'acmes'],
    ['Acme Arms Ltd.', 'acme arms ltd'],
    ['Coast-based', 'coast based'],
    ['coast based', 'coast based'],
    ['Vale, Port', 'vale port'],
    ['Türkiye', 'turkiye'],
    ['Fuerza Democrática', 'fuerza democratica'],
    ['state:NTL', 'state ntl'],
    ['light_weapons', 'light weapons'],
    ['...', ''],
  ])('%j → %j', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });
});

describe('the names an entity answers to', () => {
  it.each([
    [
      'name, alias, id and state code',
      'state:NTL',
      NORTHLAND,
      ['northland', 'northern republic', 'state ntl', 'ntl'],
    ],
    ['name, alias and id', ACME.id, ACME, ['acme arms ltd', 'acme', 'company acme arms']],
    ['an id without an entity', 'state:XYZ', undefined, ['state xyz', 'xyz']],
    [
      'a lower-case state id',
      'state:ntl',
      entity('state:ntl', 'Northland'),
      ['northland', 'state ntl', 'ntl'],
    ],
  ])('%s', (_what, id, e, names) => {
    expect([...entityNames(id, e)].sort()).toEqual([...names].sort());
  });

  it.each([
    ['state:NTL', 'NTL'],
    ['state:ntl', 'NTL'],
    ['group:ntl', null],
    ['state:NTLX', null],
  ])('stateCode(%j) = %j', (id, code) => {
    expect(stateCode(id)).toBe(code);
  });
});

describe('namesOverlap: normalized equality or whole words contained', () => {
  it.each([
    ['missiles', 'missiles', true],
    ['Missiles', 'the missiles', true],
    ['hundreds of new missiles', 'missiles', true],
    ['missiles', 'surface-to-air missiles', true],
    ['surface to air missiles', 'surface-to-air missiles', true],
    ['light_weapons', 'light weapons', true],
    ['Daily Courier', 'The Daily Courier', true],
    ['senior security officials', 'security officials', true],
    ['missile', 'missiles', false],
    ['missiles', 'antimissiles', false],
    ['rockets', 'missiles', false],
    ['air_defence', 'surface-to-air missiles', false],
    ['', 'missiles', false],
    ['...', '...', false],
  ])('%j ~ %j: %s', (a, b, overlap) => {
    expect(namesOverlap(a, b)).toBe(overlap);
    expect(namesOverlap(b, a)).toBe(overlap);
  });
});
