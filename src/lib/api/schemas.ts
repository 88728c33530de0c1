/** Zod schemas of the API documents: the builders' outputs parse with them, and the published JSON Schemas are generated from them. */
import { z } from 'astro/zod';
import { parameterNames, stateCodes, statusNames, unitNames } from '../cost/codes.ts';
import { countrySchema, currencySchema, idSchema, isoDateSchema, textSchema } from '../../schemas/common.ts';
import { employerCostParameterSchema } from '../../schemas/employer-costs.ts';
import { incomeTaxParameterSchema } from '../../schemas/income-tax.ts';
import { taxParameterNames } from '../pay/codes.ts';
import { exchangeRateSchema } from '../../schemas/exchange-rates.ts';
import { guideSchema } from '../../schemas/guides.ts';
import { levelSchema, salaryDatasetSchema, segmentSchema } from '../../schemas/salaries.ts';
import { sourceSchema } from '../../schemas/sources.ts';

const g = guideSchema.shape;
const level = levelSchema.shape;
const segment = segmentSchema.shape;
const dataset = salaryDatasetSchema.shape;
const rate = exchangeRateSchema.shape;
const cost = employerCostParameterSchema.shape;

const envelope = {
  $schema: z.url().describe('Absolute URL of the JSON Schema this document follows.'),
  generatedAt: z.iso.datetime().describe('When the site was built and this document written (ISO 8601, UTC).'),
  asOf: isoDateSchema.describe('The latest as-of date of the data in this document (YYYY-MM-DD).'),
};

/** A cited source, expanded from its id. */
const sourceRefSchema = z.strictObject({
  id: idSchema.describe('Id of the source; the sources page anchors it as #source-<id>.'),
  publisher: sourceSchema.shape.publisher.describe('Who published it.'),
  title: sourceSchema.shape.title.describe('Title of the page, report or data set.'),
  url: z.url().nullable().describe('Public web address, or null when there is none.'),
  primary: z
    .boolean()
    .describe('True when the publisher sets or administers the figure (EPFO, ESIC, a gazette, a state department).'),
});

const sourcesSchema = z.array(sourceRefSchema).min(1).describe('The sources that back the figures.');

/** One heading of a guide's outline. */
const outlineEntrySchema = z.strictObject({
  level: z.union([z.literal(2), z.literal(3)]).describe('2 for a section (h2), 3 for a subsection (h3).'),
  id: z.string().min(1).describe('The heading’s id in the page.'),
  text: z.string().min(1).describe('The heading as shown.'),
  url: z.url().describe('Absolute URL of the heading: the guide URL with #id.'),
});

/** One guide with its outline. */
const guideRecordSchema = z.strictObject({
  slug: g.slug.describe('Unique id of the guide; its page is /guides/<slug>/.'),
  url: z.url().describe('Absolute URL of the guide page.'),
  title: g.title.describe('Page title.'),
  description: g.description.describe('One or two sentences for search results.'),
  summary: g.summary.describe('Two or three sentences on what the guide covers.'),
  role: z.strictObject({ id: idSchema, name: textSchema }).describe('The job role the guide is about.'),
  country: countrySchema.describe('Two-letter country code the guide is about.'),
  author: z.strictObject({ id: idSchema, name: textSchema }).describe('Author or editorial team.'),
  published: isoDateSchema.describe('First publication date.'),
  updated: isoDateSchema.describe('Date of the last change a reader would notice.'),
  reviewed: isoDateSchema.describe('Date an editor last checked every figure and source.'),
  tags: g.tags.describe('Topics, lower case.'),
  readingMinutes: z.int().positive().describe('Whole minutes to read, at least one.'),
  salaryData: g.salaryData.describe('Id of the salary data set the guide shows (see salaries.json).'),
  outline: z.array(outlineEntrySchema).describe('The guide’s h2 and h3 headings, in page order.'),
});

/** The guides document, /api/v1/guides.json. */
const guidesDocumentSchema = z
  .strictObject({
    ...envelope,
    guides: z.array(guideRecordSchema).describe('Every guide, most recently updated first.'),
  })
  .meta({ title: 'Guides', description: 'Every published guide: its metadata and section outline.' });

