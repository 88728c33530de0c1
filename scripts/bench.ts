/**
 * `npm run bench`: the scale benchmark. Builds the real site and a synthetic site of N guide pages (default 1,000)
 * in temporary copies of the project and prints wall time, pages per second, peak memory and output sizes;
 * `npm run bench -- --help` lists the options. The steps live in scripts/lib/bench/.
 *
 * A measurement, not a test: it prints figures and exits 0 unless a build fails (then it prints the last 40 lines
 * of the build log and exits 1).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, BuildFailed, type BuildResult, type BuildSettings } from './lib/bench/build.ts';
import { editOneFigure, generateSite } from './lib/bench/generate.ts';
import { stopRunning } from './lib/bench/measure.ts';
import { buildNodeArgs, parseBenchOptions, USAGE } from './lib/bench/options.ts';
import { runProfile } from './lib/bench/profile.ts';
import { copyProject, node24 } from './lib/bench/project.ts';
import { installPeer, writeStarlightProject } from './lib/bench/peer.ts';
import { goalLines, mainTable, memoryTable, peerTable, phaseTable } from './lib/bench/report.ts';
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
const { pages, datasets, keep, skipReal, skipWarm, profile, peer } = request.options;
const nodeArgs = buildNodeArgs(request.options.nodeArgs, pages, totalmem());
const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBin = node24(root);
if (nodeBin === undefined) {
  console.error('Bench: needs Node 24. Run it with `npm run bench` or `npx node scripts/bench.ts`.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'hiring-bench-'));
const astroVersion = (): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
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
      `${cpus().length} cores, ${formatBytes(totalmem())} RAM; temporary folder ${work}` +
      (nodeArgs.length > 0 ? `; Node flags ${nodeArgs.join(' ')}` : ''),
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
  const label = `${pages} guides`;
  const ours: BuildResult[] = [await buildSite(settings, synth, `${label}, cold`, 'synthetic')];
  const peers: BuildResult[] = [];
  if (peer === 'starlight') {
    const dir = join(work, 'starlight');
    mkdirSync(dir);
    writeStarlightProject(dir, join(synth, 'content/guides'), astroVersion());
    console.log('Installing the Starlight peer in the temporary folder …');
    console.log(`  ${installPeer(dir, dirname(nodeBin!))}`);
    // Back to back, twice: on a shared machine, load shifts between runs.
    for (const n of [1, 2]) {
      peers.push(await buildSite(settings, dir, `Starlight, ${label}`, `starlight-${n}`, { command: 'astro' }));
      if (n === 1) ours.push(await buildSite(settings, synth, `${label}, cold (2)`, 'synthetic-2'));
    }
  }
  let warm: BuildResult | undefined;
  if (!skipWarm) {
    const edited = editOneFigure(synth, datasets);
    console.log(`Edited one figure in ${edited.slice(synth.length + 1)}; rebuilding with the caches kept …`);
    warm = await buildSite(settings, synth, `${label}, warm`, 'synthetic-warm', { warm: true });
  }
  results.push(...ours, ...peers, ...(warm ? [warm] : []));

  console.log(`\n${mainTable(results)}\n`);
  console.log(`${phaseTable([...results.filter((r) => !peers.includes(r))])}\n`);
  if (peers.length > 0) console.log(`${peerTable(ours, peers)}\n`);
  for (const r of results) console.log(`${memoryTable(r)}\n`);
  for (const line of goalLines(ours, peers, warm)) console.log(line);
  if (profile) await runProfile({ settings, root, synth, full: ours[0]!, pages, datasets });
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
