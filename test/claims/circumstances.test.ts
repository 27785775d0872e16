import { describe, expect, it } from 'vitest';
import { extractionOf } from '../claim-helpers.js';

/*
 * When, where and how firmly: circumstances a claim takes from its sentence and from the claim in focus.
 * Texts written for these tests.
 */
const claims = (text: string) => extractionOf(text).claims;
const transfer = (text: string, supplier: string, recipient: string) =>
  claims(text).find(
    (c) => c.type === 'arms_transfer' && c.supplier === supplier && c.recipient === recipient,
  );

describe('onward transfers of an intercepted cargo', () => {
  const text =
    'Thai police seized a cargo plane carrying missiles at Bangkok airport in 2012. The cargo was later ' +
    'confirmed by officials to be destined for Syria, where the weapons would then be smuggled to Hezbollah.';

  it('a confirmed plan to pass the weapons on is intended, not confirmed', () => {
    expect(transfer(text, 'state:SYR', 'group:hezbollah')?.modality).toBe('intended');
  });

  it('takes the time of the cargo it refers back to', () => {
    expect(transfer(text, 'state:SYR', 'group:hezbollah')?.when).toMatchObject({ start: '2012-01-01' });
  });

  it('an onward transfer with a time of its own keeps it', () => {
    const own =
      'Thai police seized a cargo plane carrying missiles at Bangkok airport in 2012. The cargo was ' +
      'destined for Syria, where the weapons were smuggled to Hezbollah in 2014.';
    expect(transfer(own, 'state:SYR', 'group:hezbollah')?.when).toMatchObject({ start: '2014-01-01' });
  });
});

describe('hedges', () => {
  it('"is said to" after a fronted phrase hedges the payment in it', () => {
    const payment = claims(
      'With a large advance payment on the jets already made, Egypt is said to be eager to close the deal with France.',
    ).find((c) => c.type === 'arms_transfer' && c.stage === 'payment');
    expect(payment?.modality).toBe('alleged');
  });
});

describe('places', () => {
  it("a broker's base is not where the sale took place", () => {
    const sale = transfer(
      'A broker based in Sofia arranged the sale of rifles by Bulgaria to Nigeria in 2019.',
      'state:BGR',
      'state:NGA',
    );
    expect(sale).toBeDefined();
    expect(sale?.where ?? null).toBeNull();
  });

  it('an attack on fighters based somewhere is there', () => {
    const attack = claims('Israeli jets attacked Hamas fighters based in Gaza on Tuesday.').find(
      (c) => c.type === 'attack',
    );
    expect(attack?.where).toBe('place:gaza-strip');
  });

  it('what rockets were fired at is no place of the transfer that armed them', () => {
    const sale = transfer(
      'Iran supplied rockets to Hamas, which fired them at Israel last month.',
      'state:IRN',
      'group:hamas',
    );
    expect(sale).toBeDefined();
    expect(sale?.where ?? null).toBeNull();
  });
});

describe('planned attacks', () => {
  it('are no evidence for an attack another sentence states', () => {
    const text =
      'Hamas fighters attacked Israel on Monday, officials said. Iran will send Hamas radios that would allow ' +
      'its fighters to better coordinate their attacks on Israel.';
    const attacks = claims(text).filter((c) => c.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.evidence.map((e) => e.text)).toEqual([
      'Hamas fighters attacked Israel on Monday, officials said.',
    ]);
  });
});

describe('weights', () => {
  it('"35 tons of arms" is the item with its weight', () => {
    const interdiction = claims(
      'In 2011 police intercepted 12 tons of weapons bound for Syria at the port of Mersin.',
    ).find((c) => c.type === 'arms_transfer' && c.stage === 'interdiction');
    expect(interdiction?.items).toContainEqual(
      expect.objectContaining({ text: 'weapons', quantity: expect.objectContaining({ min: 12, unit: 't' }) }),
    );
  });
});
