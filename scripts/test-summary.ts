/** Prints the one-line CI summary `N passed, N failed` from Vitest's JSON report. */
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', exitCode = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
}
// A step before the tests (content check, type check, lint, build) failed: count it, so the line never reads as green.
if (exitCode !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