/** The exchange rate a band was converted at. */
const rateRefSchema = z.strictObject({
  id: idSchema.describe('Id of the rate.'),
  base: currencySchema.describe('Currency of one unit (USD).'),
  quote: currencySchema.describe('Currency the rate is expressed in, e.g. INR.'),
  rate: rate.rate.describe('Units of the quote currency per one unit of the base currency.'),
  asOf: isoDateSchema.describe('Date the rate applies to.'),
});

/** A salary data set, without its bands. */
const datasetRecordSchema = z.strictObject({
  id: dataset.id.describe('Id of the data set.'),
  title: dataset.title.describe('Title of the data set.'),
  url: z.url().describe('Absolute URL of the data set on the salary data page.'),
  role: idSchema.describe('Id of the job role.'),
  country: countrySchema.describe('Country the data set describes.'),
  currency: currencySchema.describe('Local currency of the data set.'),
  asOf: isoDateSchema.describe('Date the figures were last checked.'),
  exchangeRate: rateRefSchema.describe('The dated rate local pay is converted to US dollars at.'),
  usdRounding: z.int().positive().describe('Dollar figures derived from local pay are rounded to this many dollars.'),
  sources: sourcesSchema,
});

/** One pay band as a flat record (the same fields as a row of salaries.csv). */
const bandRecordSchema = z.strictObject({
  dataset: idSchema.describe('Id of the data set the band belongs to.'),
  role: idSchema.describe('Id of the job role.'),
  country: countrySchema.describe('Country whose pay the band describes (the segment’s country).'),
  level: idSchema.describe('Id of the seniority level.'),
  levelLabel: level.label.describe('Name of the level.'),
  minYears: level.minYears.describe('Fewest years of experience at this level.'),
  maxYears: z.int().positive().nullable().describe('Most years of experience, or null for an open-ended level.'),
  segment: idSchema.describe('Id of the market segment.'),
  segmentLabel: segment.label.describe('Name of the segment.'),
  basis: segment.basis.describe('What the figures measure, e.g. "Annual salary" or "Total compensation".'),
  currency: currencySchema.describe('Currency of min and max.'),
  min: z.number().positive().describe('Bottom of the band per year, in whole units (rupees for INR, dollars for USD).'),
  max: z.number().positive().describe('Top of the band per year, in whole units.'),
  minLakh: z.number().positive().nullable().describe('Bottom of the band in lakh, as written (INR only, else null).'),
  maxLakh: z.number().positive().nullable().describe('Top of the band in lakh, as written (INR only, else null).'),
  openEnded: z.boolean().describe('True when the top is open ("₹32L+").'),
  usdMin: z.number().nonnegative().nullable().describe('Bottom of the band in US dollars, or null if not convertible.'),
  usdMax: z.number().nonnegative().nullable().describe('Top of the band in US dollars, or null if not convertible.'),
  usdDerived: z.boolean().describe('True when usdMin/usdMax were converted at exchangeRate; false for USD bands.'),
  usdRounding: z.int().positive().nullable().describe('Derived dollars are rounded to this many; null if not derived.'),
  exchangeRate: rateRefSchema.nullable().describe('The rate used for usdMin/usdMax, or null if not derived.'),
  asOf: isoDateSchema.describe('Date the data set was last checked.'),
  sources: sourcesSchema,
});

/** The salaries document, /api/v1/salaries.json. */
const salariesDocumentSchema = z
  .strictObject({
    ...envelope,
    datasets: z.array(datasetRecordSchema).describe('Every salary data set.'),
    bands: z.array(bandRecordSchema).describe('Every band of every data set, one record each.'),
  })
  .meta({ title: 'Salaries', description: 'Every salary band of every data set, with dollar figures and sources.' });

const payThreshold = cost.payThreshold.unwrap();

