import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderStats } from '../../../scripts/lib/bench/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('folderStats', () => {
  it('counts bytes, files and HTML pages in every subfolder', () => {
    mkdirSync(join(dir, 'guides/a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'guides/a/index.html'), 'x'.repeat(50));
    writeFileSync(join(dir, 'guides/a/og.png'), 'x'.repeat(7));
    expect(folderStats(dir)).toEqual({ bytes: 157, files: 3, html: 2 });
  });
  it('is all zero for a folder that is not there', () => {
    expect(folderStats(join(dir, 'pagefind'))).toEqual({ bytes: 0, files: 0, html: 0 });
  });
});
