/**
 * What the calculator says to a reader about their input and its results, in one place. Server code and tests import
 * `words`; the island receives it as a prop, so the wording travels once, in the page, and the JavaScript stays small.
 * `{name}` marks a value filled in by `fill` (explain.ts).
 */
import type { AmountErrorCode } from './parse-amount.ts';
import type { numberFields } from './fields.ts';
import type { HiringModelId, LineId } from './types.ts';

type NumberKey = keyof typeof numberFields;

const amountHint = 'Enter an amount such as 30 lakh or ₹30,00,000.';

/** The calculator's wording. */
export const words = {
  /** The engine's labels, explanations and errors; amounts arrive formatted. */
  engine: {
    labels: {
      gross: 'Gross pay',
      epf: 'Employer PF (EPF + EPS)',
      edli: 'EDLI insurance',
      'pf-admin': 'PF admin charge',
      gratuity: 'Gratuity accrual',
      esi: 'ESI',
      bonus: 'Statutory bonus',
      lwf: 'Labour Welfare Fund',
      fee: 'EOR fee',
      markup: 'Vendor markup',
      total: 'Total cost',
    } satisfies Record<LineId | 'total', string>,
    contractor: 'Not paid for a contractor.',
    vendor: 'Paid by the vendor, inside its markup.',
    ceiling: '{amount} a month wage ceiling',
    wages: 'wages ({share} of gross)',
    noPf: 'No PF: the employee is outside PF, which is allowed only when wages exceed the {ceiling}.',
    pfCapped: 'PF {wages}, capped at the {ceiling}',
    pfUncapped: 'PF {wages}, uncapped',
    edli: 'PF {wages}, always capped at the {ceiling}',
    esi: 'gross pay, up to {limit} a month',
    noEsi: 'Gross pay of {pay} a year is above the ESI threshold of {limit} a month ({year} a year).',
    bonus: 'wages up to the {floor} a month bonus floor',
    noBonus: 'Wages of {wages} a year are above the bonus threshold of {limit} a month ({year} a year).',
    noLwf:
      'Not on file: {state} has a Labour Welfare Fund, but the site has no figure for it from a source it can cite.',
    fee: 'US${fee} a month at ₹{fx} per US$',
    noFee: 'Only an employer of record charges a monthly fee.',
    markup: 'gross pay',
    noMarkup: 'Only a staffing vendor adds a markup on pay.',
    pfNotAllowed:
      'PF can be left out only when wages are above the {ceiling} a month ceiling; here wages are {wages} a month. Choose PF on the ceiling or on full wages.',
    noProfessionalTax:
      'Professional tax in {state} is not on file: the site has no figure for it from a source it can cite.',
    professionalTaxZero: 'No professional tax is levied in {state}.',
    professionalTaxSlab: 'The recorded amount applies to pay {slab}; lower slabs are not modelled.',
    ctcTooSmall: 'This CTC is too small to contain any gross pay.',
    costTooSmall:
      'The budget ({cost} a year per hire) does not cover the fixed costs of {fixed} a year per hire, leaving nothing for pay.',
    atTargetCost: 'At the pay this budget covers ({gross} a year): {message}',
    costZero: 'Enter a budget above zero.',
  },
  /** Why a typed amount could not be read. */
  amount: {
    empty: amountHint,
    'not-a-number': amountHint,
    negative: 'The amount cannot be negative. Enter it without a minus sign.',
    zero: 'Enter an amount above zero.',
    'too-large': 'That is more than {max} (₹{crore} crore) — check the number of zeros.',
    'mixed-currencies': 'That mixes rupees and dollars. Enter one currency, e.g. ₹30 lakh or $40,000.',
    'two-sizes': 'That uses two size words (such as lakh and crore). Use one, e.g. 30 lakh or 0.3 crore.',
    'lakh-in-dollars': 'Lakh and crore are rupee units. For dollars write $40k or $40,000; for rupees write ₹30 lakh.',
    'no-exchange-rate': 'Set an exchange rate (rupees per US$) before entering dollars.',
    'two-periods': 'That says both a month and a year. Give one, e.g. 1.5 lakh a month or 18 lakh a year.',
    'did-you-mean': 'Did you mean {amount} ({lakh} lakh) a year?',
    'below-floor':
      '{amount} a year is below {limit}, the lowest salary this calculator takes for a full-time hire. Enter a year’s pay, e.g. 18 lakh, or a month’s, e.g. 1.5 lakh a month.',
    'above-ceiling':
      '{amount} a year is above {limit}, the highest salary this calculator takes. Check the number of zeros.',
  } satisfies Record<AmountErrorCode | 'did-you-mean' | 'below-floor' | 'above-ceiling', string>,
  /** Why a typed number could not be read; `{ask}` is the field's own request, `{text}` what was typed. */
  number: {
    empty: 'Enter {ask}.',
    'not-a-number': '“{text}” is not a number. Enter {ask}.',
    negative: 'It cannot be negative. Enter {ask}.',
  },
  asks: {
    wageShare: 'a share of pay such as 50',
    eorFeeUsdPerMonth: 'a monthly fee in US dollars',
    vendorMarkup: 'a markup such as 60',
    fx: 'rupees per US dollar',
    headcount: 'the number of hires',
  } satisfies Record<NumberKey, string>,
  /** A number outside its field's limits (`{min}`, `{max}`, as typed: percentages for shares). */
  ranges: {
    wageShare: 'Enter {min} to {max}: the Labour Codes count at least half of gross pay as wages.',
    eorFeeUsdPerMonth: 'Enter a fee from {min} to {max} US dollars a month.',
    vendorMarkup: 'Enter a markup from {min}% to {max}%{reason}.',
    fx: 'Enter rupees per US dollar, from {min} to {max}.',
    headcount: 'Enter a whole number of hires from {min} to {max}.',
  } satisfies Record<NumberKey, string>,
  choose: 'Choose one of {values}.',
  /** The assumptions a quote (printed, or the CSV's first rows) is worked out on, each named. */
  quote: {
    heading: 'Worked out for',
    model: 'Hiring model',
    state: 'State',
    salary: 'Salary',
    salaryValue: '{amount} a year per hire ({basis})',
    hires: 'Hires',
    wages: 'Wages',
    wagesValue: '{share} of gross pay',
    pf: 'Provident fund',
    pfValue: { ceiling: 'on wages up to the ceiling', full: 'on full wages', none: 'none (employee opted out)' },
    fx: 'Exchange rate',
    fxValue: '₹{fx} per US$, planning rate as of {date}',
    fee: 'EOR fee',
    feeValue: 'US${fee} a month per employee, default as of {date}',
    markup: 'Vendor markup',
    rates: 'Statutory rates',
    ratesValue: 'as in force on {date}',
    includes: 'Included',
    excludes: 'Not included',
    /** What every estimate covers and leaves out (CostIncluded.astro lists them; the CSV names them). */
    included: [
      'Gross pay',
      'Employer provident fund, EDLI insurance and the PF admin charge',
      'Gratuity accrual',
      'ESI and statutory bonus, where pay is low enough for them to apply',
      'The state Labour Welfare Fund share',
      'The EOR fee or the vendor markup',
    ],
    excluded: [
      'Security deposits that EOR providers often ask for up front',
      'Benefits such as health insurance, and bonuses beyond the statutory one',
      'Foreign-exchange spreads that providers may add when they bill in dollars',
      'Severance, notice pay and relocation',
      'Equipment, office space and recruiting fees',
    ],
    link: 'Link to these figures',
  },
  /** Compare offers: the table and its CSV. */
  offers: {
    offer: 'Offer {n}',
    corner: 'For one hire',
    caption:
      'Each offer for one hire, on the settings above ({basis} salaries): what it costs the employer and what the engineer takes home.',
    rows: {
      salary: 'Salary a year',
      model: 'Hiring model',
      state: 'State',
      cost: 'Employer cost a year',
      costMonth: 'Employer cost a month',
      takeHomeMonth: 'Take-home a month',
      takeHome: 'Take-home a year',
      costDiff: 'Employer cost a year against the first offer',
      payDiff: 'Take-home a month against the first offer',
    },
    same: 'the same',
    more: '{amount} more',
    less: '{amount} less',
    noTakeHome: 'Not worked out: a contractor pays their own tax',
    notOnFile: 'Not on file',
    tooFew: 'Enter at least two salaries to compare offers.',
    badSalary: 'Offer {n}: {message}',
    csv: 'Download the comparison (CSV)',
    csvFile: 'offer-comparison.csv',
  },
  /** The CSV export: its header row and the words in its cells. */
  csv: {
    header: ['item', 'rate', 'base', 'INR', 'USD', 'source', 'as-of', 'note'],
    takeHome: 'take-home',
    takeHomeHeader: ['item', 'INR a year', 'rule', 'source'],
    month: 'take-home in a usual month',
    base: '{description}: {amount} a year per hire',
    unverified: 'not yet confirmed',
    notApplied: 'does not apply',
  },
  /** Notes built with the rates at build time, about entries that await verification. */
  rates: {
    entry: '{name}{where} of {value}{from}',
    where: ' in {state}',
    from: ' from {date}',
    notUsed: 'Left out: {entry}, reported only by a source the site has not yet been able to confirm.',
    used: 'Includes {entry}, reported only by a source the site has not yet been able to confirm.',
    noProfessionalTax:
      'Professional tax in {state} is not on file: the only figure reported has not yet been confirmed.',
    slabFrom: 'from {amount}',
    slabAbove: 'above {amount}',
  },
  /** What a shared link held that could not be used. */
  notices: {
    intro: 'Some settings in this link could not be used, so defaults stand in:',
    unknown: '“{param}” is not a calculator setting and was ignored.',
    repeated: '“{param}” appears {count} times; the first value is used.',
    invalid: '{param}: “{text}”: {message}; {fallback}.',
    fallback: 'the default {value} is used',
    ignored: 'it is ignored',
    option: '{param}: “{text}” is not one of {values}; {fallback}.',
  },
  /** The result panel and reverse mode. */
  ui: {
    result: 'What it costs',
    perYear: 'a year',
    perMonth: 'a month',
    perHire: 'per hire',
    forHires: 'for {n} hires',
    overGross: '{pct} on top of gross pay.',
    comparison:
      ' US total compensation at the middle of the {level} US band ({usd} a year) comes to {times} this salary.',
    caption: 'Cost breakdown, {scope}. Rates as in force on the dates shown.',
    columns: ['Item', 'Rate', 'Applied to', '₹', 'US$', 'Source'],
    inForceFrom: ' in force from {date}',
    unverified: ' not yet confirmed',
    professionalTax:
      "The employee's professional tax, {amount} a year, is deducted from their pay: it is not an employer cost, so it is not in the total.",
    copy: 'Copy link to these figures',
    copied: 'Link copied.',
    copyThis: 'Copy this link: {url}',
    csv: 'Download the breakdown (CSV)',
    csvFile: 'employer-cost-breakdown.csv',
    reverseEmpty: 'Enter a budget to see the highest gross pay it covers under the options above.',
    reverseResult: 'It covers gross pay of up to {gross} a year per hire ({usd}); {left} a year per hire is left over.',
    use: 'Use {gross} as the salary',
    readAs: 'Read as {amount} a year.',
    readAsMonthly: 'Read as {month} a month: {amount} a year.',
    inBands: 'In the band for {bands}.',
    bandJoin: ' and for ',
    noBand: 'Outside every band in the salary data.',
    notOnFile: 'The total leaves out {items}: not on file, so not counted (see the table).',
    aboveTop: 'Above the {top} top of the band for {band}, whose sources give no higher figure.',
    fix: 'Use {amount}',
    stale: 'Not updated.',
    staleWhy:
      'The figures below are for the last settings the calculator could read ({salary} a year); correct the field marked above to update them.',
    updating: 'Working out the figures for your settings; until then those below are for the default settings.',
    ctcParts: 'A CTC of {ctc} a year contains {parts}: {statutory} in all, which leaves gross pay of {gross} a year.',
    ceilingUsed: 'PF, EDLI and the PF admin charge use the {ceiling} a month wage ceiling{since}.',
    since: ', in force since {date}',
    ceilingReported:
      'A ceiling of {reported} a month{from} is reported but not yet confirmed. At the same gross pay it would add {epf} to employer PF, {edli} to EDLI and {admin} to the PF admin charge: {total} a year per hire in all.',
    ceilingSame:
      'A ceiling of {reported} a month{from} is reported but not yet confirmed; it would change nothing at this pay.',
    from: ' from {date}',
    ceilingPf: ' PF could not then be left out, as wages would be within it.',
    compare: 'The four hiring models at this salary',
    compareCaption:
      'Each model at {salary} a year ({basis}), per hire; totals worked out line by line as in the calculator’s breakdown.',
    compareColumns: ['Model', 'Total a year', 'A month', 'On top of gross pay', 'Includes', 'Leaves out or risks'],
    gross: 'gross',
    ctc: 'CTC',
    includes: {
      entity: 'Pay and every statutory contribution, on your own payroll',
      eor: 'Pay, every statutory contribution and the provider’s fee',
      contractor: 'The contractor’s fee only: no contributions',
      vendor: 'Pay and the vendor’s markup, which covers its statutory costs and margin',
    } satisfies Record<HiringModelId, string>,
  },
};

/** The shape of the wording the island receives: all but the notes built with the rates at build time. */
export type Words = Omit<typeof words, 'rates'>;

/** The engine's part of it. */
export type EngineWords = Words['engine'];