/** One dated statutory parameter entry. */
const parameterRecordSchema = z.strictObject({
  id: idSchema.describe('Unique id of the entry.'),
  parameter: z.enum(parameterNames).describe('Which rule the entry records.'),
  value: cost.value.describe('A share of pay as a fraction (12% is 0.12) or an amount in rupees.'),
  unit: z.enum(unitNames).describe('rate, inr-per-month, inr-per-half-year, inr-per-year or inr (one-off).'),
  state: z.enum(stateCodes).nullable().describe('Two-letter state code, or null for a national rule.'),
  payThreshold: payThreshold.nullable().describe('Professional tax only: pay level from which it is due, else null.'),
  februaryAmount: cost.februaryAmount
    .unwrap()
    .nullable()
    .describe(
      'Professional tax per year only: the rupees deducted in February (the rest in 11 equal months), else null.',
    ),
  effectiveFrom: isoDateSchema.nullable().describe('First day the value applies, or null where the sources give none.'),
  effectiveTo: isoDateSchema.nullable().describe('Last day the value applies, or null while current.'),
  status: z
    .enum(statusNames)
    .describe('in-force (used) or awaiting-verification (reported, not yet confirmed, so not used).'),
  inForce: z.boolean().describe('True when this entry is the one in force on onDate.'),
  note: cost.note.describe('Plain-words explanation of the value.'),
  sources: sourcesSchema,
});

/** The entry in force for one parameter (and state). */
const inForceRecordSchema = z.strictObject({
  parameter: z.enum(parameterNames).describe('The rule.'),
  state: z.enum(stateCodes).nullable().describe('State code, or null for a national rule.'),
  entry: idSchema.describe('Id of the entry in force.'),
  value: cost.value.describe('Its value.'),
  unit: z.enum(unitNames).describe('Its unit.'),
  effectiveFrom: isoDateSchema.nullable().describe('First day the entry applies, or null where the sources give none.'),
});

/** The employer-costs document, /api/v1/employer-costs.json. */
const employerCostsDocumentSchema = z
  .strictObject({
    ...envelope,
    onDate: isoDateSchema.describe('The build date: inForce and ignored are worked out for this day.'),
    parameters: z.array(parameterRecordSchema).describe('Every dated parameter entry, as recorded.'),
    inForce: z.array(inForceRecordSchema).describe('For each parameter (and state), the entry in force on onDate.'),
    ignored: z
      .array(idSchema)
      .describe('Ids of entries awaiting verification that would apply on onDate had they been confirmed.'),
  })
  .meta({
    title: 'Employer costs',
    description: 'Statutory employer-cost parameters for India: every dated entry and which one is in force.',
  });

const tax = incomeTaxParameterSchema.shape;
const taxStepSchema = tax.steps.unwrap().element;

/** One dated income-tax rule, as recorded. */
const taxRuleRecordSchema = z.strictObject({
  id: idSchema.describe('Unique id of the entry.'),
  parameter: z.enum(taxParameterNames).describe('Which rule the entry records.'),
  regime: tax.regime.describe('new: the default regime; the old regime is not covered.'),
  value: z.number().nullable().describe('Rupees a year, or a fraction for cess-rate; null for slabs and surcharge.'),
  unit: tax.unit.unwrap().nullable().describe('rate or inr-per-year; null for slabs and surcharge.'),
  incomeLimit: z.number().nullable().describe('The rebate only: taxable income up to which no tax is due, else null.'),
  steps: z
    .array(taxStepSchema)
    .nullable()
    .describe('Slabs and surcharge: { above, rate } steps of taxable income, lowest first; else null.'),
  marginalRelief: z.boolean().nullable().describe('Rebate and surcharge: whether marginal relief applies; else null.'),
  effectiveFrom: isoDateSchema.describe('First day the rule applies.'),
  effectiveTo: isoDateSchema.nullable().describe('Last day the rule applies, or null while current.'),
  status: z.enum(statusNames).describe('in-force (checked) or awaiting-verification (reported, not confirmed).'),
  inForce: z.boolean().describe('True when this entry is the one in force on onDate.'),
  note: tax.note.describe('Plain-words explanation of the rule.'),
  sources: sourcesSchema,
});

