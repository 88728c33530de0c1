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
  inHandOutOfReach: 'No gross pay up to {max} a year leaves {month} a month in hand. Enter a smaller take-home.',
  /** The calculator's take-home panel, its salary structure and reverse mode's take-home answer. */
  ui: {
    heading: 'Take-home at this salary',
    summary: '{month} a month in hand, {year} a year',
    february: 'In February {amount}, as professional tax is higher then.',
    halfYear: 'In the two months professional tax is collected, {amount}.',
    /** The band table's note: how much less the other month leaves, the same in every band. */
    februaryLess: 'In February it is {amount} lower, as professional tax is higher then.',
    halfYearLess: 'In the two months professional tax is collected, it is {amount} lower.',
    regime: 'Income tax in the new regime for {year}; the old regime is not covered.',
    contractor: 'A contractor is paid a fee and pays their own tax, so no take-home is worked out.',
    notOnFile: 'Take-home pay: not on file. The site has no income-tax rules recorded for the current tax year.',
    structureCaption: 'Salary structure a year: the parts of the CTC, which add up to it exactly',
    deductionsCaption: 'From gross pay to take-home, a year',
    columns: ['Part', 'A year', 'How it is set'],
    ctc: 'CTC',
    gross: 'Gross pay',
    takeHome: 'Take-home',
    inHandEmpty: 'Enter a take-home a month to see the CTC that gives it.',
    inHandResult:
      'A take-home of {target} a month needs gross pay of {gross} a year: a CTC of {ctc}, which leaves {month} a month in hand.',
    cost: 'Under the model chosen above, it costs {total} a year per hire.',
  },
} as const;

/** The take-home wording's type. */
export type PayWords = typeof payWords;
