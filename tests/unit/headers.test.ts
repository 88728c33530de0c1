import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../support/headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  it('sends the security headers on every path', () => {
    const all = (rules.get('/*') ?? []).join('\n');
    for (const header of [
      'Strict-Transport-Security: max-age=',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy:',
      'Permissions-Policy:',
      "Content-Security-Policy: frame-ancestors 'none'",
    ]) {
      expect(all).toContain(header);
    }
  });
  it('caches hashed bundles for a year and never sets Cache-Control on every path', () => {
    expect(rules.get('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
    expect((rules.get('/*') ?? []).some((h) => h.startsWith('Cache-Control'))).toBe(false);
  });
});
