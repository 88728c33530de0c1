/** Strict parsing of editor-written YAML: syntax, shape, ids and schema, with file/entry/field/line in every message. */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, fieldPath, type ContentProblem } from './problems.ts';

/** An entry that passed its schema. */
export interface ParsedEntry<T> {
  id: string;
  /** The entry as the editor wrote it (what Astro's own parseData expects). */
  raw: Record<string, unknown>;
  data: T;
}

/** A parsed YAML file and a way to find the line of any path in it. */
interface YamlFile {
  doc: Document.Parsed;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

function readYaml(file: string, text: string): YamlFile {
  const counter = new LineCounter();
  // `yaml` 1.2 core schema: dates stay strings, so the schema sees what the editor typed.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line,
        message: `The YAML cannot be read: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}. Check indentation, colons and quotes on this line and the one above.`,
      })),
    );
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { doc, lineOf };
}

function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
  }
  return issue.message;
}

const errorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This field is missing. Add it.';
  if (issue.code === 'invalid_type')
    return `Expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} here, found ${JSON.stringify(issue.input)}.`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  }
  return undefined;
};

function validate<T>(
  file: string,
  schema: z.ZodType<T>,
  raw: unknown,
  entry: string,
  prefix: readonly PropertyKey[],
  yaml: YamlFile,
): { data?: T; problems: ContentProblem[] } {
  const result = schema.safeParse(raw, { error: errorMap });
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      entry,
      field: fieldPath(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path),
      line: yaml.lineOf([
        ...prefix,
        ...issue.path,
        ...(issue.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : []),
      ]),
      message: friendly(issue),
    })),
  };
}

/** Parses a file that holds a list of entries, each with a unique `id`. Throws {@link ContentError}. */
export function parseListFile<T>(file: string, text: string, schema: z.ZodType<T>): ParsedEntry<T>[] {
  const yaml = readYaml(file, text);
  const { doc } = yaml;
  if (doc.contents === null) {
    throw new ContentError([
      { file, message: 'The file is empty. It must list at least one entry, each starting with "- id: ".' },
    ]);
  }
  if (!isSeq(doc.contents)) {
    throw new ContentError([
      { file, line: 1, message: 'The file must be a list of entries, each starting with "- id: ".' },
    ]);
  }
  const items = doc.toJS() as unknown[];
  if (items.length === 0) throw new ContentError([{ file, message: 'The list is empty. Add at least one entry.' }]);
  const problems: ContentProblem[] = [];
  const entries: ParsedEntry<T>[] = [];
  const firstLine = new Map<string, number | undefined>();
  items.forEach((item, i) => {
    const line = yaml.lineOf([i]);
    const position = `#${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ file, entry: position, line, message: 'Each entry must be a set of "field: value" lines.' });
      return;
    }
    const raw = item as Record<string, unknown>;
    const id = typeof raw['id'] === 'string' ? raw['id'] : undefined;
    if (id === undefined) {
      problems.push({
        file,
        entry: position,
        field: 'id',
        line,
        message: 'This entry has no id. Add a line "id: some-short-name".',
      });
      return;
    }
    if (firstLine.has(id)) {
      problems.push({
        file,
        entry: id,
        field: 'id',
        line,
        message: `The id "${id}" is already used by the entry on line ${firstLine.get(id)}. Ids must be unique.`,
      });
      return;
    }
    firstLine.set(id, line);
    const { data, problems: found } = validate(file, schema, raw, id, [i], yaml);
    problems.push(...found);
    if (data !== undefined) entries.push({ id, raw, data });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

/** Parses a file that holds one entry whose id is the file name. Throws {@link ContentError}. */
export function parseEntryFile<T>(file: string, text: string, schema: z.ZodType<T>, id: string): ParsedEntry<T> {
  const yaml = readYaml(file, text);
  const { doc } = yaml;
  if (doc.contents === null) throw new ContentError([{ file, entry: id, message: 'The file is empty.' }]);
  if (!isMap(doc.contents)) {
    throw new ContentError([{ file, entry: id, line: 1, message: 'The file must be a set of "field: value" lines.' }]);
  }
  const raw = doc.toJS() as Record<string, unknown>;
  if (raw['id'] !== id) {
    throw new ContentError([
      {
        file,
        entry: id,
        field: 'id',
        line: yaml.lineOf(['id']),
        message: `The id must be "${id}", the file name without .yaml.`,
      },
    ]);
  }
  const { data, problems } = validate(file, schema, raw, id, [], yaml);
  if (data === undefined) throw new ContentError(problems);
  return { id, raw, data };
}
