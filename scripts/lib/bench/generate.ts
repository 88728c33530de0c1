/** Turns a copy of the project into the synthetic site: its guides and salary data sets replaced by generated ones. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readGuides } from '../../../src/lib/content/guides.ts';
import { readCollection } from '../../../src/lib/content/read.ts';
import { dataCollections, guidesDir } from '../../../src/lib/content/registry.ts';
import { assignment, datasetId, syntheticDataset, syntheticGuide, type DatasetLike } from './synthetic.ts';

/**
 * Replaces the guides in `dir` with `pages` guides over `datasets` new salary data sets, made from its first guide.
 * The real data sets stay, as other data files (and pages) cite them by id.
 */
export function generateSite(dir: string, pages: number, datasets: number): void {
  const first = readGuides(dir, guidesDir).guides[0];
  if (!first) throw new Error(`No guide in ${guidesDir}/ to use as a template.`);
  const template = readFileSync(join(dir, first.file), 'utf8');
  const source = readCollection(dir, dataCollections.salaries).find((d) => d.id === first.data.salaryData);
  if (!source) throw new Error(`No salary data set "${first.data.salaryData}" for the template ${first.file}.`);
  const firstLine = readFileSync(join(dir, source.file), 'utf8').split('\n')[0] ?? '';
  // Keep the schema line, so a generated data set opens in an editor as a real one does.
  const header = firstLine.startsWith('# yaml-language-server') ? `${firstLine}\n` : '';
  const roles = readCollection(dir, dataCollections.roles).map((r) => ({ id: r.id, name: r.data.name }));
  const guidesPath = join(dir, guidesDir);
  const salariesPath = join(dir, dataCollections.salaries.path);
  rmSync(guidesPath, { recursive: true, force: true });
  mkdirSync(guidesPath, { recursive: true });
  for (let j = 0; j < datasets; j++) {
    const role = roles[j % roles.length]!;
    const data = syntheticDataset(source.raw as DatasetLike, j, role);
    writeFileSync(join(salariesPath, `${datasetId(j, role)}.yaml`), `${header}${stringify(data, { lineWidth: 0 })}`);
  }
  for (let n = 1; n <= pages; n++) {
    const { j, role } = assignment(n, datasets, roles);
    const guide = syntheticGuide(template, { n, total: pages, datasetId: datasetId(j, role), role });
    writeFileSync(join(guidesPath, guide.fileName), guide.text);
  }
}

/** One editor's data edit for the warm rebuild: the top of the first band of one generated data set goes up by one. */
export function editOneFigure(dir: string, datasets: number): string {
  const roles = readCollection(dir, dataCollections.roles).map((r) => ({ id: r.id, name: r.data.name }));
  const { j, role } = assignment(1, datasets, roles);
  const file = join(dir, dataCollections.salaries.path, `${datasetId(j, role)}.yaml`);
  const [first = '', ...rest] = readFileSync(file, 'utf8').split('\n');
  const header = first.startsWith('# yaml-language-server') ? `${first}\n` : '';
  const data = parse(header ? rest.join('\n') : [first, ...rest].join('\n')) as DatasetLike;
  const band = data.bands[0];
  if (!band) throw new Error(`${file} has no band to edit.`);
  band.max += 1;
  writeFileSync(file, `${header}${stringify(data, { lineWidth: 0 })}`);
  return file;
}
