/**
 * The form's fields, generated from the zod schemas through their JSON Schema: required fields, minimum and maximum,
 * patterns (with the schema's own message), choices and help text (from `.describe()`) cannot drift from the check.
 */
import { z } from 'astro/zod';

/** One Decap CMS field, as config.yml writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object';
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  options?: string[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
}

/** Ids the form offers as choices, by the name of the field that holds them (e.g. `sources` → every source id). */
export type Choices = Readonly<Record<string, readonly string[]>>;

interface JsonNode {
  type?: string | string[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  additionalProperties?: boolean | JsonNode;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
  default?: unknown;
  const?: unknown;
  oneOf?: JsonNode[];
  anyOf?: JsonNode[];
}

/**
 * One entry shape for a union of entry kinds told apart by a literal field (a file holding several kinds of
 * setting): every kind's fields, a field required only where every kind requires it, and the literal offered as a
 * choice of its values. The schema still checks each entry against its own kind before a save.
 */
function mergedKinds(node: JsonNode): JsonNode {
  const kinds = node.oneOf ?? node.anyOf;
  if (!kinds || !kinds.every((k) => k.properties)) return node;
  const properties: Record<string, JsonNode> = {};
  for (const kind of kinds)
    for (const [name, prop] of Object.entries(kind.properties!)) {
      const seen = properties[name];
      if (prop.const !== undefined) properties[name] = { ...prop, enum: [...(seen?.enum ?? []), prop.const] };
      else properties[name] ??= prop;
    }
  const required = kinds
    .map((k) => new Set(k.required ?? []))
    .reduce((a, b) => new Set([...a].filter((n) => b.has(n))));
  return { type: 'object', properties, required: [...required] };
}

/** Fields whose text runs to sentences get a text area. */
const LONG_TEXT = new Set(['note', 'description', 'summary', 'bio', 'profile', 'text', 'talent', 'bestFor', 'answer']);

/** `minYears` → "Min years". */
export const labelOf = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The zod schema a field of `schema` has at `key` (through optional, default and preprocess wrappers). */
function child(schema: z.core.$ZodType | undefined, key: string | 'items'): z.core.$ZodType | undefined {
  const bare = unwrap(schema);
  const def = bare?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
  if (!def) return undefined;
  if (key === 'items') return def.type === 'array' ? def.element : undefined;
  return def.type === 'object' ? def.shape?.[key] : undefined;
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let s = schema;
  for (let n = 0; s && n < 10; n++) {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; out?: z.core.$ZodType };
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.out) s = def.out;
    else break;
  }
  return s;
}

/** The schema's own message for a value that breaks the pattern (what check:content would say). */
function patternMessage(schema: z.core.$ZodType | undefined, pattern: string): string {
  const bad = ['?', '!x', ' '].find((v) => !new RegExp(pattern).test(v));
  const result = schema && bad !== undefined ? z.safeParse(schema, bad) : undefined;
  return result && !result.success ? (result.error.issues[0]?.message ?? 'Check the format.') : 'Check the format.';
}

function leaf(name: string, node: JsonNode, zod: z.core.$ZodType | undefined, choices: Choices): CmsField {
  const base = { name, label: labelOf(name), ...(node.description ? { hint: node.description } : {}) };
  const ids = choices[name];
  if (node.enum) return { ...base, widget: 'select', options: node.enum.map(String) };
  if (ids && node.type === 'string') return { ...base, widget: 'select', options: [...ids] };
  if (node.type === 'boolean') return { ...base, widget: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') {
    const min = node.minimum ?? node.exclusiveMinimum;
    const max = node.maximum ?? node.exclusiveMaximum;
    return {
      ...base,
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(min !== undefined ? { min: node.type === 'integer' && node.minimum === undefined ? min + 1 : min } : {}),
      ...(max !== undefined && max < Number.MAX_SAFE_INTEGER ? { max } : {}),
    };
  }
  const pattern = node.pattern
    ? { pattern: [node.pattern, patternMessage(zod, node.pattern)] as [string, string] }
    : {};
  return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string', ...pattern };
}

function fieldOf(name: string, node: JsonNode, zod: z.core.$ZodType | undefined, choices: Choices): CmsField {
  if (node.type === 'array' && node.items) {
    const counts = {
      ...(node.minItems !== undefined ? { min: node.minItems } : {}),
      ...(node.maxItems !== undefined ? { max: node.maxItems } : {}),
    };
    const ids = choices[name];
    if (ids && node.items.type === 'string')
      return {
        name,
        label: labelOf(name),
        widget: 'select',
        multiple: true,
        options: [...ids],
        ...counts,
        ...hint(node),
      };
    const item = child(zod, 'items');
    return {
      name,
      label: labelOf(name),
      widget: 'list',
      ...counts,
      ...hint(node),
      ...(node.items.type === 'object'
        ? { fields: fieldsOf(node.items, item, choices), summary: summaryOf(node.items) }
        : { field: leaf(name, node.items, item, choices) }),
    };
  }
  if (node.type === 'object') {
    // A record keyed by ids (e.g. one text per role): one optional field per id on file.
    const record = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
    const fields = record
      ? (choices[name] ?? []).map((id) => ({ ...leaf(id, record, undefined, {}), required: false }))
      : fieldsOf(node, zod, choices);
    return { name, label: labelOf(name), widget: 'object', ...hint(node), fields };
  }
  return leaf(name, node, zod, choices);
}

const hint = (node: JsonNode) => (node.description ? { hint: node.description } : {});

/** The list summary Decap shows for each item: its id, or its first two fields. */
function summaryOf(node: JsonNode): string {
  const keys = Object.keys(node.properties ?? {});
  const shown = keys.includes('id') ? ['id'] : keys.slice(0, 2);
  return shown.map((k) => `{{fields.${k}}}`).join(' · ');
}

function fieldsOf(node: JsonNode, zod: z.core.$ZodType | undefined, choices: Choices): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, prop]) => ({
    ...fieldOf(name, prop, child(zod, name), choices),
    required: required.has(name) && prop.default === undefined,
  }));
}

/** The JSON Schema of what an editor writes for `schema` (defaults make a field optional). */
const jsonSchemaOf = (schema: z.ZodType): JsonNode =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;

/** The form fields for one entry of `schema`. */
export function formFields(schema: z.ZodType, choices: Choices): CmsField[] {
  return fieldsOf(mergedKinds(jsonSchemaOf(schema)), schema, choices);
}
