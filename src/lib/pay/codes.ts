/** Code lists shared by the income-tax data schema and the take-home engine (kept free of zod, like cost/codes.ts). */

/** Every income-tax rule the data file may record. */
export const taxParameterNames = [
  'slabs',
  'standard-deduction',
  'rebate',
  'surcharge',
  'cess-rate',
  'employer-pf-exemption',
] as const;

/** An income-tax rule name. */
export type TaxParameterName = (typeof taxParameterNames)[number];

/** Each income-tax rule's name as tables show it. */
export const taxParameterLabels = {
  slabs: 'Tax slabs',
  'standard-deduction': 'Standard deduction',
  rebate: 'Rebate',
  surcharge: 'Surcharge',
  'cess-rate': 'Health and education cess',
  'employer-pf-exemption': 'Employer PF not taxed up to',
} as const satisfies Record<TaxParameterName, string>;

/** Rules written as steps of taxable income, each with its rate. */
export const stepParameterNames = ['slabs', 'surcharge'] as const satisfies readonly TaxParameterName[];

/** Rules with a marginal relief, which the data must state. */
export const reliefParameterNames = ['rebate', 'surcharge'] as const satisfies readonly TaxParameterName[];

/** The tax regimes the data covers: only the new (default) regime; the old regime is out of scope. */
export const regimeNames = ['new'] as const;