/** One line of a salary structure or of the deductions from pay, per year in whole rupees. */
const payLineRecordSchema = z.strictObject({
  id: idSchema.describe('Id of the line, e.g. basic, hra, epf, employee-pf, income-tax.'),
  label: textSchema.describe('The line as shown.'),
  annualInr: z.int().nonnegative().describe('Rupees a year; 0 when the line does not apply.'),
  applies: z.boolean().describe('False when the line does not apply; rule then says why.'),
  rule: z.string().describe('The rule the amount follows, or why the line does not apply.'),
  sources: z.array(idSchema).describe('Ids of the sources behind the line (see employer-costs.json and rules).'),
});

/** The take-home at the middle of one salary band, in one state. */
const takeHomeExampleSchema = z.strictObject({
  dataset: idSchema.describe('Id of the salary data set (see salaries.json).'),
  band: idSchema.describe('level-segment, e.g. mid-broad-market.'),
  bandLabel: textSchema.describe('The band in words.'),
  state: z.enum(stateCodes).describe('The state whose professional tax and Labour Welfare Fund apply.'),
  grossAnnualInr: z.int().positive().describe('Gross pay a year: the middle of the band.'),
  ctcAnnualInr: z.int().positive().describe('The CTC: gross pay plus the employer’s statutory lines.'),
  structure: z
    .array(payLineRecordSchema)
    .describe('Basic, HRA, special allowance, then the employer’s lines; they add up to ctcAnnualInr exactly.'),
  deductions: z.array(payLineRecordSchema).describe('Employee PF, employee ESI, professional tax, income tax.'),
  tax: z
    .strictObject({
      taxableInr: z.int().nonnegative().describe('Taxable income: gross less the standard deduction.'),
      slabTaxInr: z.int().nonnegative().describe('Tax by the slabs.'),
      rebateInr: z.int().nonnegative().describe('The rebate, with any marginal relief.'),
      surchargeInr: z.int().nonnegative().describe('The surcharge, after any marginal relief.'),
      cessInr: z.int().nonnegative().describe('The cess.'),
      totalInr: z.int().nonnegative().describe('Slab tax − rebate + surcharge + cess.'),
      reliefs: z.array(z.enum(['rebate', 'surcharge'])).describe('The marginal reliefs that lowered the tax.'),
    })
    .describe('Income tax for the year, step by step.'),
  takeHomeAnnualInr: z.int().describe('Gross pay less every deduction, a year.'),
  takeHomeMonthlyInr: z.int().describe('Take-home in a usual month.'),
  otherMonths: z
    .array(
      z.strictObject({
        when: z.enum(['february', 'half-year']).describe('february, or each of the two half-yearly months.'),
        inr: z.int().describe('Take-home in that month.'),
      }),
    )
    .describe('Months whose take-home differs, because professional tax is collected differently then.'),
});

/** The take-home document, /api/v1/take-home.json. */
const takeHomeDocumentSchema = z
  .strictObject({
    ...envelope,
    onDate: isoDateSchema.describe('The build date: the rules in force on it are used.'),
    taxYear: z
      .strictObject({ from: isoDateSchema, to: isoDateSchema.nullable() })
      .nullable()
      .describe('The tax year of the slabs in force, or null when no rules are on file for onDate.'),
    notOnFile: z
      .array(z.enum(taxParameterNames))
      .describe('Rules with no verified entry in force on onDate; examples is empty unless this is.'),
    settings: z
      .strictObject({
        wageShare: z.number().describe('Share of gross counted as wages (basic and DA), 0.5–1.'),
        pf: z.enum(['ceiling', 'full', 'none']).describe('PF on wages up to the ceiling, on full wages, or none.'),
        hraShareOfBasic: z.number().describe('House rent allowance as a share of basic (an editorial choice).'),
      })
      .describe('The settings every example uses.'),
    rules: z.array(taxRuleRecordSchema).describe('Every dated income-tax entry, as recorded.'),
    examples: z.array(takeHomeExampleSchema).describe('Take-home at the middle of each INR band, in each state.'),
  })
  .meta({
    title: 'Take-home pay',
    description:
      'Income tax on salary (new regime) and the employee’s take-home at the middle of each salary band: structure, deductions and tax.',
  });

