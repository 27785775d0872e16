import { describe, expect, it } from 'vitest';
import { normalizePublished, parseDateline } from './published.js';

describe('parseDateline', () => {
  it.each([
    ['Sunday, July 27, 2014 11:22 AM', '2014-07-27T11:22'],
    ['Sunday, July 27, 2014 11:22 PM', '2014-07-27T23:22'],
    ['Monday, July 28, 2014 12:05 AM', '2014-07-28T00:05'],
    ['Monday, July 28, 2014 12:05 PM', '2014-07-28T12:05'],
    ['Tuesday, March 3, 2015 1:07 pm', '2015-03-03T13:07'],
    ['March 3, 2015 9:45 a.m.', '2015-03-03T09:45'],
    ['March 3, 2015 9:45 p.m.', '2015-03-03T21:45'],
    ['March 3, 2015 21:45', '2015-03-03T21:45'],
    ['March 3, 2015, 21:45', '2015-03-03T21:45'],
    ['July 27, 2014', '2014-07-27'],
    ['July 27 2014', '2014-07-27'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['Sep 3, 2019', '2019-09-03'],
    ['Jan. 9, 2020', '2020-01-09'],
    ['DECEMBER 31, 1999', '1999-12-31'],
    ['27 July 2014', '2014-07-27'],
    ['Sunday, 27 July 2014', '2014-07-27'],
    ['27 July 2014 11:22', '2014-07-27T11:22'],
    ['3 Feb. 2016', '2016-02-03'],
    ['  July 27, 2014  ', '2014-07-27'],
  ])('%j → %j', (line, expected) => {
    expect(parseDateline(line)).toBe(expected);
  });

  it.each([
    ['not a dateline', 'Hamas seeks rockets from abroad'],
    ['a byline', 'By Defence Correspondent'],
    ['day out of range', 'July 32, 2014'],
    ['day zero', 'July 0, 2014'],
    ['unknown month', 'Julyish 3, 2014'],
    ['two-letter month abbreviation', 'Ju 3, 2014'],
    ['a weekday is not a month', 'Sun 3, 2014'],
    ['hour out of range', 'July 27, 2014 24:10'],
    ['minute out of range', 'July 27, 2014 11:60'],
    ['13 PM', 'July 27, 2014 13:10 PM'],
    ['trailing words', 'July 27, 2014 at the border'],
    ['leading words', 'Updated July 27, 2014'],
    ['a sentence with a date in it', 'On July 27, 2014 the navy sailed.'],
    ['ISO date is not a dateline', '2014-07-27'],
    ['empty', ''],
  ])('%s → null', (_name, line) => {
    expect(parseDateline(line)).toBeNull();
  });

  it.each([
    ['February 30, 2014', 'gives "2014-02-30"'],
    ['31 June 2015', 'gives "2015-06-31"'],
  ])('rejects the impossible date %j', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('normalizePublished', () => {
  it.each([
    ['ISO date', '2014-07-27', '2014-07-27'],
    ['ISO year-month', '2014-07', '2014-07'],
    ['ISO year', '2014', '2014'],
    ['trimmed', '  2014-07-27 ', '2014-07-27'],
    ['ISO datetime without zone kept local', '2014-07-27T11:22:00', '2014-07-27T11:22:00'],
    ['ISO datetime without seconds', '2014-07-27T11:22', '2014-07-27T11:22'],
    ['space instead of T', '2014-07-27 11:22:05', '2014-07-27T11:22:05'],
    ['fractional seconds without zone kept', '2014-07-27T11:22:05.250', '2014-07-27T11:22:05.250'],
    ['Z kept as UTC', '2014-07-27T11:22:00Z', '2014-07-27T11:22:00Z'],
    ['+02:00 converted to UTC', '2014-07-27T11:22:00+02:00', '2014-07-27T09:22:00Z'],
    ['-05:00 converted to UTC', '2014-07-27T22:30:00-05:00', '2014-07-28T03:30:00Z'],
    ['+0200 without colon converted', '2014-07-27T11:22:00+0200', '2014-07-27T09:22:00Z'],
    ['space and offset', '2014-07-27 01:00:00+03:00', '2014-07-26T22:00:00Z'],
    ['milliseconds kept when not zero', '2014-07-27T11:22:00.500Z', '2014-07-27T11:22:00.500Z'],
    ['RFC 822 GMT', 'Sun, 27 Jul 2014 11:22:00 GMT', '2014-07-27T11:22:00Z'],
    ['RFC 822 UTC', 'Sun, 27 Jul 2014 11:22:00 UTC', '2014-07-27T11:22:00Z'],
    ['RFC 822 +0200', 'Sun, 27 Jul 2014 11:22:00 +0200', '2014-07-27T09:22:00Z'],
    ['RFC 822 -0500 crossing midnight', 'Sun, 27 Jul 2014 21:10:00 -0500', '2014-07-28T02:10:00Z'],
    ['RFC 822 without weekday', '27 Jul 2014 11:22:00 GMT', '2014-07-27T11:22:00Z'],
    ['dump dateline', 'Sunday, July 27, 2014 11:22 AM', '2014-07-27T11:22'],
    ['dateline without time', '27 July 2014', '2014-07-27'],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(normalizePublished(input)).toBe(expected);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['garbage', 'last Tuesday'],
    ['a sentence', 'Published shortly after the missile test'],
    ['time and capitals but no date', '12:30 XYZ'],
    ['invalid hour with zone', '2014-07-27T25:00:00Z'],
    ['invalid time without zone', '2014-07-27T25:99'],
    ['invalid minute without zone', '2014-07-27T23:60'],
    ['invalid second without zone', '2014-07-27 11:22:75'],
    ['invalid RFC 822 day', 'Sun, 45 Jul 2014 11:22:00 GMT'],
    ['a US date with slashes', '07/27/2014'],
    ['a number', '1406460120'],
  ])('%s → null', (_name, input) => {
    expect(normalizePublished(input)).toBeNull();
  });

  it.each([
    ['2014-02-30T10:00:00Z', 'gives "2014-03-02T10:00:00Z"'],
    ['2014-13-45', 'gives "2014-13-45"'],
  ])('rejects the impossible date %j', (input) => {
    expect(normalizePublished(input)).toBeNull();
  });
});
