import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkClaims,
  computeClaims,
  eorOverGross,
  eorPoints,
  formatClaim,
  referenceEorInput,
  topEmployerPremium,
} from '../../src/lib/claims.ts';
import { claimsFor } from '../../src/lib/content/claims-check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { readGuideMdx } from '../../src/lib/content/guide-mdx.ts';
import { computeEmployerCost, ratesInForce } from '../../src/lib/cost/index.ts';
import { countSources, describeSourceCount } from '../../src/lib/sources.ts';
import { bandMidpoint, usMultiple } from '../../src/lib/salaries.ts';
import type { Fact } from '../../src/schemas/facts.ts';
import type { Source } from '../../src/schemas/sources.ts';

// Frozen data (April 2026 bands, ₹84 per US$), so live edits cannot move these figures.
const frozen = join(process.cwd(), 'tests/fixtures/frozen');
const content = readContent(frozen);
const dataset = content.collections.salaries[0]!.data;
const rates = ratesInForce(
  content.collections.employerCosts.map((e) => e.data),
  '2026-11-27',
);
const inputs = { dataset, inrPerUsd: 84, rates, eorFeeUsd: 599 };
const claims = computeClaims(inputs);

describe('the US multiple: US band midpoint over Indian band midpoint, in dollars', () => {
  it.each([
    // level, segment, Indian band in lakh, US band in dollars
    ['junior', 'broad-market', [8, 14], [130_000, 170_000]],
    ['mid', 'broad-market', [14, 22], [180_000, 240_000]],
    ['senior', 'top-employers', [38, 55], [240_000, 300_000]],
  ] as const)('%s %s', (level, segment, [lo, hi], [usLo, usHi]) => {
    const expected = (usLo + usHi) / 2 / ((((lo + hi) / 2) * 100_000) / 84);
    const point = claims['us-multiple']!.points.find((p) => p.level === level && p.segment === segment)!;
    expect(point.value).toBeCloseTo(expected, 10);
  });
  it('is one division, whatever the caller', () => {
    expect(usMultiple(20_000, 210_000)).toBe(10.5);
    expect(bandMidpoint({ min: 22, max: 32 })).toBe(27);
  });
  it('spans every level and local segment', () => {
    const c = claims['us-multiple']!;
    expect(c.points).toHaveLength(6);
    expect(formatClaim(c)).toBe('4.9–11.5×');
  });
});

describe('the top-employer premium: band midpoints compared level by level', () => {
  it.each([
    ['junior', (15 / 11 - 1) * 100],
    ['mid', (30 / 18 - 1) * 100],
    ['senior', (46.5 / 27 - 1) * 100],
  ])('%s', (level, expected) => {
    expect(claims['top-employer-premium']!.points.find((p) => p.level === level)!.value).toBeCloseTo(expected, 10);
  });
  it('is 25% when the top band is a quarter higher', () => {
    expect(topEmployerPremium(20, 25)).toBeCloseTo(25, 10);
  });
});

describe('the EOR cost over gross pay, from the cost engine', () => {
  const points = eorPoints(inputs);
  it.each(points.map((p) => [p.level, p.at, p.grossInr, p]))('%s, %s of band (₹%i)', (_l, _a, gross, p) => {
    const engine = computeEmployerCost(referenceEorInput(gross as number, 599, 84), rates);
    expect(engine.ok && engine.totalOverGrossPct).toBe((p as { overGrossPct: number }).overGrossPct);
    // The fee alone is a floor: 599 dollars a month at ₹84.
    expect((p as { overGrossPct: number }).overGrossPct).toBeGreaterThan(((599 * 12 * 84) / (gross as number)) * 100);
  });
  it('falls as pay rises, so the range runs from the top of the senior band to the bottom of the junior band', () => {
    const byPay = points.toSorted((a, b) => a.grossInr - b.grossInr).map((p) => p.overGrossPct);
    expect(byPay).toEqual(byPay.toSorted((a, b) => b - a));
    const c = claims['eor-uplift']!;
    expect(c.max).toBe(eorOverGross(800_000, 599, 84, rates));
    expect(c.min).toBe(eorOverGross(3_200_000, 599, 84, rates));
  });
});

describe('formatting a claim', () => {
  it.each([
    [{ unit: 'times', min: 5.26, max: 12.48 }, '5.3–12.5×'],
    [{ unit: 'times', min: 6, max: 6 }, '6×'],
    [{ unit: 'percent', min: 23.8, max: 88.04 }, '24–88%'],
    [{ unit: 'percent', min: 40.4, max: 40.4 }, '40%'],
  ] as const)('%o reads %s', (c, text) => {
    expect(formatClaim(c)).toBe(text);
  });
});

