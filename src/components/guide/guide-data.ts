/** Looks up the salary data set of the guide being rendered, for the inline figure components. */
import { getDataset } from '../../data/content.ts';

/** The data set a component shows: its `dataset` prop, else the guide being rendered; a clear build error otherwise. */
export function datasetIdFor(prop: string | undefined, locals: App.Locals, component: string): string {
  const id = prop ?? locals.guide?.salaryData;
  if (id === undefined) throw new Error(`<${component}> needs a dataset prop outside a guide page.`);
  return id;
}

/** The current guide's data set and its exchange rate. */
export async function currentDataset(locals: App.Locals, component: string) {
  return getDataset(datasetIdFor(undefined, locals, component));
}
