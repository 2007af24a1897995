import { chromium, type Browser, type BrowserContextOptions, type LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install chromium`), never a downloaded browser build, for the browser tests
 * (apps/web/e2e) and bench/web. Erasable TypeScript only: Node's type stripping runs this file too.
 */
export const launchChromium = (options: LaunchOptions = {}): Promise<Browser> =>
  chromium.launch({
    ...options,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** A guest on a phone: 390×844 CSS pixels at 2× density, touch. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB' };
