import type * as SentryNode from '@sentry/node';
import type { AppConfig } from '../common/config/app-config';
import type { ProcessKind } from './metrics.service';

/**
 * Errors to Sentry when SENTRY_DSN is set (issue 19 §1). The SDK is loaded only then, so installs without it
 * pay nothing. Only unexpected failures are reported — 5xx answers and jobs that failed their last attempt;
 * a client's 4xx is not an error of ours. No request bodies, cookies, query strings, job data or local variables are sent.
 *
 * `@sentry/node` rather than `@sentry/nestjs`: the latter's stable release still caps its NestJS peer at 11
 * (support for 12 is only in a release candidate); everything it would add here is the capture we do explicitly
 * from the one exception filter and the one job base class. See the README's "Design choices".
 */
let sentry: typeof SentryNode | null = null;

export function initErrorReporting(config: AppConfig, kind: ProcessKind): void {
  if (!config.sentryDsn || sentry) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when configured (see above)
  const sdk = require('@sentry/node') as typeof SentryNode;
  sdk.init({
    dsn: config.sentryDsn,
    environment: config.sentryEnvironment,
    release: config.sentryRelease ?? undefined,
    // Guests' names, addresses and tokens travel in bodies, cookies, query strings and job data: none of it leaves.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: { request: { allow: ['user-agent', 'content-type', 'accept'] }, response: false },
      httpBodies: [],
      urlQueryParams: false,
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
    },
    initialScope: { tags: { process: kind } },
  });
  sentry = sdk;
}

export interface ErrorContext {
  requestId?: string;
  route?: string;
  job?: string;
}

export function reportError(error: unknown, context: ErrorContext = {}): void {
  const sdk = sentry;
  if (!sdk) return;
  sdk.withScope((scope) => {
    if (context.requestId) scope.setTag('request_id', context.requestId);
    if (context.route) scope.setTag('route', context.route);
    if (context.job) scope.setTag('job', context.job);
    sdk.captureException(error);
  });
}

/** Sends what is queued, then stops reporting (the process is shutting down). */
export async function closeErrorReporting(timeoutMs = 2000): Promise<void> {
  const sdk = sentry;
  sentry = null;
  await sdk?.close(timeoutMs);
}
