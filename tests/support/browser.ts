/**
 * Launches the system Chromium (Debian's /usr/bin/chromium) through playwright-core.
 * Without a Chromium the browser tests are skipped, except with CI=true, where a
 * missing browser is a failure (see `describeWithBrowser`).
 */
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Path of a usable Chromium binary, or null. */
export function chromiumPath(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** `describe` that runs only when Chromium exists; under CI=true a missing Chromium fails the run. */
export function describeWithBrowser(name: string, body: () => void): void {
  const found = chromiumPath();
  if (!found && process.env.CI === 'true') {
    describe(name, () => {
      throw new Error('CI=true but no Chromium found at /usr/bin/chromium. Install it: apt-get install -y chromium.');
    });
    return;
  }
  if (!found) {
    describe.skip(`${name} (skipped: no Chromium at /usr/bin/chromium; install with apt-get install chromium)`, body);
    return;
  }
  describe(name, body);
}

/** Starts headless Chromium with the flags this sandbox needs (no network chatter, no sandbox as root). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found; install it with apt-get install -y chromium.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
