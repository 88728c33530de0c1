/**
 * Reads a guide's MDX body with the MDX compiler's own parser (Sätteri, the one @astrojs/mdx compiles with) and
 * checks what an editor can get wrong in it: syntax, unknown components, props, code. Also collects what other checks
 * need from the same tree: the components used (with their block, for the fact/claim rule), citations and words.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { editDistance } from '../text.ts';
import {
  guideComponentNames,
  guideComponentProps,
  type GuideComponentName,
} from '../../schemas/guide-components.ts';

/** A literal prop value: text, a number, or true/false (a bare prop is true). */
type PropValue = string | number | boolean;

/** One component in a guide, as written. */
export interface ComponentUse {
  name: GuideComponentName;
  props: Record<string, PropValue>;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  /** Index of the paragraph (or other block) it stands in; components in one block share it. */
  block: number;
}

/** Something wrong in the file, at a 1-based line and column. */
interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

/** What the checks and the page need from a guide's file. */
export interface GuideMdx {
  /** The YAML between the opening "---" lines, or undefined when the file has none. */
  frontMatter: string | undefined;
  uses: ComponentUse[];
  /** Source ids in the order `<Cite id>` first names them. */
  citations: string[];
  /** Words a reader reads: prose and code, not component markup or link addresses. */
  wordCount: number;
  problems: MdxProblem[];
}

type Node = MdastNode & {
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
};

const ESCAPE_HINT = 'To show the character itself, write a backslash before it (\\{ or \\<), or put it in `backticks`.';

/** The editor's version of a syntax error the parser reports as "line:column: reason (rule)". */
function syntaxProblem(error: unknown): MdxProblem {
  const text = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(text);
  const line = m ? Number(m[1]) : 1;
  const column = m ? Number(m[2]) : 1;
  const reason = m?.[3] ?? text;
  let message: string;
  const closing = /Expected a closing tag for `<(\w+)>`/.exec(reason);
  const unexpectedClose = /Unexpected closing tag `<\/(\w*)>`/.exec(reason);
  if (/closing brace for `\{`/.test(reason))
    message = `A "{" here is never closed. In MDX, braces hold code, which guides do not use. ${ESCAPE_HINT}`;
  else if (closing)
    message = `<${closing[1]}> is not closed. Guide components close themselves: write <${closing[1]} … /> with the slash before ">".`;
  else if (unexpectedClose)
    message = `</${unexpectedClose[1]}> closes a tag that is not open here. Guide components close themselves (<Name … />); remove it.`;
  else if (/Unexpected character after `<`/.test(reason))
    message = `A "<" here does not start a component. In MDX, "<" starts a tag; for a web link write [text](https://…). ${ESCAPE_HINT} Prop values need quotes: id="x".`;
  else message = `The MDX cannot be read: ${reason}. ${ESCAPE_HINT}`;
  return { line, column, message };
}

/** The closest component name to a misspelled one, or undefined when none is near. */
export function nearestComponent(name: string): GuideComponentName | undefined {
  let best: GuideComponentName | undefined;
  let bestDistance = Infinity;
  for (const candidate of guideComponentNames) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

const isComponent = (name: string): name is GuideComponentName => Object.hasOwn(guideComponentProps, name);

/** A braced prop value that is a literal: a number, true or false. */
function literal(code: string): PropValue | undefined {
  const value = code.trim();
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

const isComment = (code: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);

/** Reads and checks a guide's MDX file. Nothing is thrown: every problem is returned with its place. */
export function readGuideMdx(text: string): GuideMdx {
  const result: GuideMdx = { frontMatter: undefined, uses: [], citations: [], wordCount: 0, problems: [] };
  let root: Node;
  try {
    root = mdxToMdast(text) as Node;
  } catch (error) {
    result.problems.push(syntaxProblem(error));
    return result;
  }
  let blocks = 0;
  const at = (n: Node) => ({ line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
  const problem = (n: Node, message: string) => result.problems.push({ ...at(n), message });

  const element = (n: Node, block: number, inHeading: boolean): void => {
    const name = n.name ?? '';
    const tag = `<${name || '>'}`;
    if (!isComponent(name)) {
      const near = nearestComponent(name);
      problem(
        n,
        name === ''
          ? 'Fragments (<>…</>) are not used in guides; remove them.'
          : `${tag}> is not a component guides can use.${near ? ` Did you mean <${near}>?` : ''} The components are: ${guideComponentNames.map((c) => `<${c}>`).join(', ')}.`,
      );
      return;
    }
    if ((n.children ?? []).length > 0)
      problem(n, `<${name}> takes no content between an opening and a closing tag. Write it as <${name} … /> on its own.`);
    if (inHeading)
      problem(n, `<${name} /> is in a heading. Headings are plain text (the contents list and search show them); move it into the text below.`);
    const props: Record<string, PropValue> = {};
    for (const a of n.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
        problem(n, `<${name}> has a prop written as code ({…}). Write each prop as name="value".`);
        continue;
      }
      const v = a.value as string | null | { value: string } | undefined;
      if (v === null || v === undefined) props[a.name] = true;
      else if (typeof v === 'string') props[a.name] = v;
      else {
        const value = literal(v.value);
        if (value === undefined)
          problem(n, `<${name}> ${a.name}={${v.value}}: only a number, true or false can go in braces. Put text in quotes: ${a.name}="…".`);
        else props[a.name] = value;
      }
    }
    const parsed = guideComponentProps[name].safeParse(props);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys')
          problem(n, `<${name}> does not take ${issue.keys.map((k) => `"${k}"`).join(', ')}. ${propsHint(name)}`);
        else {
          const prop = String(issue.path[0] ?? '');
          const missing = props[prop] === undefined;
          problem(n, missing ? `<${name}> needs ${prop}="…". ${propsHint(name)}` : `<${name}> ${prop}: ${issue.message}`);
        }
      }
      return;
    }
    result.uses.push({ name, props, ...at(n), block });
    if (name === 'Cite' && typeof props['id'] === 'string' && !result.citations.includes(props['id']))
      result.citations.push(props['id']);
  };

  const visit = (n: Node, block: number, inHeading: boolean): void => {
    switch (n.type) {
      case 'yaml':
        if (n === root.children?.[0]) result.frontMatter = String(n.value);
        return;
      case 'mdxjsEsm':
        problem(n, 'Guides cannot import or export anything: every component is already available. Remove this line.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(String(n.value)))
          problem(n, `Braces hold code in MDX, which guides do not use. ${ESCAPE_HINT}`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(n, block, inHeading);
        return;
      case 'text':
      case 'inlineCode':
      case 'code':
        result.wordCount += countWords(String(n.value));
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        block = ++blocks;
        break;
    }
    for (const child of n.children ?? []) visit(child, block, inHeading || n.type === 'heading');
  };
  visit(root, 0, false);
  return result;
}

const propsHint = (name: GuideComponentName): string => {
  const keys = Object.keys(guideComponentProps[name].shape);
  return keys.length === 0 ? `<${name} /> takes no props.` : `Its props: ${keys.join(', ')}.`;
};

/** Words in a run of text: pieces with a letter or digit in them. */
function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
