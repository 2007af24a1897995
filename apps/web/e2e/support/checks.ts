import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules) and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  return a11yViolations(page, ['serious', 'critical']);
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules) and returns its violations of the given impacts (all by default). */
export async function a11yViolations(page: Page, impacts?: string[]): Promise<string[]> {
  // Evaluated over the DevTools protocol, not added as an inline <script>: the edge's Content-Security-Policy
  // (script-src 'self') rightly blocks inline scripts, and the pages are tested under that very policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => !impacts || impacts.includes(v.impact ?? ''))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails with a readable message. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Fails when axe-core finds a serious or critical violation on the page as it is now; `what` names it in the message. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations.length === 0, `${what} a11y:\n${violations.join('\n')}`);
}

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
