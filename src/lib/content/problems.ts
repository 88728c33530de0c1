/** Editor-facing problems: each names the file, the entry and the field, with a line where known. */

/** One thing wrong in a content file. */
export interface ContentProblem {
  /** Path of the file from the project root, e.g. content/data/sources.yaml. */
  file: string;
  /** The entry's id, or its position when it has no id. */
  entry?: string | undefined;
  /** Dotted path of the field inside the entry, e.g. bands[3].max. */
  field?: string | undefined;
  /** 1-based line in the file. */
  line?: number | undefined;
  /** 1-based column in the line, where known. */
  column?: number | undefined;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
}

/** `content/data/x.yaml, line 12, column 3, entry "a", field "b": message`. */
export function formatProblem(p: ContentProblem): string {
  const where = [
    p.file,
    p.line === undefined ? undefined : `line ${p.line}`,
    p.column === undefined ? undefined : `column ${p.column}`,
    p.entry === undefined ? undefined : `entry "${p.entry}"`,
    p.field === undefined ? undefined : `field "${p.field}"`,
  ].filter(Boolean);
  return `${where.join(', ')}: ${p.message}`;
}

/** Thrown when content cannot be used; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  /** What to do next; Astro prints it under the message. */
  readonly hint = 'Fix each line above in the file it names, then build again. `npm run check:content` lists the same problems.';
  constructor(problems: ContentProblem[]) {
    const n = problems.length;
    super(
      `${n} problem${n === 1 ? '' : 's'} in the site's content:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole story for an editor: Astro prints no stack trace into our code for an error without one.
    this.stack = '';
  }
}

/** Renders a path such as ['bands', 3, 'max'] as `bands[3].max`. */
export function fieldPath(path: readonly PropertyKey[]): string | undefined {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || undefined;
}