/** One focus attribute with its rubric. */
const attributeRecordSchema = z.strictObject({
  id: idSchema.describe('Id of the attribute.'),
  name: textSchema.describe('Name on the scorecard.'),
  description: textSchema.describe('What the interviewer looks for.'),
  rubric: z
    .strictObject({ 1: textSchema, 2: textSchema, 3: textSchema, 4: textSchema })
    .describe('What a score of 1 (lowest) to 4 (highest) means.'),
});

/** One interview step of the kit. */
const stepRecordSchema = z.strictObject({
  id: idSchema.describe('Id of the step; job descriptions name steps by it.'),
  number: z.int().positive().describe('Position in the interview loop, from 1.'),
  url: z.url().describe('Absolute URL of the step’s scorecard on the kit page.'),
  title: textSchema.describe('The step as a heading.'),
  format: textSchema.describe('What kind of interview it is.'),
  minutes: z.int().positive().describe('Length in minutes.'),
  length: z
    .enum(['sourced', 'suggested'])
    .describe('sourced: a cited source gives the length; suggested: the length is our suggestion.'),
  purpose: textSchema.describe('What the step decides.'),
  prep: z.array(textSchema).describe('Notes for the interviewer before the interview.'),
  questions: z
    .array(
      z.strictObject({
        id: idSchema.describe('Id of the question within the step.'),
        title: textSchema.describe('A few words naming the question.'),
        attribute: idSchema.describe('Id of the focus attribute the question tests.'),
        prompt: textSchema.describe('The question as asked.'),
        followUps: z.array(textSchema).describe('Follow-up questions; may be empty.'),
        strong: z.array(textSchema).describe('What a strong answer sounds like.'),
        weak: z.array(textSchema).describe('What a weak answer sounds like.'),
      }),
    )
    .describe('The step’s questions, in order.'),
  attributes: z.array(attributeRecordSchema).describe('The focus attributes the step scores.'),
  sources: sourcesSchema,
});

/** A skill as a job description lists it. */
const skillRecordSchema = z.strictObject({
  id: idSchema.describe('Id of the skill.'),
  name: textSchema.describe('The skill.'),
  detail: textSchema.describe('What it means in practice.'),
});

/** One job-description template. */
const jobDescriptionRecordSchema = z.strictObject({
  id: idSchema.describe('Id of the kind of role.'),
  url: z.url().describe('Absolute URL of the template on the job-descriptions page.'),
  markdownUrl: z.url().describe('Absolute URL of the template as a Markdown file.'),
  textUrl: z.url().describe('Absolute URL of the template as a plain-text file.'),
  name: textSchema.describe('The kind of role.'),
  title: textSchema.describe('The job title the template advertises.'),
  focus: textSchema.describe('What the role centres on.'),
  symptom: textSchema.describe('The problem that points a hiring manager to this template.'),
  summary: textSchema.describe('Opening paragraph of the job description.'),
  owns: z.array(textSchema).describe('What the role owns.'),
  mustHave: z.array(skillRecordSchema).describe('Skills the role cannot do without.'),
  niceToHave: z.array(skillRecordSchema).describe('Skills that help but can be learnt.'),
  pay: z
    .strictObject({
      salaryData: idSchema.describe('Id of the salary data set the bands come from (see salaries.json).'),
      asOf: isoDateSchema.describe('As-of date of the data set.'),
      bands: z
        .array(
          z.strictObject({
            level: idSchema.describe('Id of the level.'),
            segment: idSchema.describe('Id of the segment.'),
            currency: currencySchema.describe('Currency of min and max.'),
            min: z.number().nonnegative().describe('Low end, in whole units a year (rupees, not lakh).'),
            max: z.number().nonnegative().describe('High end, in whole units a year.'),
            openEnded: z.boolean().describe('True when the top of the band is open-ended ("+").'),
            text: textSchema.describe('The band as the template prints it.'),
          }),
        )
        .describe('The bands the template quotes.'),
    })
    .describe('Pay, from the salary data.'),
  emphasis: z
    .array(
      z.strictObject({ step: idSchema.describe('Id of the step.'), why: textSchema.describe('Why it weighs more.') }),
    )
    .describe('Interview steps to weight for this role.'),
  sources: sourcesSchema,
});

