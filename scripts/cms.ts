/**
 * `npm run cms`: the form at /admin against this working copy, with no account. Starts decap-server in git mode on
 * 127.0.0.1 (each save becomes a cms/… branch here, as a pull request would on the forge) and the dev server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_PROXY_PORT } from '../src/lib/cms/config.ts';
import { ADMIN_PATH } from '../src/lib/routes.ts';

const root = process.cwd();
const port = process.env['PORT'] ?? '4321';
const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
if (status.status !== 0) {
  console.error('npm run cms: this folder is not a git working copy; the form saves as git branches.');
  process.exit(1);
}
if (status.stdout.trim() !== '') {
  // decap-server switches branches in this folder to save, and would carry uncommitted changes along.
  console.error('npm run cms: commit or stash your changes first; the form saves on branches of this working copy.');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const children: ChildProcess[] = [
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      MODE: 'git',
      BIND_HOST: '127.0.0.1',
      PORT: String(CMS_PROXY_PORT),
      GIT_REPO_DIRECTORY: root,
    },
  }),
  spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', port],
    {
      cwd: root,
      stdio: 'inherit',
    },
  ),
];
console.log(`npm run cms: open http://127.0.0.1:${port}${ADMIN_PATH} and choose "Login" (no account needed).`);
const stop = (): void => {
  for (const child of children) child.kill();
};
for (const child of children) child.on('exit', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
