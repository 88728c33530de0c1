/**
 * How every browser check finds and launches Chromium: CHROME_PATH, else an installed Chrome or Chromium, else the
 * headless Chromium that ships inside @sparticuz/chromium (Linux x64); one set of flags for a closed network.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { chromium, type Browser } from 'playwright-core';

/** Where a browser came from, in the order they are tried. */
type ChromiumSource = 'CHROME_PATH' | 'installed' | 'bundled';

/** A browser found by {@link resolveChromium}, with what to add to its environment (empty but for the bundled one). */
export interface ResolvedChromium {
  path: string;
  source: ChromiumSource;
  env: Record<string, string>;
}

/** The unpacked bundled Chromium and the environment it needs on this machine. */
interface BundledChromium {
  path: string;
  env: Record<string, string>;
}

/** What {@link resolveChromium} looks at, injected so the order can be tested without a browser. */
export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  /** Whether a path is an executable file. */
  isExecutable: (path: string) => boolean;
  /** Installed Chrome or Chromium binaries, best first (chrome-launcher's search). */
  installations: () => string[];
  /** The bundled Chromium once unpacked; undefined when its package is absent; throws when it cannot be unpacked. */
  bundled: () => Promise<BundledChromium | undefined>;
}

/** Whether @sparticuz/chromium carries a binary for this platform. */
function hasBundledChromium(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

/** What to install or set when no browser was found, for this platform. */
export function installHint(platform: NodeJS.Platform, arch: string): string {
  if (platform === 'darwin')
    return 'Install Google Chrome (https://www.google.com/chrome/), or set CHROME_PATH=/path/to/chrome (for example "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").';
  if (platform === 'win32')
    return 'Install Google Chrome (https://www.google.com/chrome/), or set CHROME_PATH=/path/to/chrome.exe (for example "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe").';
  const bundled = hasBundledChromium(platform, arch)
    ? 'Run `npm install` (on Linux x64 it brings a headless Chromium in @sparticuz/chromium), or install'
    : 'Install';
  return `${bundled} Google Chrome or Chromium (Debian and Ubuntu: \`apt-get install chromium\`), or set CHROME_PATH=/path/to/chrome.`;
}

/**
 * The browser to launch: CHROME_PATH when set (an error when it is not an executable file), else the first installed
 * Chrome or Chromium, else the bundled Chromium; an error naming what to install or set when there is none.
 */
export async function resolveChromium(lookup: ChromiumLookup): Promise<ResolvedChromium> {
  const { env, platform, arch } = lookup;
  const custom = env['CHROME_PATH'];
  if (custom !== undefined && custom !== '') {
    if (lookup.isExecutable(custom)) return { path: custom, source: 'CHROME_PATH', env: {} };
    throw new Error(
      `CHROME_PATH is set to "${custom}", which is not an executable file. Point it at a Chrome or Chromium binary, or unset it to use an installed or bundled browser.`,
    );
  }
  const installed = lookup.installations().find((path) => lookup.isExecutable(path));
  if (installed) return { path: installed, source: 'installed', env: {} };
  let reason = `no Chromium is bundled for ${platform} ${arch}`;
  if (hasBundledChromium(platform, arch)) {
    try {
      const bundled = await lookup.bundled();
      if (bundled && lookup.isExecutable(bundled.path)) return { ...bundled, source: 'bundled' };
      reason = bundled ? `${bundled.path} is not executable` : '@sparticuz/chromium is not installed';
    } catch (error) {
      reason = `@sparticuz/chromium could not be unpacked: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  throw new Error(
    `No Chrome or Chromium for the browser checks on ${platform} ${arch}: CHROME_PATH is not set, none is installed, and ${reason}. ${installHint(platform, arch)}`,
  );
}

/** Whether `path` is a file this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** chrome-launcher's installed Chrome and Chromium binaries; none when it finds none or knows no such platform. */
function installedChromes(): string[] {
  try {
    return Launcher.getInstallations();
  } catch {
    return [];
  }
}

/** Shared libraries `ldd` reports as not found, from its output. */
export function missingLibraries(lddOutput: string): string[] {
  return [...lddOutput.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]!);
}

/** `ldd`'s report on a binary; empty when ldd cannot run. */
function ldd(path: string): string {
  try {
    return execFileSync('ldd', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/**
 * Unpacks @sparticuz/chromium's binary (once, into the OS temporary folder); undefined when the package is
 * absent. Where the system lacks the NSS libraries it links to (slim images), the package's own copies are unpacked
 * too and put on LD_LIBRARY_PATH; where it has no fontconfig set-up, the package's fonts are used.
 */
async function bundledChromium(): Promise<BundledChromium | undefined> {
  let pkg: typeof import('@sparticuz/chromium');
  try {
    pkg = await import('@sparticuz/chromium');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  const path = await pkg.default.executablePath();
  const env: Record<string, string> = {};
  if (missingLibraries(ldd(path)).length > 0) {
    const bin = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin');
    const libs = join(await pkg.inflate(join(bin, 'al2023.tar.br')), 'lib');
    env['LD_LIBRARY_PATH'] = [libs, process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  }
  if (!existsSync('/etc/fonts/fonts.conf')) env['FONTCONFIG_PATH'] = join(tmpdir(), 'fonts');
  return { path, env };
}

/** This machine's environment, installations and bundled browser. */
function systemLookup(): ChromiumLookup {
  return {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    isExecutable: isExecutableFile,
    installations: installedChromes,
    bundled: bundledChromium,
  };
}

let found: Promise<ResolvedChromium> | undefined;

/** This machine's browser from {@link resolveChromium}, looked up once per process. */
export function findChromium(): Promise<ResolvedChromium> {
  found ??= resolveChromium(systemLookup());
  return found;
}

/** Flags for headless runs as root without network access beyond loopback (no background services, no sandbox). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Headless Chromium from {@link findChromium} with {@link chromiumFlags}, driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const { path, env } = await findChromium();
  return chromium.launch({ executablePath: path, args: [...chromiumFlags], env: { ...process.env, ...env } });
}
