import { describe, expect, it } from 'vitest';
import { offsetsHold, run } from '../../../test/extract-helpers.js';
import type { AmountMention } from '../types.js';
import { amountExtractor } from './amount-extractor.js';

const amounts = (text: string) => run(amountExtractor, text) as AmountMention[];
const brief = (a: AmountMention) => [a.text, a.measure, a.min, a.max, a.unit];

describe('amount extractor', () => {
  it.each([
    [
      'The deal is worth hundreds of thousands of dollars.',
      ['hundreds of thousands of dollars', 'money', 100_000, 999_999, 'USD'],
    ],
    ['The package is worth $1.2bn over five years.', ['$1.2bn', 'money', 1.2e9, 1.2e9, 'USD']],
    ['It agreed to buy US$ 300 million of radars.', ['US$ 300 million', 'money', 3e8, 3e8, 'USD']],
    ['France will supply frigates worth €300m.', ['€300m', 'money', 3e8, 3e8, 'EUR']],
    ['Textron won a 30.5 mln dlrs contract.', ['30.5 mln dlrs', 'money', 30.5e6, 30.5e6, 'USD']],
    ['Sales rose to 3.5 billion dlr last year.', ['3.5 billion dlr', 'money', 3.5e9, 3.5e9, 'USD']],
    [
      'Britain approved sales worth 410 million pounds.',
      ['410 million pounds', 'money', 4.1e8, 4.1e8, 'GBP'],
    ],
    ['The shipment was worth millions of euros.', ['millions of euros', 'money', 1e6, 9.99e6, 'EUR']],
    ['Customs found 35 tons of arms on the plane.', ['35 tons', 'quantity', 35, 35, 't']],
    [
      'Hamas will be supplied with hundreds of new missiles.',
      ['hundreds of new missiles', 'quantity', 100, 999, 'items'],
    ],
    ['The rebels received dozens of rockets.', ['dozens of rockets', 'quantity', 24, 99, 'items']],
    [
      'The army will procure 3,299 installed engines.',
      ['3,299 installed engines', 'quantity', 3299, 3299, 'items'],
    ],
    ['The navy ordered two frigates.', ['two frigates', 'quantity', 2, 2, 'items']],
  ])('%s', (text, expected) => {
    const found = amounts(text);
    expect(found.map(brief)).toContainEqual(expected);
    expect(offsetsHold(text, found)).toBe(true);
  });

  it('counts each item of a list', () => {
    expect(amounts('Britain sold 20 Blowpipes and 10 launchers.').map((a) => [a.min, a.of])).toEqual([
      [20, 'Blowpipes'],
      [10, 'launchers'],
    ]);
  });

  it.each([
    ['Two weeks ago the talks failed.'],
    ['The two countries signed a pact.'],
    ['Five soldiers were killed.'],
    ['In 1987 the navy ordered nothing.'],
    ['Hundreds of people protested.'],
    ['The unit fired 30 percent of its shells.'],
    ['Annex 4 describes the procedure.'],
    ['See section 2\n\nRockets were found later.'],
  ])('finds no amount in %s', (text) => {
    expect(amounts(text)).toEqual([]);
  });
});
