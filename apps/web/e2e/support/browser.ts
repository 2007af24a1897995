import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { root } from './stack.ts';

export const artifacts = resolve(root, 'test-artifacts/e2e');
mkdirSync(artifacts, { recursive: true });

/** Debian's Chromium, never a downloaded browser build. */
export const launchBrowser = () =>
  chromium.launch({
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

/** A guest on a phone: 390×844 CSS pixels at 3× density, touch. */
export const phone = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB' });

export const desktop = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  const path = resolve(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
