import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE } from '../../../../e2e/support/chromium.ts';
import { root } from './stack.ts';

export const artifacts = resolve(root, 'test-artifacts/e2e');
mkdirSync(artifacts, { recursive: true });

export { launchChromium as launchBrowser } from '../../../../e2e/support/chromium.ts';

export const phone = (browser: Browser, baseURL: string): Promise<BrowserContext> => browser.newContext({ ...PHONE, baseURL });

export const desktop = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  const path = resolve(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