/** One topic of the employment basics. */
const topicRecordSchema = z.strictObject({
  id: idSchema.describe('Id of the topic.'),
  url: z.url().describe('Absolute URL of the topic on the page.'),
  title: textSchema.describe('The topic.'),
  facts: z
    .array(
      z.strictObject({
        text: textSchema.describe('The fact, in our words.'),
        appliesTo: textSchema.describe('Whom the fact applies to: all employers, a size of establishment or a state.'),
        law: textSchema.nullable().describe('The law or provision it rests on, or null.'),
        asOf: isoDateSchema.describe('The date the fact was checked.'),
        sources: sourcesSchema,
      }),
    )
    .describe('Sourced facts.'),
  notCovered: textSchema.nullable().describe('What the topic leaves out for want of a source, or null.'),
});

/** The hiring document, /api/v1/hiring.json. */
const hiringDocumentSchema = z
  .strictObject({
    ...envelope,
    interviewKit: z
      .strictObject({
        url: z.url().describe('Absolute URL of the interview kit page.'),
        steps: z.array(stepRecordSchema).describe('The interview steps, in running order.'),
      })
      .describe('The interview kit.'),
    jobDescriptions: z.array(jobDescriptionRecordSchema).describe('One template per kind of MLOps role.'),
    employmentBasics: z
      .strictObject({
        url: z.url().describe('Absolute URL of the employment basics page.'),
        note: textSchema.describe('How to read the facts.'),
        topics: z.array(topicRecordSchema).describe('The topics, in page order.'),
      })
      .describe('Employing in India: planning information, not legal advice.'),
  })
  .meta({
    title: 'Hiring tools',
    description:
      'The interview kit, the job-description templates with their pay bands, and the basics of employing in India.',
  });

/** The document schemas by published name. */
export const documentSchemas = {
  guides: guidesDocumentSchema,
  salaries: salariesDocumentSchema,
  'employer-costs': employerCostsDocumentSchema,
  'take-home': takeHomeDocumentSchema,
  hiring: hiringDocumentSchema,
} as const;

/** A published document name. */
export type DocumentName = keyof typeof documentSchemas;

/** The published document names. */
export const documentNames = Object.keys(documentSchemas) as DocumentName[];

/** A guide record. */
export type GuideRecord = z.infer<typeof guideRecordSchema>;
/** An outline entry. */
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;
/** A source reference. */
export type SourceRef = z.infer<typeof sourceRefSchema>;
/** An exchange-rate reference. */
export type RateRef = z.infer<typeof rateRefSchema>;
/** The guides document. */
export type GuidesDocument = z.infer<typeof guidesDocumentSchema>;
/** A band record. */
export type BandRecord = z.infer<typeof bandRecordSchema>;
/** A data set record. */
export type DatasetRecord = z.infer<typeof datasetRecordSchema>;
/** The salaries document. */
export type SalariesDocument = z.infer<typeof salariesDocumentSchema>;
/** A parameter record. */
export type ParameterRecord = z.infer<typeof parameterRecordSchema>;
/** An in-force record. */
export type InForceRecord = z.infer<typeof inForceRecordSchema>;
/** The employer-costs document. */
export type EmployerCostsDocument = z.infer<typeof employerCostsDocumentSchema>;
/** The take-home document. */
export type TakeHomeDocument = z.infer<typeof takeHomeDocumentSchema>;
/** A take-home example. */
export type TakeHomeExample = z.infer<typeof takeHomeExampleSchema>;
/** One line of a structure or of the deductions. */
export type PayLineRecord = z.infer<typeof payLineRecordSchema>;
/** The hiring document. */
export type HiringDocument = z.infer<typeof hiringDocumentSchema>;