const uplift: Fact = {
  id: 'eor-loaded-cost-uplift',
  label: 'EOR uplift',
  unit: 'percent',
  min: 15,
  max: 20,
  asOf: '2026-04-22',
  sources: ['kaamwork-mlops-guide'],
  computed: { claim: 'eor-uplift', tolerance: 5, reason: 'The fee is fixed.' },
};
// A guide's MDX body as the content reader reads it.
const guide = (body: string) => ({ file: 'content/guides/g.mdx', slug: 'g', uses: readGuideMdx(body).uses });

describe('the claim check', () => {
  it.each([
    ['the quote stands alone', 'It comes to <Fact id="eor-loaded-cost-uplift" /> above pay.', 1],
    [
      'the computed figure is in the same paragraph',
      'The article says <Fact id="eor-loaded-cost-uplift" />; we compute <Claim id="eor-uplift" />.',
      0,
    ],
    [
      'the computed figure is in another paragraph',
      'The article says <Fact id="eor-loaded-cost-uplift" />.\n\nWe compute <Claim id="eor-uplift" />.',
      1,
    ],
    [
      'the computed figure is in another list item',
      '- The article says <Fact id="eor-loaded-cost-uplift" />.\n- We compute <Claim id="eor-uplift" />.',
      1,
    ],
    ['the quote is only shown as code', 'Write `<Fact id="eor-loaded-cost-uplift" />` to quote it.', 0],
    ['the fact is not quoted', 'We compute <Claim id="eor-uplift" />.', 0],
  ])('%s: %i problem(s)', (_what, body, n) => {
    expect(checkClaims(guide(body), [uplift], claims)).toHaveLength(n);
  });
  it('lets a quote within the tolerance stand alone', () => {
    const c = claims['eor-uplift']!;
    const close: Fact = { ...uplift, min: c.min + 4, max: c.max - 4 };
    expect(checkClaims(guide('<Fact id="eor-loaded-cost-uplift" />'), [close], claims)).toEqual([]);
  });
});

const work = mkdtempSync(join(tmpdir(), 'claims-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the build fails on the 15–20% contradiction', () => {
  it('names the fact and both figures', () => {
    // The frozen guide quotes 15–20% on its own; give the fact its computed counterpart, as the live data does.
    cpSync(join(frozen, 'content'), join(work, 'content'), { recursive: true });
    const facts = join(work, 'content/data/facts.yaml');
    const text = readFileSync(facts, 'utf8');
    const edited = text.replace(
      /(- id: eor-loaded-cost-uplift\n(?:  .*\n)*?  sources: \[kaamwork-mlops-guide\]\n)/,
      '$1  computed: { claim: eor-uplift, tolerance: 5, reason: The fee is a fixed amount a month. }\n',
    );
    expect(edited).not.toBe(text);
    writeFileSync(facts, edited);
    expect(readContent(work).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 231, column 178, entry "mlops-engineers-india-2026": <Fact id="eor-loaded-cost-uplift" /> quotes 15–20%, but the site computes 22–81% for the same thing ("eor-uplift": what an EOR hire costs on top of gross pay (employer PF on the wage ceiling, EDLI, admin charge, gratuity accrual, Labour Welfare Fund and the $599 monthly fee at ₹84 per US dollar), from the top of the senior band to the bottom of the junior band). They differ by 60.8, more than the tolerance of 5 in content/data/facts.yaml. Show both: put <Claim id="eor-uplift" /> in the same paragraph as the quote, or correct the fact.",
      ]
    `);
  });
  it('computes the same claims for the build as for the pages', () => {
    expect(claimsFor(content.collections, dataset.id, '2026-11-27')['eor-uplift']).toEqual(claims['eor-uplift']);
  });
});

describe('how many sources stand behind a data set', () => {
  const src = (id: string, publisher: string, via?: string): [string, Source] => [
    id,
    { id, publisher, title: 't', accessed: '2026-04-22', ...(via ? { via } : {}) },
  ];
  const sources = new Map([
    src('article', 'Kaamwork'),
    src('glassdoor', 'Glassdoor India', 'article'),
    src('bench', 'Kaamwork', 'article'),
    src('own', 'Remote'),
  ]);
  it.each([
    [
      ['article', 'glassdoor', 'bench'],
      '3 sources from 2 independent publishers (Kaamwork, Glassdoor India); 2 of them read second-hand, through Kaamwork.',
    ],
    [['article', 'own'], '2 sources from 2 independent publishers (Kaamwork, Remote), all read first-hand.'],
    [['glassdoor'], '1 source from 1 independent publisher (Glassdoor India); all read second-hand, through Kaamwork.'],
  ])('%j', (ids, text) => {
    expect(describeSourceCount(ids.length, countSources(ids, sources))).toBe(text);
  });
});
