/** Throwaway copies of the project, for tests that run `astro build` or the content check on edited content. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.cwd();
const frozen = join(root, 'tests/fixtures/frozen/content');

/** One editor's mistake: `find` replaced by `replace` in `file`, or the whole file replaced by a broken fixture. */
export type Edit = { file: string; find: string | RegExp; replace: string } | { file: string; fixture: string };

/** What a command printed and how it ended. */
export interface Run {
  status: number | null;
  output: string;
}

const ansi = /\x1b\[[0-9;]*m/g;

/**
 * A copy of the project's tracked files (not its content/, which each edit brings from the frozen copy) with
 * node_modules linked entry by entry, so Astro's caches in node_modules/.astro and .vite stay the copy's own.
 */
export function projectCopy(label: string) {
  const dir = mkdtempSync(join(tmpdir(), `${label}-`));
  const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  }).split('\0');
  for (const file of tracked) {
    if (!file || file.startsWith('content/') || file.startsWith('tests/')) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite')
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const run = (args: string[]): Run => {
    const result = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(ansi, '') };
  };
  return {
    dir,
    /** Puts the frozen content in place with `edit` made (throws when the edit does not apply). */
    withEdit(edit: Edit): void {
      rmSync(join(dir, 'content'), { recursive: true, force: true });
      cpSync(frozen, join(dir, 'content'), { recursive: true });
      const path = join(dir, edit.file);
      if ('fixture' in edit) {
        writeFileSync(path, readFileSync(join(root, 'tests/fixtures/broken', edit.fixture)));
        return;
      }
      const before = readFileSync(path, 'utf8');
      const after = before.replace(edit.find, edit.replace);
      if (after === before) throw new Error(`the edit did not apply to ${edit.file}`);
      writeFileSync(path, after);
    },
    /** `astro build` in the copy. */
    build: (): Run => run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build']),
    /** `npm run check:content` in the copy. */
    checkContent: (): Run => run([join(root, 'scripts/check-content.ts'), dir]),
    cleanUp: (): void => rmSync(dir, { recursive: true, force: true }),
  };
}
