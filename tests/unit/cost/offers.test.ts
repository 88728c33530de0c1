import { describe, expect, it } from 'vitest';
import {
  compareOffers,
  offerNames,
  offerRows,
  offerTexts,
  offerValuesFromLink,
  offersQuery,
  readOffer,
  type Offer,
} from '../../../src/lib/cost/offers.ts';
import { computeEmployerCost, words } from '../../../src/lib/cost/index.ts';
import { payWords } from '../../../src/lib/pay/words.ts';
import { defaults as settings, limits, ok, rates } from '../../support/cost.ts';
import { hraShare, takeHomeAt, taxRates } from '../../support/pay.ts';

const defaults: Offer[] = [
  { salary: 1_800_000, state: 'KA', model: 'eor' },
  { salary: 1_800_000, state: 'MH', model: 'entity' },
];
const names = { model: (id: string) => id, state: (code: string) => code };

describe('compare offers', () => {
  it.each([
    [
      { salary: '30 lakh', state: 'KA', model: 'eor' },
      { salary: 3_000_000, state: 'KA', model: 'eor' },
    ],
    [
      { salary: '₹28,00,000', state: 'MH', model: 'entity' },
      { salary: 2_800_000, state: 'MH', model: 'entity' },
    ],
    // A state or model not on its list is the first default's.
    [
      { salary: '28L', state: 'ZZ', model: 'robot' },
      { salary: 2_800_000, state: 'KA', model: 'eor' },
    ],
  ])('reads %j', (text, offer) => {
    expect(readOffer(text, 90, limits, defaults[0]!)).toEqual({ ok: true, offer });
  });

  it('leaves out an offer with no salary, and names the problem of one it cannot read', () => {
    expect(readOffer({ salary: ' ', state: 'KA', model: 'eor' }, 90, limits, defaults[0]!)).toEqual({ ok: false });
    const bad = readOffer({ salary: 'lots', state: 'KA', model: 'eor' }, 90, limits, defaults[0]!);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem?.code).toBe('not-a-number');
  });

  it('writes nothing to the link for the default offers, and reads back what it writes', () => {
    expect(offersQuery(defaults, defaults)).toBe('');
    const offers: (Offer | undefined)[] = [
      { salary: 3_000_000, state: 'KA', model: 'eor' },
      undefined,
      { salary: 2_800_000, state: 'MH', model: 'entity' },
    ];
    const query = offersQuery(offers, defaults);
    expect(query).toBe('offer1=3000000-KA-eor&offer3=2800000-MH-entity');
    const values = offerValuesFromLink(`?${query}`)!;
    const back = offerTexts(values).map((t) => readOffer(t, 90, limits, defaults[0]!));
    expect(back.map((r) => (r.ok ? r.offer : undefined))).toEqual([...offers, undefined]);
  });

  it('reads a link typed by hand (30L, a lower-case state) and leaves the form alone without offers', () => {
    const values = offerValuesFromLink('?offer1=30L-ka-eor&offer2=28L-MH-entity')!;
    expect(values[offerNames(1).salary]).toBe('30L');
    expect(values[offerNames(1).state]).toBe('KA');
    expect(values[offerNames(3).salary]).toBe('');
    expect(offerValuesFromLink('?salary=30L')).toBeNull();
  });

  it('works out each offer with the engine, and the differences against the first', () => {
    const offers: Offer[] = [
      { salary: 3_000_000, state: 'KA', model: 'eor' },
      { salary: 2_800_000, state: 'MH', model: 'entity' },
    ];
    const results = compareOffers(offers, settings, rates, { tax: taxRates, hraShare }, payWords, words.engine);
    const costA = ok(computeEmployerCost({ ...settings, ...offers[0]!, headcount: 1, period: 'annual' }, rates)).total
      .annualInr;
    const costB = ok(computeEmployerCost({ ...settings, ...offers[1]!, headcount: 1, period: 'annual' }, rates)).total
      .annualInr;
    const payA = takeHomeAt({
      salary: 3_000_000,
      state: 'KA',
      wageShare: settings.wageShare,
      pf: settings.pf,
    }).monthlyInr;
    const payB = takeHomeAt({
      salary: 2_800_000,
      state: 'MH',
      wageShare: settings.wageShare,
      pf: settings.pf,
    }).monthlyInr;
    const rows = Object.fromEntries(offerRows(results, names, words.offers).map((r) => [r.id, r.cells]));
    expect(costB).toBeLessThan(costA);
    expect(rows['costDiff']).toEqual([words.offers.same, `₹${(costA - costB).toLocaleString('en-IN')} less`]);
    expect(rows['payDiff']![1]).toBe(`₹${(payA - payB).toLocaleString('en-IN')} less`);
    expect(rows['takeHomeMonth']).toEqual([payA, payB].map((n) => `₹${n.toLocaleString('en-IN')}`));
  });

  it('says a contractor has no take-home worked out', () => {
    const results = compareOffers(
      [{ salary: 3_000_000, state: 'KA', model: 'contractor' }],
      settings,
      rates,
      { tax: taxRates, hraShare },
      payWords,
      words.engine,
    );
    const rows = offerRows(results, names, words.offers);
    expect(rows.find((r) => r.id === 'takeHome')?.cells).toEqual([words.offers.noTakeHome]);
  });
});
