import { describe, expect, it } from 'vitest';
import { claimsIn, extractionOf } from '../claim-helpers.js';

/*
 * One table per rule of the claim layer, in sentences written for these tests: what each rule must find
 * (a claim line, see claimLines) and what it must not. A line matches when it starts with the expected text,
 * so a case names only what it is about.
 */
type Case = [text: string, expected: string[], notExpected?: string[]];

function check([text, expected, notExpected = []]: Case): void {
  const lines = claimsIn(text);
  for (const e of expected)
    expect(
      lines.some((l) => l.startsWith(e)),
      `${e}\n  in ${JSON.stringify(lines)}`,
    ).toBe(true);
  for (const n of notExpected)
    expect(
      lines.some((l) => l.startsWith(n)),
      `${n}\n  in ${JSON.stringify(lines)}`,
    ).toBe(false);
}

describe('transfers: who supplies and who receives, by voice and preposition', () => {
  it.each<Case>([
    [
      'Russia sold S-300 missiles to Iran last year.',
      ['arms_transfer/delivery supplier=Russia recipient=Iran'],
    ],
    [
      'Iran bought anti-ship missiles from China in 2019.',
      ['arms_transfer/delivery supplier=China recipient=Iran'],
    ],
    [
      'Anti-tank missiles were sold to Egypt by France.',
      ['arms_transfer/delivery supplier=France recipient=Egypt'],
    ],
    [
      'Hezbollah will be supplied with rockets by Iran, officials said.',
      ['arms_transfer/delivery supplier=Iran recipient=Hezbollah'],
    ],
    [
      'The sale of F-16 fighters to Pakistan was approved in May.',
      ['arms_transfer/agreement recipient=Pakistan'],
    ],
    ['Russian arms sales to Syria continued.', ['arms_transfer/delivery supplier=Russia recipient=Syria']],
    ['The Taiwan arms sales angered Beijing.', ['arms_transfer/delivery recipient=Taiwan']],
    [
      'The smugglers moved the rifles to Libya, where they were smuggled to the militias in Sudan.',
      [],
      ['arms_transfer/delivery supplier=Sudan'],
    ],
  ])('%s', (...c) => check(c));
});

describe('deals and contracts: direction from the kinds of the parties', () => {
  it.each<Case>([
    [
      'Lockheed Martin won a 900 mln dlr contract with the U.S. Air Force for missiles.',
      ['arms_transfer/agreement supplier=Lockheed Martin recipient=U.S. Air Force'],
    ],
    [
      'Hamas is negotiating a weapons deal with Iran for rockets.',
      ['arms_transfer/negotiation supplier=Iran recipient=Hamas'],
    ],
    [
      'Egypt signed a deal with France to buy Rafale fighter jets.',
      ['arms_transfer/agreement supplier=France recipient=Egypt'],
    ],
  ])('%s', (...c) => check(c));
});

describe('stage follows the governing verb', () => {
  it.each<Case>([
    [
      'India is trying to persuade Russia to provide more S-400 batteries.',
      ['arms_transfer/negotiation supplier=Russia recipient=India'],
    ],
    [
      'Germany cancelled the sale of tanks to Saudi Arabia.',
      ['arms_transfer/cancellation supplier=Germany recipient=Saudi Arabia'],
    ],
    [
      'Customs officers intercepted 20 tons of arms destined for Yemen.',
      ['arms_transfer/interdiction recipient=Yemen'],
    ],
  ])('%s', (...c) => check(c));
});

describe('attacks need an attacker and a target; tests, exercises and threats are not attacks', () => {
  it.each<Case>([
    ['Iraqi warplanes hit two tankers off the Iranian coast.', ['attack actor=Iraq target=two tankers']],
    ["Israel's air strikes on Hezbollah positions continued.", ['attack actor=Israel target=Hezbollah']],
    ['North Korea test-fired a missile into the sea during an exercise.', [], ['attack']],
    ['Iran threatened that it would attack shipping if sanctions were imposed.', [], ['attack']],
  ])('%s', (...c) => check(c));
});

describe('ties need two parties named as related', () => {
  it.each<Case>([
    ['The relationship between Russia and Iran is close.', ['ties parties=Iran+Russia']],
    ['Hezbollah has close ties with Iran.', ['ties parties=Hezbollah+Iran']],
    ['Russia and India both attended the summit in Geneva.', [], ['ties']],
  ])('%s', (...c) => check(c));
});

describe('sanctions: who imposes or lifts, on whom', () => {
  it.each<Case>([
    ['The European Union imposed an arms embargo on Belarus.', ['sanction/imposition']],
    [
      'With the lifting of the U.S. arms embargo on Vietnam, Hanoi is buying again.',
      ['sanction/lifting actor=United States target=Vietnam'],
    ],
  ])('%s', (...c) => check(c));
});

describe('modality', () => {
  it.each<[string, string]>([
    ['According to Reuters, Russia sold missiles to Iran.', '(reported)'],
    ['Russia is said to have sold missiles to Iran.', '(alleged)'],
    ['Russia reportedly sold missiles to Iran.', '(alleged)'],
    ['Russia did not sell missiles to Iran.', '(denied)'],
    ['If the talks succeed, Russia will supply missiles to Iran.', '(conditional)'],
    ['Iran plans to buy missiles from Russia.', '(intended)'],
    ['Russia sold missiles to Iran in 2019.', '(asserted)'],
  ])('%s → %s', (text, modality) => {
    const lines = claimsIn(text).filter((l) => l.startsWith('arms_transfer'));
    expect(lines.length, JSON.stringify(lines)).toBeGreaterThan(0);
    expect(lines[0]).toContain(modality);
  });

  it('a denial of knowing about a sale is not a denial of the sale', () => {
    const lines = claimsIn('The minister denied he knew about the arms sales to Iran.');
    expect(lines.some((l) => l.includes('(denied)'))).toBe(false);
  });
});

describe('a claim stays in focus across sentences', () => {
  it('"the deal" continues the negotiation and brings its value and broker', () => {
    const x = extractionOf(
      'Hamas is negotiating a weapons deal with Iran. Officials say the deal is worth 5 mln dlrs and is being handled by a Lebanese trading company.',
    );
    const deals = x.claims.filter((c) => c.type === 'arms_transfer');
    expect(deals).toHaveLength(1);
    expect(deals[0]?.evidence).toHaveLength(2);
    expect(deals[0]?.value?.min).toBe(5_000_000);
    expect(deals[0]?.intermediaries).toHaveLength(1);
  });

  it('"the shipment … destined for X" gives the interception its recipient', () => {
    const lines = claimsIn(
      'In 2009, 35 tons of arms were intercepted at Bangkok airport. The shipment, which included rockets, was destined for Iran.',
    );
    expect(lines.some((l) => l.startsWith('arms_transfer/interdiction recipient=Iran'))).toBe(true);
  });

  it('a delivery naming one side takes the other from the deal in focus', () => {
    const lines = claimsIn(
      'Hamas is negotiating a weapons deal with Iran. Should they agree, Hamas will be supplied with rockets.',
    );
    expect(lines).toContain('arms_transfer/delivery supplier=Iran recipient=Hamas (conditional)');
  });
});

describe('generic talk about the arms trade makes no claim', () => {
  it.each<Case>([
    ['The global arms trade grew by five percent, analysts said.', [], ['arms_transfer']],
    ['US weapons exports remain in relative obscurity.', [], ['arms_transfer']],
    ['China exported soybeans and steel to Brazil.', [], ['arms_transfer']],
    ['The president fired his national security adviser.', [], ['attack']],
  ])('%s', (...c) => check(c));
});
