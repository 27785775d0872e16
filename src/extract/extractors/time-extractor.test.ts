import { describe, expect, it } from 'vitest';
import { offsetsHold, run } from '../../../test/extract-helpers.js';
import type { TimeMention } from '../types.js';
import { timeExtractor } from './time-extractor.js';

const times = (text: string, published?: string | null) =>
  run(timeExtractor, text, published) as TimeMention[];

describe('time extractor', () => {
  it.each([
    ['Weapons were found on July 17, 2014, officials said.', 'July 17, 2014', '2014-07-17', '2014-07-17'],
    [
      'Rockets have been fired since the start of hostilities two weeks ago.',
      'two weeks ago',
      '2014-07-13',
      '2014-07-13',
    ],
    ['The arms were intercepted in 2009 in Bangkok.', '2009', '2009-01-01', '2009-12-31'],
    ['The group has bought drones since 2009.', 'since 2009', '2009-01-01', '2014-07-27'],
    ['Deliveries began in late 2012.', 'late 2012', '2012-09-01', '2012-12-31'],
    ['Deliveries began in early 2012.', 'early 2012', '2012-01-01', '2012-04-30'],
    ['Smuggling peaked in mid-2011.', 'mid-2011', '2011-05-01', '2011-08-31'],
    ['The network operated in the 1990s.', 'the 1990s', '1990-01-01', '1999-12-31'],
    ['Shipments went out between 2009 and 2011.', 'between 2009 and 2011', '2009-01-01', '2011-12-31'],
    ['The contract ran from 2003 to 2007.', 'from 2003 to 2007', '2003-01-01', '2007-12-31'],
    [
      'The ministry said earlier this month that talks had stalled.',
      'earlier this month',
      '2014-07-01',
      '2014-07-27',
    ],
    ['The order was placed in March 2013.', 'March 2013', '2013-03-01', '2013-03-31'],
    ['The minister said on Tuesday that the deal was off.', 'Tuesday', '2014-07-22', '2014-07-22'],
    ['On 10 December 2013 the convoy crossed.', '10 December 2013', '2013-12-10', '2013-12-10'],
    ['Iran bought the launchers last year.', 'last year', '2013-01-01', '2013-12-31'],
    [
      'Deposits were made in late October, 1985 by the company.',
      'late October, 1985',
      '1985-10-21',
      '1985-10-31',
    ],
    ['The convoy left in mid-July, officials said.', 'mid-July', '2014-07-11', '2014-07-20'],
    ['Talks began in early September.', 'early September', '2013-09-01', '2013-09-10'],
  ])('%s → %s', (text, expected, start, end) => {
    const found = times(text);
    expect(found.map((t) => [t.text, t.interval.start, t.interval.end])).toContainEqual([
      expected,
      start,
      end,
    ]);
    expect(offsetsHold(text, found)).toBe(true);
  });

  it.each([
    ['Hamas is now trying to buy rockets.'],
    ['The army bought 2000 rifles.'],
    ['The battalion has 1500 troops.'],
    ['Raytheon won a contract worth $2009 million.'],
    ['The unit fired 120 shells.'],
  ])('finds no time in %s', (text) => {
    expect(times(text)).toEqual([]);
  });

  it('reads absolute dates without a publication date, but not relative ones', () => {
    expect(times('The deal was signed on July 17, 2014.', null).map((t) => t.text)).toEqual([
      'July 17, 2014',
    ]);
    expect(times('The deal was signed two weeks ago.', null)).toEqual([]);
  });
});
