/** Looks up the salary data set of the guide being rendered, for the inline figure components. */
import { getDataset } from '../../data/content.ts';

/** The current guide's data set; a clear build error when a component is used outside a guide. */
export async function currentDataset(locals: App.Locals, component: string) {
  const id = locals.guide?.salaryData;
  if (id === undefined) throw new Error(`<${component}> needs a guide page: it reads the guide's salaryData.`);
  return getDataset(id);
}
