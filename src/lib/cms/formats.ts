/**
 * How the form reads and writes each kind of file. Decap's own YAML format drops comments and cannot edit a file that
 * is one top-level list, so every collection gets its own format: a list file reads as `{ entries: [...] }`, and a
 * save edits the text the form read (see yaml-edit.ts), keeping the `$schema` line, comments and untouched lines.
 */
import { parse, stringify } from 'yaml';
import { editYaml } from './yaml-edit.ts';

/** A Decap custom format: text to form values and back. */
export interface CmsFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(value: Record<string, unknown>): string;
}

/** The field a list file's entries sit under in the form. */
export const ENTRIES = 'entries';

/** The format of a file that holds one list of entries (Decap cannot edit a top-level list). */
export function listFormat(): CmsFormat {
  let original = '';
  return {
    fromFile(text) {
      original = text;
      return { [ENTRIES]: (parse(text) as unknown[] | null) ?? [] };
    },
    toFile: (value) => editYaml(original, value[ENTRIES] ?? []),
  };
}

/** The format of a folder of one-entry files named after their id; a new file starts with `header`. */
export function entryFormat(header: string): CmsFormat {
  const originals = new Map<string, string>();
  return {
    fromFile(text) {
      const data = (parse(text) as Record<string, unknown> | null) ?? {};
      if (typeof data['id'] === 'string') originals.set(data['id'], text);
      return data;
    },
    toFile(value) {
      const original = originals.get(String(value['id']));
      return original === undefined ? `${header}${stringify(value, { lineWidth: 0 })}` : editYaml(original, value);
    },
  };
}

const FRONT = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/;

/**
 * The format of a guide: the form edits its front matter only, and the body (Markdown or MDX) is written back exactly
 * as it was read. Guides are keyed by `slug`.
 */
export function frontMatterFormat(): CmsFormat {
  const originals = new Map<string, { front: string; body: string }>();
  return {
    fromFile(text) {
      const match = FRONT.exec(text);
      const front = match?.[1] ?? '';
      const data = (parse(front) as Record<string, unknown> | null) ?? {};
      originals.set(String(data['slug']), { front, body: text.slice(match?.[0].length ?? 0) });
      return data;
    },
    toFile(value) {
      const original = originals.get(String(value['slug'])) ?? { front: '', body: '' };
      const front = original.front ? editYaml(original.front, value) : stringify(value, { lineWidth: 0 });
      return `---\n${front}---\n${original.body}`;
    },
  };
}
