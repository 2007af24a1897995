import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * WCAG 2.x A and AA and axe's best practices (heading order, landmarks, one h1: what Lighthouse's accessibility score
 * counts too). Every impact counts, minor included: a page is clean or it is not.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page and returns every violation, of any impact. */
export async function a11yViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, not added as an inline <script>: the edge's Content-Security-Policy
  // (script-src 'self') rightly blocks inline scripts, and the pages are tested under that very policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, AXE_TAGS);
  return violations.map((v) => `${v.impact ?? 'minor'} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails with a readable message. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Fails when axe-core finds any violation on the page as it is now; `what` names it in the message. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await a11yViolations(page);
  a11yChecked.add(pageKey(page.url()));
  expect(violations.length === 0, `${what} a11y:\n${violations.join('\n')}`);
}

// Which pages the scenarios opened, and which of them axe checked: every page the browser tests open is checked at
// least once in the run (run.ts fails the run otherwise). A page is a route: its path with the parts that name one
// list, gift or link (the segments with a digit: slugs like e2e-41-3, ids, tokens) as ":param".
const a11yOpened = new Map<string, string>();
const a11yChecked = new Set<string>();

const pageKey = (url: string) =>
  new URL(url).pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) ? ':param' : segment))
    .join('/')
    .replace(/(.)\/$/, '$1');

/** Records every page opened in the browser's contexts (including client-side navigations), naming `scenario()`. */
export function watchOpenedPages(browser: Browser, scenario: () => string): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on('page', (page) =>
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || !frame.url().startsWith('http')) return;
        const path = pageKey(frame.url());
        // JSON, files and images opened directly are not pages people read.
        if (!/^\/(api|media|assets)\//.test(path) && !a11yOpened.has(path)) a11yOpened.set(path, scenario());
      }),
    );
    return context;
  };
}

/** The pages opened and never checked with axe, each with the scenario that first opened it. */
export const uncheckedPages = (): string[] =>
  [...a11yOpened].filter(([path]) => !a11yChecked.has(path)).map(([path, scenario]) => `${path} (first opened in “${scenario}”)`);

/**
 * Waits until an <img> has loaded or failed and returns its natural width: 0 when the browser could not show it.
 * It is scrolled into view first, because a lazy image loads only near the viewport.
 */
export async function loadedImageWidth(img: Locator): Promise<number> {
  await img.scrollIntoViewIfNeeded();
  return img.evaluate((element: HTMLImageElement) =>
    element.complete
      ? element.naturalWidth
      : new Promise<number>((resolve) => {
          element.addEventListener('load', () => resolve(element.naturalWidth));
          element.addEventListener('error', () => resolve(0));
        }),
  );
}
