/** Parses a Netlify/Cloudflare `_headers` file into path → header lines, in file order. */
export function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = []));
    else current?.push(line.trim());
  }
  return rules;
}
