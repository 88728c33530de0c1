import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  installHint,
  isExecutableFile,
  missingLibraries,
  resolveChromium,
  type ChromiumLookup,
} from '../../scripts/lib/chromium.ts';

/** What @sparticuz/chromium gives once unpacked on a slim image. */
const bundle = { path: '/tmp/chromium', env: { LD_LIBRARY_PATH: '/tmp/al2023/lib' } };

/** A Linux x64 machine where only the paths in `executables` can run. */
function lookup(over: Partial<ChromiumLookup> & { executables?: string[] } = {}): ChromiumLookup {
  const { executables = [], ...rest } = over;
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    isExecutable: (path) => executables.includes(path),
    installations: () => [],
    bundled: () => Promise.resolve(undefined),
    ...rest,
  };
}

describe('resolveChromium', () => {
  it('takes CHROME_PATH first, without looking for installed or bundled browsers', async () => {
    const installations = vi.fn(() => ['/opt/google/chrome/chrome']);
    const bundled = vi.fn(() => Promise.resolve(bundle));
    const found = await resolveChromium(
      lookup({
        env: { CHROME_PATH: '/custom/chrome' },
        executables: ['/custom/chrome', '/opt/google/chrome/chrome', '/tmp/chromium'],
        installations,
        bundled,
      }),
    );
    expect(found).toEqual({ path: '/custom/chrome', source: 'CHROME_PATH', env: {} });
    expect(installations).not.toHaveBeenCalled();
    expect(bundled).not.toHaveBeenCalled();
  });

  it('fails on a CHROME_PATH that is not an executable file, rather than falling back', async () => {
    const bundled = vi.fn(() => Promise.resolve(bundle));
    await expect(
      resolveChromium(
        lookup({
          env: { CHROME_PATH: '/nowhere/chrome' },
          executables: ['/opt/google/chrome/chrome', '/tmp/chromium'],
          installations: () => ['/opt/google/chrome/chrome'],
          bundled,
        }),
      ),
    ).rejects.toThrow('CHROME_PATH is set to "/nowhere/chrome", which is not an executable file.');
    expect(bundled).not.toHaveBeenCalled();
  });

  it('treats an empty CHROME_PATH as unset', async () => {
    const found = await resolveChromium(
      lookup({
        env: { CHROME_PATH: '' },
        executables: ['/usr/bin/chromium'],
        installations: () => ['/usr/bin/chromium'],
      }),
    );
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'installed', env: {} });
  });

  it('prefers the first runnable installed browser over the bundled one', async () => {
    const bundled = vi.fn(() => Promise.resolve(bundle));
    const found = await resolveChromium(
      lookup({
        executables: ['/usr/bin/chromium', '/usr/bin/google-chrome', '/tmp/chromium'],
        installations: () => ['/gone/google-chrome-stable', '/usr/bin/google-chrome', '/usr/bin/chromium'],
        bundled,
      }),
    );
    expect(found).toEqual({ path: '/usr/bin/google-chrome', source: 'installed', env: {} });
    expect(bundled).not.toHaveBeenCalled();
  });

  it('falls back to the bundled Chromium on Linux x64 when nothing is installed', async () => {
    const found = await resolveChromium(
      lookup({ executables: ['/tmp/chromium'], bundled: () => Promise.resolve(bundle) }),
    );
    expect(found).toEqual({ ...bundle, source: 'bundled' });
  });

  it('refuses a bundled Chromium that did not unpack as an executable', async () => {
    await expect(resolveChromium(lookup({ bundled: () => Promise.resolve(bundle) }))).rejects.toThrow(
      '/tmp/chromium is not executable.',
    );
  });

  it('says what to install or set on Linux x64 when the bundled package is absent', async () => {
    const error = await resolveChromium(lookup()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('No Chrome or Chromium for the browser checks on linux x64');
    expect(message).toContain('@sparticuz/chromium is not installed');
    expect(message).toContain('npm install');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('CHROME_PATH=/path/to/chrome');
  });

  it('passes on why the bundled Chromium could not be unpacked', async () => {
    await expect(
      resolveChromium(lookup({ bundled: () => Promise.reject(new Error('ENOSPC: no space left on device')) })),
    ).rejects.toThrow('@sparticuz/chromium could not be unpacked: ENOSPC: no space left on device.');
  });

  it.each([
    ['darwin', 'arm64', 'Install Google Chrome'],
    ['win32', 'x64', 'chrome.exe'],
    ['linux', 'arm64', 'apt-get install chromium'],
  ] as const)('does not try the bundled Chromium on %s %s and names what to install', async (platform, arch, hint) => {
    const bundled = vi.fn(() => Promise.resolve(bundle));
    const error = (await resolveChromium(lookup({ platform, arch, executables: ['/tmp/chromium'], bundled })).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toContain(`on ${platform} ${arch}`);
    expect(error.message).toContain(`no Chromium is bundled for ${platform} ${arch}`);
    expect(error.message).toContain(hint);
    expect(error.message).toContain('CHROME_PATH=');
    expect(bundled).not.toHaveBeenCalled();
  });
});

describe('missingLibraries', () => {
  it('lists what ldd cannot find, and nothing when all resolve', () => {
    const slim = [
      '\tlinux-vdso.so.1 (0x00007ffd)',
      '\tlibnspr4.so => not found',
      '\tlibnss3.so => not found',
      '\tlibm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x00007f)',
      '\t/lib64/ld-linux-x86-64.so.2 (0x00007f)',
    ].join('\n');
    expect(missingLibraries(slim)).toEqual(['libnspr4.so', 'libnss3.so']);
    expect(missingLibraries('\tlibnss3.so => /lib/x86_64-linux-gnu/libnss3.so (0x00007f)\n')).toEqual([]);
    expect(missingLibraries('')).toEqual([]);
  });
});

describe('installHint', () => {
  it('offers npm install only where a Chromium is bundled', () => {
    expect(installHint('linux', 'x64')).toContain('npm install');
    expect(installHint('linux', 'arm64')).not.toContain('npm install');
    expect(installHint('darwin', 'x64')).not.toContain('npm install');
  });
});

describe('isExecutableFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chromium-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts an executable file and refuses a plain file, a folder and a missing path', () => {
    const script = join(dir, 'chrome');
    writeFileSync(script, '#!/bin/sh\n');
    // Windows has no execute bit: there, any file passes.
    if (process.platform !== 'win32') expect(isExecutableFile(script)).toBe(false);
    chmodSync(script, 0o755);
    expect(isExecutableFile(script)).toBe(true);
    expect(isExecutableFile(dir)).toBe(false);
    expect(isExecutableFile(join(dir, 'missing'))).toBe(false);
  });
});
