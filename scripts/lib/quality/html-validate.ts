/** Runs html-validate over built pages with the project's .htmlvalidate.json and turns its report into `file:line:col rule message` lines. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Report } from 'html-validate';
import { siteHtmlRules } from './html-rules.ts';

/** One message from html-validate, with the file relative to the project root. */
export interface HtmlMessage {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** 2 for an error, 1 for a warning. */
  severity: number;
}

/** Flattens a report into messages sorted by file, line and column; `root` makes file paths relative. */
function messagesOf(report: Report, root: string): HtmlMessage[] {
  return report.results
    .flatMap((r) =>
      r.messages.map((m) => ({
        file: relative(root, r.filePath).split(sep).join('/'),
        line: m.line,
        column: m.column,
        rule: m.ruleId,
        message: m.message,
        severity: m.severity,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** `dist/x/index.html:1:2492 rule-id message`, with `(warning)` after the rule for warnings. */
export function formatHtmlMessage(m: HtmlMessage): string {
  return `${m.file}:${m.line}:${m.column} ${m.rule}${m.severity === 2 ? '' : ' (warning)'} ${m.message}`;
}

/** Counts errors per rule, most frequent first, e.g. `[['prefer-native-element', 13]]`. */
export function countByRule(messages: readonly HtmlMessage[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of messages) if (m.severity === 2) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A validator with the project's .htmlvalidate.json (in `root`) and our own rules on top (see html-rules.ts). */
function validator(root: string): HtmlValidate {
  const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  return new HtmlValidate(
    new StaticConfigLoader({
      ...config,
      plugins: [...(config.plugins ?? []), siteHtmlRules],
      extends: [...(config.extends ?? []), 'site:recommended'],
    }),
  );
}

/** Validates files (absolute or relative to `root`) with {@link validator}. */
export async function validateFiles(files: readonly string[], root: string): Promise<HtmlMessage[]> {
  const report = await validator(root).validateMultipleFiles([...files]);
  return messagesOf(report, root);
}

/** Validates one HTML string as if it were the file `filename` (relative paths in messages are from `root`). */
export async function validateHtml(html: string, filename: string, root: string): Promise<HtmlMessage[]> {
  return messagesOf(await validator(root).validateString(html, filename), root);
}
