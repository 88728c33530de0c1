/** `npm run check:nu`: the W3C Nu validator over every page in dist/, where Java is installed (the reference validator). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const dist = (process.argv[2] ?? 'dist').replace(/\/$/, '');
if (!existsSync(dist)) {
  console.error(`Nu check: ${dist}/ does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  // No JVM: html-validate and our own rules (npm run check:html) still cover the patterns the Nu validator found.
  console.log('Nu check: not run, Java is not installed (npm run check:html covers the known patterns).');
  process.exit(0);
}
const jar = String(createRequire(import.meta.url)('vnu-jar'));
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', dist], {
  encoding: 'utf8',
});
const lines = `${run.stdout}${run.stderr}`.split('\n').filter(Boolean);
for (const line of lines) console.error(line);
if (run.status !== 0 || lines.length > 0) {
  console.error(`Nu check: ${lines.length} error${lines.length === 1 ? '' : 's'} in ${dist}/.`);
  process.exitCode = 1;
} else {
  console.log(`Nu check: no errors in ${dist}/.`);
}
