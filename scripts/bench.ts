/**
 * `npm run bench`: the scale benchmark. Builds the real site and a synthetic site of N guide pages (default 1,000)
 * in temporary copies of the project and prints wall time, pages per second, peak memory and output sizes;
 * `npm run bench -- --help` lists the options. The steps live in scripts/lib/bench/.
 *
 * A measurement, not a test: it prints figures and exits 0 unless a build fails (then it prints the last 40 lines
 * of the build log and exits 1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, BuildFailed, type BuildResult, type BuildSettings } from './lib/bench/build.ts';
import { generateSite } from './lib/bench/generate.ts';
import { stopRunning } from './lib/bench/measure.ts';
import { parseBenchOptions, USAGE } from './lib/bench/options.ts';
import { runProfile } from './lib/bench/profile.ts';
import { copyProject, node24 } from './lib/bench/project.ts';
import { goalLine, mainTable, memoryTable, phaseTable } from './lib/bench/report.ts';
import { formatBytes, formatDuration } from './lib/table.ts';

const request = parseBenchOptions(process.argv.slice(2));
if (request.kind === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (request.kind === 'error') {
  console.error(`${request.message}\n\n${USAGE}`);
  process.exit(2);
}
const { pages, datasets, keep, skipReal, profile, nodeArgs } = request.options;
const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBin = node24(root);
if (nodeBin === undefined) {
  console.error('Bench: needs Node 24. Run it with `npm run bench` or `npx node scripts/bench.ts`.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'hiring-bench-'));
const settings: BuildSettings = { nodeBin, nodeArgs, work };

const cleanUp = (): void => {
  if (keep) console.log(`Kept the temporary folder: ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopRunning();
    cleanUp();
    process.exit(130);
  });
}

async function main(): Promise<void> {
  const node = nodeBin === process.execPath ? process.version : nodeBin;
  console.log(
    `Scale benchmark: ${pages} synthetic guides over ${datasets} salary data sets; Node ${node}; ` +
      `${cpus().length} cores, ${formatBytes(totalmem())} RAM; temporary folder ${work}`,
  );
  const results: BuildResult[] = [];
  if (!skipReal) {
    const real = join(work, 'real');
    copyProject(root, real);
    results.push(await buildSite(settings, real, 'real site', 'real'));
  }
  const synth = join(work, 'synthetic');
  copyProject(root, synth);
  const started = performance.now();
  generateSite(synth, pages, datasets);
  console.log(`Generated ${pages} guides and ${datasets} data sets in ${formatDuration(performance.now() - started)}.`);
  const full = await buildSite(settings, synth, `${pages} guides`, 'synthetic');
  results.push(full);

  console.log(`\n${mainTable(results)}\n`);
  console.log(`${phaseTable(results)}\n`);
  for (const r of results) console.log(`${memoryTable(r)}\n`);
  console.log(goalLine(full, pages));
  if (profile) await runProfile({ settings, root, synth, full, pages, datasets });
}

try {
  await main();
} catch (error) {
  if (error instanceof BuildFailed) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  cleanUp();
}
