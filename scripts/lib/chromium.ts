/** How every browser check launches Debian's Chromium: one path and one set of flags for a closed network. */
import { chromium, type Browser } from 'playwright-core';

/** Chromium's path: CHROME_PATH when set, else Debian's package. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env['CHROME_PATH'] ?? '/usr/bin/chromium';
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

/** Headless Chromium from {@link chromiumPath} with {@link chromiumFlags}, driven by playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
}
