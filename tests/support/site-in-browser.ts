/**
 * The built site (dist/) served in-process and a headless Chromium, started once per
 * `describe` block of browser tests and stopped after it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

/** What browser tests use; read the fields inside tests or hooks, once `beforeAll` has run. */
export interface SiteInBrowser {
  /** The running Chromium. */
  readonly browser: Browser;
  /** Origin of the static server over dist/, e.g. "http://127.0.0.1:41234". */
  readonly url: string;
}

/** Registers the `beforeAll`/`afterAll` pair that serves dist/ and launches Chromium for the current block. */
export function useSiteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // Getters, because the hooks run after the describe body has returned this object.
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser and server start in beforeAll; use them inside tests or hooks.');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
