/**
 * Writes a form's values back into a YAML file by editing only the text of what changed, so the `$schema` line, the
 * comments, key order, quoting and every line the editor did not touch stay byte for byte as they were.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

interface Splice {
  start: number;
  end: number;
  text: string;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value a form leaves behind for a field the editor emptied or never filled. */
const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';

/** The value with blank fields dropped, as it would read back from the file. */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (!isPlain(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !isBlank(v))
      .map(([k, v]) => [k, withoutBlanks(v)]),
  );
}

/** Deep equality of plain YAML values. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isPlain(a) || isPlain(b)) {
    if (!isPlain(a) || !isPlain(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return a === b;
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', Math.max(at - 1, 0));
  return end === -1 ? text.length : end + 1;
};
const indentAt = (text: string, at: number): number => at - lineStart(text, at);

/** One line of flow-style YAML for a value, as prettier writes it (`[a, b]`, `{ a: 1 }`). */
function inline(value: unknown, like?: Scalar): string {
  const type = typeof value === 'string' && value.includes('\n') ? 'QUOTE_DOUBLE' : like?.type;
  const keep = type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE' ? { defaultStringType: type } : {};
  // Prettier's spacing: `[a, b]` but `{ a: 1 }`.
  const padding = isPlain(value);
  return stringify(value, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: padding, ...keep }).trimEnd();
}

/** Block-style YAML for a value, every line indented by `indent` spaces. */
function block(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  return stringify(value, { lineWidth: 0, flowCollectionPadding: true })
    .trimEnd()
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

function editNode(text: string, node: Node, before: unknown, after: unknown, out: Splice[]): void {
  if (sameValue(before, after)) return;
  if (isMap(node) && !node.flow && isPlain(after) && isPlain(before)) return editMap(text, node, before, after, out);
  if (isSeq(node) && !node.flow && Array.isArray(after) && Array.isArray(before))
    return editSeq(text, node, before, after, out);
  const [start, end] = node.range ?? [0, 0];
  const old = text.slice(start, end);
  // A block scalar's range runs to the end of its last line; keep that line break.
  const trailing = /\n*$/.exec(old)?.[0] ?? '';
  out.push({ start, end, text: inline(after, isScalar(node) ? node : undefined) + trailing });
}

function editMap(text: string, node: YAMLMap, before: Plain, after: Plain, out: Splice[]): void {
  let lastEnd = 0;
  let indent = 0;
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
    const keyStart = keyNode.range?.[0] ?? 0;
    indent = indentAt(text, keyStart);
    const valueNode = pair.value as Node | null;
    const end = lineEnd(text, valueNode?.range?.[2] ?? keyNode.range?.[2] ?? keyStart);
    lastEnd = Math.max(lastEnd, end);
    if (isBlank(after[key])) {
      if (!isBlank(before[key])) out.push({ start: lineStart(text, keyStart), end, text: '' });
    } else if (valueNode) {
      editNode(text, valueNode, before[key], after[key], out);
    } else {
      out.push({
        start: keyNode.range?.[1] ?? keyStart,
        end: keyNode.range?.[1] ?? keyStart,
        text: `: ${inline(after[key])}`,
      });
    }
  }
  const added = Object.entries(after).filter(([k, v]) => !(k in before) && !isBlank(v));
  if (added.length > 0)
    out.push({ start: lastEnd, end: lastEnd, text: `${block(Object.fromEntries(added), indent)}\n` });
}

/** The ids of a list of entries, when every entry has a unique string `id`. */
function idsOf(list: readonly unknown[]): string[] | undefined {
  const ids = list.map((e) => (isPlain(e) && typeof e['id'] === 'string' ? e['id'] : undefined));
  return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length ? (ids as string[]) : undefined;
}

function editSeq(text: string, node: YAMLSeq, before: unknown[], after: unknown[], out: Splice[]): void {
  const items = node.items as Node[];
  const first = items[0]?.range?.[0] ?? 0;
  const indent = indentAt(text, first) - 2;
  const startOf = (item: Node) => lineStart(text, item.range?.[0] ?? 0);
  const endOf = (item: Node) => lineEnd(text, item.range?.[2] ?? item.range?.[1] ?? 0);
  const insert = (at: number, values: unknown[]) => {
    if (values.length > 0) out.push({ start: at, end: at, text: `${block(values, indent)}\n` });
  };
  // Entries with ids are matched by id, so removing or adding one leaves the others' lines alone.
  const was = idsOf(before);
  const now = idsOf(after);
  const kept = was && now ? now.filter((id) => was.includes(id)) : undefined;
  if (
    was &&
    now &&
    kept &&
    items.length === before.length &&
    kept.join() === was.filter((id) => now.includes(id)).join()
  ) {
    let at = items.length > 0 ? startOf(items[0]!) : text.length;
    let k = 0;
    was.forEach((id, i) => {
      const j = now.indexOf(id);
      if (j === -1) {
        out.push({ start: startOf(items[i]!), end: endOf(items[i]!), text: '' });
        return;
      }
      insert(at, after.slice(k, j));
      editNode(text, items[i]!, before[i], after[j], out);
      k = j + 1;
      at = endOf(items[i]!);
    });
    insert(at, after.slice(k));
    return;
  }
  const shared = Math.min(items.length, after.length);
  for (let i = 0; i < shared; i++) editNode(text, items[i]!, before[i], after[i], out);
  if (after.length > items.length) insert(endOf(items[items.length - 1]!), after.slice(items.length));
  else if (after.length < items.length)
    out.push({ start: startOf(items[after.length]!), end: endOf(items[items.length - 1]!), text: '' });
}

/**
 * `original` with its content replaced by `value`: a map for a one-entry file, a list for a list file. The text of
 * every unchanged value is kept; a result that would not read back as `value` falls back to a full rewrite that
 * still keeps the comments before the first entry (the `$schema` line among them).
 */
export function editYaml(original: string, value: unknown): string {
  const doc = parseDocument(original);
  const wanted = withoutBlanks(value);
  if (!doc.contents || doc.errors.length > 0) return `${headerOf(original)}${stringify(wanted, { lineWidth: 0 })}`;
  const splices: Splice[] = [];
  editNode(original, doc.contents as Node, doc.toJS(), wanted, splices);
  let text = original;
  for (const s of splices.sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + s.text + text.slice(s.end);
  if (sameValue(parseDocument(text).toJS(), wanted)) return text;
  return `${headerOf(original)}${stringify(wanted, { lineWidth: 0, flowCollectionPadding: true })}`;
}

/** The comment lines at the top of a file (the `$schema` line and any note under it). */
function headerOf(text: string): string {
  return /^(?:#.*\n)*/.exec(text)?.[0] ?? '';
}
