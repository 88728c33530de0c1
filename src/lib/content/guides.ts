/** Reads guides' front matter with the same schema Astro uses, and the sources each guide cites. */
import { parse } from 'yaml';
import { guideSchema, type GuideMeta } from '../../schemas/guides.ts';
import { citationOrder } from '../text.ts';
import { tagProblems } from '../guide-html.ts';
import { fieldPath, type ContentProblem } from './problems.ts';
import { sourceOf, type ContentSource } from './source.ts';

/** A guide as the checks see it. */
export interface GuideFile {
  file: string;
  id: string;
  data: GuideMeta;
  /** The front matter as read, before the schema (what the content loader hands Astro). */
  raw: unknown;
  /** The Markdown body, after the front matter. */
  body: string;
  citations: string[];
}

/** Splits a guide file into its front matter (YAML text) and body; undefined when it does not start with front matter. */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return match ? { front: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/** Parses every Markdown guide in `dir`; problems are collected, not thrown. */
export function readGuides(
  from: string | ContentSource,
  dir: string,
): { guides: GuideFile[]; problems: ContentProblem[] } {
  const source = sourceOf(from);
  const guides: GuideFile[] = [];
  const problems: ContentProblem[] = [];
  const files = source.list(dir) ?? [];
  const names = files.filter((f) => f.endsWith('.md')).sort();
  // Anything else in the folder would never be published: say so rather than leave it out quietly.
  for (const other of files.filter((f) => !f.endsWith('.md') && !f.startsWith('.')).sort())
    problems.push({
      file: `${dir}/${other}`,
      message: 'Guides are Markdown files whose names end in .md; this file is not read. Rename it, or move it out.',
    });
  if (names.length === 0) problems.push({ file: dir, message: 'There is no guide. Add at least one .md file.' });
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
    const id = name.replace(/\.md$/, '');
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, entry: id, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    const bodyStart = text.slice(0, text.length - parts.body.length).split('\n').length - 1;
    for (const p of tagProblems(parts.body)) problems.push({ file, entry: id, line: bodyStart + p.line, message: p.message });
    guides.push({
      file,
      id: result.data.slug,
      data: result.data,
      raw: front,
      body: parts.body,
      citations: citationOrder(parts.body),
    });
  }
  return { guides, problems };
}
