/** Reads guide front matter from disk with the same schema Astro uses, for checks outside a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { guideSchema, type GuideMeta } from '../../schemas/guides.ts';
import { citationOrder } from '../text.ts';
import { fieldPath, type Problem } from './problems.ts';

/** A guide as the checks see it. */
export interface GuideFile {
  file: string;
  id: string;
  data: GuideMeta;
  citations: string[];
}

/** Parses every MDX guide below `dir`; problems are collected, not thrown. */
export function readGuides(root: string, dir: string): { guides: GuideFile[]; problems: Problem[] } {
  const guides: GuideFile[] = [];
  const problems: Problem[] = [];
  const names = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  if (names.length === 0) problems.push({ file: dir, message: 'There is no guide. Add at least one .mdx file.' });
  for (const name of names) {
    const file = `${dir}/${name}`;
    const text = readFileSync(join(root, dir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (!match) {
      problems.push({ file, line: 1, message: 'The file must start with front matter between two "---" lines.' });
      continue;
    }
    let front: unknown;
    try {
      front = parse(match[1] ?? '');
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
      citations: citationOrder(text.slice(match[0].length)),
    });
  }
  return { guides, problems };
}
