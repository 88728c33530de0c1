/** Cross-file checks for the hiring tools: the interview kit, skills, role scopes and employment basics. */
import type { ContentProblem } from './problems.ts';
import type { Collections } from './registry.ts';

type Where = { file: string; id: string };

/** Every dangling or inconsistent reference the hiring tools' files make, naming file, entry and field. */
export function checkHiringReferences(c: Collections): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
  const sources = ids(c.sources);
  const attributes = ids(c.interviewAttributes);
  const steps = ids(c.interviewSteps);
  const skills = ids(c.skills);
  const datasets = new Map(c.salaries.map((d) => [d.id, d.data]));
  const problem = (e: Where, field: string, message: string) =>
    problems.push({ file: e.file, entry: e.id, field, message });
  const need = (e: Where, field: string, id: string, known: Set<string>, where: string): void => {
    if (!known.has(id)) problem(e, field, `"${id}" is not an id in ${where}. Check the spelling, or add it there first.`);
  };
  const needAll = (e: Where, field: string, list: readonly string[], known: Set<string>, where: string): void =>
    list.forEach((id, i) => need(e, `${field}[${i}]`, id, known, where));
  const needSources = (e: Where, field: string, list: readonly string[]) =>
    needAll(e, field, list, sources, 'content/data/sources.yaml');

  for (const e of [...c.interviewAttributes, ...c.skills, ...c.roleScopes]) needSources(e, 'sources', e.data.sources);
  const numbers = new Map<number, string>();
  for (const s of c.interviewSteps) {
    needSources(s, 'sources', s.data.sources);
    needAll(s, 'attributes', s.data.attributes, attributes, 'content/data/interview-attributes.yaml');
    const other = numbers.get(s.data.number);
    if (other) problem(s, 'number', `Step ${s.data.number} is already "${other}". Number the steps 1, 2, 3 …`);
    numbers.set(s.data.number, s.id);
  }
  for (const r of c.roleScopes) {
    const where = 'content/data/skills.yaml';
    needAll(r, 'mustHave', r.data.mustHave, skills, where);
    needAll(r, 'niceToHave', r.data.niceToHave, skills, where);
    r.data.niceToHave.forEach((id, i) => {
      if (r.data.mustHave.includes(id))
        problem(r, `niceToHave[${i}]`, `"${id}" is already a must-have skill of this role. List it once.`);
    });
    r.data.emphasis.forEach((e, i) =>
      need(r, `emphasis[${i}].step`, e.step, steps, 'content/data/interview-steps.yaml'),
    );
    const dataset = datasets.get(r.data.pay.salaryData);
    if (!dataset) {
      need(r, 'pay.salaryData', r.data.pay.salaryData, new Set(datasets.keys()), 'content/data/salaries/');
      continue;
    }
    const file = `content/data/salaries/${r.data.pay.salaryData}.yaml`;
    needAll(r, 'pay.levels', r.data.pay.levels, ids(dataset.levels), `the levels of ${file}`);
    needAll(r, 'pay.segments', r.data.pay.segments, ids(dataset.segments), `the segments of ${file}`);
  }
  for (const t of c.employmentBasics)
    t.data.facts.forEach((f, i) => needSources(t, `facts[${i}].sources`, f.sources));
  return problems;
}
