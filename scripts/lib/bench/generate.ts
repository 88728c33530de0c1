/** Turns a copy of the project into the synthetic site: its guides and salary data sets replaced by generated ones. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readGuides } from '../../../src/lib/content/guides.ts';
import { readCollection } from '../../../src/lib/content/read.ts';
import { dataCollections, guidesDir } from '../../../src/lib/content/registry.ts';
import { assignment, datasetId, syntheticDataset, syntheticGuide, type DatasetLike } from './synthetic.ts';

/** Replaces the guides and data sets in `dir` with `pages` guides over `datasets` sets, made from its first guide. */
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
  for (const path of [guidesPath, salariesPath]) {
    rmSync(path, { recursive: true, force: true });
    mkdirSync(path, { recursive: true });
  }
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
