/** Reads guides' front matter with the same schema Astro uses, and the sources each guide cites. */
import { parse } from 'yaml';
import { guideSchema, type GuideMeta } from '../../schemas/guides.ts';
import { citationOrder } from '../text.ts';
import { fieldPath, type ContentProblem } from './problems.ts';
import { sourceOf, type ContentSource } from './source.ts';

/** A guide as the checks see it. */
export interface GuideFile {
  file: string;
  id: string;
  data: GuideMeta;
  /** The MDX body, after the front matter. */
  body: string;
  citations: string[];
}

/** Splits an MDX file into its front matter (YAML text) and body; undefined when it does not start with front matter. */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return match ? { front: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/** Parses every MDX guide in `dir`; problems are collected, not thrown. */
export function readGuides(
  from: string | ContentSource,
  dir: string,
): { guides: GuideFile[]; problems: ContentProblem[] } {
  const source = sourceOf(from);
  const guides: GuideFile[] = [];
  const problems: ContentProblem[] = [];
  const names = (source.list(dir) ?? []).filter((f) => f.endsWith('.mdx')).sort();
  if (names.length === 0) problems.push({ file: dir, message: 'There is no guide. Add at least one .mdx file.' });
  for (const name of names) {
    const file = `${dir}/${name}`;
    const text = source.read(file) ?? '';
    const parts = splitFrontMatter(text);
    if (!parts) {
      problems.push({ file, line: 1, message: 'The file must start with front matter between two "---" lines.' });
      continue;
    }
    let front: unknown;
    try {
      front = parse(parts.front);
    } catch (error) {
      problems.push({ file, message: `The front matter cannot be read: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = guideSchema.safeParse(front);
    const id = name.replace(/\.mdx$/, '');
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, entry: id, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    guides.push({
      file,
      id: result.data.slug,
      data: result.data,
      body: parts.body,
      citations: citationOrder(parts.body),
    });
  }
  return { guides, problems };
}
