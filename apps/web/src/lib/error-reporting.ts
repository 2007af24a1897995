/**
 * The web app's errors to Sentry when it was built with VITE_SENTRY_DSN (issue 19 §1). The SDK is a chunk of its
 * own (sentry-setup.ts), fetched after the page is up, so guests' first paint never waits for it and builds without
 * a DSN never download it. This file stays tiny: the landing page's entry imports it.
 */
type Setup = typeof import('./sentry-setup');

let setup: Promise<Setup> | null = null;

export function startErrorReporting(dsn = import.meta.env.VITE_SENTRY_DSN): Promise<void> {
  if (!dsn) return Promise.resolve();
  setup ??= import('./sentry-setup').then((module) => {
    module.initSentry(dsn);
    return module;
  });
  return setup.then(() => undefined);
}

/** Errors the router catches (they never reach the SDK's global handlers). */
export function reportError(error: unknown): void {
  void setup?.then((module) => module.captureException(error));
}
