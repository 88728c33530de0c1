/** Reads guides: their front matter with the schema Astro uses, and their MDX with the compiler's parser. */
import { parse } from 'yaml';
import { guideSchema, type GuideMeta } from '../../schemas/guides.ts';
import { readGuideMdx, type ComponentUse } from './guide-mdx.ts';
import { fieldPath, type ContentProblem } from './problems.ts';
import { treeOf, type ContentTree } from './tree.ts';

/** A guide as the checks see it. */
export interface GuideFile {
  file: string;
  /** The guide's slug, which is also its file name and the id of its entry in Astro's guides collection. */
  slug: string;
  data: GuideMeta;
  /** The front matter as read, before the schema. */
  raw: unknown;
  /** Every component the MDX uses, in reading order. */
  uses: ComponentUse[];
  /** Source ids in the order the text first cites them. */
  citations: string[];
  /** Words a reader reads (prose and code, not component markup). */
  wordCount: number;
}

const EXTENSION = '.mdx';

/** Parses every MDX guide in `dir`; problems are collected, not thrown. */
export function readGuides(
  from: string | ContentTree,
  dir: string,
): { guides: GuideFile[]; problems: ContentProblem[] } {
  const tree = treeOf(from);
  const guides: GuideFile[] = [];
  const problems: ContentProblem[] = [];
  const files = tree.list(dir) ?? [];
  const names = files.filter((f) => f.endsWith(EXTENSION)).sort();
  // Anything else in the folder would never be published: say so rather than leave it out quietly.
  for (const other of files.filter((f) => !f.endsWith(EXTENSION) && !f.startsWith('.')).sort())
    problems.push({
      file: `${dir}/${other}`,
      message: `Guides are MDX files whose names end in ${EXTENSION}; this file is not read. Rename it, or move it out.`,
    });
  if (names.length === 0) problems.push({ file: dir, message: `There is no guide. Add at least one ${EXTENSION} file.` });
  for (const name of names) {
    const file = `${dir}/${name}`;
    const stem = name.slice(0, -EXTENSION.length);
    const mdx = readGuideMdx(tree.read(file) ?? '');
    for (const p of mdx.problems) problems.push({ file, entry: stem, ...p });
    if (mdx.problems.length > 0) continue;
    if (mdx.frontMatter === undefined) {
      problems.push({ file, line: 1, message: 'The file must start with front matter between two "---" lines.' });
      continue;
    }
    let front: unknown;
    try {
      front = parse(mdx.frontMatter);
    } catch (error) {
      problems.push({ file, message: `The front matter cannot be read: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = guideSchema.safeParse(front);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, entry: stem, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    if (result.data.slug !== stem)
      problems.push({
        file,
        entry: stem,
        field: 'slug',
        message: `The slug "${result.data.slug}" differs from the file name. Name the file ${result.data.slug}${EXTENSION}, or make the slug "${stem}".`,
      });
    guides.push({ file, slug: result.data.slug, data: result.data, raw: front, ...mdx });
  }
  return { guides, problems };
}
