/**
 * What the take-home calculation says to a reader, in one place (the employer engine's own wording is in
 * cost/words.ts). `{name}` marks a value filled in by `fill`.
 */

/** The take-home wording. */
export const payWords = {
  labels: {
    basic: 'Basic pay and dearness allowance',
    hra: 'House rent allowance',
    special: 'Special allowance',
    'employee-pf': 'Employee PF',
    'employee-esi': 'Employee ESI',
    'professional-tax': 'Professional tax',
    'income-tax': 'Income tax',
  },
  basic: '{share} of gross pay: the wages PF and gratuity are worked on, at least half of pay under the Labour Codes',
  hra: '{share} of basic pay and dearness allowance (a common split, not a rule)',
  special: 'The rest of gross pay',
  employerRated: '{rate} of {base}, paid by the employer inside the CTC',
  employerFixed: 'A fixed amount for {state}, paid by the employer inside the CTC',
  employeePf: '{rate} of {base}, the same base as the employer’s PF',
  noEmployeePf: 'No PF is paid, so none is deducted.',
  employeeEsi: '{rate} of gross pay, up to {limit} a month',
  noEmployeeEsi: 'Gross pay is above the ESI threshold.',
  notOnFile: 'Not on file: no verified entry is in force for the {what}.',
  incomeTax:
    'New regime, tax year {year}: slabs on {taxable} of taxable income ({how}), then rebate, surcharge and cess',
  taxable: 'gross pay less the {deduction} standard deduction',
  taxableExtraPf: 'gross pay less the {deduction} standard deduction, plus {extra} of employer PF above {limit}',
  ptMonthly: '{state}: {amount} a month',
  ptFebruary: '{state}: {amount} a month, {february} in February',
  ptHalfYear: '{state}: {amount} per half-year, deducted twice a year',
} as const;

/** The take-home wording's type. */
export type PayWords = typeof payWords;
