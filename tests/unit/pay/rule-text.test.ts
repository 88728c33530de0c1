import { describe, expect, it } from 'vitest';
import { taxRuleText, taxYearOf } from '../../../src/lib/pay/rule-text.ts';
import { taxEntries } from '../../support/pay.ts';

describe('taxRuleText', () => {
  it.each([
    [
      'slabs-2026-27',
      'nil up to ₹4,00,000; 5% above ₹4,00,000; 10% above ₹8,00,000; 15% above ₹12,00,000; 20% above ₹16,00,000; 25% above ₹20,00,000; 30% above ₹24,00,000',
    ],
    ['standard-deduction-2026-27', '₹75,000 a year'],
    ['rebate-2026-27', 'up to ₹60,000, for taxable income up to ₹12,00,000'],
    ['surcharge-2026-27', '10% above ₹50,00,000; 15% above ₹1,00,00,000; 25% above ₹2,00,00,000'],
    ['cess-2026-27', '4%'],
    ['employer-pf-exemption-2026-27', '₹7,50,000 a year'],
  ])('%s reads “%s”', (id, text) => {
    expect(taxRuleText(taxEntries.find((e) => e.id === id)!)).toBe(text);
  });

  it('names the tax year from its first day', () => {
    expect(taxYearOf({ effectiveFrom: '2026-04-01' })).toBe('2026-27');
    expect(taxYearOf({ effectiveFrom: '2099-04-01' })).toBe('2099-00');
  });
});
