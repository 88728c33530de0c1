/** Splits a synthetic guide's text into its front matter (YAML text) and body, for the bench's generators. */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return match ? { front: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}
