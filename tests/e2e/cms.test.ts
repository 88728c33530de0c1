/**
 * The form at /admin end to end, offline: the built site and decap-server (git mode) on a temporary clone, both on
 * 127.0.0.1, headless Chromium refusing every other address and running /admin under the built _headers' policy.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/serve-dist.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { parseHeaders } from '../support/headers.ts';
import { baseUrl, launch, watchProblems } from './browser.ts';

const root = process.cwd();
const file = 'content/data/salaries/mlops-engineer-india-2026.yaml';
const branch = 'cms/salaries/mlops-engineer-india-2026';
const work = mkdtempSync(join(tmpdir(), 'cms-e2e-'));
const clone = join(work, 'repo');
const git = (...args: string[]): string => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8' }).trim();
const adminPolicy = (parseHeaders(readFileSync(join(root, 'dist/_headers'), 'utf8')).get('/admin/*') ?? [])
  .find((l) => l.startsWith('Content-Security-Policy:'))!
  .slice('Content-Security-Policy:'.length)
  .trim();

/** Paths at which two parsed YAML values differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k,
      ),
    );
  }
  return a === b ? [] : [path];
}

/**
 * The built site as the host serves it: /admin/* with the policy from the built _headers (the preview server applies
 * no _headers), plus one source: on the forge's host the form talks to GitHub, here to decap-server on this machine.
 * config.yml names the proxy's port.
 */
async function hostLike(proxyPort: number): Promise<{ url: string; close: () => void }> {
  const policy = adminPolicy.replace('connect-src', `connect-src http://127.0.0.1:${proxyPort}`);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    fetch(`${baseUrl()}${path}`)
      .then(async (upstream) => {
        let body = Buffer.from(await upstream.arrayBuffer());
        if (path.startsWith('/admin/config.yml'))
          body = Buffer.from(body.toString('utf8').replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${proxyPort}`));
        const headers: Record<string, string> = { 'content-type': upstream.headers.get('content-type') ?? '' };
        if (path.startsWith('/admin/')) headers['content-security-policy'] = policy;
        res.writeHead(upstream.status, headers).end(body);
      })
      .catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Opens the list item whose summary reads `summary` (Decap shows list items folded). */
const unfold = (page: Page, summary: string) =>
  page.locator(`xpath=//div[normalize-space(text())="${summary}"]/preceding-sibling::div[1]/button[1]`).click();

let proxy: ChildProcess;
let browser: Browser;
let page: Page;
let site: { url: string; close: () => void };
let problems: string[] = [];
let mainBefore: string;
let branchesBefore: string[];
const refused: string[] = [];
const original = readFileSync(join(root, file), 'utf8');
const bands = (parse(original) as { bands: { level: string; segment: string; min: number; max: number }[] }).bands;
const target = bands.findIndex((b) => b.level === 'senior' && b.segment === 'top-employers');
const newMax = bands[target]!.max + 5;

beforeAll(async () => {
  execFileSync('git', ['clone', '--quiet', root, clone]);
  git('checkout', '--quiet', '-B', 'main');
  git('config', 'user.name', 'Test Editor');
  git('config', 'user.email', 'editor@example.org');
  mainBefore = git('rev-parse', 'main');
  branchesBefore = git('branch', '--format=%(refname:short)').split('\n');
  const port = await freePort();
  proxy = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: clone,
    env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: clone },
  });
  await new Promise<void>((resolve, reject) => {
    proxy.stdout?.on('data', (d: Buffer) => {
      if (String(d).includes('listening')) resolve();
    });
    proxy.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = watchProblems(page);
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  site = await hostLike(port);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  site?.close();
  proxy?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the form at /admin, against decap-server on a clone', () => {
  it('saves the senior top-employers maximum as one review branch holding exactly that change', async () => {
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`${site.url}/admin/#/collections/salaries/entries/mlops-engineer-india-2026`);
    await unfold(page, 'senior · top-employers');
    const max = page.getByLabel('Max', { exact: true }).nth(target);
    expect(await max.inputValue()).toBe(String(bands[target]!.max));
    await max.fill(String(newMax));
    await page.getByRole('button', { name: 'Save' }).click();
    // decap-server commits on the branch, then checks main out again.
    await expect
      .poll(() => git('branch', '--list', branch) !== '' && git('symbolic-ref', '--short', 'HEAD') === 'main', {
        timeout: 30_000,
      })
      .toBe(true);

    const branches = git('branch', '--format=%(refname:short)').split('\n');
    expect(branches.filter((b) => !branchesBefore.includes(b))).toEqual([branch]);
    expect(git('rev-parse', 'main')).toBe(mainBefore);
    expect(git('diff', '--name-only', 'main', branch)).toBe(file);
    const saved = git('show', `${branch}:${file}`) + '\n';
    expect(differences(parse(original), parse(saved))).toEqual([`bands[${target}].max`]);
    expect((parse(saved) as { bands: { max: number }[] }).bands[target]!.max).toBe(newMax);
    expect(saved.split('\n')[0]).toBe(original.split('\n')[0]);
    expect(saved.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(saved)).toEqual(comments(original));

    const checkout = join(work, 'branch');
    // Detached: decap-server must still be able to check the branch out in the clone.
    git('worktree', 'add', '--quiet', '--detach', checkout, branch);
    const check = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts'), checkout], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toContain('every data file and guide is valid');
    expect(check.status).toBe(0);
    expect(refused).toEqual([]);
    // The only console error Decap logs: the proxy's 404 while it looks for a review branch that does not exist yet.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  }, 120_000);

  it('refuses a minimum above its maximum, with the message check:content gives', async () => {
    const head = git('rev-parse', branch);
    const first = bands[0]!;
    await unfold(page, `${first.level} · ${first.segment}`);
    await page
      .getByLabel('Min', { exact: true })
      .nth(0)
      .fill(String(first.max + 10));
    await page.getByRole('button', { name: 'Save' }).click();

    // The check's message for the same edit of the saved file.
    const checkout = join(work, 'branch');
    const saved = readFileSync(join(checkout, file), 'utf8');
    writeFileSync(join(checkout, file), saved.replace(`min: ${first.min}\n`, `min: ${first.max + 10}\n`));
    const expected = readContent(checkout).problems.map(formatProblem);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toContain('is below the minimum');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain(expected[0]);
    expect(git('rev-parse', branch)).toBe(head);
    expect(refused).toEqual([]);
  }, 60_000);
});
